//! The page around a `<ucontact-cockpit>` element: it hears each announcement as a DOM event on
//! the element (see [`announcements`](super::announcements)), and its `el.dial()` calls are
//! dials of [`DialSource::Element`], each settled by the answer its call gets.

use crate::integrations::{DialAnswer, answer};
use crate::state::{DialSource, Fact};

/// The `el.dial()` call a fact answers, and how.
pub fn settlement(fact: &Fact) -> Option<(u64, DialAnswer)> {
    match answer(fact)? {
        (DialSource::Element { call }, answer) => Some((*call, answer)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::protocol::StartInteraction;
    use crate::state::{Dial, Outcome, Refusal};

    #[test]
    fn only_the_elements_own_calls_are_settled() {
        let request = StartInteraction::new("Sales", "Phone", "42").unwrap();
        let dial = |source| {
            Rc::new(Dial {
                id: 0,
                request: request.clone(),
                sent_at: 0,
                outcome: Outcome::Pending,
                source,
            })
        };
        assert_eq!(
            settlement(&Fact::DialPosted(dial(DialSource::Element { call: 7 }))),
            Some((7, DialAnswer::Posted))
        );
        assert_eq!(
            settlement(&Fact::DialRefused {
                source: DialSource::Element { call: 8 },
                request: request.clone(),
                refusal: Refusal::AlreadyPending,
            }),
            Some((8, DialAnswer::Refused(Refusal::AlreadyPending)))
        );
        assert_eq!(settlement(&Fact::DialPosted(dial(DialSource::Agent))), None);
        assert_eq!(
            settlement(&Fact::DialAdmitted(dial(DialSource::Element { call: 7 }))),
            None,
            "settled once posted, not when admitted"
        );
    }
}
