//! How forwarding stands, for the inspector and End shift: published on a feed of its own, so
//! only they re-render when it changes.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::integrations::forward::Status;

/// How forwarding stands, for the inspector and End shift (`None`: not forwarding).
#[derive(Clone, Default, PartialEq)]
pub struct ForwardStatus(pub Option<Rc<(String, Status)>>);

impl ForwardStatus {
    /// Events not yet delivered.
    pub fn undelivered(&self) -> usize {
        self.0.as_ref().map_or(0, |status| status.1.queued)
    }
}

/// Where forwarding's status is published to those that show it (the inspector, End shift),
/// which re-render alone: the panel around them does not hear it.
#[derive(Clone, Default)]
pub struct ForwardFeed(Rc<RefCell<Feed>>);

#[derive(Default)]
struct Feed {
    status: ForwardStatus,
    listeners: Vec<(u64, Callback<ForwardStatus>)>,
    next: u64,
}

impl PartialEq for ForwardFeed {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl ForwardFeed {
    /// A feed already holding `status` (for a view rendered on its own).
    pub fn holding(status: ForwardStatus) -> ForwardFeed {
        let feed = ForwardFeed::default();
        feed.publish(status);
        feed
    }

    pub fn publish(&self, status: ForwardStatus) {
        let listeners: Vec<Callback<ForwardStatus>> = {
            let mut feed = self.0.borrow_mut();
            feed.status = status.clone();
            feed.listeners
                .iter()
                .map(|(_, listener)| listener.clone())
                .collect()
        };
        for listener in listeners {
            listener.emit(status.clone());
        }
    }

    fn current(&self) -> ForwardStatus {
        self.0.borrow().status.clone()
    }

    fn listen(&self, listener: Callback<ForwardStatus>) -> u64 {
        let mut feed = self.0.borrow_mut();
        feed.next += 1;
        let id = feed.next;
        feed.listeners.push((id, listener));
        id
    }

    fn forget(&self, id: u64) {
        self.0
            .borrow_mut()
            .listeners
            .retain(|(listener, _)| *listener != id);
    }
}

/// How forwarding stands now, re-rendering the caller when it changes.
#[hook]
pub fn use_forward_status() -> ForwardStatus {
    let feed = use_context::<ForwardFeed>().unwrap_or_default();
    let status = {
        let feed = feed.clone();
        use_state(move || feed.current())
    };
    {
        let setter = status.setter();
        use_effect_with(feed, move |feed| {
            let id = feed.listen(Callback::from(move |next| setter.set(next)));
            let feed = feed.clone();
            move || feed.forget(id)
        });
    }
    (*status).clone()
}
