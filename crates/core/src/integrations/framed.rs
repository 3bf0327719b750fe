//! Framed mode: the cockpit's own page inside an intranet's `<iframe>`. To a listed framing
//! origin the cockpit posts every announcement as `{"source": "ucontact-cockpit", "event", "data"}`;
//! from it (exact origin, sent by `window.parent`) it takes `{"event": "startInteraction",
//! "data": …}`, validated as the dial form validates, and answers a refused one with
//! `{"source": "ucontact-cockpit", "event": "dialRejected", "data": {"reason": …}}`. A page
//! that only listens introduces itself with `{"event": "hello"}`.

use serde_json::{Value, json};

use crate::i18n::Texts;
use crate::integrations::announcements;
use crate::integrations::answer;
use crate::protocol::{Rejected, StartInteraction, Untrusted};
use crate::state::{DialSource, Fact};

/// The `source` of every message a framed cockpit posts to its parent.
pub const SOURCE: &str = "ucontact-cockpit";

/// Who frames the cockpit's page, as far as it knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Framing {
    /// Not framed (or an element: its page is its host).
    None,
    /// Framed, but the browser does not tell by whom (no `location.ancestorOrigins`, as in
    /// Firefox, and no referrer): the parent's first message, whose `origin` the browser
    /// guarantees, says who it is.
    Unknown,
    /// Framed by an origin of `hostOrigins`: it is talked to, at exactly this origin.
    Listed(String),
    /// Framed by another origin: nobody is talked to, and the panel says so.
    Unlisted(String),
}

impl Framing {
    /// What the browser tells of the framing page (`location.ancestorOrigins`, else the
    /// referrer's origin), against the listed origins.
    pub fn at_start(framed: bool, origin: Option<String>, listed: &[String]) -> Framing {
        match (framed, origin) {
            (false, _) => Framing::None,
            (true, None) => Framing::Unknown,
            (true, Some(origin)) => Framing::of(origin, listed),
        }
    }

    fn of(origin: String, listed: &[String]) -> Framing {
        if listed.contains(&origin) {
            Framing::Listed(origin)
        } else {
            Framing::Unlisted(origin)
        }
    }

    /// What a message from `window.parent`, sent from `origin`, tells: an unknown framing page
    /// is learnt from it; a known one stays as it is.
    pub fn heard(&self, origin: &str, listed: &[String]) -> Framing {
        match self {
            Framing::Unknown => Framing::of(origin.to_owned(), listed),
            known => known.clone(),
        }
    }

    /// The framing page's origin, listed or not.
    pub fn origin(&self) -> Option<&str> {
        match self {
            Framing::Listed(origin) | Framing::Unlisted(origin) => Some(origin),
            Framing::None | Framing::Unknown => None,
        }
    }

    /// Whether the cockpit runs here: not framed, or framed by a listed page. Framed by another
    /// page, or by one that has not introduced itself yet, it shows only a notice: no uContact,
    /// no dial form for a hostile page to lay under the agent's clicks, no part in the election.
    pub fn runs(&self) -> bool {
        matches!(self, Framing::None | Framing::Listed(_))
    }

    /// Whether a message sent from `origin` by `window.parent` is the listed framing page's.
    pub fn speaks(&self, origin: &str) -> bool {
        matches!(self, Framing::Listed(listed) if listed == origin)
    }
}

/// What the framing page asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FromParent {
    /// `{"event": "hello"}`: it listens.
    Hello,
    /// A valid `startInteraction`.
    Dial(StartInteraction),
    /// Anything else: counted in the inspector as `rejected`, answered with `reason`.
    Refused { rejected: Rejected, reason: String },
}

/// Reads a message from the framing page, untrusted: first its shape, then its fields as the
/// dial form checks them (trimmed, not empty, one line, bounded).
pub fn read<V: Untrusted>(message: &V, texts: &Texts) -> FromParent {
    let hello = message
        .field("event")
        .and_then(|event| event.string(8).ok())
        .is_some_and(|event| event == "hello");
    if hello {
        return FromParent::Hello;
    }
    let request = match StartInteraction::decode(message) {
        Ok(request) => request,
        Err(rejected) => {
            let reason = texts.rejection(&rejected);
            return FromParent::Refused { rejected, reason };
        }
    };
    match StartInteraction::new(&request.campaign, &request.channel, &request.client_id) {
        Ok(request) => FromParent::Dial(request),
        Err(errors) => FromParent::Refused {
            rejected: errors.rejection().unwrap_or(Rejected::Field {
                field: "data".to_owned(),
                problem: crate::protocol::Problem::Missing,
            }),
            reason: texts.dial_errors(&errors),
        },
    }
}

/// Why a request was refused, as the framing page is told.
pub fn rejection(reason: &str) -> Value {
    json!({
        "source": SOURCE,
        "event": "dialRejected",
        "data": { "reason": reason },
    })
}

/// What the framing page is told of a fact: its announcement, or why its own dial went
/// nowhere.
pub fn of_fact(fact: &Fact, texts: &Texts) -> Option<Value> {
    if let Some((DialSource::Parent, answer)) = answer(fact)
        && let Err(reason) = answer.text(texts)
    {
        return Some(rejection(reason));
    }
    announcements::of_fact(fact).map(|announcement| announcement.framed_message())
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;

    #[test]
    fn the_framing_page_is_told_by_the_browser_or_learnt_from_its_first_message() {
        let listed = vec!["https://intranet.acme.com".to_owned()];
        let intranet = || "https://intranet.acme.com".to_owned();
        assert_eq!(
            Framing::at_start(false, Some(intranet()), &listed),
            Framing::None
        );
        assert_eq!(
            Framing::at_start(true, Some(intranet()), &listed),
            Framing::Listed(intranet())
        );
        assert_eq!(
            Framing::at_start(true, Some("https://evil.example".into()), &listed),
            Framing::Unlisted("https://evil.example".into())
        );
        let unknown = Framing::at_start(true, None, &listed);
        assert_eq!(unknown, Framing::Unknown);
        assert_eq!(unknown.origin(), None);
        assert!(
            !unknown.speaks("https://intranet.acme.com"),
            "not before it introduced itself"
        );
        let learnt = unknown.heard("https://intranet.acme.com", &listed);
        assert_eq!(learnt, Framing::Listed(intranet()));
        assert!(learnt.speaks("https://intranet.acme.com"));
        assert!(!learnt.speaks("https://intranet.acme.com.evil.example"));
        assert_eq!(
            learnt.heard("https://evil.example", &listed),
            learnt,
            "once known, another origin changes nothing"
        );
        assert_eq!(
            Framing::Unknown.heard("null", &listed),
            Framing::Unlisted("null".into()),
            "a sandboxed parent is not listed"
        );
    }

    #[test]
    fn the_cockpit_runs_only_unframed_or_framed_by_a_listed_page() {
        let table = [
            (Framing::None, true),
            (Framing::Listed("https://intranet.acme.com".into()), true),
            (Framing::Unlisted("https://evil.example".into()), false),
            (Framing::Unknown, false),
        ];
        for (framing, runs) in table {
            assert_eq!(framing.runs(), runs, "{framing:?}");
        }
    }
    use crate::i18n::EN;
    use crate::state::{Dial, Outcome, Refusal};

    #[test]
    fn the_parent_is_read_as_untrusted_and_validated_once() {
        let table = [
            (json!({"event": "hello"}), Some(FromParent::Hello)),
            (
                json!({"event": "startInteraction", "data": {"campaign": " Sales ", "channel": "Phone", "clientId": "42"}}),
                Some(FromParent::Dial(
                    StartInteraction::new("Sales", "Phone", "42").unwrap(),
                )),
            ),
            (
                json!({"event": "startInteraction", "data": {"campaign": "", "channel": "Phone", "clientId": "42"}}),
                None,
            ),
            (json!({"event": "startInteraction"}), None),
            (json!({"event": "hangUp", "data": {}}), None),
            (json!("hello"), None),
        ];
        for (message, expected) in table {
            let read = read(&&message, &EN);
            match expected {
                Some(expected) => assert_eq!(read, expected, "{message}"),
                None => assert!(
                    matches!(read, FromParent::Refused { .. }),
                    "{message}: {read:?}"
                ),
            }
        }
        let FromParent::Refused { rejected, reason } = read(
            &&json!({"event": "startInteraction", "data": {"campaign": "", "channel": "", "clientId": "1"}}),
            &EN,
        ) else {
            panic!("refused");
        };
        assert_eq!(reason, "Campaign: Required. Channel: Required.");
        assert!(matches!(rejected, Rejected::Field { field, .. } if field == "data.campaign"));
    }

    #[test]
    fn the_parent_hears_announcements_and_why_its_dials_went_nowhere() {
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
            of_fact(
                &Fact::DialRefused {
                    source: DialSource::Parent,
                    request: request.clone(),
                    refusal: Refusal::AlreadyPending,
                },
                &EN
            ),
            Some(rejection(EN.dial_duplicate))
        );
        assert_eq!(
            of_fact(&Fact::DialNotSent(dial(DialSource::Parent)), &EN),
            Some(rejection(EN.dial_unavailable))
        );
        assert_eq!(
            of_fact(
                &Fact::DialRefused {
                    source: DialSource::Agent,
                    request: request.clone(),
                    refusal: Refusal::AlreadyPending,
                },
                &EN
            ),
            None,
            "another source's refusal is not the parent's"
        );
        assert_eq!(
            of_fact(&Fact::DialPosted(dial(DialSource::Agent)), &EN),
            Some(json!({"source": SOURCE, "event": "ucontact-dial",
                "data": {"campaign": "Sales", "channel": "Phone", "clientId": "42"}}))
        );
    }
}
