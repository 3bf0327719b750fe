//! What the reducer tells the parties the cockpit talks to: every fact it learnt while applying
//! an action, in order. The browser side publishes each one, synchronously, to every active
//! integration (the element's page, the relay, the framing page, the screen pop, …): a burst
//! of messages gives exactly one fact per accepted message, however many arrive between two
//! renders. The reducer stays pure: it only returns them.
//!
//! Dials have one admission path: a source (the dial form, `el.dial()`, another page, the
//! framing page, a `tel:` link, HubSpot) asks with [`Action::Dial`](super::Action::Dial) and its
//! [`DialSource`]; the reducer admits the dial (a [`Fact::DialAdmitted`] the bridge posts) or
//! refuses it with a [`Refusal`]; the source hears its answer from the facts that carry its
//! source.

use std::rc::Rc;

use super::{Dial, Interaction, Millis};
use crate::protocol::{Event, StartInteraction};

/// Who asked for a dial. It travels with the dial, so each source finds its own answers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DialSource {
    /// The agent, in the dial form of the page in charge (or its Retry).
    #[default]
    Agent,
    /// `el.dial()` on the page in charge; `call` names the promise to settle.
    Element { call: u64 },
    /// Another page's element, over the relay; `id` names the answer it waits for, `page` is
    /// the page it came from (its address and title, as it says), shown to the agent.
    Relay { id: String, page: String },
    /// The page framing the cockpit (framed mode).
    Parent,
    /// A click on a `tel:` link of the element's page, dialled at once with `dialDefaults`.
    Link,
    /// HubSpot's click-to-call.
    HubSpot,
}

impl DialSource {
    /// The kind of source, as stored with a dial (the answer's name is not: after a reload
    /// nobody waits for it any more).
    pub fn kind(&self) -> &'static str {
        match self {
            DialSource::Agent => "agent",
            DialSource::Element { .. } => "element",
            DialSource::Relay { .. } => "relay",
            DialSource::Parent => "parent",
            DialSource::Link => "link",
            DialSource::HubSpot => "hubspot",
        }
    }

    /// A source as stored (see [`DialSource::kind`]); `None` for a kind this version does not
    /// know.
    pub fn from_kind(kind: &str) -> Option<DialSource> {
        Some(match kind {
            "agent" => DialSource::Agent,
            "element" => DialSource::Element { call: 0 },
            "relay" => DialSource::Relay {
                id: String::new(),
                page: String::new(),
            },
            "parent" => DialSource::Parent,
            "link" => DialSource::Link,
            "hubspot" => DialSource::HubSpot,
            _ => return None,
        })
    }
}

/// Why a dial was not admitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The same request (campaign, channel and client id) is still waiting for uContact.
    AlreadyPending,
    /// More dials from other pages than [`RELAYED_PER_MINUTE`](super::dials::RELAYED_PER_MINUTE)
    /// in a minute.
    TooMany,
    /// The agent declined it (`relayDials: "confirm"`).
    Declined,
    /// Nobody confirmed it in time (`relayDials: "confirm"`).
    Unconfirmed,
}

/// A dial another page asked for, waiting for the agent's confirmation (`relayDials:
/// "confirm"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Awaiting {
    pub id: u64,
    pub request: StartInteraction,
    pub source: DialSource,
    /// When it was asked for.
    pub at: Millis,
}

/// One thing the cockpit learnt, for the integrations.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    /// uContact sent `event` and the cockpit accepted it at `at`. `interaction` is the
    /// interaction it was about, as it stands after it (for the three interaction events).
    Accepted {
        at: Millis,
        event: Rc<Event>,
        interaction: Option<Rc<Interaction>>,
    },
    /// An interaction the cockpit had never seen (not a repeat, not one restored after a
    /// reload, not one reopened from history): the attention cues and the screen pop act on it.
    Arrival(Rc<Interaction>),
    /// A dial was admitted: the bridge posts it to uContact.
    DialAdmitted(Rc<Dial>),
    /// A dial from another page waits for the agent's confirmation.
    DialAwaiting(Rc<Awaiting>),
    /// A dial was not admitted; nothing was recorded or sent.
    DialRefused {
        source: DialSource,
        request: StartInteraction,
        refusal: Refusal,
    },
    /// The bridge posted the dial to uContact.
    DialPosted(Rc<Dial>),
    /// The browser could not post it: nothing was sent.
    DialNotSent(Rc<Dial>),
    /// uContact assigned an interaction for its client in time.
    DialAnswered(Rc<Dial>),
    /// Nothing for its client within the answer window.
    DialNotAnswered(Rc<Dial>),
    /// The configuration is loaded and uContact's frame is in place.
    Ready,
    /// The agent ended the shift, which held these.
    ShiftEnded { active: usize, finished: usize },
}

impl Fact {
    /// The dial this fact is about, if any.
    pub fn dial(&self) -> Option<&Rc<Dial>> {
        match self {
            Fact::DialAdmitted(dial)
            | Fact::DialPosted(dial)
            | Fact::DialNotSent(dial)
            | Fact::DialAnswered(dial)
            | Fact::DialNotAnswered(dial) => Some(dial),
            _ => None,
        }
    }
}

/// What applying an action did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Applied {
    /// Whether anything the cockpit shows or keeps changed (if not, nothing need render).
    pub changed: bool,
    /// What the integrations must hear, in order.
    pub facts: Vec<Fact>,
}

impl Applied {
    pub(super) fn fact(&mut self, fact: Fact) {
        self.facts.push(fact);
    }

    pub(super) fn merge(&mut self, other: Applied) {
        self.changed |= other.changed;
        self.facts.extend(other.facts);
    }
}
