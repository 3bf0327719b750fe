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
pub const VERSION: u64 = 3;
/// The formats this version reads.
pub const READS: [u64; 3] = [1, 2, 3];
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

    /// A chunk as written under [`active_chunk_key`].
    pub fn encode(&self, id: u64) -> Option<String> {
        let chunk = self.chunks.iter().find(|chunk| chunk.id == id)?;
        Some(encode_entries(&chunk.entries))
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
    active: Vec<u64>,
    active_count: usize,
    history: &'a [u64],
    dials: Vec<Value>,
    dials_earlier: Vec<(u64, u32, u32, u32, u32)>,
}

/// The manifest for a cockpit whose active interactions are stored as `active` lays them out
/// and whose stored history is the chunks `chunk_ids`, oldest first.
pub fn encode_manifest(
    cockpit: &Cockpit,
    active: &ActiveChunks,
    chunk_ids: &[u64],
    saved_at: Millis,
) -> String {
    let manifest = Manifest {
        app: APP,
        version: VERSION,
        saved_at,
        theme: (cockpit.theme.dark, cockpit.theme.primary.map(Color::to_css)),
        locale: &cockpit.locale.tag,
        active: active.versions().map(|(id, _)| id).collect(),
        active_count: active.len(),
        history: chunk_ids,
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
    let ids: Vec<u64> = cockpit.history.chunks().map(|c| c.id()).collect();
    let active_chunks = active
        .versions()
        .filter_map(|(id, _)| Some((active_chunk_key(id), active.encode(id)?)));
    let history_chunks = cockpit
        .history
        .chunks()
        .map(|chunk| (chunk_key(chunk.id()), encode_chunk(chunk)));
    let manifest = (
        KEY.to_owned(),
        encode_manifest(cockpit, &active, &ids, saved_at),
    );
    active_chunks
        .chain(history_chunks)
        .chain(std::iter::once(manifest))
        .collect()
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
    let chunked = version_of(snapshot) >= 3;
    // Version 3: the ids of chunks of active interactions; before, the entries themselves.
    let (active, active_chunks) = if chunked {
        let ids = chunk_ids(field("active")?, MAX_ACTIVE).ok_or(StoredError::Corrupt("active"))?;
        let mut chunks = Vec::with_capacity(ids.len());
        let mut count = 0;
        for id in ids {
            let text =
                read(&active_chunk_key(id)).ok_or(StoredError::Corrupt("active chunk missing"))?;
            let entries = entries(&parse(&text)?, CHUNK)
                .filter(|entries| !entries.is_empty())
                .ok_or(StoredError::Corrupt("active chunk"))?;
            count += entries.len();
            if count > MAX_ACTIVE {
                return Err(StoredError::Corrupt("active"));
            }
            chunks.push((id, entries.into_iter().map(restored).collect::<Vec<_>>()));
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
    let ids = chunk_ids(field("history")?, MAX_CHUNKS).ok_or(StoredError::Corrupt("history"))?;
    let earlier = match snapshot.get("dialsEarlier") {
        None => Vec::new(),
        Some(list) => tallies(list).ok_or(StoredError::Corrupt("dialsEarlier"))?,
    };
    let dials = match snapshot.get("dials") {
        None => Dials::default(),
        Some(list) => dials(list, earlier).ok_or(StoredError::Corrupt("dials"))?,
    };
    let mut chunks = Vec::with_capacity(ids.len());
    for id in ids {
        let text = read(&chunk_key(id)).ok_or(StoredError::Corrupt("history chunk missing"))?;
        let value = parse(&text)?;
        let entries = entries(&value, CHUNK).ok_or(StoredError::Corrupt("history chunk"))?;
        chunks.push((id, entries));
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
    })
}

/// The version of a manifest already checked to be one this version reads.
fn version_of(snapshot: &serde_json::Map<String, Value>) -> u64 {
    snapshot
        .get("version")
        .and_then(Value::as_u64)
        .unwrap_or(VERSION)
}

/// A list of at most `max` chunk ids.
fn chunk_ids(value: &Value, max: usize) -> Option<Vec<u64>> {
    value
        .as_array()
        .filter(|ids| ids.len() <= max)?
        .iter()
        .map(Value::as_u64)
        .collect()
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
