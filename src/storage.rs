//! The cockpit as it is kept in `localStorage` between reloads, read back as untrusted input
//! with every bound the protocol applies to uContact's own messages.
//!
//! A manifest under [`KEY`] holds the format, theme, language, active interactions and the ids
//! of the history chunks, oldest first; each chunk of up to 64 finished interactions has a key
//! of its own ([`chunk_key`]). A change rewrites the manifest and the chunks it touched, never
//! the whole history, so saving costs the same at the end of a shift as at its start.
//!
//! ```json
//! {"app":"ucontact-cockpit","version":2,"savedAt":1732550000000,
//!  "theme":[true,"#1976d2"],"locale":"es-UY","active":[E…],"history":[0,1,2],"dials":[D…]}
//! ```
//!
//! Each entry `E` is
//! `[guid, [campaign, channel, clientId, assignedAt] | null, [finishDate, finishedAt] | null,
//!   [[comment, [[levelId | null, levelValue | null], …], receivedAt], …]]`; a chunk is `[E…]`.
//! Each dial `D` is `[id, campaign, channel, clientId, sentAt, outcome]`, the outcome `null`
//! while pending, else `["answered", guid, at]`, `["notAnswered", heard, at]` or
//! `["notSent", at]`. Version 1 (no dials, no disposition times) is still read.

use std::collections::HashSet;
use std::rc::Rc;

use serde::Serialize;
use serde_json::Value;

use crate::color::Color;
use crate::i18n::Locale;
use crate::protocol::StartInteraction;
use crate::protocol::{
    MAX_COLOR, MAX_COMMENT, MAX_DATE, MAX_GUID, MAX_LANGUAGE, MAX_LEVELS, MAX_NAME, plain_text,
};
use crate::state::{
    Assignment, CHUNK, Chunk, Cockpit, DIALS_KEPT, Dial, Dials, Disposition, Finish, History,
    Interaction, Level, MAX_DISPOSITIONS, Millis, Outcome, Theme,
};
pub use crate::stored::{StorageNotice, StoredError};

/// The `localStorage` key of the manifest; chunk keys start with it too.
pub const KEY: &str = "ucontact-cockpit";
/// Names this application's snapshots among whatever else the origin stores.
pub const APP: &str = "ucontact-cockpit";
/// The format written by this version.
pub const VERSION: u64 = 2;
/// The formats this version reads.
pub const READS: [u64; 2] = [1, 2];
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

/// Whether `key` is one the cockpit writes: [`KEY`] itself or a key under `KEY.`. Nothing
/// else is ever read, changed or removed.
pub fn is_own_key(key: &str) -> bool {
    key.strip_prefix(KEY)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// What was restored from storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub active: Vec<Rc<Interaction>>,
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
    Some(value.get("active")?.as_array()?.len())
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

/// One dial as written: `[id, campaign, channel, clientId, sentAt, outcome]`.
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
        outcome
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
    active: Vec<Entry<'a>>,
    history: &'a [u64],
    dials: Vec<Value>,
}

/// The manifest for a cockpit whose stored history is the chunks `chunk_ids`, oldest first.
pub fn encode_manifest(cockpit: &Cockpit, chunk_ids: &[u64], saved_at: Millis) -> String {
    let manifest = Manifest {
        app: APP,
        version: VERSION,
        saved_at,
        theme: (cockpit.theme.dark, cockpit.theme.primary.map(Color::to_css)),
        locale: &cockpit.locale.tag,
        active: cockpit.active.iter().map(|e| entry(e)).collect(),
        history: chunk_ids,
        dials: cockpit.dials.iter().map(|d| dial_entry(d)).collect(),
    };
    // Strings, numbers, tuples and options only: serialising them cannot fail.
    serde_json::to_string(&manifest).unwrap_or_default()
}

/// One history chunk, as written under [`chunk_key`].
pub fn encode_chunk(chunk: &Chunk) -> String {
    let entries: Vec<Entry<'_>> = chunk.entries().iter().map(|e| entry(e)).collect();
    serde_json::to_string(&entries).unwrap_or_default()
}

/// Reads the manifest and, through `chunk`, every history chunk it lists. Active interactions
/// come back marked `restored`.
pub fn decode(
    manifest: &str,
    chunk: impl Fn(u64) -> Option<String>,
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
    let active = entries(field("active")?, MAX_ACTIVE).ok_or(StoredError::Corrupt("active"))?;
    let ids = field("history")?
        .as_array()
        .filter(|ids| ids.len() <= MAX_CHUNKS)
        .and_then(|ids| ids.iter().map(Value::as_u64).collect::<Option<Vec<u64>>>())
        .ok_or(StoredError::Corrupt("history"))?;
    let dials = match snapshot.get("dials") {
        None => Dials::default(),
        Some(list) => dials(list).ok_or(StoredError::Corrupt("dials"))?,
    };
    let mut chunks = Vec::with_capacity(ids.len());
    for id in ids {
        let text = chunk(id).ok_or(StoredError::Corrupt("history chunk missing"))?;
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
            .chain(chunks.iter().flat_map(|(_, entries)| entries))
            .all(|entry| seen.insert(entry.guid.clone()));
    if !unique {
        return Err(StoredError::Corrupt("duplicate guid"));
    }
    Ok(Restored {
        active: active
            .into_iter()
            .map(|entry| {
                Rc::new(Interaction {
                    restored: true,
                    ..entry
                })
            })
            .collect(),
        history: History::from_chunks(chunks),
        dials,
        theme,
        locale,
        saved_at,
    })
}

fn dials(value: &Value) -> Option<Dials> {
    let list = value.as_array()?;
    if list.len() > DIALS_KEPT {
        return None;
    }
    let dials = list.iter().map(dial).collect::<Option<Vec<Dial>>>()?;
    let mut ids = HashSet::new();
    dials
        .iter()
        .all(|dial| ids.insert(dial.id))
        .then(|| Dials::from_list(dials))
}

fn dial(value: &Value) -> Option<Dial> {
    let [id, campaign, channel, client_id, sent_at, outcome] = value.as_array()?.as_slice() else {
        return None;
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
        Value::String(css) if css.len() <= MAX_COLOR => Some(Color::parse(css)?),
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

#[cfg(test)]
mod tests;
