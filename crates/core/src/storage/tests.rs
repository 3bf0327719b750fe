use std::collections::HashMap;

use serde_json::json;

use super::*;
use crate::i18n::Lang;
use crate::protocol::StartInteraction;
use crate::protocol::{AssignedInteraction, Event, FinishedInteraction, Reading, SentDisposition};
use crate::state::{Action, DialSource, Outcome};

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
            message: event.into(),
        });
    }
    for (client, at) in [("42", 6_000), ("43", 7_000), ("44", 8_000), ("45", 9_000)] {
        cockpit.apply(Action::Dial {
            at,
            request: StartInteraction::new("Sales", "Phone", client).unwrap(),
            source: DialSource::Agent,
        });
    }
    // 42 answered, 43 not sent, 44 not answered, 45 pending.
    cockpit.apply(Action::Received {
        at: 9_500,
        origin: String::new(),
        message: Event::AssignedInteraction(AssignedInteraction {
            guid: "dialled".into(),
            campaign: "Sales".into(),
            channel: "Phone".into(),
            client_id: "42".into(),
        })
        .into(),
    });
    cockpit.apply(Action::DialFailed { id: 1, at: 9_600 });
    cockpit.dial_answer_ms = 1_000;
    cockpit.apply(Action::Tick { at: 9_700 });
    cockpit
}

/// Writes a cockpit as a first save does: every chunk, then the manifest.
fn store(cockpit: &Cockpit) -> HashMap<String, String> {
    snapshot(cockpit, 99).into_iter().collect()
}

fn load(keys: &HashMap<String, String>) -> Result<Restored, StoredError> {
    decode(&keys[KEY], |key| keys.get(key).cloned())
}

#[test]
fn a_snapshot_restores_everything_it_holds() {
    let cockpit = shift();
    let restored = load(&store(&cockpit)).unwrap();
    assert_eq!(restored.saved_at, 99);
    assert_eq!(restored.theme, cockpit.theme);
    assert_eq!(
        (restored.locale.lang, &*restored.locale.tag),
        (Lang::Pt, "pt-BR")
    );
    let history: Vec<&Interaction> = restored
        .history
        .newest_first()
        .map(|e| e.as_ref())
        .collect();
    let original: Vec<&Interaction> = cockpit.history.newest_first().map(|e| e.as_ref()).collect();
    assert_eq!(history, original);
    let ids = |h: &History| h.chunks().map(|c| c.id()).collect::<Vec<_>>();
    assert_eq!(
        ids(&restored.history),
        ids(&cockpit.history),
        "chunks keep their ids"
    );
    assert_eq!(restored.active.len(), 2);
    for (active, original) in restored.active.iter().zip(&cockpit.active) {
        assert!(active.restored, "active interactions come back marked");
        assert_eq!(
            Interaction {
                restored: false,
                ..(**active).clone()
            },
            **original
        );
    }
}

#[test]
fn a_long_history_round_trips_chunk_by_chunk() {
    let mut cockpit = shift();
    for n in 0..200u64 {
        cockpit.apply(Action::Received {
            at: n,
            origin: String::new(),
            message: Reading::from(Event::FinishedInteraction(FinishedInteraction {
                guid: format!("h-{n}"),
                finish_date: "d".into(),
            })),
        });
    }
    let keys = store(&cockpit);
    assert_eq!(
        keys.len(),
        1 + 1 + cockpit.history.chunks().count(),
        "the manifest, one chunk of active interactions, the history's chunks"
    );
    let restored = load(&keys).unwrap();
    assert_eq!(restored.history.len(), 202);
    assert_eq!(restored.history, restored.history.clone());
    assert!(restored.history.get("h-17").is_some() && restored.history.get("ghost").is_some());
}

#[test]
fn an_empty_cockpit_round_trips() {
    let restored = load(&store(&Cockpit::default())).unwrap();
    assert!(restored.active.is_empty() && restored.history.is_empty());
    assert_eq!(restored.theme, Theme::default());
}

#[test]
fn damaged_foreign_old_and_oversized_snapshots_are_refused() {
    let keys = store(&shift());
    let good: Value = serde_json::from_str(&keys[KEY]).unwrap();
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
    let chunk_key_0 = chunk_key(0);
    let table: Vec<(String, StoredError)> = vec![
        ("".into(), StoredError::NotJson),
        ("{\"app\":".into(), StoredError::NotJson),
        ("[]".into(), StoredError::Foreign),
        ("\"ucontact-cockpit\"".into(), StoredError::Foreign),
        (json!({"theme": "dark"}).to_string(), StoredError::Foreign),
        (with(&["app"], json!("another-app")), StoredError::Foreign),
        (with(&["version"], json!(0)), StoredError::Version(0)),
        (with(&["version"], json!(5)), StoredError::Version(5)),
        (with(&["dials"], json!({})), StoredError::Corrupt("dials")),
        (
            with(&["dials", "0", "0"], json!(-1)),
            StoredError::Corrupt("dials"),
        ),
        (
            with(&["dials", "0", "1"], json!(" padded ")),
            StoredError::Corrupt("dials"),
        ),
        (
            with(&["dials", "0", "3"], json!("")),
            StoredError::Corrupt("dials"),
        ),
        (
            with(&["dials", "0", "5"], json!(["ringing"])),
            StoredError::Corrupt("dials"),
        ),
        // Outcomes of the right length but an unknown kind.
        (
            with(&["dials", "0", "5"], json!(["ringing", true, 5])),
            StoredError::Corrupt("dials"),
        ),
        (
            with(&["dials", "0", "5"], json!(["ringing", 5])),
            StoredError::Corrupt("dials"),
        ),
        (
            with(&["dials", "1", "0"], json!(3)),
            StoredError::Corrupt("dials"),
        ),
        (
            with(&["dials"], json!(vec![good["dials"][0].clone(); 21])),
            StoredError::Corrupt("dials"),
        ),
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
            with(&["active"], json!(["0"])),
            StoredError::Corrupt("active"),
        ),
        (
            with(&["active"], json!(vec![good["active"][0].clone(); 1_001])),
            StoredError::Corrupt("active"),
        ),
        (
            with(&["active"], json!([9])),
            StoredError::Corrupt("active"),
        ),
        (
            with(&["active"], json!([[0, "not a check", 2]])),
            StoredError::Corrupt("active"),
        ),
        (
            with(&["active"], json!([[0, "0000000000000000", 65]])),
            StoredError::Corrupt("active"),
        ),
        (
            with(&["active"], json!([good["active"][0], good["active"][0]])),
            StoredError::Corrupt("duplicate guid"),
        ),
        (
            with(
                &["history"],
                json!([good["history"][0], good["history"][0]]),
            ),
            StoredError::Corrupt("duplicate guid"),
        ),
        (
            with(&["history"], json!(["0"])),
            StoredError::Corrupt("history"),
        ),
        (
            with(&["history"], json!({})),
            StoredError::Corrupt("history"),
        ),
        (
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
            StoredError::NotJson,
        ),
        (" ".repeat(MAX_STORED_BYTES + 1), StoredError::TooLarge),
    ];
    for (manifest, expected) in table {
        let mut keys = keys.clone();
        keys.insert(KEY.to_owned(), manifest.clone());
        assert_eq!(load(&keys), Err(expected), "{:.120}", manifest);
    }
    // A history chunk that cannot be read back, or is not what was written, is lost alone: the
    // rest of the shift is restored, and what went is counted.
    for (chunk, expected) in [
        ("nope".to_owned(), StoredError::NotJson),
        ("{}".to_owned(), StoredError::Corrupt("history chunk")),
        (
            json!([["g", null, null, [["c", vec![json!([null, null]); 33]]]]]).to_string(),
            StoredError::Corrupt("history chunk"),
        ),
        (
            json!([["g", null, null, [["x".repeat(4097), []]]]]).to_string(),
            StoredError::Corrupt("history chunk"),
        ),
        (
            json!([["g", null, ["d"], []]]).to_string(),
            StoredError::Corrupt("history chunk"),
        ),
        (
            json!(vec![json!(["g", null, null, []]); 65]).to_string(),
            StoredError::Corrupt("history chunk"),
        ),
        (" ".repeat(MAX_STORED_BYTES + 1), StoredError::TooLarge),
    ] {
        let _ = expected;
        let mut keys = keys.clone();
        keys.insert(chunk_key_0.clone(), chunk.clone());
        reseal(&mut keys);
        let restored = load(&keys).unwrap_or_else(|error| panic!("{error:?} for {chunk:.120}"));
        assert!(restored.lost.interactions >= 1, "{:.120}", chunk);
        assert!(restored.history.is_empty(), "{:.120}", chunk);
        assert_eq!(restored.active.len(), 2, "the active interactions are kept");
    }
    let active_key_0 = active_chunk_key(0);
    let good_active: Value = serde_json::from_str(&keys[&active_key_0]).unwrap();
    let entry = |path: &[usize], value: Value| {
        let mut chunk = good_active.clone();
        let mut target = &mut chunk;
        for index in path {
            target = &mut target[*index];
        }
        *target = value;
        chunk.to_string()
    };
    for (chunk, expected) in [
        ("nope".to_owned(), StoredError::NotJson),
        ("{}".to_owned(), StoredError::Corrupt("active chunk")),
        ("[]".to_owned(), StoredError::Corrupt("active chunk")),
        (
            entry(&[0, 0], json!("")),
            StoredError::Corrupt("active chunk"),
        ),
        (
            entry(&[0, 0], json!("g".repeat(129))),
            StoredError::Corrupt("active chunk"),
        ),
        (
            entry(&[0, 0], json!("a\u{0}b")),
            StoredError::Corrupt("active chunk"),
        ),
        (
            entry(&[0, 1], json!(["c", "p", "1"])),
            StoredError::Corrupt("active chunk"),
        ),
        (
            entry(&[0, 1, 3], json!(-5)),
            StoredError::Corrupt("active chunk"),
        ),
        (
            json!(vec![json!(["g", null, null, []]); 65]).to_string(),
            StoredError::Corrupt("active chunk"),
        ),
        (
            entry(&[0, 0], json!("ghost")),
            StoredError::Corrupt("duplicate guid"),
        ),
        (" ".repeat(MAX_STORED_BYTES + 1), StoredError::TooLarge),
    ] {
        let mut keys = keys.clone();
        keys.insert(active_key_0.clone(), chunk.clone());
        reseal(&mut keys);
        match expected {
            StoredError::Corrupt("duplicate guid") => {
                assert_eq!(load(&keys), Err(expected), "{:.120}", chunk)
            }
            _ => {
                let restored = load(&keys).unwrap_or_else(|e| panic!("{e:?} for {chunk:.120}"));
                // An empty chunk listed as empty loses nothing; anything else is counted.
                assert!(
                    restored.lost.interactions >= 1 || chunk == "[]",
                    "{:.120}",
                    chunk
                );
                assert!(restored.active.is_empty(), "{:.120}", chunk);
                assert_eq!(restored.history.len(), 2, "the history is kept");
            }
        }
    }
    // More active interactions than the cockpit keeps, in chunks each within bounds.
    let mut keys = keys.clone();
    let ids: Vec<u64> = (100..116).collect();
    for id in &ids {
        let chunk: Vec<Value> = (0..64)
            .map(|n| json!([format!("g-{id}-{n}"), null, null, []]))
            .collect();
        keys.insert(active_chunk_key(*id), json!(chunk).to_string());
    }
    let mut manifest: Value = serde_json::from_str(&keys[KEY]).unwrap();
    manifest["active"] = json!(
        ids.iter()
            .map(|id| json!([id, check(&keys[&active_chunk_key(*id)]), 64]))
            .collect::<Vec<_>>()
    );
    keys.insert(KEY.to_owned(), manifest.to_string());
    assert_eq!(load(&keys), Err(StoredError::Corrupt("active")));
}

/// Makes the manifest list each chunk as it now is (its check and count), as a save that
/// wrote those chunks would: what is then refused is refused for what the chunk holds.
fn reseal(keys: &mut HashMap<String, String>) {
    let mut manifest: Value = serde_json::from_str(&keys[KEY]).unwrap();
    for (list, key_of) in [
        ("active", active_chunk_key as fn(u64) -> String),
        ("history", chunk_key),
    ] {
        let Some(entries) = manifest[list].as_array_mut() else {
            continue;
        };
        for entry in entries {
            let id = entry[0].as_u64().unwrap();
            if let Some(text) = keys.get(&key_of(id)) {
                entry[1] = json!(check(text));
                if let Ok(Value::Array(items)) = serde_json::from_str::<Value>(text) {
                    entry[2] = json!(items.len().min(CHUNK));
                }
            }
        }
    }
    keys.insert(KEY.to_owned(), manifest.to_string());
}

#[test]
fn a_removed_or_edited_chunk_is_lost_alone_and_counted() {
    let keys = store(&shift());
    let manifest: Value = serde_json::from_str(&keys[KEY]).unwrap();
    // Removed (another app's localStorage.clear() between saves, one key deleted).
    let mut removed = keys.clone();
    removed.remove(&chunk_key(0));
    let restored = load(&removed).unwrap();
    assert_eq!(
        restored.lost,
        Lost {
            interactions: 2,
            uncounted_chunks: 0
        }
    );
    assert_eq!(restored.active.len(), 2);
    // Edited, and so no longer what the manifest says was written.
    let mut edited = keys.clone();
    edit(&mut edited, "done-1", |interaction| {
        interaction[0] = json!("forged")
    });
    let restored = load(&edited).unwrap();
    assert_eq!(restored.lost.interactions, 2);
    assert!(
        restored.history.get("forged").is_none(),
        "an edited chunk is not restored as if true"
    );
    // A version 3 manifest (ids only): a missing chunk is lost, uncounted.
    let mut old = keys.clone();
    let mut v3 = manifest.clone();
    v3["version"] = json!(3);
    v3["active"] = json!([0]);
    v3["history"] = json!([0, 7]);
    old.insert(KEY.to_owned(), v3.to_string());
    let restored = load(&old).unwrap();
    assert_eq!(
        restored.lost,
        Lost {
            interactions: 0,
            uncounted_chunks: 1
        }
    );
    assert_eq!(restored.history.len(), 2);
    // Intact: nothing lost, and each chunk's check is known (no rewriting needed).
    let restored = load(&keys).unwrap();
    assert!(!restored.lost.any());
    assert_eq!(restored.checks.len(), 2);
}

#[test]
fn dials_and_disposition_times_round_trip() {
    let cockpit = shift();
    let outcomes: Vec<&Outcome> = cockpit.dials.iter().map(|d| &d.outcome).collect();
    assert!(matches!(
        outcomes.as_slice(),
        [
            Outcome::Pending,
            Outcome::NotAnswered { heard: true, .. },
            Outcome::NotSent { .. },
            Outcome::Answered { .. }
        ]
    ));
    let restored = load(&store(&cockpit)).unwrap();
    assert_eq!(restored.dials, cockpit.dials);
    let done = restored.history.get("done-1").unwrap();
    assert_eq!(done.dispositions[0].at, Some(2_000));
}

#[test]
fn version_1_snapshots_are_still_read() {
    let manifest = json!({"app": APP, "version": 1, "savedAt": 5, "theme": [false, null],
        "locale": "en", "active": [], "history": [7]});
    let chunk = json!([[
        "g",
        ["S", "P", "1", 1],
        ["d", 2],
        [["comment", [["1", "Sale"]]]]
    ]]);
    let restored = decode(&manifest.to_string(), |key| {
        (key == chunk_key(7)).then(|| chunk.to_string())
    })
    .unwrap();
    let entry = restored.history.get("g").unwrap();
    assert_eq!(entry.dispositions[0].at, None);
    assert_eq!(entry.dispositions[0].comment, "comment");
    assert!(restored.dials.is_empty());
}

#[test]
fn version_2_snapshots_with_the_active_entries_in_the_manifest_are_still_read() {
    let manifest = |active: Value| {
        json!({"app": APP, "version": 2, "savedAt": 5, "theme": [false, null], "locale": "en",
            "active": active, "history": [], "dials": []})
        .to_string()
    };
    let active = json!([
        ["new", ["S", "P", "2", 2], null, []],
        ["old", ["S", "P", "1", 1], null, []]
    ]);
    let restored = decode(&manifest(active), |_| None).unwrap();
    let guids: Vec<&str> = restored.active.iter().map(|e| e.guid.as_str()).collect();
    assert_eq!(guids, ["new", "old"]);
    assert!(restored.active.iter().all(|e| e.restored));
    assert!(
        restored.active_chunks.is_empty(),
        "the first save writes them all as chunks"
    );
    assert_eq!(
        decode(&manifest(json!([["", null, null, []]])), |_| None),
        Err(StoredError::Corrupt("active"))
    );
}

fn active(guids: &[&str]) -> Vec<Rc<Interaction>> {
    guids
        .iter()
        .map(|guid| Rc::new(Interaction::new((*guid).to_owned())))
        .collect()
}

/// The ids of the chunks whose generation is new since `before`.
fn rewritten(before: &[(u64, u64)], chunks: &ActiveChunks) -> Vec<u64> {
    chunks
        .versions()
        .filter(|version| !before.contains(version))
        .map(|(id, _)| id)
        .collect()
}

#[test]
fn a_change_to_the_active_set_rewrites_only_the_chunks_it_touches() {
    // 200 active, newest first: a-199 … a-0.
    let names: Vec<String> = (0..200).rev().map(|n| format!("a-{n}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut list = active(&names);
    let mut chunks = ActiveChunks::default();
    chunks.follow(&list);
    let sizes = |chunks: &ActiveChunks| -> Vec<(u64, usize)> {
        chunks
            .versions()
            .map(|(id, _)| {
                let text = chunks.encode(id).unwrap();
                (
                    id,
                    serde_json::from_str::<Vec<Value>>(&text.0).unwrap().len(),
                )
            })
            .collect()
    };
    assert_eq!(sizes(&chunks), [(0, 64), (1, 64), (2, 64), (3, 8)]);
    let first: Value = serde_json::from_str(&chunks.encode(0).unwrap().0).unwrap();
    assert_eq!(first[0][0], "a-0", "in the order they were assigned");

    type Change<'a> = &'a dyn Fn(&mut Vec<Rc<Interaction>>);
    let step = |chunks: &mut ActiveChunks,
                list: &mut Vec<Rc<Interaction>>,
                name: &str,
                change: Change<'_>,
                expected: &[u64]| {
        let before: Vec<(u64, u64)> = chunks.versions().collect();
        change(list);
        chunks.follow(list);
        assert_eq!(rewritten(&before, chunks), expected, "{name}");
        assert_eq!(chunks.len(), list.len(), "{name}");
    };
    step(&mut chunks, &mut list, "nothing changed", &|_| {}, &[]);
    step(
        &mut chunks,
        &mut list,
        "a new assignment",
        &|list| list.insert(0, active(&["b-0"])[0].clone()),
        &[3],
    );
    step(
        &mut chunks,
        &mut list,
        "one in the middle finished",
        &|list| list.retain(|e| e.guid != "a-100"),
        &[1],
    );
    step(
        &mut chunks,
        &mut list,
        "a disposition for an old one",
        &|list| {
            let index = list.iter().position(|e| e.guid == "a-3").unwrap();
            let mut entry = (*list[index]).clone();
            entry.restored = true;
            list[index] = Rc::new(entry);
        },
        &[0],
    );
    step(
        &mut chunks,
        &mut list,
        "the newest chunk fills, then a new one starts",
        &|list| {
            for n in 1..=56 {
                list.insert(0, active(&[&format!("b-{n}")])[0].clone());
            }
        },
        &[3, 4],
    );
    step(
        &mut chunks,
        &mut list,
        "a chunk emptied goes, the others stay",
        &|list| list.retain(|e| !(64..128).any(|n| e.guid == format!("a-{n}"))),
        &[],
    );
    assert_eq!(
        chunks.versions().map(|(id, _)| id).collect::<Vec<_>>(),
        [0, 2, 3, 4]
    );
    step(
        &mut chunks,
        &mut list,
        "all finished",
        &|list| list.clear(),
        &[],
    );
    assert!(chunks.is_empty());
}

#[test]
fn restored_active_chunks_need_no_rewriting() {
    let names: Vec<String> = (0..150).rev().map(|n| format!("a-{n}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let cockpit = Cockpit {
        active: active(&names),
        ..Cockpit::default()
    };
    let restored = load(&store(&cockpit)).unwrap();
    let guids: Vec<&str> = restored.active.iter().map(|e| e.guid.as_str()).collect();
    assert_eq!(guids, names, "newest first, as they were");
    let mut chunks = restored.active_chunks.clone();
    let before: Vec<(u64, u64)> = chunks.versions().collect();
    assert_eq!(before.len(), 3);
    chunks.follow(&restored.active);
    assert_eq!(rewritten(&before, &chunks), Vec::<u64>::new());
    // The next assignment goes to the newest stored chunk, with a new id only when it is full.
    let mut list = restored.active.clone();
    list.insert(0, active(&["new"])[0].clone());
    chunks.follow(&list);
    assert_eq!(rewritten(&before, &chunks), [2]);
}

#[test]
fn retention_drops_what_is_older_than_the_cutoff_on_restore() {
    let mut restored = load(&store(&shift())).unwrap();
    // active-1 at 0, done-1 last touched at 3 000, ghost at 4 000, dialled at 9 500.
    let gone = restored.forget_before(3_500);
    assert_eq!(gone, 2);
    let guids: Vec<&str> = restored
        .active
        .iter()
        .map(|e| e.guid.as_str())
        .chain(restored.history.newest_first().map(|e| e.guid.as_str()))
        .collect();
    assert_eq!(guids, ["dialled", "ghost"]);
    assert_eq!(restored.dials.len(), 4, "dials were sent after the cutoff");
    assert_eq!(restored.forget_before(10_000), 2);
    assert!(restored.dials.is_empty());
    // An entry without any time counts as saved when the snapshot was (99).
    let mut timeless = load(&store(&shift())).unwrap();
    timeless.history.push(Interaction::new("timeless".into()));
    timeless.forget_before(99);
    assert!(timeless.history.get("timeless").is_some());
    timeless.forget_before(100);
    assert!(timeless.history.get("timeless").is_none());
}

#[test]
fn a_tab_not_in_charge_can_count_the_active_interactions() {
    let keys = store(&shift());
    assert_eq!(active_count(&keys[KEY]), Some(2));
    let v2 = json!({"app": APP, "active": [["a", null, null, []]]}).to_string();
    assert_eq!(active_count(&v2), Some(1));
    let v3 = json!({"app": APP, "active": [0], "activeCount": 1_001}).to_string();
    assert_eq!(active_count(&v3), None, "more than the cockpit keeps");
    assert_eq!(active_count("{\"app\": \"other\", \"active\": []}"), None);
    assert_eq!(active_count("not json"), None);
}

#[test]
fn only_the_cockpits_own_keys_are_its_own() {
    for (key, own) in [
        ("ucontact-cockpit", true),
        ("ucontact-cockpit.history.0", true),
        ("ucontact-cockpit.notify", true),
        ("ucontact-cockpitx", false),
        ("ucontact-cockpit-other", false),
        ("my-ucontact-cockpit", false),
        ("", false),
    ] {
        assert_eq!(is_own_key(key), own, "{key}");
    }
}

/// The JSON pointer of the interaction array of `guid`, wherever it is stored.
fn stored_interaction(value: &Value, guid: &str) -> Option<String> {
    match value {
        Value::Array(items) if items.first().and_then(Value::as_str) == Some(guid) => {
            Some(String::new())
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| stored_interaction(item, guid).map(|path| format!("/{i}{path}"))),
        Value::Object(fields) => fields.iter().find_map(|(key, item)| {
            stored_interaction(item, guid).map(|path| format!("/{key}{path}"))
        }),
        _ => None,
    }
}

/// Changes the stored interaction `guid` with `change`, in whichever key holds it, as a damaged
/// or hand-edited save would.
fn edit(keys: &mut HashMap<String, String>, guid: &str, change: impl Fn(&mut Vec<Value>)) {
    let mut edited = 0;
    for text in keys.values_mut() {
        let mut value: Value = serde_json::from_str(text).unwrap();
        if let Some(path) = stored_interaction(&value, guid) {
            let interaction = value
                .pointer_mut(&path)
                .and_then(Value::as_array_mut)
                .unwrap();
            change(interaction);
            *text = value.to_string();
            edited += 1;
        }
    }
    assert_eq!(edited, 1, "{guid} is stored once");
}

#[test]
fn an_interaction_at_every_limit_round_trips_and_one_over_is_refused() {
    // The reducer keeps the newest MAX_DISPOSITIONS dispositions, each of up to MAX_LEVELS
    // levels: exactly what storage must read back, or a whole saved shift would be lost.
    let mut cockpit = Cockpit::new(Locale::default());
    let levels = |n: usize| (0..n).map(|i| format!("{i}")).collect::<Vec<_>>();
    for (at, guid) in [(1, "full"), (2, "other")] {
        cockpit.apply(Action::Received {
            at,
            origin: String::new(),
            message: Event::AssignedInteraction(AssignedInteraction {
                guid: guid.into(),
                campaign: "Sales".into(),
                channel: "Phone".into(),
                client_id: "42".into(),
            })
            .into(),
        });
    }
    for n in 0..MAX_DISPOSITIONS + 5 {
        cockpit.apply(Action::Received {
            at: 10 + n as u64,
            origin: String::new(),
            message: Event::SentDisposition(SentDisposition {
                guid: "full".into(),
                comment: format!("d{n}"),
                levels_id: levels(crate::protocol::MAX_LEVELS),
                levels_value: levels(crate::protocol::MAX_LEVELS),
            })
            .into(),
        });
    }
    let full = cockpit.active.iter().find(|i| i.guid == "full").unwrap();
    assert_eq!(full.dispositions.len(), MAX_DISPOSITIONS);
    assert!(
        full.dispositions
            .iter()
            .all(|d| d.levels.len() == crate::protocol::MAX_LEVELS)
    );
    let keys = store(&cockpit);
    let restored = load(&keys).expect("a shift at every limit reads back");
    let back = restored.active.iter().find(|i| i.guid == "full").unwrap();
    assert_eq!(back.dispositions, full.dispositions);

    // One disposition more, or one level more, is not something the cockpit wrote.
    let mut one_more = keys.clone();
    edit(&mut one_more, "full", |interaction| {
        let dispositions = interaction[3].as_array_mut().unwrap();
        dispositions.push(dispositions[0].clone());
    });
    reseal(&mut one_more);
    assert!(
        load(&one_more).unwrap().lost.any(),
        "MAX_DISPOSITIONS + 1 dispositions"
    );
    let mut one_more_level = keys.clone();
    edit(&mut one_more_level, "full", |interaction| {
        let levels = interaction[3][0][1].as_array_mut().unwrap();
        levels.push(levels[0].clone());
    });
    reseal(&mut one_more_level);
    assert!(
        load(&one_more_level).unwrap().lost.any(),
        "MAX_LEVELS + 1 levels"
    );
}

#[test]
fn every_count_kept_at_its_limit_round_trips() {
    // As many active interactions as the cockpit keeps, and as many dials kept in full, with
    // the earlier ones counted by hour.
    let mut cockpit = Cockpit::new(Locale::default());
    for n in 0..MAX_ACTIVE {
        cockpit.apply(Action::Received {
            at: n as u64,
            origin: String::new(),
            message: Event::AssignedInteraction(AssignedInteraction {
                guid: format!("g{n}"),
                campaign: "Sales".into(),
                channel: "Phone".into(),
                client_id: "1".into(),
            })
            .into(),
        });
    }
    cockpit.dial_answer_ms = 1_000;
    // One dial an hour for a month and a day: a month of hours is counted, the oldest not.
    let month = 31 * 24;
    for n in 0..(crate::state::DIALS_KEPT + month + 1) as u64 {
        cockpit.apply(Action::Dial {
            at: 3_600_000 * n,
            request: StartInteraction::new("Sales", "Phone", &format!("c{n}")).unwrap(),
            source: DialSource::Agent,
        });
        cockpit.apply(Action::Tick {
            at: 3_600_000 * n + 2_000,
        });
    }
    assert_eq!(cockpit.active.len(), MAX_ACTIVE);
    assert_eq!(cockpit.dials.len(), crate::state::DIALS_KEPT);
    assert!(!cockpit.dials.is_empty());
    assert_eq!(cockpit.dials.earlier().count(), month);
    assert_eq!(
        cockpit.dials.earlier().next().map(|(hour, _)| hour),
        Some(1)
    );
    let restored = load(&store(&cockpit)).expect("every limit reads back");
    assert_eq!(restored.active.len(), MAX_ACTIVE);
    assert_eq!(restored.dials, cockpit.dials);
    assert_eq!(
        restored.dials.earlier().collect::<Vec<_>>(),
        cockpit.dials.earlier().collect::<Vec<_>>()
    );
}

#[test]
fn a_disposition_without_a_time_round_trips() {
    // Version 1 stored no time; such a disposition is written back with a null one.
    let mut cockpit = shift();
    let mut entry = (**cockpit.history.get("done-1").unwrap()).clone();
    entry.dispositions[0].at = None;
    cockpit.history.update("done-1", |e| *e = entry.clone());
    let restored = load(&store(&cockpit)).unwrap();
    let back = restored.history.get("done-1").unwrap();
    assert_eq!(back.dispositions, entry.dispositions);
    assert_eq!(back.dispositions[0].at, None);
}

#[test]
fn restored_chunks_get_new_ids_and_every_change_is_seen() {
    let mut keys = HashMap::new();
    let mut cockpit = Cockpit::new(Locale::default());
    let guids: Vec<String> = (0..CHUNK).map(|n| format!("g{n}")).collect();
    let names: Vec<&str> = guids.iter().map(String::as_str).collect();
    cockpit.active = active(&names).into_iter().rev().collect();
    keys.extend(store(&cockpit));
    let restored = load(&keys).unwrap();
    let mut chunks = restored.active_chunks.clone();
    assert!(!chunks.is_empty());
    assert_eq!(chunks.len(), CHUNK);
    let before: Vec<u64> = chunks.versions().map(|(id, _)| id).collect();
    // One more makes a new chunk, never under an id already stored.
    let mut now = restored.active.clone();
    now.insert(0, Rc::new(Interaction::new("new".into())));
    chunks.follow(&now);
    let ids: Vec<u64> = chunks.versions().map(|(id, _)| id).collect();
    assert_eq!(ids.len(), 2);
    assert!(!before.contains(&ids[1]), "{before:?} then {ids:?}");
    // The same chunk changed twice in a row is seen as changed both times.
    for round in 0..2 {
        let versions: Vec<(u64, u64)> = chunks.versions().collect();
        let mut changed = now.clone();
        let last = changed.len() - 1;
        let mut entry = (*changed[last]).clone();
        entry.restored = round % 2 == 0;
        changed[last] = Rc::new(entry);
        chunks.follow(&changed);
        assert_eq!(rewritten(&versions, &chunks), [ids[0]], "round {round}");
        now = changed;
    }
}

#[test]
fn a_save_of_exactly_the_size_limit_is_read_and_one_byte_more_is_not() {
    let keys = store(&Cockpit::new(Locale::default()));
    let manifest = &keys[KEY];
    // JSON allows white space after the value: pad the manifest to the limit.
    let padded = |len: usize| format!("{manifest}{}", " ".repeat(len - manifest.len()));
    let mut at_limit = keys.clone();
    at_limit.insert(KEY.to_owned(), padded(MAX_STORED_BYTES));
    assert!(load(&at_limit).is_ok());
    let mut over = keys.clone();
    over.insert(KEY.to_owned(), padded(MAX_STORED_BYTES + 1));
    assert!(matches!(load(&over), Err(StoredError::TooLarge)));
    // The limit is 4 MiB: about what a browser lets one origin store in all.
    let mut four_mib = keys.clone();
    four_mib.insert(KEY.to_owned(), padded(4 * 1024 * 1024));
    assert!(load(&four_mib).is_ok());
}

#[test]
fn a_chunk_changed_after_others_is_never_taken_for_saved() {
    // Each change gives its chunk a generation never used before, so a chunk that changes
    // again after others did cannot come back to the generation it was saved at.
    let names: Vec<String> = (0..65).rev().map(|n| format!("a-{n}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut list = active(&names);
    let mut chunks = ActiveChunks::default();
    chunks.follow(&list);
    let change = |list: &mut Vec<Rc<Interaction>>, guid: &str| {
        let Some(slot) = list.iter_mut().find(|entry| entry.guid == guid) else {
            panic!("{guid} is active");
        };
        let mut entry = (**slot).clone();
        entry.restored = !entry.restored;
        *slot = Rc::new(entry);
    };
    let mut saved: Vec<(u64, u64)> = chunks.versions().collect();
    let mut save = |chunks: &ActiveChunks, expected: &[u64], what: &str| {
        assert_eq!(rewritten(&saved, chunks), expected, "{what}");
        saved = chunks.versions().collect();
    };
    list.insert(0, active(&["b-0"])[0].clone());
    chunks.follow(&list);
    save(&chunks, &[1], "a new one joins the second chunk");
    change(&mut list, "a-3");
    chunks.follow(&list);
    save(&chunks, &[0], "the first chunk changes");
    change(&mut list, "b-0");
    chunks.follow(&list);
    save(&chunks, &[1], "the second chunk changes again");
    change(&mut list, "a-64");
    change(&mut list, "a-4");
    chunks.follow(&list);
    save(&chunks, &[0, 1], "both change");
    change(&mut list, "b-0");
    chunks.follow(&list);
    save(&chunks, &[1], "and the second once more");
}
