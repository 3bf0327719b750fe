use super::*;
use crate::config::Config;
use crate::protocol::{AssignedInteraction, Event, FinishedInteraction};
use crate::state::Action;
use crate::stored::StoredError;

const HOUR: Millis = 3_600_000;

fn receive(cockpit: &mut Cockpit, at: Millis, event: Event) {
    cockpit.apply(Action::Received {
        at,
        origin: "https://ucontact.example".into(),
        message: event.into(),
    });
}

fn assign(cockpit: &mut Cockpit, at: Millis, guid: &str) {
    receive(
        cockpit,
        at,
        Event::AssignedInteraction(AssignedInteraction {
            guid: guid.into(),
            campaign: "Ventas<-".into(),
            channel: "telephony".into(),
            client_id: "59899123456".into(),
        }),
    );
}

fn finish(cockpit: &mut Cockpit, at: Millis, guid: &str) {
    receive(
        cockpit,
        at,
        Event::FinishedInteraction(FinishedInteraction {
            guid: guid.into(),
            finish_date: "2026-12-02 10:00:00".into(),
        }),
    );
}

fn config() -> Config {
    Config::simulator_default()
}

/// A shift of `active` active and `finished` finished interactions, all at `at`.
fn shift(active: usize, finished: usize, at: Millis) -> Cockpit {
    let mut cockpit = clean(Locale::default(), &config());
    for n in 0..finished {
        assign(&mut cockpit, at, &format!("f{n}"));
        finish(&mut cockpit, at, &format!("f{n}"));
    }
    for n in 0..active {
        assign(&mut cockpit, at, &format!("a{n}"));
    }
    cockpit
}

fn guids(cockpit: &Cockpit) -> (Vec<String>, Vec<String>) {
    (
        cockpit.active.iter().map(|i| i.guid.clone()).collect(),
        cockpit
            .history
            .newest_first()
            .map(|i| i.guid.clone())
            .collect(),
    )
}

fn restored(store: &mut MemoryStore, now: Millis) -> Restoration {
    restore(Some(store), Locale::default(), &config(), now)
}

#[test]
fn a_saved_shift_restores_as_it_was() {
    let cockpit = shift(70, 130, 10 * HOUR);
    let mut store = MemoryStore::default();
    let mut saver = Saver::default();
    assert_eq!(saver.save(&cockpit, 10 * HOUR, Some(&mut store)), None);
    let back = restored(&mut store, 10 * HOUR);
    assert_eq!(guids(&back.cockpit), guids(&cockpit));
    assert_eq!(back.notices, []);
}

#[test]
fn a_save_writes_only_what_changed_then_the_manifest() {
    let mut cockpit = shift(70, 200, 10 * HOUR);
    let mut store = MemoryStore::default();
    let mut saver = Saver::default();
    saver.save(&cockpit, 10 * HOUR, Some(&mut store));
    store.writes.clear();
    finish(&mut cockpit, 10 * HOUR + 1, "a3");
    saver.save(&cockpit, 10 * HOUR + 1, Some(&mut store));
    // One active chunk (the one a3 left), one history chunk (the newest), the manifest last.
    assert_eq!(store.writes.len(), 3, "{:?}", store.writes);
    assert_eq!(store.writes.last().map(String::as_str), Some(KEY));
    store.writes.clear();
    saver.save(&cockpit, 10 * HOUR + 2, Some(&mut store));
    assert_eq!(store.writes, [KEY], "nothing changed: the manifest alone");
    // What was restored needs no writing either.
    let back = restored(&mut store, 10 * HOUR + 3);
    let mut again = Saver::new(&back);
    store.writes.clear();
    again.save(&back.cockpit, 10 * HOUR + 3, Some(&mut store));
    assert_eq!(store.writes, [KEY]);
}

#[test]
fn an_empty_shift_is_stored_as_nothing_and_other_keys_stay() {
    let mut store = MemoryStore::default();
    store.set("intranet.session", "keep me").unwrap();
    store.set("ucontact-cockpitX", "not ours").unwrap();
    let mut saver = Saver::default();
    saver.save(&shift(3, 3, 0), 0, Some(&mut store));
    assert!(store.keys().iter().any(|key| key == KEY));
    let mut ended = shift(3, 3, 0);
    ended.apply(Action::EndShift);
    assert_eq!(saver.save(&ended, 1, Some(&mut store)), None);
    assert_eq!(store.keys(), ["intranet.session", "ucontact-cockpitX"]);
}

#[test]
fn a_full_store_keeps_the_newest_history_and_says_how_much_stays_here() {
    let cockpit = shift(5, 640, 0);
    let mut roomy = MemoryStore::default();
    Saver::default().save(&cockpit, 0, Some(&mut roomy));
    let needed: usize = roomy.items.iter().map(|(k, v)| k.len() + v.len()).sum();
    let mut store = MemoryStore {
        quota: Some(needed * 3 / 4),
        ..MemoryStore::default()
    };
    let notice = Saver::default().save(&cockpit, 0, Some(&mut store));
    let Some(StorageNotice::Full { dropped }) = notice else {
        panic!("full: {notice:?}");
    };
    let back = restored(&mut store, 0);
    assert_eq!(
        back.cockpit.active.len(),
        5,
        "every active interaction is kept"
    );
    assert_eq!(back.cockpit.history.len() + dropped, 640);
    let newest: Vec<_> = cockpit.history.newest_first().take(10).collect();
    let kept: Vec<_> = back.cockpit.history.newest_first().take(10).collect();
    assert_eq!(
        newest.iter().map(|i| &i.guid).collect::<Vec<_>>(),
        kept.iter().map(|i| &i.guid).collect::<Vec<_>>(),
        "the oldest are the ones left out"
    );
    let mut tiny = MemoryStore {
        quota: Some(10),
        ..MemoryStore::default()
    };
    assert_eq!(
        Saver::default().save(&cockpit, 0, Some(&mut tiny)),
        Some(StorageNotice::Full { dropped: 640 })
    );
}

#[test]
fn blocked_storage_is_said_and_the_shift_stays_in_memory() {
    assert_eq!(
        Saver::default().save(&shift(1, 0, 0), 0, None),
        Some(StorageNotice::Blocked)
    );
    let back = restore(None, Locale::default(), &config(), 0);
    assert_eq!(back.notices, [StorageNotice::Blocked]);
    assert!(back.cockpit.active.is_empty());
}

#[test]
fn unusable_data_is_cleared_and_said_and_only_the_cockpits_own_keys_go() {
    let mut store = MemoryStore::default();
    store.set(KEY, "{not json").unwrap();
    store.set("ucontact-cockpit.history.0", "[]").unwrap();
    store.set("crm.token", "keep").unwrap();
    let back = restored(&mut store, 0);
    assert_eq!(
        back.notices,
        [StorageNotice::Discarded(StoredError::NotJson)]
    );
    assert_eq!(store.keys(), ["crm.token"]);
}

#[test]
fn retention_and_the_history_limit_apply_on_restore_and_the_left_out_chunks_go() {
    let mut cockpit = shift(0, 200, HOUR);
    for n in 0..70 {
        assign(&mut cockpit, 20 * HOUR, &format!("late{n}"));
        finish(&mut cockpit, 20 * HOUR, &format!("late{n}"));
    }
    let mut store = MemoryStore::default();
    Saver::default().save(&cockpit, 20 * HOUR, Some(&mut store));
    let back = restored(&mut store, 20 * HOUR);
    assert_eq!(back.cockpit.history.len(), 70, "12 hours of retention");
    assert_eq!(
        back.notices,
        [StorageNotice::Expired {
            count: 200,
            hours: 12
        }]
    );
    let mut saver = Saver::new(&back);
    assert!(saver.has_stale());
    saver.save(&back.cockpit, 20 * HOUR, Some(&mut store));
    let again = restored(&mut store, 20 * HOUR);
    assert_eq!(
        again.notices,
        [],
        "nothing left to expire: the old chunks are gone"
    );
    assert_eq!(again.cockpit.history.len(), 70);
}

#[test]
fn another_pages_clear_or_removal_is_noticed_and_the_shift_written_again_whole() {
    let cockpit = shift(70, 151, HOUR);
    let mut store = MemoryStore::default();
    store.set("intranet.session", "x").unwrap();
    let mut saver = Saver::default();
    assert_eq!(saver.save(&cockpit, HOUR, Some(&mut store)), None);
    // A log-out elsewhere on the origin clears everything.
    store.items.clear();
    assert_eq!(
        saver.save(&cockpit, HOUR + 1, Some(&mut store)),
        Some(StorageNotice::Rewritten)
    );
    let back = restored(&mut store, HOUR + 2);
    assert_eq!(
        guids(&back.cockpit),
        guids(&cockpit),
        "all 221 interactions written again"
    );
    assert_eq!(back.notices, []);
    // One history key removed: noticed at the next save too.
    let mut saver = Saver::new(&back);
    store.remove(&crate::storage::chunk_key(0));
    assert_eq!(
        saver.save(&back.cockpit, HOUR + 3, Some(&mut store)),
        Some(StorageNotice::Rewritten)
    );
    assert_eq!(
        guids(&restored(&mut store, HOUR + 4).cockpit),
        guids(&cockpit)
    );
    // Told by a storage event: the next save writes everything, whatever it finds.
    saver.invalidate();
    store.writes.clear();
    assert_eq!(
        saver.save(&back.cockpit, HOUR + 5, Some(&mut store)),
        Some(StorageNotice::Rewritten),
        "and says so"
    );
    assert_eq!(
        store.writes.len(),
        2 + 3 + 1,
        "2 active chunks, 3 history chunks, the manifest"
    );
    // Nothing changed by anyone: nothing said, the manifest alone written.
    store.writes.clear();
    assert_eq!(saver.save(&back.cockpit, HOUR + 6, Some(&mut store)), None);
    assert_eq!(store.writes, [KEY]);
}

#[test]
fn a_chunk_lost_before_the_reload_is_said_and_the_rest_restored_then_rewritten() {
    let cockpit = shift(5, 130, HOUR);
    let mut store = MemoryStore::default();
    Saver::default().save(&cockpit, HOUR, Some(&mut store));
    store.remove(&crate::storage::chunk_key(1));
    let back = restored(&mut store, HOUR);
    assert_eq!(back.notices, [StorageNotice::Partial { lost: 64 }]);
    assert_eq!(back.cockpit.history.len(), 130 - 64);
    assert_eq!(back.cockpit.active.len(), 5);
    let mut saver = Saver::new(&back);
    assert!(saver.has_stale(), "storage is written again at once");
    saver.save(&back.cockpit, HOUR, Some(&mut store));
    let again = restored(&mut store, HOUR);
    assert_eq!(again.notices, [], "what is stored now reads back whole");
    assert_eq!(again.cockpit.history.len(), 130 - 64);
}

#[test]
fn a_stored_shift_is_asked_about_only_when_no_cockpit_was_open_before() {
    let saved_at = 10 * HOUR;
    let stored = |cockpit: &Cockpit| {
        let mut store = MemoryStore::default();
        Saver::default().save(cockpit, saved_at, Some(&mut store));
        restored(&mut store, saved_at + HOUR)
    };
    let asked = Opening::Ask {
        last_used: saved_at,
    };
    let mut dialled = clean(Locale::default(), &config());
    dialled.apply(Action::Dial {
        at: saved_at,
        request: crate::protocol::StartInteraction::new("Ventas<-", "telephony", "59899").unwrap(),
        source: crate::state::DialSource::Agent,
    });
    let table = [
        (
            "a shift, nobody open before",
            stored(&shift(1, 2, saved_at)),
            true,
            asked,
        ),
        (
            "only finished ones",
            stored(&shift(0, 1, saved_at)),
            true,
            asked,
        ),
        ("only a dial", stored(&dialled), true, asked),
        (
            "a shift, after a reload or a succession",
            stored(&shift(1, 2, saved_at)),
            false,
            Opening::Panel,
        ),
        (
            "nothing stored",
            stored(&shift(0, 0, saved_at)),
            true,
            Opening::Panel,
        ),
        (
            "storage blocked",
            restore(None, Locale::default(), &config(), saved_at),
            true,
            Opening::Panel,
        ),
    ];
    for (name, restoration, fresh, opening) in table {
        assert_eq!(restoration.opening(fresh), opening, "{name}");
    }
}
