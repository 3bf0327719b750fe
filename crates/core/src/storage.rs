//! The cockpit as it is kept in `localStorage` between reloads, read back as untrusted input
//! with every bound the protocol applies to uContact's own messages.
//!
//! A manifest under [`KEY`] holds the format, theme, language, dials, and the ids of the
//! chunks, oldest first: chunks of up to 64 active interactions ([`active_chunk_key`], laid out
//! by [`ActiveChunks`]) and of up to 64 finished ones ([`chunk_key`]). A change rewrites the
//! manifest and the chunks it touched, never all the active interactions nor the whole
//! history, so saving costs the same with a thousand active as with ten, and at the end of a
//! shift as at its start.
//!
//! ```json
//! {"app":"ucontact-cockpit","version":3,"savedAt":1732550000000,
//!  "theme":[true,"#1976d2"],"locale":"es-UY","active":[4,7],"activeCount":70,
//!  "history":[0,1,2],"dials":[D…]}
//! ```
//!
//! Each entry `E` is
//! `[guid, [campaign, channel, clientId, assignedAt] | null, [finishDate, finishedAt] | null,
//!   [[comment, [[levelId | null, levelValue | null], …], receivedAt], …]]`; a chunk is `[E…]`.
//! Each dial `D` is `[id, campaign, channel, clientId, sentAt, outcome, source]`, the outcome
//! `null` while pending, else `["answered", guid, at]`, `["notAnswered", heard, at]` or
//! `["notSent", at]`; the source is who asked (`"agent"`, `"element"`, `"relay"`, `"parent"`,
//! `"link"`, `"hubspot"`; a dial stored without one is the agent's). `dialsEarlier` (optional) counts the dials no longer kept in full, by the
//! hour since the epoch they were sent in: `[[hour, pending, answered, notAnswered, notSent], …]`.
//! Versions 1 (no dials, no disposition times) and 2 (the active entries
//! `[E…]` in the manifest itself, newest first) are still read.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use serde::Serialize;
use serde_json::Value;

use crate::color::Color;
use crate::i18n::Locale;
use crate::protocol::StartInteraction;
use crate::protocol::{
    MAX_COMMENT, MAX_DATE, MAX_GUID, MAX_LANGUAGE, MAX_LEVELS, MAX_NAME, plain_text,
};
use crate::state::{
    Assignment, CHUNK, Chunk, Cockpit, DIALS_KEPT, Dial, DialSource, Dials, Disposition, Finish,
    History, Interaction, Level, MAX_DISPOSITIONS, Millis, Outcome, TALLY_HOURS, Tally, Theme,
};
pub use crate::stored::{StorageNotice, StoredError};

/// The `localStorage` key of the manifest; chunk keys start with it too.
pub const KEY: &str = "ucontact-cockpit";
/// Names this application's snapshots among whatever else the origin stores.
pub const APP: &str = "ucontact-cockpit";
/// The format written by this version.
pub const VERSION: u64 = 4;
/// The formats this version reads.
pub const READS: [u64; 4] = [1, 2, 3, 4];
/// Largest manifest or chunk read back, in bytes.
pub const MAX_STORED_BYTES: usize = 4 * 1024 * 1024;
/// Most active interactions read back: as many as the cockpit keeps.
pub const MAX_ACTIVE: usize = crate::state::MAX_ACTIVE;
/// Most history chunks read back.
pub const MAX_CHUNKS: usize = 10_000;

/// The key of one history chunk.
pub fn chunk_key(id: u64) -> String {
    format!("{KEY}.history.{id}")
}

/// The key of one chunk of active interactions.
pub fn active_chunk_key(id: u64) -> String {
    format!("{KEY}.active.{id}")
}

/// Where the active interactions are stored: in chunks of up to [`CHUNK`], in the order they
/// were assigned. A new one joins the newest chunk while it has room, else starts a chunk; one
/// that finishes leaves its chunk, which goes once empty; a chunk whose entries changed gets a
/// new generation. The saver writes only the chunks whose generation it has not written, so a
/// message costs one chunk however many are active.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActiveChunks {
    /// Oldest first.
    chunks: Vec<ActiveChunk>,
    next_id: u64,
    next_generation: u64,
}

#[derive(Debug, Clone, PartialEq)]
struct ActiveChunk {
    id: u64,
    generation: u64,
    /// In the order they were assigned.
    entries: Vec<Rc<Interaction>>,
}

impl ActiveChunks {
    /// Chunks as storage holds them (oldest first, entries in the order assigned), all of
    /// generation 0.
    fn stored(chunks: Vec<(u64, Vec<Rc<Interaction>>)>) -> ActiveChunks {
        let next_id = chunks.iter().map(|(id, _)| id + 1).max().unwrap_or(0);
        ActiveChunks {
            chunks: chunks
                .into_iter()
                .map(|(id, entries)| ActiveChunk {
                    id,
                    generation: 0,
                    entries,
                })
                .collect(),
            next_id,
            next_generation: 1,
        }
    }

    /// Follows the cockpit's active interactions (newest first, as it holds them): drops those
    /// gone, takes the current version of those changed, places those new.
    pub fn follow(&mut self, active: &[Rc<Interaction>]) {
        let current: HashMap<&str, &Rc<Interaction>> = active
            .iter()
            .map(|entry| (entry.guid.as_str(), entry))
            .collect();
        let mut placed = HashSet::with_capacity(active.len());
        let mut generation = self.next_generation;
        for chunk in &mut self.chunks {
            let mut changed = false;
            chunk.entries.retain_mut(|entry| {
                let Some(now) = current.get(entry.guid.as_str()) else {
                    changed = true;
                    return false;
                };
                if !Rc::ptr_eq(entry, now) {
                    *entry = Rc::clone(now);
                    changed = true;
                }
                placed.insert(now.guid.as_str());
                true
            });
            if changed {
                chunk.generation = generation;
                generation += 1;
            }
        }
        self.chunks.retain(|chunk| !chunk.entries.is_empty());
        for entry in active
            .iter()
            .rev()
            .filter(|entry| !placed.contains(entry.guid.as_str()))
        {
            match self.chunks.last_mut() {
                Some(chunk) if chunk.entries.len() < CHUNK => {
                    chunk.entries.push(Rc::clone(entry));
                    chunk.generation = generation;
                }
                _ => {
                    self.chunks.push(ActiveChunk {
                        id: self.next_id,
                        generation,
                        entries: vec![Rc::clone(entry)],
                    });
                    self.next_id += 1;
                }
            }
            generation += 1;
        }
        self.next_generation = generation;
    }

    /// Each chunk's id and generation, oldest first.
    pub fn versions(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.chunks.iter().map(|chunk| (chunk.id, chunk.generation))
    }

    /// A chunk as written under [`active_chunk_key`], and how many interactions it holds.
    pub fn encode(&self, id: u64) -> Option<(String, usize)> {
        let chunk = self.chunks.iter().find(|chunk| chunk.id == id)?;
        Some((encode_entries(&chunk.entries), chunk.entries.len()))
    }

    /// How many active interactions the chunks hold.
    pub fn len(&self) -> usize {
        self.chunks.iter().map(|chunk| chunk.entries.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }
}

/// Whether `key` is one the cockpit writes: [`KEY`] itself or a key under `KEY.`. Nothing
/// else is ever read, changed or removed.
pub fn is_own_key(key: &str) -> bool {
    key.strip_prefix(KEY)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// What was restored from storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// Newest first.
    pub active: Vec<Rc<Interaction>>,
    /// Where storage holds them (empty when read from a format that kept them in the manifest).
    pub active_chunks: ActiveChunks,
    pub history: History,
    pub dials: Dials,
    pub theme: Theme,
    pub locale: Locale,
    pub saved_at: Millis,
    /// What the manifest listed that could not be read back (removed or changed by another
    /// page of the origin): restored without it, and said.
    pub lost: Lost,
    /// The check of each chunk read back, by its key: storage holds it as it was written.
    pub checks: HashMap<String, Listed>,
}

/// What could not be read back.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lost {
    /// Interactions in chunks missing, unreadable or not what was written.
    pub interactions: usize,
    /// Chunks of a format that did not say how many interactions they held.
    pub uncounted_chunks: usize,
}

impl Lost {
    pub fn any(&self) -> bool {
        self.interactions > 0 || self.uncounted_chunks > 0
    }
}

/// A chunk as the manifest lists it: its id, the check of its text, how many interactions it
/// holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: u64,
    pub check: String,
    pub count: usize,
}

impl Listed {
    /// The listing of a chunk whose text is `text`.
    pub fn of(id: u64, text: &str, count: usize) -> Listed {
        Listed {
            id,
            check: check(text),
            count,
        }
    }
}

/// A check of a chunk's text (64-bit FNV-1a, in hex): a chunk changed or replaced by another
/// page of the origin no longer matches what the manifest says was written. (Not a defence
/// against a page that means harm, which can rewrite both: one that slips.)
pub fn check(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

impl Restored {
    /// Retention: drops every interaction and dial whose latest time is before `cutoff` (an
    /// entry holding no time counts as saved when the snapshot was); returns how many
    /// interactions went.
    pub fn forget_before(&mut self, cutoff: Millis) -> usize {
        let saved_at = self.saved_at;
        let keep = |entry: &Interaction| entry.latest_at().unwrap_or(saved_at) >= cutoff;
        let before = self.active.len() + self.history.len();
        self.active.retain(|entry| keep(entry));
        self.history.retain(keep);
        self.dials.forget_before(cutoff);
        before - self.active.len() - self.history.len()
    }
}

/// How many interactions were active when `manifest` was saved, for a tab that is not in charge
/// to tell the agent; `None` when it cannot be read.
pub fn active_count(manifest: &str) -> Option<usize> {
    let value = parse(manifest).ok()?;
    if value.get("app").and_then(Value::as_str) != Some(APP) {
        return None;
    }
    match value.get("activeCount") {
        Some(count) => count
            .as_u64()
            .and_then(|count| usize::try_from(count).ok())
            .filter(|count| *count <= MAX_ACTIVE),
        None => Some(value.get("active")?.as_array()?.len()),
    }
}

/// One entry as written.
type Entry<'a> = (
    &'a str,
    Option<(&'a str, &'a str, &'a str, Millis)>,
    Option<(&'a str, Millis)>,
    Vec<(
        &'a str,
        Vec<(Option<&'a str>, Option<&'a str>)>,
        Option<Millis>,
    )>,
);

fn entry(interaction: &Interaction) -> Entry<'_> {
    (
        &interaction.guid,
        interaction.assignment.as_ref().map(|a| {
            (
                a.campaign.as_str(),
                a.channel.as_str(),
                a.client_id.as_str(),
                a.at,
            )
        }),
        interaction.finish.as_ref().map(|f| (f.date.as_str(), f.at)),
        interaction
            .dispositions
            .iter()
            .map(|d| {
                let levels = d
                    .levels
                    .iter()
                    .map(|l| (l.id.as_deref(), l.value.as_deref()))
                    .collect();
                (d.comment.as_str(), levels, d.at)
            })
            .collect(),
    )
}

/// One dial as written: `[id, campaign, channel, clientId, sentAt, outcome, source]`.
fn dial_entry(dial: &Dial) -> Value {
    let outcome = match &dial.outcome {
        Outcome::Pending => Value::Null,
        Outcome::Answered { guid, at } => serde_json::json!(["answered", guid, at]),
        Outcome::NotAnswered { heard, at } => serde_json::json!(["notAnswered", heard, at]),
        Outcome::NotSent { at } => serde_json::json!(["notSent", at]),
    };
    serde_json::json!([
        dial.id,
        dial.request.campaign,
        dial.request.channel,
        dial.request.client_id,
        dial.sent_at,
        outcome,
        dial.source.kind()
    ])
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Manifest<'a> {
    app: &'static str,
    version: u64,
    saved_at: Millis,
    theme: (bool, Option<String>),
    locale: &'a str,
    active: Vec<(u64, &'a str, usize)>,
    active_count: usize,
    history: Vec<(u64, &'a str, usize)>,
    dials: Vec<Value>,
    dials_earlier: Vec<(u64, u32, u32, u32, u32)>,
}

/// The manifest for a cockpit whose stored chunks of active interactions and of history are
/// `active` and `history` (oldest first), as listed.
pub fn encode_manifest(
    cockpit: &Cockpit,
    active: &[Listed],
    history: &[Listed],
    saved_at: Millis,
) -> String {
    fn listing(chunks: &[Listed]) -> Vec<(u64, &str, usize)> {
        chunks
            .iter()
            .map(|chunk| (chunk.id, chunk.check.as_str(), chunk.count))
            .collect()
    }
    let manifest = Manifest {
        app: APP,
        version: VERSION,
        saved_at,
        theme: (cockpit.theme.dark, cockpit.theme.primary.map(Color::to_css)),
        locale: &cockpit.locale.tag,
        active: listing(active),
        active_count: active.iter().map(|chunk| chunk.count).sum(),
        history: listing(history),
        dials: cockpit.dials.iter().map(|d| dial_entry(d)).collect(),
        dials_earlier: cockpit
            .dials
            .earlier()
            .map(|(hour, t)| (hour, t.pending, t.answered, t.not_answered, t.not_sent))
            .collect(),
    };
    // Strings, numbers, tuples and options only: serialising them cannot fail.
    serde_json::to_string(&manifest).unwrap_or_default()
}

/// One history chunk, as written under [`chunk_key`].
pub fn encode_chunk(chunk: &Chunk) -> String {
    encode_entries(chunk.entries())
}

fn encode_entries(entries: &[Rc<Interaction>]) -> String {
    let entries: Vec<Entry<'_>> = entries.iter().map(|e| entry(e)).collect();
    serde_json::to_string(&entries).unwrap_or_default()
}

/// Every key and value that stores `cockpit` from nothing (what a first save writes).
pub fn snapshot(cockpit: &Cockpit, saved_at: Millis) -> Vec<(String, String)> {
    let mut active = ActiveChunks::default();
    active.follow(&cockpit.active);
    let mut keys = Vec::new();
    let mut active_listed = Vec::new();
    for (id, _) in active.versions() {
        if let Some((text, count)) = active.encode(id) {
            active_listed.push(Listed::of(id, &text, count));
            keys.push((active_chunk_key(id), text));
        }
    }
    let mut history_listed = Vec::new();
    for chunk in cockpit.history.chunks() {
        let text = encode_chunk(chunk);
        history_listed.push(Listed::of(chunk.id(), &text, chunk.entries().len()));
        keys.push((chunk_key(chunk.id()), text));
    }
    let manifest = encode_manifest(cockpit, &active_listed, &history_listed, saved_at);
    keys.push((KEY.to_owned(), manifest));
    keys
}

/// Reads the manifest and, through `read` (a key's value), every chunk it lists. Active
/// interactions come back marked `restored`.
pub fn decode(
    manifest: &str,
    read: impl Fn(&str) -> Option<String>,
) -> Result<Restored, StoredError> {
    let snapshot = parse(manifest)?;
    let snapshot = snapshot.as_object().ok_or(StoredError::Foreign)?;
    if snapshot.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(StoredError::Foreign);
    }
    match snapshot.get("version").and_then(Value::as_u64) {
        Some(version) if READS.contains(&version) => {}
        Some(other) => return Err(StoredError::Version(other)),
        None => return Err(StoredError::Corrupt("version")),
    }
    let field = |name: &'static str| snapshot.get(name).ok_or(StoredError::Corrupt(name));
    let saved_at = field("savedAt")?
        .as_u64()
        .ok_or(StoredError::Corrupt("savedAt"))?;
    let theme = theme(field("theme")?).ok_or(StoredError::Corrupt("theme"))?;
    let locale = match field("locale")? {
        Value::String(code)
            if plain_text(code, MAX_LANGUAGE, false)
                && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
        {
            Locale::from_code(code)
        }
        _ => return Err(StoredError::Corrupt("locale")),
    };
    let version = version_of(snapshot);
    let mut lost = Lost::default();
    let mut checks = HashMap::new();
    // Reads the chunk under `key` as the manifest lists it; what cannot be read back (missing,
    // not JSON, not entries, not what was written) is counted as lost, not fatal.
    let mut chunk = |key: String, listed: &Listing, max: usize| -> Option<Vec<Interaction>> {
        let text = read(&key);
        let entries = text.as_deref().and_then(|text| {
            let intact = listed
                .check
                .as_ref()
                .is_none_or(|check| *check == self::check(text));
            let entries = parse(text).ok().and_then(|value| entries(&value, max))?;
            let counted = listed.count.is_none_or(|count| count == entries.len());
            (intact && counted).then_some(entries)
        });
        match (&entries, listed.count, text) {
            (Some(_), _, Some(text)) => {
                checks.insert(key, Listed::of(listed.id, &text, listed.count.unwrap_or(0)));
            }
            (None, Some(count), _) => lost.interactions += count,
            (None, None, _) => lost.uncounted_chunks += 1,
            _ => {}
        }
        entries
    };
    let chunked = version >= 3;
    // Versions 3 and 4: chunks of active interactions; before, the entries themselves.
    let (active, active_chunks) = if chunked {
        let listing = listings(field("active")?, MAX_ACTIVE, version)
            .ok_or(StoredError::Corrupt("active"))?;
        let mut chunks = Vec::with_capacity(listing.len());
        let mut count = 0;
        for listed in listing {
            let Some(entries) = chunk(active_chunk_key(listed.id), &listed, CHUNK)
                .filter(|entries| !entries.is_empty())
            else {
                continue;
            };
            count += entries.len();
            if count > MAX_ACTIVE {
                return Err(StoredError::Corrupt("active"));
            }
            chunks.push((
                listed.id,
                entries.into_iter().map(restored).collect::<Vec<_>>(),
            ));
        }
        let newest_first: Vec<Rc<Interaction>> = chunks
            .iter()
            .rev()
            .flat_map(|(_, entries)| entries.iter().rev().cloned())
            .collect();
        (newest_first, ActiveChunks::stored(chunks))
    } else {
        let active = entries(field("active")?, MAX_ACTIVE).ok_or(StoredError::Corrupt("active"))?;
        (
            active.into_iter().map(restored).collect(),
            ActiveChunks::default(),
        )
    };
    let listing =
        listings(field("history")?, MAX_CHUNKS, version).ok_or(StoredError::Corrupt("history"))?;
    let earlier = match snapshot.get("dialsEarlier") {
        None => Vec::new(),
        Some(list) => tallies(list).ok_or(StoredError::Corrupt("dialsEarlier"))?,
    };
    let dials = match snapshot.get("dials") {
        None => Dials::default(),
        Some(list) => dials(list, earlier).ok_or(StoredError::Corrupt("dials"))?,
    };
    let mut chunks = Vec::with_capacity(listing.len());
    for listed in listing {
        if let Some(entries) = chunk(chunk_key(listed.id), &listed, CHUNK) {
            chunks.push((listed.id, entries));
        }
    }

    // A guid is never in two places, nor a chunk listed twice: a snapshot that says otherwise
    // is not ours to trust.
    let mut seen_ids = HashSet::new();
    let mut seen = HashSet::new();
    let unique = chunks.iter().all(|(id, _)| seen_ids.insert(*id))
        && active
            .iter()
            .map(|entry| &**entry)
            .chain(chunks.iter().flat_map(|(_, entries)| entries))
            .all(|entry| seen.insert(entry.guid.clone()));
    if !unique {
        return Err(StoredError::Corrupt("duplicate guid"));
    }
    Ok(Restored {
        active,
        active_chunks,
        history: History::from_chunks(chunks),
        dials,
        theme,
        locale,
        saved_at,
        lost,
        checks,
    })
}

/// A chunk as a manifest lists it; versions before 4 listed ids alone.
struct Listing {
    id: u64,
    check: Option<String>,
    count: Option<usize>,
}

/// A manifest's list of at most `max` chunks: `[[id, check, count], …]` (version 4) or
/// `[id, …]` (before).
fn listings(value: &Value, max: usize, version: u64) -> Option<Vec<Listing>> {
    let items = value.as_array().filter(|items| items.len() <= max)?;
    items
        .iter()
        .map(|item| {
            if version < 4 {
                return item.as_u64().map(|id| Listing {
                    id,
                    check: None,
                    count: None,
                });
            }
            match item.as_array()?.as_slice() {
                [id, check, count] => Some(Listing {
                    id: id.as_u64()?,
                    check: check
                        .as_str()
                        .filter(|c| c.len() == 16 && c.bytes().all(|b| b.is_ascii_hexdigit()))
                        .map(str::to_owned),
                    count: count
                        .as_u64()
                        .and_then(|n| usize::try_from(n).ok())
                        .filter(|n| *n <= CHUNK),
                })
                .filter(|listing| listing.check.is_some() && listing.count.is_some()),
                _ => None,
            }
        })
        .collect()
}

/// The version of a manifest already checked to be one this version reads.
fn version_of(snapshot: &serde_json::Map<String, Value>) -> u64 {
    snapshot
        .get("version")
        .and_then(Value::as_u64)
        .unwrap_or(VERSION)
}

/// An active interaction as it comes back after a reload.
fn restored(entry: Interaction) -> Rc<Interaction> {
    Rc::new(Interaction {
        restored: true,
        ..entry
    })
}

fn dials(value: &Value, earlier: Vec<(u64, Tally)>) -> Option<Dials> {
    let list = value.as_array()?;
    if list.len() > DIALS_KEPT {
        return None;
    }
    let dials = list.iter().map(dial).collect::<Option<Vec<Dial>>>()?;
    let mut ids = HashSet::new();
    dials
        .iter()
        .all(|dial| ids.insert(dial.id))
        .then(|| Dials::from_list(dials, earlier))
}

/// Counts of earlier dials: `[[hour, pending, answered, notAnswered, notSent], …]`, each hour
/// once.
fn tallies(value: &Value) -> Option<Vec<(u64, Tally)>> {
    let list = value.as_array().filter(|list| list.len() <= TALLY_HOURS)?;
    let count = |value: &Value| value.as_u64().and_then(|n| u32::try_from(n).ok());
    let tallies = list
        .iter()
        .map(|entry| match entry.as_array()?.as_slice() {
            [hour, pending, answered, not_answered, not_sent] => Some((
                hour.as_u64()?,
                Tally {
                    pending: count(pending)?,
                    answered: count(answered)?,
                    not_answered: count(not_answered)?,
                    not_sent: count(not_sent)?,
                },
            )),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    let mut hours = HashSet::new();
    tallies
        .iter()
        .all(|(hour, _)| hours.insert(*hour))
        .then_some(tallies)
}

fn dial(value: &Value) -> Option<Dial> {
    let (id, campaign, channel, client_id, sent_at, outcome, source) =
        match value.as_array()?.as_slice() {
            [id, campaign, channel, client_id, sent_at, outcome] => {
                (id, campaign, channel, client_id, sent_at, outcome, None)
            }
            [id, campaign, channel, client_id, sent_at, outcome, source] => (
                id,
                campaign,
                channel,
                client_id,
                sent_at,
                outcome,
                Some(source),
            ),
            _ => return None,
        };
    let source = match source {
        None => DialSource::Agent,
        Some(kind) => DialSource::from_kind(kind.as_str()?)?,
    };
    // Held to what the dial form accepts.
    let name =
        |value: &Value| text(value, MAX_NAME).filter(|s| !s.trim().is_empty() && s.trim() == s);
    let outcome = match outcome {
        Value::Null => Outcome::Pending,
        Value::Array(fields) => match fields.as_slice() {
            [kind, guid, at] if kind == "answered" => Outcome::Answered {
                guid: text(guid, MAX_GUID).filter(|g| !g.trim().is_empty())?,
                at: at.as_u64()?,
            },
            [kind, heard, at] if kind == "notAnswered" => Outcome::NotAnswered {
                heard: heard.as_bool()?,
                at: at.as_u64()?,
            },
            [kind, at] if kind == "notSent" => Outcome::NotSent { at: at.as_u64()? },
            _ => return None,
        },
        _ => return None,
    };
    Some(Dial {
        id: id.as_u64()?,
        request: StartInteraction {
            campaign: name(campaign)?,
            channel: name(channel)?,
            client_id: name(client_id)?,
        },
        sent_at: sent_at.as_u64()?,
        outcome,
        source,
    })
}

fn parse(text: &str) -> Result<Value, StoredError> {
    if text.len() > MAX_STORED_BYTES {
        return Err(StoredError::TooLarge);
    }
    serde_json::from_str(text).map_err(|_| StoredError::NotJson)
}

fn entries(value: &Value, max: usize) -> Option<Vec<Interaction>> {
    let items = value.as_array()?;
    if items.len() > max {
        return None;
    }
    items.iter().map(interaction).collect()
}

fn theme(value: &Value) -> Option<Theme> {
    let [dark, primary] = value.as_array()?.as_slice() else {
        return None;
    };
    let primary = match primary {
        Value::Null => None,
        // `Color::parse` refuses anything longer than `MAX_COLOR` before reading it.
        Value::String(css) => Some(Color::parse(css)?),
        _ => return None,
    };
    Some(Theme {
        dark: dark.as_bool()?,
        primary,
    })
}

fn text(value: &Value, max: usize) -> Option<String> {
    value
        .as_str()
        .filter(|s| plain_text(s, max, false))
        .map(str::to_owned)
}

fn interaction(value: &Value) -> Option<Interaction> {
    let [guid, assignment, finish, dispositions] = value.as_array()?.as_slice() else {
        return None;
    };
    let guid = text(guid, MAX_GUID).filter(|g| !g.trim().is_empty())?;
    let assignment = match assignment {
        Value::Null => None,
        Value::Array(fields) => match fields.as_slice() {
            [campaign, channel, client_id, at] => Some(Assignment {
                campaign: text(campaign, MAX_NAME)?,
                channel: text(channel, MAX_NAME)?,
                client_id: text(client_id, MAX_NAME)?,
                at: at.as_u64()?,
            }),
            _ => return None,
        },
        _ => return None,
    };
    let finish = match finish {
        Value::Null => None,
        Value::Array(fields) => match fields.as_slice() {
            [date, at] => Some(Finish {
                date: text(date, MAX_DATE)?,
                at: at.as_u64()?,
            }),
            _ => return None,
        },
        _ => return None,
    };
    let dispositions = dispositions.as_array()?;
    if dispositions.len() > MAX_DISPOSITIONS {
        return None;
    }
    let dispositions = dispositions
        .iter()
        .map(disposition)
        .collect::<Option<Vec<_>>>()?;
    Some(Interaction {
        guid,
        assignment,
        finish,
        dispositions,
        restored: false,
    })
}

fn disposition(value: &Value) -> Option<Disposition> {
    // Version 1 wrote no time.
    let (comment, levels, at) = match value.as_array()?.as_slice() {
        [comment, levels] => (comment, levels, None),
        [comment, levels, Value::Null] => (comment, levels, None),
        [comment, levels, at] => (comment, levels, Some(at.as_u64()?)),
        _ => return None,
    };
    let comment = comment
        .as_str()
        .filter(|c| plain_text(c, MAX_COMMENT, true))?
        .to_owned();
    let levels = levels.as_array()?;
    if levels.len() > MAX_LEVELS {
        return None;
    }
    let side = |value: &Value| match value {
        Value::Null => Some(None),
        other => text(other, MAX_NAME).map(Some),
    };
    let levels = levels
        .iter()
        .map(|level| match level.as_array()?.as_slice() {
            [id, value] => Some(Level {
                id: side(id)?,
                value: side(value)?,
            }),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Disposition {
        comment,
        levels,
        at,
    })
}

pub mod saver;

pub use saver::{KeyValue, MemoryStore, Restoration, Saver, WriteError, restore, retention_ms};

#[cfg(test)]
mod tests;
