//! The one store of the cockpit: the pure [`Cockpit`] behind Yew's `use_reducer`, and the
//! [`Hub`] through which every fact its reducer returns reaches the integrations.
//!
//! Every action goes through [`Dispatch::dispatch`]: the reducer runs (synchronously, inside
//! Yew's dispatch), queues its facts, and the hub then hands each one, in order, to every sink
//! subscribed. A sink that dispatches in turn (the bridge posting an admitted dial) has its
//! facts handed out after the current one, never in the middle of it. An action that changes
//! nothing returns the same state, and Yew renders nothing.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::ops::Deref;
use std::rc::{Rc, Weak};

use yew::prelude::*;

use crate::state::{Action, Cockpit, Fact};

/// [`Cockpit`] as Yew's reducer state.
#[derive(Clone)]
pub struct Store {
    cockpit: Cockpit,
    hub: Rc<Hub>,
}

impl Store {
    pub fn new(cockpit: Cockpit, hub: Rc<Hub>) -> Store {
        Store { cockpit, hub }
    }
}

/// A state is equal only to itself (the same render's): a component handed the store renders
/// again whenever the store changed, and never compares whole shifts.
impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Deref for Store {
    type Target = Cockpit;

    fn deref(&self) -> &Cockpit {
        &self.cockpit
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The history is shared in chunks, so this copy costs little whatever its length.
        let mut next = (*self).clone();
        let applied = next.cockpit.apply(action);
        self.hub.queue(applied.facts);
        if applied.changed { Rc::new(next) } else { self }
    }
}

type Sink = Rc<dyn Fn(&Fact)>;

/// Where facts wait to be handed to the sinks subscribed.
#[derive(Default)]
pub struct Hub {
    queue: RefCell<VecDeque<Fact>>,
    sinks: RefCell<Vec<(u64, Sink)>>,
    next_id: Cell<u64>,
    handing_out: Cell<bool>,
}

impl Hub {
    fn queue(&self, facts: Vec<Fact>) {
        self.queue.borrow_mut().extend(facts);
    }

    /// Hands every queued fact to every sink, in order; a sink that dispatches adds to the
    /// queue, which this same loop then hands out.
    fn hand_out(&self) {
        if self.handing_out.replace(true) {
            return;
        }
        loop {
            let Some(fact) = self.queue.borrow_mut().pop_front() else {
                break;
            };
            let sinks: Vec<Sink> = self.sinks.borrow().iter().map(|(_, s)| s.clone()).collect();
            for sink in sinks {
                sink(&fact);
            }
        }
        self.handing_out.set(false);
    }

    /// Hands `fact` to every sink as if the reducer had returned it.
    pub fn publish(&self, fact: Fact) {
        self.queue(vec![fact]);
        self.hand_out();
    }

    /// Subscribes `sink` until the returned subscription is dropped.
    pub fn subscribe(self: &Rc<Self>, sink: impl Fn(&Fact) + 'static) -> Subscription {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        self.sinks.borrow_mut().push((id, Rc::new(sink)));
        Subscription {
            hub: Rc::downgrade(self),
            id,
        }
    }
}

/// A sink's place in the hub; dropping it unsubscribes.
pub struct Subscription {
    hub: Weak<Hub>,
    id: u64,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        if let Some(hub) = self.hub.upgrade() {
            hub.sinks.borrow_mut().retain(|(id, _)| *id != self.id);
        }
    }
}

/// How every action reaches the store, and how the latest state is read outside a render.
#[derive(Clone)]
pub struct Dispatch {
    store: Option<UseReducerHandle<Store>>,
    hub: Rc<Hub>,
}

impl PartialEq for Dispatch {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.hub, &other.hub)
    }
}

impl Dispatch {
    pub fn new(store: UseReducerHandle<Store>, hub: Rc<Hub>) -> Dispatch {
        Dispatch {
            store: Some(store),
            hub,
        }
    }

    /// A dispatch with no store behind it (a view rendered on its own, a page not in charge):
    /// actions go nowhere.
    pub fn detached() -> Dispatch {
        Dispatch {
            store: None,
            hub: Rc::default(),
        }
    }

    pub fn dispatch(&self, action: Action) {
        if let Some(store) = &self.store {
            store.dispatch(action);
            self.hub.hand_out();
        }
    }

    /// Reads the state as it is now (not as the last render saw it).
    pub fn read<R>(&self, read: impl FnOnce(&Cockpit) -> R) -> Option<R> {
        // A clone of the handle reads the store's current value.
        let store = self.store.clone()?;
        Some(read(&store))
    }

    pub fn hub(&self) -> &Rc<Hub> {
        &self.hub
    }
}
