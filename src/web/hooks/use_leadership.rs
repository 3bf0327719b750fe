//! One cockpit in charge per browser: runs the pure [`Election`] with Web Locks, a
//! BroadcastChannel and a timer, and tells the page this tab's role. The rules are in
//! `crate::election`; this hook only carries out the effects they ask for.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::BroadcastChannel;
use yew::prelude::*;

use crate::election::{Effect, Election, Input, LockMode, Message, Role};

/// The lock and the channel's name.
pub const NAME: &str = "ucontact-cockpit";

/// What the page needs to know of the election.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub role: Role,
    /// This tab took charge by itself because the tab in charge closed.
    pub succeeded: bool,
}

/// This tab's standing, and the verb to take over.
#[derive(Clone)]
pub struct UseLeadershipHandle {
    pub role: Role,
    pub succeeded: bool,
    runner: Rc<RefCell<Option<Runner>>>,
}

impl UseLeadershipHandle {
    /// Asks to use the cockpit in this tab (the tab in charge steps down first).
    pub fn take_over(&self) {
        let weak = Rc::downgrade(&self.runner);
        feed(&weak, Input::TakeOver);
    }
}

/// Takes part in the election while `wanted` (not while the cockpit cannot start: a tab whose
/// configuration failed must not keep the others from taking charge).
#[hook]
pub fn use_leadership(wanted: bool) -> UseLeadershipHandle {
    let standing = use_state(|| Standing {
        role: Role::Deciding,
        succeeded: false,
    });
    let runner: Rc<RefCell<Option<Runner>>> = use_mut_ref(|| None);
    {
        let (runner, setter) = (runner.clone(), standing.setter());
        use_effect_with(wanted, move |&wanted| {
            let weak = Rc::downgrade(&runner);
            if wanted {
                *runner.borrow_mut() = Some(Runner::new(setter, &weak));
                feed(&weak, Input::Start);
            }
            move || {
                feed(&weak, Input::Unmount);
                runner.borrow_mut().take();
            }
        });
    }
    {
        // When this tab was asked to step down, its cockpit has gone (and saved) by the time
        // this runs after the render without it.
        let weak = Rc::downgrade(&runner);
        use_effect_with(standing.role, move |_| feed(&weak, Input::SteppedDown));
    }
    UseLeadershipHandle {
        role: standing.role,
        succeeded: standing.succeeded,
        runner,
    }
}

/// Hands `input` to the election, if it still runs, and carries out what it asks.
fn feed(weak: &Weak<RefCell<Option<Runner>>>, input: Input) {
    let Some(cell) = weak.upgrade() else {
        return;
    };
    let Ok(mut guard) = cell.try_borrow_mut() else {
        return;
    };
    if let Some(runner) = guard.as_mut() {
        runner.input(input, weak);
    }
}

/// The election and the browser objects its effects use.
struct Runner {
    election: Election,
    setter: UseStateSetter<Standing>,
    channel: Option<BroadcastChannel>,
    locks: Option<JsValue>,
    /// Resolving it releases the lock this tab holds.
    lock_release: Option<Function>,
    timer: Option<Timeout>,
    /// Kept alive as long as the browser may call them.
    _listeners: Vec<EventListener>,
    granted: Vec<Closure<dyn FnMut(JsValue) -> JsValue>>,
    lost: Vec<Closure<dyn FnMut(JsValue)>>,
}

impl Runner {
    fn new(setter: UseStateSetter<Standing>, weak: &Weak<RefCell<Option<Runner>>>) -> Runner {
        let channel = BroadcastChannel::new(NAME).ok();
        let mut listeners = Vec::new();
        if let Some(channel) = &channel {
            let weak = weak.clone();
            listeners.push(EventListener::new(channel, "message", move |event| {
                let message = event
                    .dyn_ref::<web_sys::MessageEvent>()
                    .and_then(|event| event.data().as_string())
                    .and_then(|text| Message::decode(&text));
                if let Some(message) = message {
                    feed(&weak, Input::Received(message));
                }
            }));
        }
        if let Some(window) = web_sys::window() {
            let weak = weak.clone();
            listeners.push(EventListener::new(&window, "pagehide", move |_| {
                feed(&weak, Input::PageHide);
            }));
        }
        let locks = web_sys::window()
            .and_then(|window| Reflect::get(&window.navigator(), &"locks".into()).ok())
            .filter(JsValue::is_object);
        // Breaks ties between tabs claiming at once without Web Locks.
        let id = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
        Runner {
            election: Election::new(locks.is_some(), channel.is_some(), id),
            setter,
            channel,
            locks,
            lock_release: None,
            timer: None,
            _listeners: listeners,
            granted: Vec::new(),
            lost: Vec::new(),
        }
    }

    fn input(&mut self, input: Input, weak: &Weak<RefCell<Option<Runner>>>) {
        for effect in self.election.step(input) {
            match effect {
                Effect::Post(message) => {
                    if let Some(channel) = &self.channel {
                        let _ = channel.post_message(&JsValue::from_str(&message.encode()));
                    }
                }
                Effect::RequestLock(mode) => self.request_lock(mode, weak),
                Effect::ReleaseLock => {
                    if let Some(release) = self.lock_release.take() {
                        let _ = release.call0(&JsValue::NULL);
                    }
                }
                Effect::StartTimer(ms) => {
                    let weak = weak.clone();
                    self.timer = Some(Timeout::new(ms, move || feed(&weak, Input::TimerFired)));
                }
                Effect::CancelTimer => self.timer = None,
            }
        }
        self.setter.set(Standing {
            role: self.election.role(),
            succeeded: self.election.succeeded(),
        });
    }

    /// Requests the Web Lock; the answer comes back as an input.
    fn request_lock(&mut self, mode: LockMode, weak: &Weak<RefCell<Option<Runner>>>) {
        let Some(locks) = self.locks.clone() else {
            return;
        };
        let granted = {
            let weak = weak.clone();
            Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |lock: JsValue| {
                if lock.is_null() {
                    feed(&weak, Input::LockUnavailable);
                    return JsValue::UNDEFINED;
                }
                // Held until `lock_release` is called; given back at once when nobody is
                // there to hold it, or when this tab holds the lock already.
                let Some(cell) = weak.upgrade() else {
                    return JsValue::UNDEFINED;
                };
                let mut resolver = None;
                let held = Promise::new(&mut |resolve, _| resolver = Some(resolve));
                let Ok(mut guard) = cell.try_borrow_mut() else {
                    return JsValue::UNDEFINED;
                };
                match guard.as_mut() {
                    Some(runner) if runner.lock_release.is_none() => {
                        runner.lock_release = resolver;
                        runner.input(Input::LockGranted, &weak);
                        held.into()
                    }
                    _ => JsValue::UNDEFINED,
                }
            })
        };
        let options = Object::new();
        let flag = match mode {
            LockMode::IfAvailable => Some("ifAvailable"),
            LockMode::Steal => Some("steal"),
            LockMode::Wait => None,
        };
        if let Some(flag) = flag {
            let _ = Reflect::set(&options, &flag.into(), &JsValue::TRUE);
        }
        let request = Reflect::get(&locks, &"request".into())
            .ok()
            .and_then(|request| request.dyn_into::<Function>().ok())
            .and_then(|request| {
                request
                    .call3(
                        &locks,
                        &NAME.into(),
                        &options,
                        granted.as_ref().unchecked_ref(),
                    )
                    .ok()
            })
            .and_then(|promise| promise.dyn_into::<Promise>().ok());
        let Some(request) = request else {
            // The browser refused the request outright: lead alone rather than not at all.
            self.locks = None;
            self.election = Election::new(false, false, 0);
            let _ = self.election.step(Input::Start);
            return;
        };
        // A lock stolen from this tab ends its request with an error.
        let lost = {
            let weak = weak.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_| {
                if let Some(cell) = weak.upgrade()
                    && let Ok(mut guard) = cell.try_borrow_mut()
                    && let Some(runner) = guard.as_mut()
                {
                    runner.lock_release = None;
                    runner.input(Input::LockLost, &weak);
                }
            })
        };
        let _ = request.catch(&lost);
        self.granted.push(granted);
        self.lost.push(lost);
    }
}
