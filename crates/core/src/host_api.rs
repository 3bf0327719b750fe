//! What the cockpit tells the page that embeds it (the host API): one announcement for each
//! message from uContact the cockpit **accepted**, built from the typed values (never from the
//! raw message), plus one when a dial was posted and one when the cockpit is ready. The element
//! dispatches them as DOM events; framed, the cockpit posts them to its parent.
//!
//! Announcements, in uContact's terms:
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
            "source": FRAMED_SOURCE,
            "event": self.event,
            "data": self.detail_json(),
        })
    }
}

/// The `source` of every message a framed cockpit posts to its parent.
pub const FRAMED_SOURCE: &str = "ucontact-cockpit";

/// The client id a `tel:` link dials: the number with its visual separators (spaces, `-`, `.`,
/// parentheses) and parameters (`;…`) left out, a leading `+` kept; `None` when that leaves no
/// digit, or anything but digits (the link is then left to the browser).
pub fn client_from_tel(href: &str) -> Option<String> {
    let scheme = href.get(..4)?;
    if !scheme.eq_ignore_ascii_case("tel:") {
        return None;
    }
    let number = href.get(4..)?.split(';').next().unwrap_or_default();
    let number = percent_decode(number)?;
    let mut client = String::new();
    for (index, c) in number.trim().chars().enumerate() {
        match c {
            '0'..='9' => client.push(c),
            '+' if index == 0 => client.push(c),
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
            _ => return None,
        }
    }
    client.chars().any(|c| c.is_ascii_digit()).then_some(client)
}

/// `%XX` sequences decoded; `None` when they do not make UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        if byte == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            out.push(byte);
            index += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Whether a click on a `tel:` link is the cockpit's to take: a plain primary click, not one
/// the page already handled. Ctrl, Cmd, Shift or Alt, or another button, leave it to the
/// browser (a new window, a copy, a context menu).
pub fn takes_click(button: i16, modified: bool, default_prevented: bool) -> bool {
    button == 0 && !modified && !default_prevented
}

/// The name of the channel the cockpits of one origin relay the host API on.
pub const RELAY_CHANNEL: &str = "ucontact-cockpit.host";

/// What the cockpits of one origin (an intranet's pages, a popped-out window) say to each
/// other so that every page's element serves its host: the one in charge of uContact relays
/// what it announces; the others relay their `dial()` and click-to-dial to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relay {
    /// The cockpit in charge announced this: each other page's element tells its host.
    Announce(Announcement),
    /// An element not in charge asks the one in charge to dial; `id` names the answer.
    Dial {
        id: String,
        request: StartInteraction,
    },
    /// The answer to `Dial { id }`: posted, or why not.
    Dialled { id: String, error: Option<String> },
}

/// Field names an announcement may carry (a relayed one is read against them).
const FIELDS: [&str; 11] = [
    "guid",
    "campaign",
    "channel",
    "clientId",
    "finishDate",
    "comment",
    "levelsId",
    "levelsValue",
    "dark",
    "primary",
    "language",
];
/// Longest text read from the channel (a disposition comment is the longest there is).
const MAX_RELAYED_TEXT: usize = crate::protocol::MAX_COMMENT;

/// The longest relayed message read; anything longer is ignored unread.
pub const RELAY_MAX_BYTES: usize = 64 * 1024;

impl Relay {
    pub fn encode(&self) -> String {
        let value = match self {
            Relay::Announce(announcement) => serde_json::json!({
                "kind": "announce",
                "event": announcement.event,
                "detail": announcement.detail_json(),
            }),
            Relay::Dial { id, request } => serde_json::json!({
                "kind": "dial",
                "id": id,
                "request": {
                    "campaign": request.campaign,
                    "channel": request.channel,
                    "clientId": request.client_id,
                },
            }),
            Relay::Dialled { id, error } => serde_json::json!({
                "kind": "dialled",
                "id": id,
                "error": error,
            }),
        };
        value.to_string()
    }

    /// Reads what another page sent: the same origin, but read as untrusted all the same;
    /// anything malformed is `None` and ignored.
    pub fn decode(text: &str) -> Option<Relay> {
        if text.len() > RELAY_MAX_BYTES {
            return None;
        }
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        let short = |value: &serde_json::Value, max: usize| {
            value
                .as_str()
                .filter(|text| crate::protocol::plain_text(text, max, true))
                .map(str::to_owned)
        };
        let id = || short(value.get("id")?, 64);
        match value.get("kind")?.as_str()? {
            "announce" => {
                let event = EVENTS
                    .into_iter()
                    .find(|name| value.get("event").and_then(|e| e.as_str()) == Some(name))?;
                let detail = value.get("detail")?.as_object()?;
                let mut fields = Vec::with_capacity(detail.len());
                for (name, item) in detail {
                    let name = FIELDS.into_iter().find(|known| known == name)?;
                    let item = match item {
                        serde_json::Value::Bool(flag) => Value::Bool(*flag),
                        serde_json::Value::Array(list)
                            if list.len() <= crate::protocol::MAX_LEVELS =>
                        {
                            Value::List(
                                list.iter()
                                    .map(|item| short(item, crate::protocol::MAX_NAME))
                                    .collect::<Option<Vec<_>>>()?,
                            )
                        }
                        other => Value::Text(short(other, MAX_RELAYED_TEXT)?),
                    };
                    fields.push((name, item));
                }
                Some(Relay::Announce(Announcement { event, fields }))
            }
            "dial" => {
                let request = value.get("request")?;
                let field = |name: &str| short(request.get(name)?, crate::protocol::MAX_NAME);
                let request = StartInteraction::new(
                    &field("campaign")?,
                    &field("channel")?,
                    &field("clientId")?,
                )
                .ok()?;
                Some(Relay::Dial { id: id()?, request })
            }
            "dialled" => {
                let error = match value.get("error")? {
                    serde_json::Value::Null => None,
                    other => Some(short(other, 1024)?),
                };
                Some(Relay::Dialled { id: id()?, error })
            }
            _ => None,
        }
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
    fn a_tel_link_gives_its_number_as_the_client_id() {
        let table = [
            ("tel:+59899123456", Some("+59899123456")),
            ("tel:+598 99 123 456", Some("+59899123456")),
            ("TEL:0800-1234", Some("08001234")),
            ("tel:(02)%20901.2345", Some("029012345")),
            ("tel:+1-201-555-0123;ext=1234", Some("+12015550123")),
            ("tel:%2B44%2020%207946%200958", Some("+442079460958")),
            ("tel:", None),
            ("tel:+", None),
            ("tel:12+34", None),
            ("tel:*100#", None),
            ("tel:javascript:alert(1)", None),
            ("tel:%ZZ12", None),
            ("tel:%C3%2812", None),
            ("mailto:a@b.c", None),
            ("te", None),
        ];
        for (href, expected) in table {
            assert_eq!(client_from_tel(href).as_deref(), expected, "{href}");
        }
    }

    #[test]
    fn relayed_messages_round_trip_and_malformed_ones_are_ignored() {
        let request = StartInteraction::new("Sales", "Phone", "42").unwrap();
        let disposition = announce(&Event::SentDisposition(SentDisposition {
            guid: "g".into(),
            comment: "two\nlines".into(),
            levels_id: vec!["1".into()],
            levels_value: vec![],
        }));
        for relay in [
            Relay::Announce(disposition),
            Relay::Announce(ready()),
            Relay::Announce(dialled(&request)),
            Relay::Dial {
                id: "tab-7:3".into(),
                request,
            },
            Relay::Dialled {
                id: "tab-7:3".into(),
                error: None,
            },
            Relay::Dialled {
                id: "x".into(),
                error: Some("Campaign: Required.".into()),
            },
        ] {
            let decoded = Relay::decode(&relay.encode());
            let same = match (&decoded, &relay) {
                // Detail fields come back in the JSON object's order.
                (Some(Relay::Announce(a)), Relay::Announce(b)) => {
                    a.event == b.event && a.detail_json() == b.detail_json()
                }
                (decoded, relay) => decoded.as_ref() == Some(relay),
            };
            assert!(same, "{relay:?} came back as {decoded:?}");
        }
        for stranger in [
            "",
            "[]",
            r#"{"kind": "announce", "event": "ucontact-hacked", "detail": {}}"#,
            r#"{"kind": "announce", "event": "ucontact-assigned", "detail": {"onclick": "x"}}"#,
            r#"{"kind": "announce", "event": "ucontact-assigned", "detail": {"guid": {"deep": 1}}}"#,
            r#"{"kind": "dial", "id": "1", "request": {"campaign": "", "channel": "P", "clientId": "1"}}"#,
            r#"{"kind": "dial", "request": {"campaign": "S", "channel": "P", "clientId": "1"}}"#,
            r#"{"kind": "dialled", "id": "1"}"#,
            r#"{"kind": "take-over"}"#,
        ] {
            assert_eq!(Relay::decode(stranger), None, "{stranger}");
        }
    }

    #[test]
    fn relayed_sizes_and_lists_are_read_up_to_their_limits() {
        // A dial padded with white space to exactly the limit, then one byte more.
        let dial = r#"{"kind": "dial", "id": "1", "request": {"campaign": "S", "channel": "P", "clientId": "1"}}"#;
        let padded = |len: usize| format!("{dial}{}", " ".repeat(len - dial.len()));
        assert!(Relay::decode(&padded(RELAY_MAX_BYTES)).is_some());
        assert_eq!(Relay::decode(&padded(RELAY_MAX_BYTES + 1)), None);
        // Disposition levels: the most a disposition has, and one more.
        let levels = |count: usize| {
            let list = vec![json!("1"); count];
            json!({"kind": "announce", "event": "ucontact-disposition",
                "detail": {"guid": "g", "levelsId": list}})
            .to_string()
        };
        assert!(Relay::decode(&levels(crate::protocol::MAX_LEVELS)).is_some());
        assert_eq!(
            Relay::decode(&levels(crate::protocol::MAX_LEVELS + 1)),
            None
        );
        // The largest disposition the cockpit accepts reaches the other pages whole: every
        // level and the longest comment, in four-byte characters.
        let largest = announce(&Event::SentDisposition(SentDisposition {
            guid: "😀".repeat(crate::protocol::MAX_GUID),
            comment: "😀".repeat(crate::protocol::MAX_COMMENT),
            levels_id: vec!["😀".repeat(64); crate::protocol::MAX_LEVELS],
            levels_value: vec!["😀".repeat(64); crate::protocol::MAX_LEVELS],
        }));
        let relayed = Relay::decode(&Relay::Announce(largest.clone()).encode());
        let Some(Relay::Announce(relayed)) = relayed else {
            panic!("the largest disposition is relayed");
        };
        assert_eq!(relayed.detail_json(), largest.detail_json());
    }

    #[test]
    fn only_plain_primary_clicks_are_taken() {
        assert!(takes_click(0, false, false));
        assert!(!takes_click(1, false, false), "middle button");
        assert!(!takes_click(2, false, false), "secondary button");
        assert!(!takes_click(0, true, false), "Ctrl, Cmd, Shift or Alt");
        assert!(!takes_click(0, false, true), "already handled by the page");
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
