//! The one store of the cockpit: the pure [`Cockpit`] behind Yew's `use_reducer`, owned by the
//! cockpit page, which hands each region the parts it shows as props.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::state::{Action, Cockpit};

/// [`Cockpit`] as Yew's reducer state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Store(Cockpit);

impl Store {
    pub fn new(cockpit: Cockpit) -> Store {
        Store(cockpit)
    }
}

impl Deref for Store {
    type Target = Cockpit;

    fn deref(&self) -> &Cockpit {
        &self.0
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The history is shared in chunks, so this copy costs little whatever its length.
        let mut next = Rc::unwrap_or_clone(self);
        next.0.apply(action);
        Rc::new(next)
    }
}
