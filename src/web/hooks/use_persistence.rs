//! Keeps the cockpit in `localStorage` so a reload loses nothing: restored once, before the
//! first paint (without what is older than the retention period); saved at most once a second
//! while events arrive, and at once when the page is hidden or closed or the cockpit goes away
//! (another tab takes over). A save writes the manifest and only the chunks that changed
//! (of active interactions, as `storage::ActiveChunks` lays them out, and of history). An empty shift (a new one, or one just ended) is stored as nothing at all: every
//! key the cockpit wrote is removed at once. A full quota keeps the newest history that fits and
//! says how much stays in this tab only; blocked storage keeps everything in memory and says
//! so. Only the cockpit's own keys are ever read, written or removed.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Storage;
use yew::prelude::*;

use crate::config::Config;
use crate::i18n::Locale;
use crate::state::{Chunk, Cockpit, Millis};
use crate::storage::{self, ActiveChunks, KEY, StorageNotice, active_chunk_key, chunk_key};
use crate::web::now;

/// The longest a change waits before it is written.
const SAVE_EVERY_MS: u32 = 1_000;

/// What was restored, and what the agent should be told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Restoration {
    pub cockpit: Cockpit,
    /// Why the saved cockpit could not be used, what retention removed.
    pub notices: Vec<StorageNotice>,
    /// Stored history chunks that retention or the history limit left out: storage must stop
    /// listing them, at once, and drop them.
    pub stale_chunks: Vec<u64>,
    /// Where storage holds the active interactions.
    pub active_chunks: ActiveChunks,
}

/// The cockpit as it was saved, without what is older than `retentionHours` or beyond
/// `historyLimit`.
pub fn restore(locale: Locale, config: &Config) -> Restoration {
    let clean = Cockpit {
        history_limit: config.history_limit as usize,
        dial_answer_ms: Millis::from(config.dial_answer_seconds) * 1_000,
        ..Cockpit::new(locale.clone())
    };
    let nothing = |notices| Restoration {
        cockpit: clean.clone(),
        notices,
        stale_chunks: Vec::new(),
        active_chunks: ActiveChunks::default(),
    };
    let Some(storage) = local_storage() else {
        return nothing(vec![StorageNotice::Blocked]);
    };
    let manifest = match storage.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return nothing(Vec::new()),
        Err(_) => return nothing(vec![StorageNotice::Blocked]),
    };
    let read = |key: &str| storage.get_item(key).ok().flatten();
    match storage::decode(&manifest, read) {
        Ok(mut restored) => {
            let stored: Vec<u64> = restored.history.chunks().map(|c| c.id()).collect();
            let hours = config.retention_hours;
            let cutoff = now().saturating_sub(retention_ms(hours));
            let expired = restored.forget_before(cutoff);
            let mut history = restored.history;
            history.trim_oldest(clean.history_limit);
            let kept: HashSet<u64> = history.chunks().map(|c| c.id()).collect();
            let active_chunks = restored.active_chunks;
            let cockpit = Cockpit {
                active: restored.active,
                history,
                dials: restored.dials,
                theme: restored.theme,
                locale: restored.locale,
                ..clean
            };
            let notices = (expired > 0)
                .then_some(StorageNotice::Expired {
                    count: expired,
                    hours,
                })
                .into_iter()
                .collect();
            Restoration {
                cockpit,
                notices,
                stale_chunks: stored.into_iter().filter(|id| !kept.contains(id)).collect(),
                active_chunks,
            }
        }
        Err(error) => {
            forget_all(&storage);
            nothing(vec![StorageNotice::Discarded(error)])
        }
    }
}

/// `retentionHours` in milliseconds.
pub fn retention_ms(hours: u32) -> Millis {
    Millis::from(hours) * 3_600_000
}

pub(crate) fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Removes every key the cockpit wrote, and nothing else.
fn forget_all(storage: &Storage) {
    let count = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| storage::is_own_key(key))
        .collect();
    for key in ours {
        let _ = storage.remove_item(&key);
    }
}

/// Whether there is nothing of a shift to keep.
fn is_empty(cockpit: &Cockpit) -> bool {
    cockpit.active.is_empty() && cockpit.history.is_empty() && cockpit.dials.is_empty()
}

fn is_quota(error: &wasm_bindgen::JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|error| error.name() == "QuotaExceededError")
}

/// Why a write failed.
enum WriteError {
    Quota,
    Refused,
}

fn set(storage: &Storage, key: &str, value: &str) -> Result<(), WriteError> {
    storage.set_item(key, value).map_err(|error| {
        if is_quota(&error) {
            WriteError::Quota
        } else {
            WriteError::Refused
        }
    })
}

/// What is waiting to be written, and what storage already holds.
struct Saver {
    latest: Option<Cockpit>,
    /// Whether `timer` is still to fire.
    pending: bool,
    /// The last timer started; kept after it fired, and replaced by the next one (dropping a
    /// timer from inside its own callback is not allowed).
    timer: Option<Timeout>,
    /// Each chunk as storage holds it, by id: a chunk still shared with it needs no writing.
    written: HashMap<u64, Rc<Chunk>>,
    /// Where the active interactions go, and the generation of each chunk storage holds.
    active: ActiveChunks,
    written_active: HashMap<u64, u64>,
    /// Chunks storage holds that the cockpit no longer has (left out on restore).
    stale: Vec<u64>,
    /// How many of the oldest chunks storage had no room for.
    left_out: usize,
    notice: UseStateSetter<Option<StorageNotice>>,
}

impl Saver {
    /// Writes what is waiting, if anything.
    fn flush(&mut self) {
        if let Some(cockpit) = self.latest.take() {
            let notice = self.write(&cockpit);
            self.notice.set(notice);
        }
    }

    /// Writes the chunks that changed, then the manifest, then forgets chunks no longer listed;
    /// when storage is full, leaves out the oldest chunks until the rest fits.
    fn write(&mut self, cockpit: &Cockpit) -> Option<StorageNotice> {
        let Some(storage) = local_storage() else {
            return Some(StorageNotice::Blocked);
        };
        if is_empty(cockpit) {
            forget_all(&storage);
            self.active = ActiveChunks::default();
            self.written_active.clear();
            self.written.clear();
            self.stale.clear();
            self.left_out = 0;
            return None;
        }
        let chunks: Vec<&Rc<Chunk>> = cockpit.history.chunks().collect();
        loop {
            let kept = chunks
                .get(self.left_out.min(chunks.len())..)
                .unwrap_or_default();
            match self.write_kept(&storage, cockpit, kept) {
                Ok(()) => break,
                Err(WriteError::Quota) if self.left_out < chunks.len() => {
                    // Make room: leave out the oldest tenth, and drop what storage held of it.
                    self.left_out += (chunks.len() / 10).max(1);
                    let dropped = chunks
                        .get(..self.left_out.min(chunks.len()))
                        .unwrap_or_default();
                    for chunk in dropped {
                        if self.written.remove(&chunk.id()).is_some() {
                            let _ = storage.remove_item(&chunk_key(chunk.id()));
                        }
                    }
                }
                Err(WriteError::Quota) => {
                    return Some(StorageNotice::Full {
                        dropped: cockpit.history.len(),
                    });
                }
                Err(WriteError::Refused) => return Some(StorageNotice::Blocked),
            }
        }
        let dropped: usize = chunks
            .iter()
            .take(self.left_out)
            .map(|chunk| chunk.entries().len())
            .sum();
        (dropped > 0).then_some(StorageNotice::Full { dropped })
    }

    fn write_kept(
        &mut self,
        storage: &Storage,
        cockpit: &Cockpit,
        kept: &[&Rc<Chunk>],
    ) -> Result<(), WriteError> {
        self.active.follow(&cockpit.active);
        let versions: Vec<(u64, u64)> = self.active.versions().collect();
        for &(id, generation) in &versions {
            if self.written_active.get(&id) != Some(&generation) {
                if let Some(text) = self.active.encode(id) {
                    set(storage, &active_chunk_key(id), &text)?;
                }
                self.written_active.insert(id, generation);
            }
        }
        for chunk in kept {
            let unchanged = self
                .written
                .get(&chunk.id())
                .is_some_and(|written| Rc::ptr_eq(written, chunk));
            if !unchanged {
                set(
                    storage,
                    &chunk_key(chunk.id()),
                    &storage::encode_chunk(chunk),
                )?;
                self.written.insert(chunk.id(), Rc::clone(chunk));
            }
        }
        let ids: Vec<u64> = kept.iter().map(|chunk| chunk.id()).collect();
        set(
            storage,
            KEY,
            &storage::encode_manifest(cockpit, &self.active, &ids, now()),
        )?;
        let gone: Vec<u64> = self
            .written_active
            .keys()
            .filter(|id| !versions.iter().any(|(listed, _)| listed == *id))
            .copied()
            .collect();
        for id in gone {
            self.written_active.remove(&id);
            let _ = storage.remove_item(&active_chunk_key(id));
        }
        let listed: HashSet<u64> = ids.into_iter().collect();
        let stale: Vec<u64> = self
            .written
            .keys()
            .filter(|id| !listed.contains(id))
            .copied()
            .chain(std::mem::take(&mut self.stale))
            .collect();
        for id in stale {
            self.written.remove(&id);
            let _ = storage.remove_item(&chunk_key(id));
        }
        Ok(())
    }
}

/// Saves the cockpit as it changes; returns what the agent should know about storage.
/// `restored` says what storage holds: its stale chunks (left out by the restored cockpit) the
/// first save, at once, stops listing and removes.
#[hook]
pub fn use_persistence(cockpit: &Cockpit, restored: &Restoration) -> Option<StorageNotice> {
    let notice = use_state(|| None);
    let saver = {
        let setter = notice.setter();
        // What the cockpit started with is what storage holds (it was just restored from it),
        // with the chunks it left out, still to be dropped.
        let written = cockpit
            .history
            .chunks()
            .map(|chunk| (chunk.id(), Rc::clone(chunk)))
            .collect();
        let stale = restored.stale_chunks.clone();
        let active = restored.active_chunks.clone();
        let written_active = active.versions().collect();
        use_mut_ref(move || Saver {
            latest: None,
            pending: false,
            timer: None,
            written,
            active,
            written_active,
            stale,
            left_out: 0,
            notice: setter,
        })
    };

    // Only what is saved: the inspector's counters change on every message and are not.
    let saved = (
        cockpit.active.clone(),
        cockpit.history.clone(),
        cockpit.dials.clone(),
        cockpit.theme,
        cockpit.locale.clone(),
    );
    {
        let saver = saver.clone();
        let cockpit = cockpit.clone();
        use_effect_with(saved, move |_| {
            let mut guard = saver.borrow_mut();
            let now_or_never = is_empty(&cockpit) || !guard.stale.is_empty();
            guard.latest = Some(cockpit);
            if now_or_never {
                // A shift just ended (or nothing happened yet): nothing may stay stored. Or the
                // stored shift lists chunks the cockpit left out: list them no longer.
                guard.flush();
            } else if !guard.pending {
                guard.pending = true;
                let weak: Weak<RefCell<Saver>> = Rc::downgrade(&saver);
                guard.timer = Some(Timeout::new(SAVE_EVERY_MS, move || {
                    if let Some(saver) = weak.upgrade() {
                        let mut saver = saver.borrow_mut();
                        saver.pending = false;
                        saver.flush();
                    }
                }));
            }
        });
    }

    {
        let saver = saver.clone();
        use_effect_with((), move |_| {
            let flush_now = {
                let saver = saver.clone();
                move || saver.borrow_mut().flush()
            };
            let listeners = web_sys::window().map(|window| {
                let on_hide = {
                    let flush_now = flush_now.clone();
                    EventListener::new(&window, "pagehide", move |_| flush_now())
                };
                let on_hidden = window.document().map(|document| {
                    let flush_now = flush_now.clone();
                    let hidden = document.clone();
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if hidden.hidden() {
                            flush_now();
                        }
                    })
                });
                (on_hide, on_hidden)
            });
            move || {
                drop(listeners);
                let mut saver = saver.borrow_mut();
                saver.flush();
                saver.pending = false;
                saver.timer = None;
            }
        });
    }
    (*notice).clone()
}
