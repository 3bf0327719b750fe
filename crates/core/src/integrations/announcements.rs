//! What a host is told (the host API): one announcement for each message from uContact the
//! cockpit **accepted**, built from the typed values (never from the raw message), plus one when
//! a dial was posted and one when the cockpit is ready. The element dispatches them as DOM
//! events on its page; a framed cockpit posts them to its parent; the page in charge relays them
//! to the site's other pages.
//!
//! | event | when | detail |
//! | --- | --- | --- |
//! | `ucontact-assigned` | `assignedInteraction` accepted | `guid`, `campaign`, `channel`, `clientId` |
//! | `ucontact-finished` | `finishedInteraction` accepted | `guid`, `finishDate` |
//! | `ucontact-disposition` | `sentDisposition` accepted | `guid`, `comment`, `levelsId`, `levelsValue` |
//! | `ucontact-theme` | `changedTheme` accepted | `dark`, `primary` (re-serialised) |
//! | `ucontact-language` | `changedLanguage` accepted | `language` (as uContact sent it) |
//! | `ucontact-dial` | a dial request was posted to uContact | `campaign`, `channel`, `clientId` |
//! | `ucontact-ready` | the configuration is loaded and the frame is in place | (none) |

use crate::protocol::{Event, StartInteraction};
use crate::state::Fact;

/// The value of one field of an announcement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Bool(bool),
    List(Vec<String>),
}

/// One thing the host page is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// The DOM event's name (and the framed message's `event`).
    pub event: &'static str,
    /// The detail's fields, in order.
    pub fields: Vec<(&'static str, Value)>,
}

/// The names of every announcement, for the documentation and the host page.
pub const EVENTS: [&str; 7] = [
    "ucontact-assigned",
    "ucontact-finished",
    "ucontact-disposition",
    "ucontact-theme",
    "ucontact-language",
    "ucontact-dial",
    "ucontact-ready",
];

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

/// The one announcement for an accepted event.
pub fn announce(event: &Event) -> Announcement {
    let (event, fields) = match event {
        Event::AssignedInteraction(a) => (
            "ucontact-assigned",
            vec![
                ("guid", text(&a.guid)),
                ("campaign", text(&a.campaign)),
                ("channel", text(&a.channel)),
                ("clientId", text(&a.client_id)),
            ],
        ),
        Event::FinishedInteraction(f) => (
            "ucontact-finished",
            vec![
                ("guid", text(&f.guid)),
                ("finishDate", text(&f.finish_date)),
            ],
        ),
        Event::SentDisposition(d) => (
            "ucontact-disposition",
            vec![
                ("guid", text(&d.guid)),
                ("comment", text(&d.comment)),
                ("levelsId", Value::List(d.levels_id.clone())),
                ("levelsValue", Value::List(d.levels_value.clone())),
            ],
        ),
        Event::ChangedTheme(t) => (
            "ucontact-theme",
            vec![
                ("dark", Value::Bool(t.dark)),
                ("primary", text(&t.primary.to_css())),
            ],
        ),
        Event::ChangedLanguage(l) => ("ucontact-language", vec![("language", text(&l.code))]),
    };
    Announcement { event, fields }
}

/// A dial request was posted to uContact.
pub fn dialled(request: &StartInteraction) -> Announcement {
    Announcement {
        event: "ucontact-dial",
        fields: vec![
            ("campaign", text(&request.campaign)),
            ("channel", text(&request.channel)),
            ("clientId", text(&request.client_id)),
        ],
    }
}

/// The cockpit is ready: configuration loaded, uContact's frame in place.
pub fn ready() -> Announcement {
    Announcement {
        event: "ucontact-ready",
        fields: Vec::new(),
    }
}

impl Announcement {
    /// As JSON: the detail of a DOM event, or the `data` of a framed message.
    pub fn detail_json(&self) -> serde_json::Value {
        let fields = self.fields.iter().map(|(name, value)| {
            let value = match value {
                Value::Text(text) => serde_json::Value::from(text.as_str()),
                Value::Bool(flag) => serde_json::Value::from(*flag),
                Value::List(items) => serde_json::Value::from(items.clone()),
            };
            ((*name).to_owned(), value)
        });
        serde_json::Value::Object(fields.collect())
    }

    /// The message a framed cockpit posts to its parent:
    /// `{"source": "ucontact-cockpit", "event": …, "data": …}`.
    pub fn framed_message(&self) -> serde_json::Value {
        serde_json::json!({
            "source": crate::integrations::framed::SOURCE,
            "event": self.event,
            "data": self.detail_json(),
        })
    }
}

/// The announcement a fact makes, if any: each accepted message, each dial posted, readiness.
pub fn of_fact(fact: &Fact) -> Option<Announcement> {
    match fact {
        Fact::Accepted { event, .. } => Some(announce(event)),
        Fact::DialPosted(dial) => Some(dialled(&dial.request)),
        Fact::Ready => Some(ready()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::color::Color;
    use crate::protocol::{
        AssignedInteraction, ChangedLanguage, ChangedTheme, FinishedInteraction, SentDisposition,
    };
    use serde_json::json;

    #[test]
    fn every_accepted_event_is_announced_once_with_its_typed_values() {
        let table = [
            (
                Event::AssignedInteraction(AssignedInteraction {
                    guid: "g".into(),
                    campaign: "Sales".into(),
                    channel: "Phone".into(),
                    client_id: "42".into(),
                }),
                "ucontact-assigned",
                json!({"guid": "g", "campaign": "Sales", "channel": "Phone", "clientId": "42"}),
            ),
            (
                Event::FinishedInteraction(FinishedInteraction {
                    guid: "g".into(),
                    finish_date: "2024-05-10 14:33:12".into(),
                }),
                "ucontact-finished",
                json!({"guid": "g", "finishDate": "2024-05-10 14:33:12"}),
            ),
            (
                Event::SentDisposition(SentDisposition {
                    guid: "g".into(),
                    comment: "ok".into(),
                    levels_id: vec!["1".into()],
                    levels_value: vec!["Sale".into(), "Extra".into()],
                }),
                "ucontact-disposition",
                json!({"guid": "g", "comment": "ok", "levelsId": ["1"], "levelsValue": ["Sale", "Extra"]}),
            ),
            (
                Event::ChangedTheme(ChangedTheme {
                    dark: true,
                    primary: Color::rgb(0x19, 0x76, 0xd2),
                }),
                "ucontact-theme",
                json!({"dark": true, "primary": "#1976d2"}),
            ),
            (
                Event::ChangedLanguage(ChangedLanguage {
                    code: "es-UY".into(),
                }),
                "ucontact-language",
                json!({"language": "es-UY"}),
            ),
        ];
        let mut named = std::collections::HashSet::new();
        for (event, name, detail) in table {
            let announcement = announce(&event);
            assert_eq!(announcement.event, name);
            assert_eq!(announcement.detail_json(), detail, "{name}");
            assert!(EVENTS.contains(&name));
            named.insert(name);
        }
        assert_eq!(named.len(), 5, "each event has an announcement of its own");
    }

    #[test]
    fn dials_and_readiness_are_announced_and_framed_messages_say_who_speaks() {
        let request = StartInteraction::new("Sales", "Phone", "42").unwrap();
        assert_eq!(
            dialled(&request).framed_message(),
            json!({"source": "ucontact-cockpit", "event": "ucontact-dial",
                "data": {"campaign": "Sales", "channel": "Phone", "clientId": "42"}})
        );
        assert_eq!(ready().detail_json(), json!({}));
        assert_eq!(ready().event, "ucontact-ready");
    }
}
