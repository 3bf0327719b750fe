//! The shift's finished interactions, newest last in storage and newest first to readers.
//!
//! Stored as shared chunks so that the reducer's copy-on-write costs a few dozen pointer copies
//! per event whatever the history's length, and unchanged chunks stay shared between states
//! (and are not written to storage again). Each chunk knows the hashes of its guids, so finding
//! a guid, or learning it is not there, looks into one chunk in practice.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, DefaultHasher, Hash, Hasher};
use std::rc::Rc;

use super::Interaction;

/// Entries per chunk: small enough to copy cheaply, large enough to keep the chunk list short.
pub const CHUNK: usize = 64;

/// Hashes the guid hashes a chunk keeps: they are hashes already, so they are used as they are.
#[derive(Debug, Clone, Copy, Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is ever called; fold anything else in all the same.
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

type GuidHashes = HashSet<u64, BuildHasherDefault<Identity>>;

/// Up to [`CHUNK`] consecutive entries, oldest first.
#[derive(Debug, Clone)]
pub struct Chunk {
    /// Names the chunk for as long as it lives, across copies.
    id: u64,
    entries: Vec<Rc<Interaction>>,
    guids: GuidHashes,
}

impl Chunk {
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Oldest first.
    pub fn entries(&self) -> &[Rc<Interaction>] {
        &self.entries
    }

    fn push(&mut self, entry: Rc<Interaction>) {
        self.guids.insert(guid_hash(&entry.guid));
        self.entries.push(entry);
    }

    fn reindex(&mut self) {
        self.guids = self.entries.iter().map(|e| guid_hash(&e.guid)).collect();
    }
}

fn guid_hash(guid: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    guid.hash(&mut hasher);
    hasher.finish()
}

/// An append-mostly list of interactions, searchable by guid.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Oldest chunk first. No chunk is empty.
    chunks: Vec<Rc<Chunk>>,
    len: usize,
    next_id: u64,
}

impl History {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Adds an entry as the newest.
    pub fn push(&mut self, entry: Interaction) {
        let entry = Rc::new(entry);
        match self.chunks.last_mut() {
            Some(chunk) if chunk.entries.len() < CHUNK => Rc::make_mut(chunk).push(entry),
            _ => {
                let mut chunk = Chunk {
                    id: self.next_id,
                    entries: Vec::with_capacity(CHUNK),
                    guids: GuidHashes::default(),
                };
                chunk.push(entry);
                self.next_id += 1;
                self.chunks.push(Rc::new(chunk));
            }
        }
        self.len += 1;
    }

    /// A history rebuilt from stored chunks, oldest first, keeping their ids (so that storage
    /// need not write them again). Empty chunks are left out.
    pub fn from_chunks(chunks: Vec<(u64, Vec<Interaction>)>) -> History {
        let mut history = History::default();
        for (id, entries) in chunks {
            if entries.is_empty() {
                continue;
            }
            let mut chunk = Chunk {
                id,
                entries: Vec::with_capacity(entries.len()),
                guids: GuidHashes::default(),
            };
            for entry in entries {
                chunk.push(Rc::new(entry));
            }
            history.len += chunk.entries.len();
            history.next_id = history.next_id.max(id.saturating_add(1));
            history.chunks.push(Rc::new(chunk));
        }
        history
    }

    /// Where the entry with this guid is, searching from the newest.
    fn position(&self, guid: &str) -> Option<(usize, usize)> {
        let hash = guid_hash(guid);
        self.chunks.iter().enumerate().rev().find_map(|(c, chunk)| {
            if !chunk.guids.contains(&hash) {
                return None;
            }
            chunk
                .entries
                .iter()
                .rposition(|entry| entry.guid == guid)
                .map(|i| (c, i))
        })
    }

    pub fn get(&self, guid: &str) -> Option<&Rc<Interaction>> {
        let (c, i) = self.position(guid)?;
        self.chunks.get(c)?.entries.get(i)
    }

    /// Changes the entry with this guid in place (not its guid); false when there is none.
    pub fn update(&mut self, guid: &str, change: impl FnOnce(&mut Interaction)) -> bool {
        let Some((c, i)) = self.position(guid) else {
            return false;
        };
        let entry = self
            .chunks
            .get_mut(c)
            .and_then(|chunk| Rc::make_mut(chunk).entries.get_mut(i));
        match entry {
            Some(entry) => {
                change(Rc::make_mut(entry));
                true
            }
            None => false,
        }
    }

    /// Takes the entry with this guid out of the history.
    pub fn remove(&mut self, guid: &str) -> Option<Rc<Interaction>> {
        let (c, i) = self.position(guid)?;
        let chunk = Rc::make_mut(self.chunks.get_mut(c)?);
        if i >= chunk.entries.len() {
            return None;
        }
        let entry = chunk.entries.remove(i);
        chunk.reindex();
        if chunk.entries.is_empty() {
            self.chunks.remove(c);
        }
        self.len -= 1;
        Some(entry)
    }

    /// Drops the oldest entries until at most `limit` remain.
    pub fn trim_oldest(&mut self, limit: usize) {
        while self.len > limit {
            let excess = self.len - limit;
            let Some(oldest) = self.chunks.first_mut() else {
                return;
            };
            if oldest.entries.len() <= excess {
                self.len -= oldest.entries.len();
                self.chunks.remove(0);
            } else {
                let oldest = Rc::make_mut(oldest);
                oldest.entries.drain(..excess);
                oldest.reindex();
                self.len -= excess;
            }
        }
    }

    /// Keeps only the entries for which `keep` holds. Chunks it removes nothing from stay
    /// shared (and are not written to storage again).
    pub fn retain(&mut self, keep: impl Fn(&Interaction) -> bool) {
        for chunk in &mut self.chunks {
            if chunk.entries.iter().all(|entry| keep(entry)) {
                continue;
            }
            let chunk = Rc::make_mut(chunk);
            let before = chunk.entries.len();
            chunk.entries.retain(|entry| keep(entry));
            chunk.reindex();
            self.len -= before - chunk.entries.len();
        }
        self.chunks.retain(|chunk| !chunk.entries.is_empty());
    }

    /// The entries matching `query` (see [`Interaction::matches`]), newest first.
    pub fn search(&self, query: &str) -> Vec<Rc<Interaction>> {
        let query = query.trim().to_lowercase();
        self.newest_first()
            .filter(|entry| entry.matches(&query))
            .cloned()
            .collect()
    }

    /// The chunks, oldest first: what storage writes, one key each.
    pub fn chunks(&self) -> impl Iterator<Item = &Rc<Chunk>> {
        self.chunks.iter()
    }

    /// Every entry, newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &Rc<Interaction>> {
        self.chunks
            .iter()
            .rev()
            .flat_map(|chunk| chunk.entries.iter().rev())
    }

    /// Up to `take` entries, newest first, after skipping the `skip` newest. Whole chunks are
    /// skipped without being walked, so a page costs the same anywhere in a long history.
    pub fn page(&self, skip: usize, take: usize) -> Vec<Rc<Interaction>> {
        let mut skip = skip;
        let mut chunks = self.chunks.iter().rev().peekable();
        while let Some(chunk) = chunks.peek() {
            if chunk.entries.len() > skip {
                break;
            }
            skip -= chunk.entries.len();
            chunks.next();
        }
        chunks
            .flat_map(|chunk| chunk.entries.iter().rev())
            .skip(skip)
            .take(take)
            .cloned()
            .collect()
    }
}

/// Two histories are equal when they share the same chunks: what a state update left alone
/// compares in a few pointer comparisons, and a changed history never compares equal.
impl PartialEq for History {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len
            && self.chunks.len() == other.chunks.len()
            && self
                .chunks
                .iter()
                .zip(&other.chunks)
                .all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

impl Eq for History {}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(guid: &str) -> Interaction {
        Interaction::new(guid.to_owned())
    }

    fn guids(history: &History) -> Vec<String> {
        history.newest_first().map(|e| e.guid.clone()).collect()
    }

    #[test]
    fn keeps_every_entry_newest_first_across_chunks() {
        let mut history = History::default();
        for n in 0..200 {
            history.push(entry(&format!("g{n}")));
        }
        assert_eq!(history.len(), 200);
        let all = guids(&history);
        assert_eq!(all.first().map(String::as_str), Some("g199"));
        assert_eq!(all.last().map(String::as_str), Some("g0"));
        assert_eq!(all.len(), 200);
    }

    #[test]
    fn pages_match_the_full_listing() {
        let mut history = History::default();
        for n in 0..150 {
            history.push(entry(&format!("g{n}")));
        }
        history.remove("g100");
        history.remove("g3");
        let all = guids(&history);
        for (skip, take) in [
            (0, 20),
            (20, 20),
            (60, 20),
            (63, 5),
            (64, 70),
            (140, 20),
            (148, 5),
            (500, 5),
        ] {
            let page: Vec<String> = history
                .page(skip, take)
                .iter()
                .map(|e| e.guid.clone())
                .collect();
            let expected: Vec<String> = all.iter().skip(skip).take(take).cloned().collect();
            assert_eq!(page, expected, "skip {skip} take {take}");
        }
    }

    #[test]
    fn update_and_remove_find_entries_in_any_chunk() {
        let mut history = History::default();
        for n in 0..130 {
            history.push(entry(&format!("g{n}")));
        }
        assert!(history.update("g5", |e| e.restored = true));
        assert!(!history.update("nope", |_| {}));
        assert!(history.get("g5").is_some_and(|e| e.restored));
        assert_eq!(
            history.remove("g5").map(|e| e.guid.clone()),
            Some("g5".to_owned())
        );
        assert_eq!(history.len(), 129);
        assert!(history.remove("g5").is_none());
        assert!(
            history.get("g5").is_none(),
            "the index forgets a removed guid"
        );
        assert!(history.get("g6").is_some(), "and keeps its chunk's others");
        for n in 0..130 {
            history.remove(&format!("g{n}"));
        }
        assert!(history.is_empty());
        assert_eq!(history.page(0, 10), Vec::new());
    }

    #[test]
    fn trimming_keeps_the_newest() {
        let mut history = History::default();
        for n in 0..200 {
            history.push(entry(&format!("g{n}")));
        }
        history.trim_oldest(150);
        assert_eq!(history.len(), 150);
        assert_eq!(
            history.newest_first().last().map(|e| e.guid.as_str()),
            Some("g50")
        );
        history.trim_oldest(10);
        assert_eq!(
            guids(&history),
            (190..200)
                .rev()
                .map(|n| format!("g{n}"))
                .collect::<Vec<_>>()
        );
        history.trim_oldest(0);
        assert!(history.is_empty());
    }

    #[test]
    fn search_finds_guid_client_campaign_and_channel_ignoring_case() {
        let mut history = History::default();
        for (guid, client, campaign, channel) in [
            ("AB-1", "C-77", "Sales", "Phone"),
            ("cd-2", "C-88", "Retention", "WhatsApp"),
        ] {
            let mut e = entry(guid);
            e.assignment = Some(super::super::Assignment {
                campaign: campaign.into(),
                channel: channel.into(),
                client_id: client.into(),
                at: 0,
            });
            history.push(e);
        }
        history.push(entry("unassigned-3"));
        let found = |q: &str| {
            history
                .search(q)
                .iter()
                .map(|e| e.guid.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(found("ab-"), ["AB-1"]);
        assert_eq!(found("c-88"), ["cd-2"]);
        assert_eq!(found("SALES"), ["AB-1"]);
        assert_eq!(found("whats"), ["cd-2"]);
        assert_eq!(found(" 3 "), ["unassigned-3"]);
        assert_eq!(found(""), ["unassigned-3", "cd-2", "AB-1"]);
        assert!(found("nothing").is_empty());
    }

    #[test]
    fn retain_removes_only_what_it_must_and_shares_the_rest() {
        let mut history = History::default();
        for n in 0..200 {
            history.push(entry(&format!("g{n}")));
        }
        let before = history.clone();
        history.retain(|e| e.guid != "g3" && e.guid != "g4" && e.guid != "g150");
        assert_eq!(history.len(), 197);
        assert!(history.get("g3").is_none() && history.get("g150").is_none());
        assert!(history.get("g5").is_some());
        assert!(
            Rc::ptr_eq(&before.chunks[1], &history.chunks[1]),
            "a chunk nothing left stays shared"
        );
        assert!(!Rc::ptr_eq(&before.chunks[0], &history.chunks[0]));
        history.retain(|e| e.guid.len() > 3);
        assert_eq!(history.len(), 99, "g100 to g199 but g150");
        assert_eq!(history.chunks().count(), history.chunks.len());
        assert!(history.chunks.iter().all(|c| !c.entries.is_empty()));
        history.retain(|_| false);
        assert!(history.is_empty());
        assert_eq!(history.chunks().count(), 0);
    }

    #[test]
    fn a_copy_shares_chunks_until_one_side_changes() {
        let mut history = History::default();
        for n in 0..100 {
            history.push(entry(&format!("g{n}")));
        }
        let before = history.clone();
        assert_eq!(before, history);
        history.push(entry("new"));
        assert_ne!(before, history);
        assert_eq!(before.len(), 100);
        assert!(
            Rc::ptr_eq(&before.chunks[0], &history.chunks[0]),
            "the untouched chunk is shared"
        );
        // Equal length is not enough: a changed entry makes a different history (it is a Yew
        // prop, so an equality that missed it would leave the list as it was drawn).
        let same_length = history.clone();
        assert!(history.update("g3", |e| e.restored = true));
        assert_eq!(history.len(), same_length.len());
        assert_ne!(history, same_length);
        // As is a different set of chunks holding the same number of entries.
        let mut other = History::default();
        for n in 0..101 {
            other.push(entry(&format!("h{n}")));
        }
        assert_eq!(other.len(), history.len());
        assert_ne!(other, history);
    }

    #[test]
    fn chunks_hold_chunk_entries_and_emptiness_is_told() {
        let mut history = History::default();
        assert!(history.is_empty());
        let counts = |history: &History| {
            history
                .chunks()
                .map(|c| c.entries.len())
                .collect::<Vec<_>>()
        };
        for n in 0..CHUNK {
            history.push(entry(&format!("g{n}")));
        }
        assert!(!history.is_empty());
        assert_eq!(counts(&history), [CHUNK], "exactly one full chunk");
        history.push(entry("one-more"));
        assert_eq!(counts(&history), [CHUNK, 1]);
    }
}
