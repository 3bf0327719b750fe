//! Property tests over decode + reducer, and the colour parser: 10,000 cases each.
//!
//! - Any JSON at all, and messages shaped like the API with any value in any field, decode
//!   without a panic; a rejection leaves the state exactly as it was (but for the inspector).
//! - Sequences of accepted events obey every rule of the cockpit, and what they reach is
//!   stored and restored unchanged.
//! - Every colour accepted re-serialises to the strict canonical form; every one refused
//!   changes nothing.
//! - A CRM link filled with any values stays on its template's origin.
//!
//! `PROPTEST_CASES` sets the number of cases (10,000 by default).

#![cfg(not(target_arch = "wasm32"))]
// Test code asserts by indexing; the no-panic rules are for the shipped code.
#![allow(clippy::indexing_slicing)]

use std::collections::{HashMap, HashSet};

use proptest::prelude::*;
use serde_json::{Map, Value, json};
use ucontact_cockpit_core::color::Color;
use ucontact_cockpit_core::config::origin_of;
use ucontact_cockpit_core::i18n::Locale;
use ucontact_cockpit_core::protocol::{self, Event, Rejected};
use ucontact_cockpit_core::screen_pop::{UrlTemplate, Values};
use ucontact_cockpit_core::state::{Action, Cockpit, Interaction, Level, Theme};
use ucontact_cockpit_core::storage;

/// Cases per property: `PROPTEST_CASES`, or 10,000.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(10_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Strings an attacker or a broken uContact might send.
fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9 #(),.%/-]{0,20}",
        Just(String::new()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("</style><script>alert(1)</script>".to_owned()),
        Just("red;} body { display: none".to_owned()),
        Just("url(javascript:alert(1))".to_owned()),
        Just("__proto__".to_owned()),
        Just("\u{0}\u{1}\u{7f}\u{202e}".to_owned()),
        (120usize..140).prop_map(|n| "g".repeat(n)),
        (250usize..262).prop_map(|n| "é".repeat(n)),
        (4090usize..4100).prop_map(|n| "c".repeat(n)),
        Just("x".repeat(100_000)),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
    ]
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        hostile_string().prop_map(Value::String),
    ]
}

/// The fields of every event's `data`.
const DATA_FIELDS: [&str; 10] = [
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
];

/// Keys that matter to the decoder, and some that do not.
fn key() -> impl Strategy<Value = String> {
    let known = DATA_FIELDS
        .iter()
        .chain(&["event", "data", "__proto__", "constructor"])
        .copied()
        .collect::<Vec<_>>();
    prop_oneof![
        prop::sample::select(known).prop_map(str::to_owned),
        any::<String>(),
    ]
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn event_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "assignedInteraction", "finishedInteraction", "sentDisposition", "changedTheme",
            "changedLanguage",
        ])
        .prop_map(str::to_owned),
        1 => hostile_string(),
    ]
}

/// A field's value: usually well-typed, often not.
fn field_value(valid: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    prop_oneof![3 => valid, 1 => any_json()].boxed()
}

fn guid_value() -> BoxedStrategy<Value> {
    prop::sample::select(vec!["g0", "g1", "g2", "g3"])
        .prop_map(Value::from)
        .boxed()
}

fn text_value() -> BoxedStrategy<Value> {
    hostile_string().prop_map(Value::String).boxed()
}

fn levels_value() -> BoxedStrategy<Value> {
    prop::collection::vec(
        prop_oneof![hostile_string().prop_map(Value::String), number()],
        0..40,
    )
    .prop_map(Value::Array)
    .boxed()
}

/// Messages shaped like the API, with any value in any field, fields dropped or added.
fn api_message() -> impl Strategy<Value = Value> {
    let data = prop::collection::vec(prop::sample::select(DATA_FIELDS.to_vec()), 0..12)
        .prop_flat_map(|fields| {
            fields
                .into_iter()
                .map(|name| {
                    let valid = match name {
                        "guid" => guid_value(),
                        "levelsId" | "levelsValue" => levels_value(),
                        "dark" => any::<bool>().prop_map(Value::Bool).boxed(),
                        _ => text_value(),
                    };
                    field_value(valid).prop_map(move |value| (name.to_owned(), value))
                })
                .collect::<Vec<_>>()
        })
        .prop_map(|fields| Value::Object(fields.into_iter().collect()));
    (event_name(), prop_oneof![4 => data, 1 => any_json()])
        .prop_map(|(event, data)| json!({"event": event, "data": data}))
}

/// A cockpit with something in every part, so "unchanged" means something.
fn populated() -> Cockpit {
    let mut cockpit = Cockpit::new(Locale::from_code("es-UY"));
    for message in [
        json!({"event": "assignedInteraction", "data": {"guid": "g0", "campaign": "c", "channel": "p", "clientId": "1"}}),
        json!({"event": "assignedInteraction", "data": {"guid": "g1", "campaign": "c", "channel": "p", "clientId": "2"}}),
        json!({"event": "finishedInteraction", "data": {"guid": "g1", "finishDate": "d"}}),
        json!({"event": "sentDisposition", "data": {"guid": "g1", "comment": "x", "levelsId": ["1"], "levelsValue": []}}),
        json!({"event": "changedTheme", "data": {"dark": true, "primary": "#123456"}}),
    ] {
        receive(&mut cockpit, 0, protocol::decode(&&message));
    }
    cockpit
}

fn receive(cockpit: &mut Cockpit, at: u64, result: Result<Event, Rejected>) {
    cockpit.apply(Action::Received {
        at,
        origin: "https://ucontact.example".to_owned(),
        message: result.into(),
    });
}

/// Everything but the inspector.
fn visible(cockpit: &Cockpit) -> impl PartialEq + std::fmt::Debug + '_ {
    (
        &cockpit.active,
        &cockpit.history,
        cockpit.theme,
        &cockpit.locale,
        &cockpit.dials,
    )
}

fn check_rejection_changes_nothing(message: &Value) -> Result<(), TestCaseError> {
    let before = populated();
    let mut after = before.clone();
    let result = protocol::decode(&message);
    let rejected = result.is_err();
    receive(&mut after, 1, result);
    if rejected {
        prop_assert_eq!(visible(&after), visible(&before));
        prop_assert_eq!(after.inspector.rejected, before.inspector.rejected + 1);
        prop_assert_eq!(after.inspector.accepted, before.inspector.accepted);
    } else {
        prop_assert_eq!(after.inspector.accepted, before.inspector.accepted + 1);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_json_decodes_without_panic_and_rejections_change_nothing(message in any_json()) {
        check_rejection_changes_nothing(&message)?;
    }

    #[test]
    fn api_shaped_messages_decode_without_panic_and_rejections_change_nothing(message in api_message()) {
        check_rejection_changes_nothing(&message)?;
    }
}

/// One step of a shift, as uContact reports it (or something that gets rejected).
#[derive(Debug, Clone)]
enum Step {
    Assign {
        guid: usize,
        campaign: String,
    },
    Finish {
        guid: usize,
        date: String,
    },
    Dispose {
        guid: usize,
        comment: String,
        ids: Vec<String>,
        values: Vec<String>,
    },
    Theme {
        dark: bool,
        primary: String,
    },
    Language(String),
    Hostile(Value),
}

fn step() -> impl Strategy<Value = Step> {
    let guid = 0usize..6;
    let short = "[a-z]{0,3}";
    prop_oneof![
        4 => (guid.clone(), short).prop_map(|(guid, campaign)| Step::Assign { guid, campaign }),
        3 => (guid.clone(), short).prop_map(|(guid, date)| Step::Finish { guid, date }),
        2 => (guid, short, prop::collection::vec(short, 0..3), prop::collection::vec(short, 0..3))
            .prop_map(|(guid, comment, ids, values)| Step::Dispose { guid, comment, ids, values }),
        1 => (any::<bool>(), prop_oneof!["#[0-9a-f]{6}", hostile_string()])
            .prop_map(|(dark, primary)| Step::Theme { dark, primary }),
        1 => prop_oneof!["(en|es|pt|fr)(-[A-Z]{2})?", hostile_string()].prop_map(Step::Language),
        1 => api_message().prop_map(Step::Hostile),
    ]
}

fn message(step: &Step) -> Value {
    let guid = |n: &usize| format!("g{n}");
    match step {
        Step::Assign { guid: g, campaign } => json!({"event": "assignedInteraction",
            "data": {"guid": guid(g), "campaign": campaign, "channel": "Phone", "clientId": "1"}}),
        Step::Finish { guid: g, date } => json!({"event": "finishedInteraction",
            "data": {"guid": guid(g), "finishDate": date}}),
        Step::Dispose {
            guid: g,
            comment,
            ids,
            values,
        } => json!({"event": "sentDisposition",
            "data": {"guid": guid(g), "comment": comment, "levelsId": ids, "levelsValue": values}}),
        Step::Theme { dark, primary } => {
            json!({"event": "changedTheme", "data": {"dark": dark, "primary": primary}})
        }
        Step::Language(code) => json!({"event": "changedLanguage", "data": code}),
        Step::Hostile(value) => value.clone(),
    }
}

fn guids(cockpit: &Cockpit) -> Vec<String> {
    cockpit
        .active
        .iter()
        .chain(cockpit.history.newest_first())
        .map(|entry| entry.guid.clone())
        .collect()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_shift_obeys_every_rule(steps in prop::collection::vec(step(), 1..40)) {
        let mut cockpit = Cockpit::default();
        let mut reported: HashSet<String> = HashSet::new();
        for (at, step) in steps.iter().enumerate() {
            let at = at as u64 * 1_000;
            let before = cockpit.clone();
            let result = protocol::decode(&&message(step));
            let accepted = result.clone().ok();
            receive(&mut cockpit, at, result);

            match accepted {
                None => prop_assert_eq!(visible(&cockpit), visible(&before)),
                Some(Event::AssignedInteraction(a)) => {
                    reported.insert(a.guid.clone());
                    let entry = cockpit.active.iter().find(|e| e.guid == a.guid);
                    let assignment = entry.and_then(|e| e.assignment.clone());
                    prop_assert!(assignment.is_some(), "assigned {} is active", a.guid);
                    prop_assert_eq!(assignment.map(|x| x.campaign), Some(a.campaign));
                    prop_assert!(cockpit.history.get(&a.guid).is_none());
                }
                Some(Event::FinishedInteraction(f)) => {
                    reported.insert(f.guid.clone());
                    prop_assert!(cockpit.active.iter().all(|e| e.guid != f.guid));
                    let finish = cockpit.history.get(&f.guid).and_then(|e| e.finish.clone());
                    prop_assert_eq!(finish.map(|x| x.date), Some(f.finish_date));
                }
                Some(Event::SentDisposition(d)) => {
                    reported.insert(d.guid.clone());
                    let entry = cockpit.active.iter().find(|e| e.guid == d.guid)
                        .or_else(|| cockpit.history.get(&d.guid));
                    let len = d.levels_id.len().max(d.levels_value.len());
                    let levels: Vec<Level> = (0..len).map(|i| Level {
                        id: d.levels_id.get(i).cloned(),
                        value: d.levels_value.get(i).cloned(),
                    }).collect();
                    let found = entry.is_some_and(|e| e.dispositions.iter()
                        .any(|x| x.comment == d.comment && x.levels == levels));
                    prop_assert!(found, "disposition for {} attached with every level", d.guid);
                }
                Some(Event::ChangedTheme(t)) => {
                    prop_assert_eq!(cockpit.theme, Theme { dark: t.dark, primary: Some(t.primary) });
                }
                Some(Event::ChangedLanguage(l)) => {
                    prop_assert_eq!(&cockpit.locale, &Locale::from_code(&l.code));
                }
            }

            // Nothing lost, nothing duplicated.
            let all = guids(&cockpit);
            let unique: HashSet<String> = all.iter().cloned().collect();
            prop_assert_eq!(all.len(), unique.len(), "a guid in two places");
            prop_assert_eq!(&unique, &reported, "every reported guid is shown, and only those");
            // Active interactions stay newest first.
            let times: Vec<u64> = cockpit.active.iter().filter_map(|e| e.assignment.as_ref().map(|a| a.at)).collect();
            prop_assert!(times.windows(2).all(|w| w[0] >= w[1]), "newest first: {:?}", times);
            prop_assert_eq!(
                cockpit.inspector.accepted + cockpit.inspector.rejected,
                at / 1_000 + 1
            );
        }

        // Whatever a shift reached, storage gives it back (active ones marked as restored).
        let keys: HashMap<String, String> = storage::snapshot(&cockpit, 1).into_iter().collect();
        let restored = keys
            .get(storage::KEY)
            .map(|manifest| storage::decode(manifest, |key| keys.get(key).cloned()));
        prop_assert!(restored.is_some(), "a snapshot has a manifest");
        let restored = restored.unwrap_or(Err(storage::StoredError::NotJson));
        prop_assert!(restored.is_ok(), "{:?}", restored.err());
        if let Ok(restored) = restored {
            let unmarked: Vec<Interaction> = restored
                .active
                .iter()
                .map(|e| Interaction { restored: false, ..(**e).clone() })
                .collect();
            let active: Vec<Interaction> = cockpit.active.iter().map(|e| (**e).clone()).collect();
            prop_assert_eq!(unmarked, active);
            prop_assert!(restored.history.newest_first().eq(cockpit.history.newest_first()));
            prop_assert_eq!(restored.theme, cockpit.theme);
            prop_assert_eq!(&restored.locale, &cockpit.locale);
        }
    }
}

fn colour_like() -> impl Strategy<Value = String> {
    let number = "[+-]?([0-9]{1,3}(\\.[0-9]{1,2})?|\\.[0-9]{1,2})%?";
    prop_oneof![
        any::<String>(),
        "#[0-9a-fA-FxX]{0,9}",
        (number, number, number).prop_map(|(a, b, c)| format!("rgb({a}, {b}, {c})")),
        (number, number, number, number).prop_map(|(a, b, c, d)| format!("rgba({a},{b},{c},{d})")),
        (number, number, number, number).prop_map(|(a, b, c, d)| format!("rgb({a} {b} {c} / {d})")),
        (number, number, number).prop_map(|(a, b, c)| format!("hsl({a}deg {b} {c})")),
        (number, number, number, number)
            .prop_map(|(a, b, c, d)| format!("hsla({a}, {b}, {c}, {d})")),
        "[a-zA-Z]{3,20}",
        "(rgb|hsl|RGB)\\([ -~]{0,30}\\)?",
        hostile_string(),
    ]
}

fn is_canonical(css: &str) -> bool {
    let hex = css.len() == 7
        && css.starts_with('#')
        && css[1..]
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    let rgba = css
        .strip_prefix("rgba(")
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|inner| {
            let parts: Vec<&str> = inner.split(", ").collect();
            parts.len() == 4
                && parts[..3]
                    .iter()
                    .all(|p| p.parse::<u8>().is_ok_and(|n| n.to_string() == *p))
                && (parts[3] == "0"
                    || parts[3].strip_prefix("0.").is_some_and(|f| {
                        (1..=3).contains(&f.len())
                            && f.bytes().all(|b| b.is_ascii_digit())
                            && !f.ends_with('0')
                    }))
        });
    hex || rgba
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn colours_are_canonical_or_change_nothing(input in colour_like()) {
        match Color::parse(&input) {
            Some(color) => {
                let css = color.to_css();
                prop_assert!(is_canonical(&css), "{input:?} → {css:?}");
                prop_assert_eq!(Color::parse(&css), Some(color));
            }
            None => {
                let mut cockpit = populated();
                let before = cockpit.theme;
                let result = protocol::decode(&&json!({"event": "changedTheme", "data": {"dark": false, "primary": input}}));
                prop_assert!(result.is_err());
                receive(&mut cockpit, 1, result);
                prop_assert_eq!(cockpit.theme, before);
            }
        }
    }
}

/// A template: an origin, then path, query and fragment pieces mixing text and placeholders.
fn template() -> impl Strategy<Value = String> {
    let origin = prop_oneof![
        Just("https://crm.acme.com"),
        Just("http://127.0.0.1:8081"),
        Just("https://CRM.Example.org:8443"),
        Just("http://localhost"),
    ];
    let piece = prop_oneof![
        Just("{guid}"),
        Just("{clientId}"),
        Just("{campaign}"),
        Just("{channel}"),
        Just("/"),
        Just("?"),
        Just("#"),
        Just("&x="),
        Just("@"),
        Just(".."),
        Just("c"),
    ];
    (origin, prop::collection::vec(piece, 0..8))
        .prop_map(|(origin, pieces)| format!("{origin}/{}", pieces.concat()))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_crm_link_stays_on_its_templates_origin(
        template in template(),
        guid in hostile_string(),
        client_id in hostile_string(),
        campaign in hostile_string(),
        channel in hostile_string(),
    ) {
        let parsed = UrlTemplate::parse(&template);
        prop_assert!(parsed.is_ok(), "{template}: {parsed:?}");
        let Ok(parsed) = parsed else { return Ok(()) };
        let url = parsed.fill(&Values {
            guid: &guid,
            client_id: &client_id,
            campaign: &campaign,
            channel: &channel,
        });
        // Where a browser's URL parser ends the authority of an http(s) URL: at the first `/`,
        // `?`, `#` (or `\\`, refused below) after `://`. Values of any length: a link is not
        // held to the length of a configured URL.
        let start = url.find("://").map_or(0, |i| i + 3);
        let end = url[start..].find(['/', '?', '#']).map_or(url.len(), |i| start + i);
        let origin = origin_of(&url[..end]);
        prop_assert_eq!(origin.as_deref(), Ok(parsed.origin()), "{}", url);
        prop_assert!(
            url.bytes().all(|b| b.is_ascii_graphic() && !matches!(b, b'{' | b'}' | b'"' | b'<' | b'>' | b'\\')),
            "{}", url
        );
    }
}
