//! The cockpit as it is kept in `localStorage` between reloads: a versioned snapshot of active
//! interactions, history, theme and language, written compactly and read back as untrusted
//! input, with every bound the protocol applies to uContact's own messages.
//!
//! ```json
//! {"app":"ucontact-cockpit","version":1,"savedAt":1732550000000,
//!  "theme":[true,"#1976d2"],"locale":"es-UY",
//!  "active":[E…],"history":[E…]}
//! ```
//!
//! where each entry `E` is
//! `[guid, [campaign, channel, clientId, assignedAt] | null, [finishDate, finishedAt] | null,
//!   [[comment, [[levelId | null, levelValue | null], …]], …]]`, history oldest first.

use std::rc::Rc;

use serde_json::{Value, json};

use crate::color::Color;
use crate::i18n::Locale;
use crate::protocol::{
    MAX_COMMENT, MAX_DATE, MAX_GUID, MAX_LANGUAGE, MAX_LEVELS, MAX_NAME, plain_text,
};
use crate::state::{
    Assignment, Cockpit, Disposition, Finish, History, Interaction, Level, Millis, Theme,
};

/// The `localStorage` key of the snapshot.
pub const KEY: &str = "ucontact-cockpit";
/// Names this application's snapshots among whatever else the origin stores.
pub const APP: &str = "ucontact-cockpit";
/// The snapshot format written by this version.
pub const VERSION: u64 = 1;
/// Largest snapshot read back, in bytes.
pub const MAX_STORED_BYTES: usize = 16 * 1024 * 1024;
/// Most active interactions read back.
pub const MAX_ACTIVE: usize = 1_000;

/// What was restored from storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub active: Vec<Rc<Interaction>>,
    pub history: History,
    pub theme: Theme,
    pub locale: Option<Locale>,
    pub saved_at: Millis,
}

/// What the agent is told about storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageNotice {
    /// The saved cockpit could not be used: this one started empty.
    Discarded(StoredError),
    /// The browser refuses storage: everything stays in this tab's memory.
    Blocked,
    /// Storage is full: the oldest `dropped` finished interactions are kept in memory only.
    Full { dropped: usize },
}

/// Why a stored snapshot was not used; each boots a clean cockpit with a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredError {
    TooLarge,
    NotJson,
    /// Some other application's data under our key.
    Foreign,
    /// Written by a version of the cockpit whose format this one does not read.
    Version(u64),
    /// Ours, but damaged: names what is wrong.
    Corrupt(&'static str),
}

/// The snapshot of a cockpit, oldest history first. Only the newest `keep_history` finished
/// interactions are written (all of them unless storage is short of room).
pub fn encode(cockpit: &Cockpit, saved_at: Millis, keep_history: usize) -> String {
    let skip = cockpit.history.len().saturating_sub(keep_history);
    let snapshot = json!({
        "app": APP,
        "version": VERSION,
        "savedAt": saved_at,
        "theme": [cockpit.theme.dark, cockpit.theme.primary.map(Color::to_css)],
        "locale": cockpit.locale.tag,
        "active": cockpit.active.iter().map(|e| entry(e)).collect::<Vec<_>>(),
        "history": cockpit.history.oldest_first().skip(skip).map(|e| entry(e)).collect::<Vec<_>>(),
    });
    snapshot.to_string()
}

fn entry(interaction: &Interaction) -> Value {
    json!([
        interaction.guid,
        interaction
            .assignment
            .as_ref()
            .map(|a| json!([a.campaign, a.channel, a.client_id, a.at])),
        interaction.finish.as_ref().map(|f| json!([f.date, f.at])),
        interaction
            .dispositions
            .iter()
            .map(|d| {
                let levels: Vec<Value> = d.levels.iter().map(|l| json!([l.id, l.value])).collect();
                json!([d.comment, levels])
            })
            .collect::<Vec<_>>(),
    ])
}

/// Reads a snapshot back. Active interactions come back marked `restored`.
pub fn decode(text: &str) -> Result<Restored, StoredError> {
    if text.len() > MAX_STORED_BYTES {
        return Err(StoredError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| StoredError::NotJson)?;
    let snapshot = value.as_object().ok_or(StoredError::Foreign)?;
    if snapshot.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(StoredError::Foreign);
    }
    match snapshot.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
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
            Some(Locale::from_code(code))
        }
        _ => return Err(StoredError::Corrupt("locale")),
    };
    let list = |name: &'static str, max: usize| -> Result<Vec<Interaction>, StoredError> {
        let items = field(name)?.as_array().ok_or(StoredError::Corrupt(name))?;
        if items.len() > max {
            return Err(StoredError::Corrupt(name));
        }
        items
            .iter()
            .map(|item| interaction(item).ok_or(StoredError::Corrupt(name)))
            .collect()
    };
    let active = list("active", MAX_ACTIVE)?;
    let finished = list("history", usize::MAX)?;

    // A guid is never in two places: a snapshot that says otherwise is not ours to trust.
    let mut seen = std::collections::HashSet::new();
    if !active
        .iter()
        .chain(&finished)
        .all(|entry| seen.insert(entry.guid.clone()))
    {
        return Err(StoredError::Corrupt("duplicate guid"));
    }
    let mut history = History::default();
    for entry in finished {
        history.push(entry);
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
        history,
        theme,
        locale,
        saved_at,
    })
}

fn theme(value: &Value) -> Option<Theme> {
    let [dark, primary] = value.as_array()?.as_slice() else {
        return None;
    };
    let primary = match primary {
        Value::Null => None,
        Value::String(css) if css.len() <= crate::protocol::MAX_COLOR => Some(Color::parse(css)?),
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
    let dispositions = dispositions
        .as_array()?
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
    let [comment, levels] = value.as_array()?.as_slice() else {
        return None;
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
    Some(Disposition { comment, levels })
}

#[cfg(test)]
mod tests;
