//! Fuzzes the decoder and the reducer together: the input is read as JSON (one message, or an
//! array of messages applied in turn) and each message is decoded and applied to a cockpit that
//! already holds active interactions, history and a theme.
//!
//! Besides "no panic", every step checks that a rejection changed nothing but the inspector,
//! and that no guid is ever in two places; the cockpit reached is then stored and restored and
//! must come back the same. The input also goes through the stored-state reader as a manifest
//! and as a history chunk.
//!
//!   cargo +nightly fuzz run decode_and_reduce -- -runs=1000000

#![no_main]

use std::collections::{HashMap, HashSet};

use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};
use ucontact_cockpit_core::color::Color;
use ucontact_cockpit_core::i18n::Locale;
use ucontact_cockpit_core::protocol::{self, Event, StartInteraction};
use ucontact_cockpit_core::state::{Action, Cockpit};
use ucontact_cockpit_core::storage;

fn populated() -> Cockpit {
    let mut cockpit = Cockpit::new(Locale::from_code("pt-BR"));
    for message in [
        json!({"event": "assignedInteraction", "data": {"guid": "a", "campaign": "c", "channel": "p", "clientId": "1"}}),
        json!({"event": "assignedInteraction", "data": {"guid": "b", "campaign": "c", "channel": "p", "clientId": "2"}}),
        json!({"event": "finishedInteraction", "data": {"guid": "b", "finishDate": "2024-05-10 14:33:12"}}),
        json!({"event": "changedTheme", "data": {"dark": true, "primary": "#123456"}}),
    ] {
        apply(&mut cockpit, &message);
    }
    cockpit
}

fn apply(cockpit: &mut Cockpit, message: &Value) {
    let before = cockpit.clone();
    let reading = protocol::read(&message);
    let rejected = reading.result.is_err();
    if let Ok(Event::ChangedTheme(theme)) = &reading.result {
        // What reaches CSS must read back as the very same colour.
        assert_eq!(Color::parse(&theme.primary.to_css()), Some(theme.primary));
    }
    cockpit.apply(Action::Received { at: 1, origin: String::new(), message: reading });
    if rejected {
        assert_eq!(cockpit.active, before.active);
        assert_eq!(cockpit.history, before.history);
        assert_eq!(cockpit.theme, before.theme);
        assert_eq!(cockpit.locale, before.locale);
    }
    let guids: Vec<&str> = cockpit
        .active
        .iter()
        .chain(cockpit.history.newest_first())
        .map(|entry| entry.guid.as_str())
        .collect();
    let unique: HashSet<&str> = guids.iter().copied().collect();
    assert_eq!(guids.len(), unique.len(), "a guid in two places");
}

/// Stores the cockpit as the browser does, restores it, and compares.
fn round_trip(cockpit: &Cockpit) {
    let keys: HashMap<String, String> = storage::snapshot(cockpit, 7).into_iter().collect();
    let manifest = keys.get(storage::KEY).expect("a snapshot has a manifest");
    let restored = storage::decode(manifest, |key| keys.get(key).cloned())
        .unwrap_or_else(|error| panic!("a stored cockpit reads back: {error:?}"));
    assert_eq!(restored.theme, cockpit.theme);
    assert_eq!(restored.locale, cockpit.locale);
    let guids = |entries: &mut dyn Iterator<Item = &std::rc::Rc<ucontact_cockpit_core::state::Interaction>>| {
        entries.map(|e| (e.guid.clone(), e.dispositions.clone(), e.finish.clone(), e.assignment.clone())).collect::<Vec<_>>()
    };
    assert_eq!(guids(&mut restored.history.newest_first()), guids(&mut cockpit.history.newest_first()));
    assert_eq!(guids(&mut restored.active.iter()), guids(&mut cockpit.active.iter()));
}

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = storage::decode(text, |_| Some(text.to_owned()));
    }
    let Ok(value) = serde_json::from_slice::<Value>(bytes) else {
        // Not JSON: still a string the colour parser and the language code must survive.
        if let Ok(text) = std::str::from_utf8(bytes) {
            if let Some(color) = Color::parse(text) {
                assert_eq!(Color::parse(&color.to_css()), Some(color));
            }
            let _ = Locale::from_code(text);
            let _ = ucontact_cockpit_core::config::Config::parse(text);
            let _ = ucontact_cockpit_core::datetime::FinishDate::parse(text);
        }
        return;
    };
    let mut cockpit = populated();
    match &value {
        Value::Array(messages) => messages.iter().for_each(|m| apply(&mut cockpit, m)),
        message => apply(&mut cockpit, message),
    }
    round_trip(&cockpit);
    let _ = StartInteraction::decode(&&value);
});
