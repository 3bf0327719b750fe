//! What says something new arrived while the agent looked elsewhere: counts of interactions that
//! arrived while the page was hidden (for the tab's title and icon) or while the panel was
//! collapsed (for its rail). The counting rules are `crate::attention::Unseen`.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::attention::Unseen;
use crate::state::Fact;
use crate::web::hooks::{use_facts, use_latest};

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Counts(Unseen);

enum Seen {
    Arrived {
        count: u64,
        hidden: bool,
        collapsed: bool,
    },
    Page,
    Panel,
}

impl Reducible for Counts {
    type Action = Seen;

    fn reduce(self: Rc<Self>, action: Seen) -> Rc<Self> {
        let next = match action {
            Seen::Arrived {
                count,
                hidden,
                collapsed,
            } => self.0.arrived(count, hidden, collapsed),
            Seen::Page => self.0.seen_page(),
            Seen::Panel => self.0.seen_panel(),
        };
        if next == self.0 {
            self
        } else {
            Rc::new(Counts(next))
        }
    }
}

/// Counts arrivals out of sight; `collapsed` says whether the panel is collapsed now.
#[hook]
pub fn use_attention(collapsed: bool) -> Unseen {
    let counts = use_reducer(Counts::default);
    {
        let dispatcher = counts.dispatcher();
        let collapsed = use_latest(collapsed);
        use_facts(move |fact| {
            if let Fact::Arrival(_) = fact {
                let hidden = web_sys::window()
                    .and_then(|window| window.document())
                    .is_some_and(|document| document.hidden());
                dispatcher.dispatch(Seen::Arrived {
                    count: 1,
                    hidden,
                    collapsed: *collapsed.borrow(),
                });
            }
        });
    }
    {
        let dispatcher = counts.dispatcher();
        use_effect_with((), move |_| {
            let document = web_sys::window().and_then(|window| window.document());
            let listener = document.map(|document| {
                let target = document.clone();
                EventListener::new(&target, "visibilitychange", move |_| {
                    if !document.hidden() {
                        dispatcher.dispatch(Seen::Page);
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let dispatcher = counts.dispatcher();
        use_effect_with(collapsed, move |&collapsed| {
            if !collapsed {
                dispatcher.dispatch(Seen::Panel);
            }
        });
    }
    counts.0
}
