//! The relay between the elements of one site's pages (an intranet's pages, a popped-out
//! window), on a BroadcastChannel of their origin. The element in charge of uContact relays what
//! it announces and dials what the others ask; an element not in charge tells its host what the
//! one in charge announced, and sends its dials there.

use crate::i18n::Texts;
use crate::integrations::announcements::{self, Announcement, EVENTS, Value};
use crate::integrations::answer;
use crate::protocol::StartInteraction;
use crate::state::{DialSource, Fact};

/// How long a page not in charge waits for the page in charge to answer its dial: well beyond
/// posting to uContact, which takes milliseconds; past it, the page says the request may not
/// have been sent, rather than wait forever.
pub const ANSWER_WAIT_MS: u32 = 10_000;

/// The name of the channel the cockpits of one origin relay the host API on.
pub const RELAY_CHANNEL: &str = "ucontact-cockpit.host";

/// What the cockpits of one origin (an intranet's pages, a popped-out window) say to each
/// other so that every page's element serves its host: the one in charge of uContact relays
/// what it announces; the others relay their `dial()` and click-to-dial to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relay {
    /// The cockpit in charge announced this: each other page's element tells its host.
    Announce(Announcement),
    /// An element not in charge asks the one in charge to dial; `id` names the answer, `page`
    /// is the page asking (its title and address, as it says: shown to the agent).
    Dial {
        id: String,
        page: String,
        request: StartInteraction,
    },
    /// The answer to `Dial { id }`: posted, or why not.
    Dialled { id: String, error: Option<String> },
    /// `Dial { id }` waits for the agent's confirmation: wait longer for its answer.
    Waiting { id: String },
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

/// Longest description of the page asking for a dial.
pub const MAX_PAGE: usize = 200;

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
            Relay::Dial { id, page, request } => serde_json::json!({
                "kind": "dial",
                "id": id,
                "page": page,
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
            Relay::Waiting { id } => serde_json::json!({"kind": "waiting", "id": id}),
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
                let page = short(value.get("page")?, MAX_PAGE)?;
                Some(Relay::Dial {
                    id: id()?,
                    page,
                    request,
                })
            }
            "dialled" => {
                let error = match value.get("error")? {
                    serde_json::Value::Null => None,
                    other => Some(short(other, 1024)?),
                };
                Some(Relay::Dialled { id: id()?, error })
            }
            "waiting" => Some(Relay::Waiting { id: id()? }),
            _ => None,
        }
    }
}

/// What the page in charge relays of a fact: the answer to another page's dial, then its
/// announcement (a dial posted for another page is both).
pub fn of_fact(fact: &Fact, texts: &Texts) -> Vec<Relay> {
    if let Fact::DialAwaiting(awaiting) = fact
        && let DialSource::Relay { id, .. } = &awaiting.source
    {
        return vec![Relay::Waiting { id: id.clone() }];
    }
    let answer = answer(fact).and_then(|(source, answer)| match source {
        DialSource::Relay { id, .. } => Some(Relay::Dialled {
            id: id.clone(),
            error: answer.text(texts).err().map(str::to_owned),
        }),
        _ => None,
    });
    let announcement = announcements::of_fact(fact).map(Relay::Announce);
    answer.into_iter().chain(announcement).collect()
}

/// Whether the shift a page not in charge can read (`shift`, as the page in charge saved it)
/// bears out an announcement relayed to it: only then does that page tell its host, so a page
/// of the origin that forges an announcement on the channel fires nothing. Interaction events
/// and dials must be found in the shift as announced; the theme, the language and readiness
/// carry no client's data and pass.
pub fn borne_out(announcement: &Announcement, shift: Option<&crate::storage::Restored>) -> bool {
    let text = |name: &str| {
        announcement
            .fields
            .iter()
            .find_map(|(field, value)| match value {
                Value::Text(text) if *field == name => Some(text.as_str()),
                _ => None,
            })
    };
    let list = |name: &str| {
        announcement
            .fields
            .iter()
            .find_map(|(field, value)| match value {
                Value::List(items) if *field == name => Some(items.as_slice()),
                _ => None,
            })
    };
    let find = |guid: &str| {
        let shift = shift?;
        shift
            .active
            .iter()
            .find(|entry| entry.guid == guid)
            .or_else(|| shift.history.get(guid))
            .cloned()
    };
    match announcement.event {
        "ucontact-assigned" => text("guid").and_then(find).is_some_and(|entry| {
            entry.assignment.as_ref().is_some_and(|a| {
                Some(a.campaign.as_str()) == text("campaign")
                    && Some(a.channel.as_str()) == text("channel")
                    && Some(a.client_id.as_str()) == text("clientId")
            })
        }),
        "ucontact-finished" => text("guid").and_then(find).is_some_and(|entry| {
            entry
                .finish
                .as_ref()
                .is_some_and(|finish| Some(finish.date.as_str()) == text("finishDate"))
        }),
        "ucontact-disposition" => text("guid").and_then(find).is_some_and(|entry| {
            let ids = list("levelsId").unwrap_or_default();
            let values = list("levelsValue").unwrap_or_default();
            entry.dispositions.iter().any(|disposition| {
                Some(disposition.comment.as_str()) == text("comment")
                    && disposition.levels.len() == ids.len().max(values.len())
                    && disposition.levels.iter().enumerate().all(|(i, level)| {
                        level.id.as_ref() == ids.get(i) && level.value.as_ref() == values.get(i)
                    })
            })
        }),
        "ucontact-dial" => shift.is_some_and(|shift| {
            shift.dials.iter().any(|dial| {
                Some(dial.request.campaign.as_str()) == text("campaign")
                    && Some(dial.request.channel.as_str()) == text("channel")
                    && Some(dial.request.client_id.as_str()) == text("clientId")
            })
        }),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{Event, SentDisposition};
    use serde_json::json;

    #[test]
    fn a_page_not_in_charge_repeats_only_announcements_the_shift_bears_out() {
        use crate::protocol::{AssignedInteraction, FinishedInteraction, Reading};
        use crate::state::{Action, Cockpit};
        let mut cockpit = Cockpit::default();
        let assignment = AssignedInteraction {
            guid: "g-1".into(),
            campaign: "Ventas<-".into(),
            channel: "telephony".into(),
            client_id: "59899123456".into(),
        };
        let assigned = Event::AssignedInteraction(assignment.clone());
        let disposed = Event::SentDisposition(SentDisposition {
            guid: "g-1".into(),
            comment: "llamar luego".into(),
            levels_id: vec!["1".into()],
            levels_value: vec!["Venta".into()],
        });
        for event in [assigned.clone(), disposed.clone()] {
            cockpit.apply(Action::Received {
                at: 1,
                origin: "o".into(),
                message: Reading::from(event),
            });
        }
        let keys: std::collections::HashMap<String, String> =
            crate::storage::snapshot(&cockpit, 1).into_iter().collect();
        let shift =
            crate::storage::decode(&keys[crate::storage::KEY], |key| keys.get(key).cloned())
                .unwrap();
        let forged = Event::AssignedInteraction(AssignedInteraction {
            client_id: "+19005550199".into(),
            ..assignment
        });
        let finished = Event::FinishedInteraction(FinishedInteraction {
            guid: "g-1".into(),
            finish_date: "2026-12-02 10:00:00".into(),
        });
        let table = [
            (announcements::announce(&assigned), true),
            (announcements::announce(&disposed), true),
            (announcements::announce(&forged), false),
            (announcements::announce(&finished), false),
            (
                announcements::dialled(&StartInteraction::new("S", "P", "1").unwrap()),
                false,
            ),
            (announcements::ready(), true),
        ];
        for (announcement, expected) in table {
            assert_eq!(
                borne_out(&announcement, Some(&shift)),
                expected,
                "{announcement:?}"
            );
        }
        assert!(
            !borne_out(&announcements::announce(&assigned), None),
            "no shift: nothing borne out"
        );
    }

    #[test]
    fn another_pages_dial_is_answered_and_announced_to_every_page() {
        use crate::i18n::EN;
        use crate::state::{Dial, Outcome, Refusal};
        use std::rc::Rc;
        let request = StartInteraction::new("Sales", "Phone", "77").unwrap();
        let dial = Rc::new(Dial {
            id: 3,
            request: request.clone(),
            sent_at: 0,
            outcome: Outcome::Pending,
            source: DialSource::Relay {
                id: "p:1".into(),
                page: "Tickets".into(),
            },
        });
        assert_eq!(
            of_fact(&Fact::DialPosted(dial.clone()), &EN),
            [
                Relay::Dialled {
                    id: "p:1".into(),
                    error: None
                },
                Relay::Announce(announcements::dialled(&request)),
            ]
        );
        assert_eq!(
            of_fact(
                &Fact::DialRefused {
                    source: DialSource::Relay {
                        id: "p:2".into(),
                        page: "Tickets".into(),
                    },
                    request: request.clone(),
                    refusal: Refusal::AlreadyPending,
                },
                &EN
            ),
            [Relay::Dialled {
                id: "p:2".into(),
                error: Some(EN.dial_duplicate.into())
            }]
        );
        assert_eq!(
            of_fact(&Fact::DialAdmitted(dial), &EN),
            [],
            "admitted: answered once posted"
        );
    }

    #[test]
    fn relayed_messages_round_trip_and_malformed_ones_are_ignored() {
        let request = StartInteraction::new("Sales", "Phone", "42").unwrap();
        let disposition = announcements::announce(&Event::SentDisposition(SentDisposition {
            guid: "g".into(),
            comment: "two\nlines".into(),
            levels_id: vec!["1".into()],
            levels_value: vec![],
        }));
        for relay in [
            Relay::Announce(disposition),
            Relay::Announce(announcements::ready()),
            Relay::Announce(announcements::dialled(&request)),
            Relay::Dial {
                id: "tab-7:3".into(),
                page: "Tickets — https://intranet.acme.com/tickets".into(),
                request,
            },
            Relay::Waiting {
                id: "tab-7:3".into(),
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
        let dial = r#"{"kind": "dial", "id": "1", "page": "p", "request": {"campaign": "S", "channel": "P", "clientId": "1"}}"#;
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
        let largest = announcements::announce(&Event::SentDisposition(SentDisposition {
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
}
