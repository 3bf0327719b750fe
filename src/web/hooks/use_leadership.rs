//! One cockpit in charge per browser: with two tabs open, one holds the Web Lock
//! `ucontact-cockpit` and works with uContact; the other says so and can take over. Taking over
//! is a handshake on a BroadcastChannel: the tab in charge steps down (its cockpit goes away,
//! saving everything), releases the lock and says so; only then does the new tab take the lock
//! and restore what was saved, so no interaction is lost or counted twice. A tab in charge that
//! does not answer within two seconds has its lock stolen.
//!
//! Where Web Locks are missing (pages served over plain http from a non-local host), the same
//! channel elects a leader on its own; where both are missing, every tab is in charge.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::BroadcastChannel;
use yew::prelude::*;

/// The lock and the channel's name.
const NAME: &str = "ucontact-cockpit";
/// How long a tab taking over waits for the tab in charge to step down.
const STEP_DOWN_WAIT_MS: u32 = 2_000;
/// How long, without Web Locks, a new tab waits to hear from a leader.
const HELLO_WAIT_MS: u32 = 300;

/// This tab's part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Finding out whether another tab is in charge.
    Deciding,
    Leader,
    /// Another tab is in charge; `leader_gone` once it has closed without a successor.
    Follower {
        leader_gone: bool,
    },
    /// Waiting for the tab in charge to step down.
    TakingOver,
}

/// The messages tabs exchange.
mod message {
    pub const TAKE_OVER: &str = "take-over";
    pub const RELEASED: &str = "released";
    pub const LEADING: &str = "leading";
    pub const HELLO: &str = "hello";
}

/// This tab's role, and the verb to take over.
#[derive(Clone)]
pub struct UseLeadershipHandle {
    pub role: Role,
    election: Rc<RefCell<Option<Election>>>,
}

impl UseLeadershipHandle {
    /// Asks the tab in charge to step down, then takes charge here.
    pub fn take_over(&self) {
        let weak = Rc::downgrade(&self.election);
        with(&weak, |election| election.take_over(weak.clone()));
    }
}

#[hook]
pub fn use_leadership() -> UseLeadershipHandle {
    let role = use_state(|| Role::Deciding);
    let election: Rc<RefCell<Option<Election>>> = use_mut_ref(|| None);
    {
        let (election, setter) = (election.clone(), role.setter());
        use_effect_with((), move |_| {
            let weak = Rc::downgrade(&election);
            *election.borrow_mut() = Some(Election::new(setter, weak.clone()));
            with(&weak, |election| election.start(weak.clone()));
            move || {
                if let Some(mut election) = election.borrow_mut().take()
                    && election.role == Role::Leader
                {
                    election.release_lock();
                    election.post(message::RELEASED);
                }
            }
        });
    }
    {
        // Stepping down: by the time this runs, the cockpit has gone away and saved everything.
        let election = election.clone();
        use_effect_with(*role, move |role| {
            if matches!(role, Role::Follower { .. })
                && let Some(election) = election.borrow_mut().as_mut()
                && election.stepping_down
            {
                election.stepping_down = false;
                election.release_lock();
                election.post(message::RELEASED);
            }
        });
    }
    UseLeadershipHandle {
        role: *role,
        election,
    }
}

/// Runs `f` on the election, if it still exists.
fn with(weak: &Weak<RefCell<Option<Election>>>, f: impl FnOnce(&mut Election)) {
    let Some(cell) = weak.upgrade() else {
        return;
    };
    if let Ok(mut election) = cell.try_borrow_mut()
        && let Some(election) = election.as_mut()
    {
        f(election);
    }
}

struct Election {
    role: Role,
    setter: UseStateSetter<Role>,
    channel: Option<BroadcastChannel>,
    locks: Option<JsValue>,
    /// Resolving it releases the lock this tab holds.
    lock_release: Option<Function>,
    /// Set when asked to step down; the lock is released once the cockpit has gone.
    stepping_down: bool,
    timer: Option<Timeout>,
    /// Kept alive as long as the browser may call them.
    _listeners: Vec<EventListener>,
    callbacks: Vec<Closure<dyn FnMut(JsValue) -> JsValue>>,
    on_stolen: Vec<Closure<dyn FnMut(JsValue)>>,
}

impl Election {
    fn new(setter: UseStateSetter<Role>, weak: Weak<RefCell<Option<Election>>>) -> Election {
        let channel = BroadcastChannel::new(NAME).ok();
        let mut listeners = Vec::new();
        if let Some(channel) = &channel {
            let weak = weak.clone();
            listeners.push(EventListener::new(channel, "message", move |event| {
                let data = event
                    .dyn_ref::<web_sys::MessageEvent>()
                    .and_then(|event| event.data().as_string());
                if let Some(data) = data {
                    let inner = weak.clone();
                    with(&weak, |election| election.on_message(&data, inner));
                }
            }));
        }
        if let Some(window) = web_sys::window() {
            listeners.push(EventListener::new(&window, "pagehide", move |_| {
                with(&weak, |election| {
                    if election.role == Role::Leader {
                        election.post(message::RELEASED);
                    }
                });
            }));
        }
        let locks = web_sys::window()
            .and_then(|window| Reflect::get(&window.navigator(), &"locks".into()).ok())
            .filter(|locks| locks.is_object());
        Election {
            role: Role::Deciding,
            setter,
            channel,
            locks,
            lock_release: None,
            stepping_down: false,
            timer: None,
            _listeners: listeners,
            callbacks: Vec::new(),
            on_stolen: Vec::new(),
        }
    }

    fn set(&mut self, role: Role) {
        self.role = role;
        self.setter.set(role);
    }

    fn post(&self, message: &str) {
        if let Some(channel) = &self.channel {
            let _ = channel.post_message(&JsValue::from_str(message));
        }
    }

    fn start(&mut self, weak: Weak<RefCell<Option<Election>>>) {
        if self.locks.is_some() {
            self.acquire(weak, Acquire::IfAvailable);
        } else if self.channel.is_some() {
            self.post(message::HELLO);
            self.timer = Some(Timeout::new(HELLO_WAIT_MS, move || {
                with(&weak, |election| {
                    if election.role == Role::Deciding {
                        election.lead();
                    }
                });
            }));
        } else {
            self.set(Role::Leader);
        }
    }

    fn lead(&mut self) {
        self.set(Role::Leader);
        self.post(message::LEADING);
    }

    fn on_message(&mut self, data: &str, weak: Weak<RefCell<Option<Election>>>) {
        match (data, self.role) {
            (message::TAKE_OVER, Role::Leader) => {
                self.stepping_down = true;
                self.set(Role::Follower { leader_gone: false });
            }
            (message::RELEASED, Role::TakingOver) => {
                if self.locks.is_some() {
                    self.acquire(weak, Acquire::Wait);
                } else {
                    self.lead();
                }
            }
            (message::RELEASED, Role::Follower { .. }) => {
                self.set(Role::Follower { leader_gone: true });
            }
            (message::LEADING, Role::Follower { .. }) => {
                self.set(Role::Follower { leader_gone: false });
            }
            // Without Web Locks: a leader answers newcomers, who then follow.
            (message::HELLO, Role::Leader) => self.post(message::LEADING),
            (message::LEADING, Role::Deciding) => {
                self.set(Role::Follower { leader_gone: false });
            }
            _ => {}
        }
    }

    fn take_over(&mut self, weak: Weak<RefCell<Option<Election>>>) {
        if !matches!(self.role, Role::Follower { .. }) {
            return;
        }
        self.set(Role::TakingOver);
        self.post(message::TAKE_OVER);
        self.timer = Some(Timeout::new(STEP_DOWN_WAIT_MS, move || {
            let inner = weak.clone();
            with(&weak, |election| {
                if election.role == Role::TakingOver {
                    if election.locks.is_some() {
                        election.acquire(inner, Acquire::Steal);
                    } else {
                        election.lead();
                    }
                }
            });
        }));
    }

    /// Requests the Web Lock; this tab leads while it holds it.
    fn acquire(&mut self, weak: Weak<RefCell<Option<Election>>>, how: Acquire) {
        let Some(locks) = self.locks.clone() else {
            return;
        };
        let granted = {
            let weak = weak.clone();
            Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |lock: JsValue| {
                if lock.is_null() {
                    with(&weak, |election| {
                        election.set(Role::Follower { leader_gone: false })
                    });
                    return JsValue::UNDEFINED;
                }
                // Held until `lock_release` is called.
                let mut resolver = None;
                let held = Promise::new(&mut |resolve, _| resolver = Some(resolve));
                with(&weak, |election| {
                    election.lock_release = resolver;
                    election.lead();
                });
                held.into()
            })
        };
        let options = Object::new();
        let flag = match how {
            Acquire::IfAvailable => Some("ifAvailable"),
            Acquire::Steal => Some("steal"),
            Acquire::Wait => None,
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
            self.lead();
            return;
        };
        // A lock stolen from this tab ends its request with an error: it follows from then on.
        let stolen = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            with(&weak, |election| {
                if election.role == Role::Leader {
                    election.lock_release = None;
                    election.set(Role::Follower { leader_gone: false });
                }
            });
        });
        let _ = request.catch(&stolen);
        self.callbacks.push(granted);
        self.on_stolen.push(stolen);
    }

    /// Releases the Web Lock, if this tab holds it.
    fn release_lock(&mut self) {
        if let Some(release) = self.lock_release.take() {
            let _ = release.call0(&JsValue::NULL);
        }
    }
}

#[derive(Clone, Copy)]
enum Acquire {
    IfAvailable,
    Wait,
    Steal,
}
