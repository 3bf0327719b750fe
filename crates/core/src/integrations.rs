//! The parties the cockpit talks to besides uContact, each as a pure adapter: what it is told
//! of each [`Fact`] the reducer returns, and how what it asks becomes an action or a dial
//! request. The browser side gives each one a thin sink and source (`src/web/integrations/`),
//! and a registry activates those this mount and configuration call for; several are active at
//! once (an element's page, the relay to the site's other pages, a framing page, HubSpot, …).
//!
//! - [`announcements`]: what a host is told (the element's page as DOM events, a framing page
//!   as messages, the site's other pages over the relay).
//! - [`host_page`]: the element's page: its events, and its `dial()` calls' answers.
//! - [`relay`]: the site's other pages: announcements relayed, their dials dialled.
//! - [`framed`]: the page framing the cockpit.
//! - [`click_to_dial`]: `tel:` links of the element's page.
//! - [`screen_pop`], [`notify`]: the CRM record and the desktop notification of an arrival.
//!
//! Every dial has one admission path: the reducer admits or refuses it (see
//! `crate::state::Fact`); [`answer`] reads, from a fact, the answer its source gets.

use crate::i18n::Texts;
use crate::state::{DialSource, Fact, Refusal};

pub mod announcements;
pub mod click_to_dial;
pub mod forward;
pub mod framed;
pub mod host_page;
pub mod hubspot;
pub mod notify;
pub mod relay;
pub mod screen_pop;

/// What became of a dial request, as its source is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialAnswer {
    /// Admitted and posted to uContact.
    Posted,
    /// Not admitted, with why; nothing was sent.
    Refused(Refusal),
    /// Admitted, but the browser could not post it (uContact not loaded); nothing was sent.
    NotSent,
}

impl DialAnswer {
    /// `Ok` when posted, else the reason in the agent's language.
    pub fn text(self, texts: &Texts) -> Result<(), &'static str> {
        match self {
            DialAnswer::Posted => Ok(()),
            DialAnswer::Refused(Refusal::AlreadyPending) => Err(texts.dial_duplicate),
            DialAnswer::Refused(Refusal::TooMany) => Err(texts.dial_too_many),
            DialAnswer::Refused(Refusal::Declined) => Err(texts.dial_declined),
            DialAnswer::Refused(Refusal::Unconfirmed) => Err(texts.dial_unconfirmed),
            DialAnswer::NotSent => Err(texts.dial_unavailable),
        }
    }
}

/// The answer `fact` gives a dial's source, and that source; `None` when it gives none (an
/// admission is answered once posted, an answered dial was answered already).
pub fn answer(fact: &Fact) -> Option<(&DialSource, DialAnswer)> {
    match fact {
        Fact::DialPosted(dial) => Some((&dial.source, DialAnswer::Posted)),
        Fact::DialNotSent(dial) => Some((&dial.source, DialAnswer::NotSent)),
        Fact::DialRefused {
            source, refusal, ..
        } => Some((source, DialAnswer::Refused(*refusal))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::i18n::EN;
    use crate::protocol::StartInteraction;
    use crate::state::{Dial, Outcome};

    #[test]
    fn a_source_is_answered_once_posted_not_sent_or_refused() {
        let request = StartInteraction::new("Sales", "Phone", "42").unwrap();
        let dial = Rc::new(Dial {
            id: 1,
            request: request.clone(),
            sent_at: 0,
            outcome: Outcome::Pending,
            source: DialSource::Parent,
        });
        let table = [
            (Fact::DialAdmitted(dial.clone()), None),
            (Fact::DialPosted(dial.clone()), Some(Ok(()))),
            (
                Fact::DialNotSent(dial.clone()),
                Some(Err(EN.dial_unavailable)),
            ),
            (
                Fact::DialRefused {
                    source: DialSource::Parent,
                    request,
                    refusal: Refusal::AlreadyPending,
                },
                Some(Err(EN.dial_duplicate)),
            ),
            (Fact::DialAnswered(dial.clone()), None),
            (Fact::DialNotAnswered(dial), None),
            (Fact::Ready, None),
        ];
        for (fact, expected) in table {
            let got = answer(&fact).map(|(source, answer)| {
                assert_eq!(source, &DialSource::Parent);
                answer.text(&EN)
            });
            assert_eq!(got, expected, "{fact:?}");
        }
    }
}
