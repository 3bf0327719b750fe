use serde_json::json;

use super::*;
use crate::i18n::Lang;
use crate::protocol::{AssignedInteraction, Event, FinishedInteraction, SentDisposition};
use crate::state::Action;

fn shift() -> Cockpit {
    let mut cockpit = Cockpit::new(Locale::from_code("pt-BR"));
    let events = vec![
        Event::AssignedInteraction(AssignedInteraction {
            guid: "active-1".into(),
            campaign: "Sales".into(),
            channel: "Phone".into(),
            client_id: "42".into(),
        }),
        Event::AssignedInteraction(AssignedInteraction {
            guid: "done-1".into(),
            campaign: "Support".into(),
            channel: "Email".into(),
            client_id: "=HYPERLINK(\"x\")".into(),
        }),
        Event::SentDisposition(SentDisposition {
            guid: "done-1".into(),
            comment: "two\nlines".into(),
            levels_id: vec!["1".into(), "2".into()],
            levels_value: vec!["Sale".into()],
        }),
        Event::FinishedInteraction(FinishedInteraction {
            guid: "done-1".into(),
            finish_date: "2024-05-10 14:33:12".into(),
        }),
        Event::FinishedInteraction(FinishedInteraction {
            guid: "ghost".into(),
            finish_date: "yesterday".into(),
        }),
        Event::ChangedTheme(crate::protocol::ChangedTheme {
            dark: true,
            primary: Color::rgb(1, 2, 3),
        }),
    ];
    for (at, event) in events.into_iter().enumerate() {
        cockpit.apply(Action::Received {
            at: at as u64 * 1_000,
            origin: String::new(),
            result: Ok(event),
        });
    }
    cockpit
}

#[test]
fn a_snapshot_restores_everything_it_holds() {
    let cockpit = shift();
    let restored = decode(&encode(&cockpit, 99, usize::MAX)).unwrap();
    assert_eq!(restored.saved_at, 99);
    assert_eq!(restored.theme, cockpit.theme);
    assert_eq!(
        restored.locale.map(|l| (l.lang, l.tag)),
        Some((Lang::Pt, "pt-BR".into()))
    );
    let history: Vec<&Interaction> = restored
        .history
        .newest_first()
        .map(|e| e.as_ref())
        .collect();
    let original: Vec<&Interaction> = cockpit.history.newest_first().map(|e| e.as_ref()).collect();
    assert_eq!(history, original);
    assert_eq!(restored.active.len(), 1);
    let active = &restored.active[0];
    assert!(active.restored, "active interactions come back marked");
    assert_eq!(
        Interaction {
            restored: false,
            ..(**active).clone()
        },
        *cockpit.active[0]
    );
}

#[test]
fn a_short_snapshot_keeps_the_newest_history() {
    let cockpit = shift();
    let restored = decode(&encode(&cockpit, 1, 1)).unwrap();
    let guids: Vec<&str> = restored
        .history
        .newest_first()
        .map(|e| e.guid.as_str())
        .collect();
    assert_eq!(guids, ["ghost"]);
    assert_eq!(
        restored.active.len(),
        1,
        "active interactions are always kept"
    );
}

#[test]
fn an_empty_cockpit_round_trips() {
    let restored = decode(&encode(&Cockpit::default(), 0, usize::MAX)).unwrap();
    assert!(restored.active.is_empty() && restored.history.is_empty());
    assert_eq!(restored.theme, Theme::default());
}

#[test]
fn damaged_foreign_old_and_oversized_snapshots_are_refused() {
    let good: Value = serde_json::from_str(&encode(&shift(), 5, usize::MAX)).unwrap();
    let with = |path: &[&str], value: Value| {
        let mut snapshot = good.clone();
        let mut target = &mut snapshot;
        for key in &path[..path.len() - 1] {
            target = match key.parse::<usize>() {
                Ok(index) => &mut target[index],
                Err(_) => &mut target[*key],
            };
        }
        let last = path[path.len() - 1];
        match last.parse::<usize>() {
            Ok(index) => target[index] = value,
            Err(_) => target[last] = value,
        }
        snapshot.to_string()
    };
    let table: Vec<(String, StoredError)> = vec![
        ("".into(), StoredError::NotJson),
        ("{\"app\":".into(), StoredError::NotJson),
        ("[]".into(), StoredError::Foreign),
        ("\"ucontact-cockpit\"".into(), StoredError::Foreign),
        (json!({"theme": "dark"}).to_string(), StoredError::Foreign),
        (with(&["app"], json!("another-app")), StoredError::Foreign),
        (with(&["version"], json!(0)), StoredError::Version(0)),
        (with(&["version"], json!(2)), StoredError::Version(2)),
        (
            with(&["version"], json!("1")),
            StoredError::Corrupt("version"),
        ),
        (
            with(&["savedAt"], json!(-1)),
            StoredError::Corrupt("savedAt"),
        ),
        (
            with(&["theme"], json!([true, "red; x: y"])),
            StoredError::Corrupt("theme"),
        ),
        (
            with(&["theme"], json!(["yes", null])),
            StoredError::Corrupt("theme"),
        ),
        (
            with(&["locale"], json!("<b>")),
            StoredError::Corrupt("locale"),
        ),
        (with(&["locale"], json!(7)), StoredError::Corrupt("locale")),
        (with(&["active"], json!({})), StoredError::Corrupt("active")),
        (
            with(&["active", "0", "0"], json!("")),
            StoredError::Corrupt("active"),
        ),
        (
            with(&["active", "0", "0"], json!("g".repeat(129))),
            StoredError::Corrupt("active"),
        ),
        (
            with(&["active", "0", "0"], json!("a\u{0}b")),
            StoredError::Corrupt("active"),
        ),
        (
            with(&["active", "0", "1"], json!(["c", "p", "1"])),
            StoredError::Corrupt("active"),
        ),
        (
            with(&["active", "0", "1", "3"], json!(-5)),
            StoredError::Corrupt("active"),
        ),
        (
            with(
                &["history", "0", "3"],
                json!([["c", vec![json!([null, null]); 33]]]),
            ),
            StoredError::Corrupt("history"),
        ),
        (
            with(&["history", "0", "3", "0", "0"], json!("x".repeat(4097))),
            StoredError::Corrupt("history"),
        ),
        (
            with(&["history", "0", "2"], json!(["d"])),
            StoredError::Corrupt("history"),
        ),
        (
            with(&["history", "1", "0"], json!("active-1")),
            StoredError::Corrupt("duplicate guid"),
        ),
        (
            with(
                &["active"],
                json!(vec![json!(["g", null, null, []]); 1_001]),
            ),
            StoredError::Corrupt("active"),
        ),
        (
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
            StoredError::NotJson,
        ),
        (" ".repeat(MAX_STORED_BYTES + 1), StoredError::TooLarge),
    ];
    for (text, expected) in table {
        assert_eq!(decode(&text), Err(expected), "{:.120}", text);
    }
}
