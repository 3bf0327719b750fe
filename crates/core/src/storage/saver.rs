//! Restoring and saving the shift, over any key-value store ([`KeyValue`]: the browser's
//! `localStorage` in the cockpit, a map in the tests).
//!
//! - [`restore`] reads the stored shift once, without what is older than `retentionHours` or
//!   beyond `historyLimit`; data that cannot be used is cleared (only the cockpit's own keys)
//!   and said.
//! - [`Saver::save`] writes the chunks that changed (of active interactions, as
//!   [`ActiveChunks`] lays them out, and of history), then the manifest, then removes chunks no
//!   longer listed. An empty shift is stored as nothing at all. A full quota leaves out the
//!   oldest history chunks until the rest fits, and says how many interactions stay in this tab
//!   only; a store that refuses writes is said too.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::{
    ActiveChunks, KEY, Listed, active_chunk_key, chunk_key, decode, encode_chunk, encode_manifest,
    is_own_key,
};
use crate::config::Config;
use crate::i18n::Locale;
use crate::state::{Chunk, Cockpit, Millis};
use crate::stored::StorageNotice;

/// Why a write failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The store is full.
    Quota,
    /// The store refuses to be written (blocked, or gone).
    Refused,
}

/// A store of text under text keys, as `localStorage` is.
pub trait KeyValue {
    /// The value under `key`; `Err` when the store refuses to be read.
    fn get(&self, key: &str) -> Result<Option<String>, WriteError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&mut self, key: &str);
    /// Every key the store holds (the cockpit's and any other).
    fn keys(&self) -> Vec<String>;
}

/// What was restored, and what the agent should be told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Restoration {
    pub cockpit: Cockpit,
    /// Why the saved cockpit could not be used, what retention removed.
    pub notices: Vec<StorageNotice>,
    /// Stored history chunks that retention or the history limit left out: storage must stop
    /// listing them, at once, and drop them.
    pub stale_chunks: Vec<u64>,
    /// Stored history chunks that retention changed: storage holds them as they were, so the
    /// first save rewrites them.
    pub changed_chunks: Vec<u64>,
    /// Where storage holds the active interactions.
    pub active_chunks: ActiveChunks,
    /// The chunks read back intact, by key, as listed.
    pub checks: HashMap<String, Listed>,
    /// The manifest as read.
    pub manifest: Option<String>,
    /// When the stored shift was last saved.
    pub saved_at: Option<Millis>,
}

/// How the cockpit opens on what storage holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// Straight to the panel.
    Panel,
    /// First asks whether to continue the stored shift or end it, and shows nothing of it
    /// before the answer: the last cockpit was closed without End shift, and whoever opens it
    /// now (at a shared desk, the next person) may not be the agent who left it.
    Ask {
        /// When the shift was last saved, for the agent to recognise it.
        last_used: Millis,
    },
}

impl Restoration {
    /// How the cockpit opens, `fresh` when it took charge with no tab of it open before it
    /// (`Election::fresh`: a reload, a second tab, a successor are not).
    pub fn opening(&self, fresh: bool) -> Opening {
        let cockpit = &self.cockpit;
        let holds = !cockpit.active.is_empty()
            || !cockpit.history.is_empty()
            || !cockpit.dials.is_empty()
            || cockpit.dials.earlier().next().is_some();
        match self.saved_at {
            Some(last_used) if fresh && holds => Opening::Ask { last_used },
            _ => Opening::Panel,
        }
    }
}

/// `retentionHours` in milliseconds.
pub fn retention_ms(hours: u32) -> Millis {
    Millis::from(hours) * 3_600_000
}

/// A new shift with the configuration's limits, in `locale`.
pub fn clean(locale: Locale, config: &Config) -> Cockpit {
    Cockpit {
        history_limit: config.history_limit as usize,
        dial_answer_ms: Millis::from(config.dial_answer_seconds) * 1_000,
        relay_dials: config.relay_dials,
        ..Cockpit::new(locale)
    }
}

/// The shift as `store` holds it at `now`, without what is older than `retentionHours` or
/// beyond `historyLimit`; `None` for the store means storage is blocked.
pub fn restore(
    store: Option<&mut dyn KeyValue>,
    locale: Locale,
    config: &Config,
    now: Millis,
) -> Restoration {
    let clean = clean(locale, config);
    let nothing = |notices| Restoration {
        cockpit: clean.clone(),
        notices,
        stale_chunks: Vec::new(),
        changed_chunks: Vec::new(),
        active_chunks: ActiveChunks::default(),
        checks: HashMap::new(),
        manifest: None,
        saved_at: None,
    };
    let Some(store) = store else {
        return nothing(vec![StorageNotice::Blocked]);
    };
    let manifest = match store.get(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return nothing(Vec::new()),
        Err(_) => return nothing(vec![StorageNotice::Blocked]),
    };
    let decoded = {
        let read = |key: &str| store.get(key).ok().flatten();
        decode(&manifest, read)
    };
    match decoded {
        Ok(mut restored) => {
            let stored: Vec<Rc<Chunk>> = restored.history.chunks().cloned().collect();
            let hours = config.retention_hours;
            let cutoff = now.saturating_sub(retention_ms(hours));
            let expired = restored.forget_before(cutoff);
            let mut history = restored.history;
            history.trim_oldest(clean.history_limit);
            let kept: HashMap<u64, &Rc<Chunk>> = history.chunks().map(|c| (c.id(), c)).collect();
            let mut stale_chunks = Vec::new();
            let mut changed_chunks = Vec::new();
            for chunk in &stored {
                match kept.get(&chunk.id()) {
                    None => stale_chunks.push(chunk.id()),
                    Some(now) if !Rc::ptr_eq(now, chunk) => changed_chunks.push(chunk.id()),
                    Some(_) => {}
                }
            }
            let cockpit = Cockpit {
                active: restored.active,
                history: history.clone(),
                dials: restored.dials,
                theme: restored.theme,
                locale: restored.locale,
                ..clean
            };
            let lost = restored.lost;
            let notices = lost
                .any()
                .then_some(StorageNotice::Partial {
                    lost: lost.interactions,
                })
                .into_iter()
                .chain((expired > 0).then_some(StorageNotice::Expired {
                    count: expired,
                    hours,
                }))
                .collect();
            Restoration {
                cockpit,
                notices,
                // Something could not be read back: storage is rewritten whole at the first save.
                changed_chunks: if lost.any() {
                    stored.iter().map(|chunk| chunk.id()).collect()
                } else {
                    changed_chunks
                },
                stale_chunks,
                active_chunks: restored.active_chunks,
                checks: if lost.any() {
                    HashMap::new()
                } else {
                    restored.checks
                },
                manifest: Some(manifest),
                saved_at: Some(restored.saved_at),
            }
        }
        Err(error) => {
            forget_all(store);
            nothing(vec![StorageNotice::Discarded(error)])
        }
    }
}

/// Removes every key the cockpit wrote, and nothing else.
pub fn forget_all(store: &mut dyn KeyValue) {
    for key in store.keys().into_iter().filter(|key| is_own_key(key)) {
        store.remove(&key);
    }
}

/// Whether there is nothing of a shift to keep.
pub fn is_empty(cockpit: &Cockpit) -> bool {
    cockpit.active.is_empty() && cockpit.history.is_empty() && cockpit.dials.is_empty()
}

/// What storage holds, so that a save writes only what changed.
#[derive(Debug, Clone, Default)]
pub struct Saver {
    /// Each history chunk as storage holds it, by id: a chunk still shared with it needs no
    /// writing.
    written: HashMap<u64, (Rc<Chunk>, Listed)>,
    /// Where the active interactions go, and the generation of each chunk storage holds.
    active: ActiveChunks,
    written_active: HashMap<u64, (u64, Listed)>,
    /// Chunks storage holds that the cockpit no longer has (left out on restore).
    stale: Vec<u64>,
    /// How many of the oldest history chunks storage had no room for.
    left_out: usize,
    /// Retention changed restored chunks (or some could not be read back): storage holds them
    /// as they were.
    rewrite_first: bool,
    /// The manifest as this saver last wrote (or read) it: a store holding another one, or
    /// none, was changed by someone else (another page of the origin cleared it, say).
    manifest: Option<String>,
    /// Someone else changed storage (a `storage` event said so): the next save says it wrote
    /// everything again.
    changed_under: bool,
}

impl Saver {
    /// What storage holds right after `restored` was read from it: the restored chunks, and
    /// those it left out, still to be dropped.
    pub fn new(restored: &Restoration) -> Saver {
        let listed = |key: &str| restored.checks.get(key).cloned();
        Saver {
            written: restored
                .cockpit
                .history
                .chunks()
                .filter(|chunk| !restored.changed_chunks.contains(&chunk.id()))
                .filter_map(|chunk| {
                    Some((
                        chunk.id(),
                        (Rc::clone(chunk), listed(&chunk_key(chunk.id()))?),
                    ))
                })
                .collect(),
            written_active: restored
                .active_chunks
                .versions()
                .filter_map(|(id, generation)| {
                    Some((id, (generation, listed(&active_chunk_key(id))?)))
                })
                .collect(),
            active: restored.active_chunks.clone(),
            stale: restored.stale_chunks.clone(),
            left_out: 0,
            rewrite_first: !restored.changed_chunks.is_empty(),
            manifest: restored.manifest.clone(),
            changed_under: false,
        }
    }

    /// Whether storage lists chunks the cockpit left out or changed: the first save must not
    /// wait.
    pub fn has_stale(&self) -> bool {
        !self.stale.is_empty() || self.rewrite_first
    }

    /// Whether every chunk this saver wrote is still in the store (a key removed by another
    /// page of this very page sends no `storage` event). Keys only: their values are not read.
    fn all_there(&self, store: &dyn KeyValue) -> bool {
        let keys: HashSet<String> = store.keys().into_iter().collect();
        self.written
            .keys()
            .map(|id| chunk_key(*id))
            .chain(self.written_active.keys().map(|id| active_chunk_key(*id)))
            .all(|key| keys.contains(&key))
    }

    /// Storage was changed by someone else (a `storage` event for one of the cockpit's keys):
    /// the next save writes everything again, from memory.
    pub fn invalidate(&mut self) {
        self.forget_written();
        self.changed_under = true;
    }

    fn forget_written(&mut self) {
        self.written.clear();
        self.written_active.clear();
        self.manifest = None;
    }

    /// Writes `cockpit` as it is at `now`; returns what the agent should know about storage.
    pub fn save(
        &mut self,
        cockpit: &Cockpit,
        now: Millis,
        store: Option<&mut dyn KeyValue>,
    ) -> Option<StorageNotice> {
        let Some(store) = store else {
            return Some(StorageNotice::Blocked);
        };
        // Checked at each save: a manifest that is not the one written last means another page
        // cleared or changed the store (one in this very page sends no `storage` event).
        let changed = match &self.manifest {
            Some(written) => {
                store.get(KEY).ok().flatten().as_deref() != Some(written.as_str())
                    || !self.all_there(store)
            }
            None => false,
        };
        if changed {
            self.forget_written();
        }
        let rewritten = std::mem::take(&mut self.changed_under) || changed;
        if is_empty(cockpit) {
            forget_all(store);
            *self = Saver::default();
            return None;
        }
        self.rewrite_first = false;
        let chunks: Vec<&Rc<Chunk>> = cockpit.history.chunks().collect();
        loop {
            let kept = chunks
                .get(self.left_out.min(chunks.len())..)
                .unwrap_or_default();
            match self.write_kept(store, cockpit, kept, now) {
                Ok(()) => break,
                Err(WriteError::Quota) if self.left_out < chunks.len() => {
                    // Make room: leave out the oldest tenth, and drop what storage held of it.
                    self.left_out += (chunks.len() / 10).max(1);
                    let dropped = chunks
                        .get(..self.left_out.min(chunks.len()))
                        .unwrap_or_default();
                    for chunk in dropped {
                        if self.written.remove(&chunk.id()).is_some() {
                            store.remove(&chunk_key(chunk.id()));
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
        if dropped > 0 {
            Some(StorageNotice::Full { dropped })
        } else {
            rewritten.then_some(StorageNotice::Rewritten)
        }
    }

    fn write_kept(
        &mut self,
        store: &mut dyn KeyValue,
        cockpit: &Cockpit,
        kept: &[&Rc<Chunk>],
        now: Millis,
    ) -> Result<(), WriteError> {
        self.active.follow(&cockpit.active);
        let versions: Vec<(u64, u64)> = self.active.versions().collect();
        let mut active_listed = Vec::with_capacity(versions.len());
        for &(id, generation) in &versions {
            match self.written_active.get(&id) {
                Some((written, listed)) if *written == generation => {
                    active_listed.push(listed.clone());
                }
                _ => {
                    if let Some((text, count)) = self.active.encode(id) {
                        store.set(&active_chunk_key(id), &text)?;
                        let listed = Listed::of(id, &text, count);
                        self.written_active.insert(id, (generation, listed.clone()));
                        active_listed.push(listed);
                    }
                }
            }
        }
        let mut history_listed = Vec::with_capacity(kept.len());
        for chunk in kept {
            match self.written.get(&chunk.id()) {
                Some((written, listed)) if Rc::ptr_eq(written, chunk) => {
                    history_listed.push(listed.clone());
                }
                _ => {
                    let text = encode_chunk(chunk);
                    store.set(&chunk_key(chunk.id()), &text)?;
                    let listed = Listed::of(chunk.id(), &text, chunk.entries().len());
                    self.written
                        .insert(chunk.id(), (Rc::clone(chunk), listed.clone()));
                    history_listed.push(listed);
                }
            }
        }
        let manifest = encode_manifest(cockpit, &active_listed, &history_listed, now);
        store.set(KEY, &manifest)?;
        self.manifest = Some(manifest);
        let gone: Vec<u64> = self
            .written_active
            .keys()
            .filter(|id| !versions.iter().any(|(listed, _)| listed == *id))
            .copied()
            .collect();
        for id in gone {
            self.written_active.remove(&id);
            store.remove(&active_chunk_key(id));
        }
        let listed: HashSet<u64> = history_listed.iter().map(|chunk| chunk.id).collect();
        let stale: Vec<u64> = self
            .written
            .keys()
            .filter(|id| !listed.contains(id))
            .copied()
            .chain(std::mem::take(&mut self.stale))
            .collect();
        for id in stale {
            self.written.remove(&id);
            store.remove(&chunk_key(id));
        }
        Ok(())
    }
}

/// A store in memory, with a quota in bytes of keys and values (for the tests).
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    pub items: std::collections::BTreeMap<String, String>,
    /// At most this many bytes of keys and values; `None`: no limit.
    pub quota: Option<usize>,
    /// Every key written, in order.
    pub writes: Vec<String>,
}

impl MemoryStore {
    fn size_with(&self, key: &str, value: &str) -> usize {
        self.items
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum::<usize>()
            + key.len()
            + value.len()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, WriteError> {
        Ok(self.items.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        if self
            .quota
            .is_some_and(|quota| self.size_with(key, value) > quota)
        {
            return Err(WriteError::Quota);
        }
        self.writes.push(key.to_owned());
        self.items.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.items.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.items.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests;
