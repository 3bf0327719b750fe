//! One cockpit in charge per origin: runs the pure [`Election`] with Web Locks, a
//! BroadcastChannel and a timer, and tells the page this tab's standing. The rules are in
//! `crate::election`; this hook only carries out the effects they ask for (`locks.rs` the Web
//! Lock's).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::BroadcastChannel;
use yew::prelude::*;

use crate::election::{Effect, Election, Input, Message, Role};

mod locks;

use locks::Locks;

/// The lock and the channel's name.
pub const NAME: &str = "ucontact-cockpit";
/// Where a tab keeps, across a reload, that it was in charge (`sessionStorage`: this tab only).
const LED_KEY: &str = "ucontact-cockpit.led";

/// What the page needs to know of the election.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub role: Role,
    /// This tab took charge by itself because the tab in charge closed.
    pub succeeded: bool,
    /// Another page took the lock from this tab without asking.
    pub stolen: bool,
    /// The browser refuses Web Locks here: this tab leads alone.
    pub alone: bool,
    /// This tab took charge as it started with no tab of the cockpit open before it (see
    /// `Election::fresh`).
    pub fresh: bool,
}

/// This tab's standing, and the verb to take over.
#[derive(Clone)]
pub struct UseLeadershipHandle {
    pub standing: Standing,
    runner: Rc<RefCell<Option<Runner>>>,
}

impl UseLeadershipHandle {
    /// Asks to use the cockpit in this tab (the tab in charge steps down first).
    pub fn take_over(&self) {
        feed(&Rc::downgrade(&self.runner), Input::TakeOver);
    }
}

/// Takes part in the election while `wanted` (not while the cockpit cannot start: a tab whose
/// configuration failed must not keep the others from taking charge).
#[hook]
pub fn use_leadership(wanted: bool) -> UseLeadershipHandle {
    let standing = use_state(|| Standing {
        role: Role::Deciding,
        succeeded: false,
        stolen: false,
        alone: false,
        fresh: false,
    });
    let runner: Rc<RefCell<Option<Runner>>> = use_mut_ref(|| None);
    {
        let (runner, setter) = (runner.clone(), standing.setter());
        use_effect_with(wanted, move |&wanted| {
            let weak = Rc::downgrade(&runner);
            if wanted {
                *runner.borrow_mut() = Some(Runner::new(setter, &weak));
                let led_before = session_get(LED_KEY).is_some() || PAGE_LED.get();
                feed(&weak, Input::Start { led_before });
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
        standing: *standing,
        runner,
    }
}

type Shared = Weak<RefCell<Option<Runner>>>;

/// Hands `input` to the election, if it still runs, and carries out what it asks.
fn feed(weak: &Shared, input: Input) {
    let Some(cell) = weak.upgrade() else {
        return;
    };
    let Ok(mut guard) = cell.try_borrow_mut() else {
        // Fed from inside a step (a browser answer that came at once): after it.
        let weak = weak.clone();
        Timeout::new(0, move || feed(&weak, input)).forget();
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
    locks: Option<Locks>,
    timer: Option<Timeout>,
    _listeners: Vec<EventListener>,
}

impl Runner {
    fn new(setter: UseStateSetter<Standing>, weak: &Shared) -> Runner {
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
        let locks = Locks::new(NAME, weak.clone());
        // Breaks ties between tabs claiming at once without Web Locks.
        let id = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
        Runner {
            election: Election::new(locks.is_some(), channel.is_some(), id),
            setter,
            channel,
            locks,
            timer: None,
            _listeners: listeners,
        }
    }

    fn input(&mut self, input: Input, weak: &Shared) {
        for effect in self.election.step(input) {
            match effect {
                Effect::Post(message) => {
                    if let Some(channel) = &self.channel {
                        let _ = channel.post_message(&JsValue::from_str(&message.encode()));
                    }
                }
                Effect::RequestLock(mode) => {
                    if let Some(locks) = &mut self.locks {
                        locks.request(mode);
                    }
                }
                Effect::ReleaseLock => {
                    if let Some(locks) = &mut self.locks {
                        locks.release();
                    }
                }
                Effect::AbortQueued => {
                    if let Some(locks) = &mut self.locks {
                        locks.abort_queued();
                    }
                }
                Effect::AskHolder => {
                    if let Some(locks) = &self.locks {
                        locks.ask_holder();
                    }
                }
                Effect::AskWaiting(client) => {
                    if let Some(locks) = &self.locks {
                        locks.ask_waiting(client);
                    }
                }
                Effect::Remember(led) => remember(led),
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
            stolen: self.election.stolen(),
            alone: self.election.refused(),
            fresh: self.election.fresh(),
        });
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn session_get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

thread_local! {
    /// A cockpit of this page was in charge (an element swapped for another is no new start).
    static PAGE_LED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn remember(led: bool) {
    if led {
        PAGE_LED.set(true);
    }
    if let Some(session) = session() {
        let _ = if led {
            session.set_item(LED_KEY, "1")
        } else {
            session.remove_item(LED_KEY)
        };
    }
}
