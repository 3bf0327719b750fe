//! A shown/hidden flag that flips against its current value.
//!
//! A callback that captured the value it flips (`set(!shown)`) flips a stale value when it is
//! called twice before the page renders again: Yew's scheduler yields to the browser between
//! components once a render has taken 16 ms, so a second click can reach the first render's
//! callback and leave the flag where it was. A reducer applies each flip to the latest value.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
struct Flag(bool);

#[derive(Clone, Copy)]
enum Change {
    Flip,
    Set(bool),
}

impl Reducible for Flag {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        Rc::new(Flag(match change {
            Change::Flip => !self.0,
            Change::Set(value) => value,
        }))
    }
}

/// The flag's value when the component rendered, and its changes (stable across renders).
#[derive(Clone, PartialEq)]
pub struct UseToggleHandle {
    value: bool,
    dispatcher: UseReducerDispatcher<Flag>,
}

impl UseToggleHandle {
    pub fn get(&self) -> bool {
        self.value
    }

    pub fn flip(&self) {
        self.dispatcher.dispatch(Change::Flip);
    }

    pub fn set(&self, value: bool) {
        self.dispatcher.dispatch(Change::Set(value));
    }
}

#[hook]
pub fn use_toggle(initial: impl FnOnce() -> bool) -> UseToggleHandle {
    let flag = use_reducer_eq(move || Flag(initial()));
    UseToggleHandle {
        value: flag.0,
        dispatcher: flag.dispatcher(),
    }
}
