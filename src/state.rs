//! The cockpit's model and its reducer: what uContact has reported, folded into active
//! interactions, history, theme and language, plus the inspector's record of every message.
//!
//! Pure: no browser, no clock. Times come in with the actions, so every rule is tested natively.
//!
//! The rules, in uContact's terms:
//! - `assignedInteraction` adds an active interaction, newest first; a repeated guid updates it
//!   in place (its elapsed time keeps running); a guid already finished is reopened, keeping its
//!   dispositions.
//! - `finishedInteraction` moves the interaction to history, newest first; a repeated finish
//!   updates the date; an unknown guid still gets a history entry.
//! - `sentDisposition` attaches to the guid wherever it is (a repeated identical disposition is
//!   kept once); an unknown guid gets a history entry. Levels pair `levelsId[i]` with
//!   `levelsValue[i]`; the longer list's extra items are kept with an empty partner.
//! - `changedTheme` and `changedLanguage` replace theme and language.
//! - History keeps the newest `history_limit` entries (20,000 by default). Beyond 1,000 active
//!   interactions (far more than an agent handles), the oldest move to history; beyond 32
//!   dispositions for one interaction, the oldest is dropped. These bounds keep memory and the
//!   stored snapshot finite whatever uContact sends.
//! - Interactions restored as active after a reload stay marked `restored` until uContact
//!   mentions them again.
//! - Every message, accepted or rejected, is counted and logged for the inspector; a rejected
//!   one changes nothing else.

use std::collections::VecDeque;
use std::rc::Rc;

use crate::color::Color;
use crate::i18n::Locale;
use crate::protocol::{Event, Rejected, SentDisposition, StartInteraction};

mod history;

pub use history::{CHUNK, Chunk, History};

/// Milliseconds since the Unix epoch, as `Date.now()` gives them.
pub type Millis = u64;

/// How many messages the inspector remembers.
pub const INSPECTOR_CAPACITY: usize = 50;
/// The most interactions active at once; beyond it the oldest move to history.
pub const MAX_ACTIVE: usize = 1_000;
/// The most dispositions kept for one interaction (the newest).
pub const MAX_DISPOSITIONS: usize = 32;
/// How many finished interactions the history keeps by default; beyond it the oldest go.
pub const DEFAULT_HISTORY_LIMIT: usize = crate::config::DEFAULT_HISTORY_LIMIT as usize;

/// One interaction, as much of it as uContact has reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    pub guid: String,
    /// `None` when uContact reported a finish or a disposition without an assignment.
    pub assignment: Option<Assignment>,
    pub finish: Option<Finish>,
    /// Oldest first.
    pub dispositions: Vec<Disposition>,
    /// Active when the cockpit was last closed, and not heard of from uContact since.
    pub restored: bool,
}

impl Interaction {
    pub fn new(guid: String) -> Interaction {
        Interaction {
            guid,
            assignment: None,
            finish: None,
            dispositions: Vec::new(),
            restored: false,
        }
    }

    /// Whether this interaction has been active for longer than `limit` milliseconds: uContact
    /// may have finished it while the cockpit was not listening.
    pub fn is_possibly_orphaned(&self, now: Millis, limit: Millis) -> bool {
        self.finish.is_none()
            && self
                .assignment
                .as_ref()
                .is_some_and(|assignment| now.saturating_sub(assignment.at) > limit)
    }

    /// Whether guid, client id, campaign or channel contains `query` (already lowercased).
    pub fn matches(&self, query: &str) -> bool {
        let contains = |field: &str| field.to_lowercase().contains(query);
        contains(&self.guid)
            || self.assignment.as_ref().is_some_and(|a| {
                contains(&a.client_id) || contains(&a.campaign) || contains(&a.channel)
            })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub campaign: String,
    pub channel: String,
    pub client_id: String,
    /// When the cockpit learnt of it; elapsed time counts from here.
    pub at: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finish {
    /// `finishDate` as uContact wrote it.
    pub date: String,
    pub at: Millis,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disposition {
    pub comment: String,
    pub levels: Vec<Level>,
}

/// One disposition level: `levelsId[i]` with `levelsValue[i]`, either absent when the lists'
/// lengths differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub id: Option<String>,
    pub value: Option<String>,
}

impl Disposition {
    fn from_event(event: SentDisposition) -> Disposition {
        let mut ids = event.levels_id.into_iter();
        let mut values = event.levels_value.into_iter();
        let levels = std::iter::from_fn(|| match (ids.next(), values.next()) {
            (None, None) => None,
            (id, value) => Some(Level { id, value }),
        })
        .collect();
        Disposition {
            comment: event.comment,
            levels,
        }
    }
}

/// The look uContact asked for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Theme {
    pub dark: bool,
    /// `None` until uContact names one: the cockpit's own accent is used.
    pub primary: Option<Color>,
}

/// One message as the inspector shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    /// The message's number in the shift, from 1: a stable key for the inspector's rows.
    pub seq: u64,
    pub at: Millis,
    pub origin: String,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The event's wire name and what it was about (a guid, a colour, a language).
    Accepted {
        event: &'static str,
        detail: String,
    },
    Rejected(Rejected),
}

/// Counts of every message and the most recent ones, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inspector {
    pub accepted: u64,
    pub rejected: u64,
    pub recent: VecDeque<Rc<Logged>>,
}

/// The last dial request handed to uContact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialReceipt {
    pub at: Millis,
    pub request: StartInteraction,
}

/// Everything the cockpit shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Cockpit {
    /// Assigned and not finished, newest first.
    pub active: Vec<Rc<Interaction>>,
    pub history: History,
    pub theme: Theme,
    pub locale: Locale,
    pub inspector: Inspector,
    pub last_dial: Option<DialReceipt>,
    /// The most finished interactions kept; beyond it the oldest are dropped, so a shift of any
    /// length runs in bounded memory.
    pub history_limit: usize,
}

impl Default for Cockpit {
    fn default() -> Self {
        Cockpit {
            active: Vec::new(),
            history: History::default(),
            theme: Theme::default(),
            locale: Locale::default(),
            inspector: Inspector::default(),
            last_dial: None,
            history_limit: DEFAULT_HISTORY_LIMIT,
        }
    }
}

/// What can happen to the cockpit.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A message arrived, decoded into an event or rejected at the edge.
    Received {
        at: Millis,
        origin: String,
        result: Result<Event, Rejected>,
    },
    /// The agent's dial request was posted to uContact.
    DialSent {
        at: Millis,
        request: StartInteraction,
    },
}

impl Cockpit {
    pub fn new(locale: Locale) -> Cockpit {
        Cockpit {
            locale,
            ..Cockpit::default()
        }
    }

    /// Adds a finished interaction to history, dropping the oldest beyond the limit.
    fn archive(&mut self, entry: Interaction) {
        self.history.push(entry);
        self.history.trim_oldest(self.history_limit);
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Received { at, origin, result } => {
                let verdict = match result {
                    Ok(event) => {
                        self.inspector.accepted += 1;
                        let event_name = event.name();
                        let detail = self.apply_event(at, event);
                        Verdict::Accepted {
                            event: event_name,
                            detail,
                        }
                    }
                    Err(rejected) => {
                        self.inspector.rejected += 1;
                        Verdict::Rejected(rejected)
                    }
                };
                let seq = self.inspector.accepted + self.inspector.rejected;
                let recent = &mut self.inspector.recent;
                recent.push_front(Rc::new(Logged {
                    seq,
                    at,
                    origin,
                    verdict,
                }));
                recent.truncate(INSPECTOR_CAPACITY);
            }
            Action::DialSent { at, request } => {
                self.last_dial = Some(DialReceipt { at, request });
            }
        }
    }

    /// Applies an accepted event; returns what the inspector should say it was about.
    fn apply_event(&mut self, at: Millis, event: Event) -> String {
        match event {
            Event::AssignedInteraction(assigned) => {
                let guid = assigned.guid.clone();
                let assignment = Assignment {
                    campaign: assigned.campaign,
                    channel: assigned.channel,
                    client_id: assigned.client_id,
                    at,
                };
                self.assign(assigned.guid, assignment);
                guid
            }
            Event::FinishedInteraction(finished) => {
                let finish = Finish {
                    date: finished.finish_date,
                    at,
                };
                self.finish(&finished.guid, finish);
                finished.guid
            }
            Event::SentDisposition(sent) => {
                let guid = sent.guid.clone();
                self.dispose(&guid, Disposition::from_event(sent));
                guid
            }
            Event::ChangedTheme(theme) => {
                self.theme = Theme {
                    dark: theme.dark,
                    primary: Some(theme.primary),
                };
                let mode = if theme.dark { "dark" } else { "light" };
                format!("{mode}, {}", theme.primary)
            }
            Event::ChangedLanguage(language) => {
                self.locale = Locale::from_code(&language.code);
                format!("{} → {}", language.code, self.locale.tag)
            }
        }
    }

    fn active_index(&self, guid: &str) -> Option<usize> {
        self.active.iter().position(|entry| entry.guid == guid)
    }

    fn assign(&mut self, guid: String, assignment: Assignment) {
        if let Some(entry) = self.active.iter_mut().find(|entry| entry.guid == guid) {
            let current = &entry.assignment;
            let same = current.as_ref().is_some_and(|current| {
                (&current.campaign, &current.channel, &current.client_id)
                    == (
                        &assignment.campaign,
                        &assignment.channel,
                        &assignment.client_id,
                    )
            });
            if !same || entry.restored {
                let entry = Rc::make_mut(entry);
                let at = entry.assignment.as_ref().map_or(assignment.at, |a| a.at);
                entry.assignment = Some(Assignment { at, ..assignment });
                entry.restored = false;
            }
            return;
        }
        let mut entry = match self.history.remove(&guid) {
            Some(reopened) => Rc::unwrap_or_clone(reopened),
            None => Interaction::new(guid),
        };
        entry.assignment = Some(assignment);
        entry.finish = None;
        self.active.insert(0, Rc::new(entry));
        // Far beyond what an agent handles at once; the oldest go to history, not away.
        while self.active.len() > MAX_ACTIVE {
            if let Some(oldest) = self.active.pop() {
                self.archive(Rc::unwrap_or_clone(oldest));
            }
        }
    }

    fn finish(&mut self, guid: &str, finish: Finish) {
        if let Some(index) = self.active_index(guid) {
            let entry = self.active.remove(index);
            let mut entry = Rc::unwrap_or_clone(entry);
            entry.finish = Some(finish);
            entry.restored = false;
            self.archive(entry);
            return;
        }
        let known = self.history.get(guid).map(|entry| {
            entry
                .finish
                .as_ref()
                .is_some_and(|current| current.date == finish.date)
        });
        match known {
            // The same finish again: nothing new to record.
            Some(true) => {}
            Some(false) => {
                self.history
                    .update(guid, |entry| entry.finish = Some(finish));
            }
            None => {
                let mut entry = Interaction::new(guid.to_owned());
                entry.finish = Some(finish);
                self.archive(entry);
            }
        }
    }

    fn dispose(&mut self, guid: &str, disposition: Disposition) {
        let attach = |entry: &mut Interaction| {
            if !entry.dispositions.contains(&disposition) {
                entry.dispositions.push(disposition.clone());
                let excess = entry.dispositions.len().saturating_sub(MAX_DISPOSITIONS);
                entry.dispositions.drain(..excess);
            }
        };
        if let Some(entry) = self.active.iter_mut().find(|entry| entry.guid == guid) {
            if !entry.dispositions.contains(&disposition) || entry.restored {
                let entry = Rc::make_mut(entry);
                attach(entry);
                entry.restored = false;
            }
            return;
        }
        let known = self
            .history
            .get(guid)
            .map(|entry| entry.dispositions.contains(&disposition));
        match known {
            Some(true) => {}
            Some(false) => {
                self.history.update(guid, attach);
            }
            None => {
                let mut entry = Interaction::new(guid.to_owned());
                entry.dispositions.push(disposition);
                self.archive(entry);
            }
        }
    }
}

#[cfg(test)]
mod tests;
