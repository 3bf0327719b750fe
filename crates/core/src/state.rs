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
//!   mentions them again; only those can be flagged as possibly orphaned.
//! - An assignment of a guid the cockpit has never seen is an **arrival** (the attention cues
//!   and the CRM screen pop act on arrivals only: never for a repeat, a restored interaction or
//!   one reopened from history). It also answers the oldest pending dial for its client id
//!   (see [`dials`]).
//! - Every message, accepted or rejected, is counted and logged for the inspector; a rejected
//!   one changes nothing else. A refused interaction event is remembered for the panel, which
//!   says so: an interaction may be missing.
//! - Ending the shift forgets every interaction, dial and message; retention forgets what is
//!   older than a cutoff.

use std::collections::VecDeque;
use std::rc::Rc;

use crate::color::Color;
use crate::config::RelayDials;
use crate::i18n::Locale;
use crate::protocol::{Event, Reading, Rejected, SentDisposition, StartInteraction};

pub mod dials;
mod facts;
mod history;

pub use dials::{
    CONFIRM_WAIT_MS, DIALS_KEPT, Dial, Dials, Outcome, RELAYED_PER_MINUTE, TALLY_HOURS, Tally,
};
pub use facts::{Applied, Awaiting, DialSource, Fact, Refusal};
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
/// How long a dial waits for uContact's answer by default.
pub const DEFAULT_DIAL_ANSWER_MS: Millis =
    crate::config::DEFAULT_DIAL_ANSWER_SECONDS as Millis * 1_000;
/// The events that carry interactions: one of them refused may mean an interaction is missing.
pub const INTERACTION_EVENTS: [&str; 3] = [
    "assignedInteraction",
    "finishedInteraction",
    "sentDisposition",
];

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

    /// Whether this interaction was restored after a reload, has not been mentioned by uContact
    /// since, and was assigned over `limit` milliseconds ago: uContact may have finished it
    /// while the cockpit was closed. (One the cockpit watched all along is not flagged, however
    /// long it lasts.)
    pub fn is_possibly_orphaned(&self, now: Millis, limit: Millis) -> bool {
        self.restored
            && self.finish.is_none()
            && self
                .assignment
                .as_ref()
                .is_some_and(|assignment| now.saturating_sub(assignment.at) > limit)
    }

    /// Whether guid, client id, campaign, channel (its id, or its name in any language), or a
    /// disposition's comment or levels contain `query` (already lowercased).
    pub fn matches(&self, query: &str) -> bool {
        let contains = |field: &str| field.to_lowercase().contains(query);
        contains(&self.guid)
            || self.assignment.as_ref().is_some_and(|a| {
                contains(&a.client_id)
                    || contains(&a.campaign)
                    || contains(&a.channel)
                    || crate::naming::Channel::of(&a.channel)
                        .is_some_and(|channel| channel.names().any(contains))
            })
            || self.dispositions.iter().any(|d| {
                contains(&d.comment)
                    || d.levels.iter().any(|level| {
                        level.id.as_deref().is_some_and(contains)
                            || level.value.as_deref().is_some_and(contains)
                    })
            })
    }

    /// Assigned → finished, as the cockpit saw them; `None` when either is unknown.
    pub fn handle_time(&self) -> Option<Millis> {
        let assigned = self.assignment.as_ref()?.at;
        self.finish.as_ref()?.at.checked_sub(assigned)
    }

    /// Finished → first disposition (zero when the disposition came first); `None` when either
    /// is unknown.
    pub fn wrap_up(&self) -> Option<Millis> {
        let finished = self.finish.as_ref()?.at;
        let disposed = self.dispositions.first()?.at?;
        Some(disposed.saturating_sub(finished))
    }

    /// What a CRM link template is filled with; unknown values are empty.
    pub fn link_values(&self) -> crate::screen_pop::Values<'_> {
        let assignment = self.assignment.as_ref();
        crate::screen_pop::Values {
            guid: &self.guid,
            client_id: assignment.map_or("", |a| a.client_id.as_str()),
            campaign: assignment.map_or("", |a| a.campaign.as_str()),
            channel: assignment.map_or("", |a| a.channel.as_str()),
        }
    }

    /// The latest time the cockpit heard of this interaction; `None` when it holds no time at
    /// all (an entry restored from an older format).
    pub fn latest_at(&self) -> Option<Millis> {
        let assigned = self.assignment.as_ref().map(|a| a.at);
        let finished = self.finish.as_ref().map(|f| f.at);
        let disposed = self.dispositions.iter().filter_map(|d| d.at);
        assigned.into_iter().chain(finished).chain(disposed).max()
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
    /// When the cockpit first received it; `None` when restored from an older format.
    pub at: Option<Millis>,
}

/// One disposition level: `levelsId[i]` with `levelsValue[i]`, either absent when the lists'
/// lengths differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub id: Option<String>,
    pub value: Option<String>,
}

impl Disposition {
    /// The same disposition, whenever it arrived.
    pub fn same_as(&self, other: &Disposition) -> bool {
        self.comment == other.comment && self.levels == other.levels
    }

    fn from_event(event: &SentDisposition, at: Millis) -> Disposition {
        let mut ids = event.levels_id.iter().cloned();
        let mut values = event.levels_value.iter().cloned();
        let levels = std::iter::from_fn(|| match (ids.next(), values.next()) {
            (None, None) => None,
            (id, value) => Some(Level { id, value }),
        })
        .collect();
        Disposition {
            comment: event.comment.clone(),
            levels,
            at: Some(at),
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
    /// The event's wire name, what it was about (a guid, a colour, a language), and whether a
    /// numeric id was read as text.
    Accepted {
        event: &'static str,
        detail: String,
        coerced: bool,
    },
    /// Why, and which event of the API the message claimed to be, if any.
    Rejected {
        reason: Rejected,
        claimed: Option<&'static str>,
    },
}

/// Counts of every message and the most recent ones, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inspector {
    pub accepted: u64,
    pub rejected: u64,
    /// Accepted after reading a numeric id as text.
    pub coerced: u64,
    pub recent: VecDeque<Rc<Logged>>,
    /// Refused messages that claimed to be an interaction event, and the latest of them: an
    /// interaction may be missing from the panel, which says so.
    pub lost: u64,
    pub last_lost: Option<Rc<Logged>>,
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
    /// The agent's newest dials and their outcomes.
    pub dials: Dials,
    /// When uContact last sent a valid message.
    pub last_heard: Option<Millis>,
    /// The most finished interactions kept; beyond it the oldest are dropped, so a shift of any
    /// length runs in bounded memory.
    pub history_limit: usize,
    /// How long a dial waits for uContact to assign an interaction for its client.
    pub dial_answer_ms: Millis,
    /// What the tab in charge does with another page's dial (`relayDials`).
    pub relay_dials: RelayDials,
    /// Dials from other pages waiting for the agent's confirmation, oldest first.
    pub awaiting: Vec<Rc<Awaiting>>,
    /// The id the next of them gets.
    pub next_awaiting: u64,
}

impl Default for Cockpit {
    fn default() -> Self {
        Cockpit {
            active: Vec::new(),
            history: History::default(),
            theme: Theme::default(),
            locale: Locale::default(),
            inspector: Inspector::default(),
            dials: Dials::default(),
            last_heard: None,
            history_limit: DEFAULT_HISTORY_LIMIT,
            dial_answer_ms: DEFAULT_DIAL_ANSWER_MS,
            relay_dials: RelayDials::Send,
            awaiting: Vec::new(),
            next_awaiting: 0,
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
        message: Reading,
    },
    /// A source asks uContact to start an interaction: admitted (recorded, and handed to the
    /// bridge to post) unless the same request is pending already.
    Dial {
        at: Millis,
        request: StartInteraction,
        source: DialSource,
    },
    /// The bridge posted dial `id` to uContact.
    DialPosted { id: u64 },
    /// The agent confirmed the dial another page asked for (`relayDials: "confirm"`).
    ConfirmDial { id: u64, at: Millis },
    /// The agent declined it.
    DeclineDial { id: u64 },
    /// The browser could not post dial `id`.
    DialFailed { id: u64, at: Millis },
    /// The configuration is loaded and uContact's frame is in place.
    Ready,
    /// Time passed: dials pending past their window are not answered.
    Tick { at: Millis },
    /// Retention: forgets finished interactions and dials not heard of since `before`.
    Forget { before: Millis },
    /// The agent ended the shift: every interaction, dial and message is forgotten (theme,
    /// language and settings stay).
    EndShift,
    /// Several actions in order, as one change (messages that arrived together: one render).
    Batch(Vec<Action>),
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

    /// Applies one action; says whether anything changed and what the integrations must hear.
    pub fn apply(&mut self, action: Action) -> Applied {
        let mut applied = Applied::default();
        match action {
            Action::Received {
                at,
                origin,
                message,
            } => {
                self.receive(at, origin, message, &mut applied);
                applied.changed = true;
            }
            Action::Dial {
                at,
                request,
                source,
            } if self.relay_dials == RelayDials::Confirm
                && matches!(source, DialSource::Relay { .. }) =>
            {
                let waiting = self.awaiting.iter().any(|a| a.request == request);
                if waiting || self.dials.is_pending(&request) {
                    applied.fact(Fact::DialRefused {
                        source,
                        request,
                        refusal: Refusal::AlreadyPending,
                    });
                } else {
                    let awaiting = Rc::new(Awaiting {
                        id: self.next_awaiting,
                        request,
                        source,
                        at,
                    });
                    self.next_awaiting += 1;
                    self.awaiting.push(Rc::clone(&awaiting));
                    applied.changed = true;
                    applied.fact(Fact::DialAwaiting(awaiting));
                }
            }
            Action::Dial {
                at,
                request,
                source,
            } => self.admit(request, at, source, false, &mut applied),
            Action::ConfirmDial { id, at } => {
                if let Some(awaiting) = self.take_awaiting(id) {
                    applied.changed = true;
                    let Awaiting {
                        request, source, ..
                    } = Rc::unwrap_or_clone(awaiting);
                    self.admit(request, at, source, true, &mut applied);
                }
            }
            Action::DeclineDial { id } => {
                if let Some(awaiting) = self.take_awaiting(id) {
                    applied.changed = true;
                    let Awaiting {
                        request, source, ..
                    } = Rc::unwrap_or_clone(awaiting);
                    applied.fact(Fact::DialRefused {
                        source,
                        request,
                        refusal: Refusal::Declined,
                    });
                }
            }
            Action::DialPosted { id } => {
                if let Some(dial) = self.dials.get(id) {
                    applied.fact(Fact::DialPosted(Rc::clone(dial)));
                }
            }
            Action::DialFailed { id, at } => {
                if let Some(dial) = self.dials.not_sent(id, at) {
                    applied.changed = true;
                    applied.fact(Fact::DialNotSent(dial));
                }
            }
            Action::Ready => applied.fact(Fact::Ready),
            Action::Tick { at } => {
                let last_heard = self.last_heard;
                let expired = self.dials.expire(at, self.dial_answer_ms, |since| {
                    last_heard.is_some_and(|heard| heard >= since)
                });
                applied.changed = !expired.is_empty();
                applied
                    .facts
                    .extend(expired.into_iter().map(Fact::DialNotAnswered));
                let (late, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut self.awaiting)
                    .into_iter()
                    .partition(|a| at >= a.at.saturating_add(CONFIRM_WAIT_MS));
                self.awaiting = waiting;
                applied.changed |= !late.is_empty();
                for awaiting in late {
                    let Awaiting {
                        request, source, ..
                    } = Rc::unwrap_or_clone(awaiting);
                    applied.fact(Fact::DialRefused {
                        source,
                        request,
                        refusal: Refusal::Unconfirmed,
                    });
                }
            }
            Action::Forget { before } => applied.changed = self.forget_before(before),
            Action::Batch(actions) => {
                for action in actions {
                    let inner = self.apply(action);
                    applied.merge(inner);
                }
            }
            Action::EndShift => {
                // Waiting requests are forgotten with the shift: their pages are told.
                for awaiting in std::mem::take(&mut self.awaiting) {
                    let Awaiting {
                        request, source, ..
                    } = Rc::unwrap_or_clone(awaiting);
                    applied.fact(Fact::DialRefused {
                        source,
                        request,
                        refusal: Refusal::Declined,
                    });
                }
                let (active, finished) = (self.active.len(), self.history.len());
                applied.changed = active > 0
                    || finished > 0
                    || !self.dials.is_empty()
                    || self.dials.earlier().next().is_some()
                    || self.inspector != Inspector::default();
                self.active.clear();
                self.history = History::default();
                self.dials = Dials::default();
                self.inspector = Inspector::default();
                applied.fact(Fact::ShiftEnded { active, finished });
            }
        }
        applied
    }

    /// Admits a dial (`confirmed` by the agent: no rate applies), or says why not.
    fn admit(
        &mut self,
        request: StartInteraction,
        at: Millis,
        source: DialSource,
        confirmed: bool,
        applied: &mut Applied,
    ) {
        let admitted = if confirmed {
            self.dials
                .admit_confirmed(request.clone(), at, source.clone())
        } else {
            self.dials.admit(request.clone(), at, source.clone())
        };
        match admitted {
            Ok(dial) => {
                applied.changed = true;
                applied.fact(Fact::DialAdmitted(dial));
            }
            Err(refusal) => applied.fact(Fact::DialRefused {
                source,
                request,
                refusal,
            }),
        }
    }

    fn take_awaiting(&mut self, id: u64) -> Option<Rc<Awaiting>> {
        let index = self.awaiting.iter().position(|a| a.id == id)?;
        Some(self.awaiting.remove(index))
    }

    /// When the next timed rule falls due: a pending dial's answer window, or a dial from
    /// another page waiting for confirmation.
    pub fn next_deadline(&self) -> Option<Millis> {
        let confirm = self
            .awaiting
            .iter()
            .map(|a| a.at.saturating_add(CONFIRM_WAIT_MS))
            .min();
        [self.dials.next_deadline(self.dial_answer_ms), confirm]
            .into_iter()
            .flatten()
            .min()
    }

    fn receive(&mut self, at: Millis, origin: String, message: Reading, applied: &mut Applied) {
        let Reading {
            result,
            claimed,
            coerced,
        } = message;
        let verdict = match result {
            Ok(event) => {
                self.inspector.accepted += 1;
                self.inspector.coerced += u64::from(coerced);
                self.last_heard = Some(at);
                let event_name = event.name();
                let event = Rc::new(event);
                // What the event led to (an arrival, an answered dial) comes after it.
                let mut consequences = Applied::default();
                let (detail, interaction) = self.apply_event(at, &event, &mut consequences);
                applied.fact(Fact::Accepted {
                    at,
                    event,
                    interaction,
                });
                applied.merge(consequences);
                Verdict::Accepted {
                    event: event_name,
                    detail,
                    coerced,
                }
            }
            Err(reason) => {
                self.inspector.rejected += 1;
                Verdict::Rejected { reason, claimed }
            }
        };
        let seq = self.inspector.accepted + self.inspector.rejected;
        let logged = Rc::new(Logged {
            seq,
            at,
            origin,
            verdict,
        });
        if claimed.is_some_and(|event| INTERACTION_EVENTS.contains(&event))
            && matches!(logged.verdict, Verdict::Rejected { .. })
        {
            self.inspector.lost += 1;
            self.inspector.last_lost = Some(Rc::clone(&logged));
        }
        let recent = &mut self.inspector.recent;
        recent.push_front(logged);
        recent.truncate(INSPECTOR_CAPACITY);
    }

    /// Forgets finished interactions whose latest time is before `cutoff`, and older dials.
    /// Active interactions stay: uContact says they are going on. Returns whether anything went.
    fn forget_before(&mut self, cutoff: Millis) -> bool {
        let (history, dials) = (self.history.len(), self.dials.clone());
        self.history
            .retain(|entry| entry.latest_at().is_some_and(|at| at >= cutoff));
        self.dials.forget_before(cutoff);
        self.history.len() != history || self.dials != dials
    }

    /// Applies an accepted event; returns what the inspector should say it was about, and the
    /// interaction it was about as it now stands.
    fn apply_event(
        &mut self,
        at: Millis,
        event: &Event,
        applied: &mut Applied,
    ) -> (String, Option<Rc<Interaction>>) {
        match event {
            Event::AssignedInteraction(assigned) => {
                let assignment = Assignment {
                    campaign: assigned.campaign.clone(),
                    channel: assigned.channel.clone(),
                    client_id: assigned.client_id.clone(),
                    at,
                };
                let entry = self.assign(assigned.guid.clone(), assignment, applied);
                (assigned.guid.clone(), Some(entry))
            }
            Event::FinishedInteraction(finished) => {
                let finish = Finish {
                    date: finished.finish_date.clone(),
                    at,
                };
                self.finish(&finished.guid, finish);
                (finished.guid.clone(), self.find(&finished.guid))
            }
            Event::SentDisposition(sent) => {
                self.dispose(&sent.guid, Disposition::from_event(sent, at));
                (sent.guid.clone(), self.find(&sent.guid))
            }
            Event::ChangedTheme(theme) => {
                self.theme = Theme {
                    dark: theme.dark,
                    primary: Some(theme.primary),
                };
                let mode = if theme.dark { "dark" } else { "light" };
                (format!("{mode}, {}", theme.primary), None)
            }
            Event::ChangedLanguage(language) => {
                self.locale = Locale::from_code(&language.code);
                (format!("{} → {}", language.code, self.locale.tag), None)
            }
        }
    }

    /// The interaction `guid`, active or in history.
    pub fn find(&self, guid: &str) -> Option<Rc<Interaction>> {
        self.active
            .iter()
            .find(|entry| entry.guid == guid)
            .or_else(|| self.history.get(guid))
            .cloned()
    }

    fn active_index(&self, guid: &str) -> Option<usize> {
        self.active.iter().position(|entry| entry.guid == guid)
    }

    /// Assigns `guid`; returns the active interaction.
    fn assign(
        &mut self,
        guid: String,
        assignment: Assignment,
        applied: &mut Applied,
    ) -> Rc<Interaction> {
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
            return Rc::clone(entry);
        }
        let reopened = self.history.remove(&guid);
        let arrival = reopened.is_none();
        let mut entry = match reopened {
            Some(reopened) => Rc::unwrap_or_clone(reopened),
            None => Interaction::new(guid),
        };
        let answered = self.dials.answer(
            &assignment.client_id,
            &entry.guid,
            assignment.at,
            self.dial_answer_ms,
        );
        entry.assignment = Some(assignment);
        entry.finish = None;
        let entry = Rc::new(entry);
        // The dial first: an integration hearing the arrival then knows it was dialled.
        if let Some(dial) = answered {
            applied.fact(Fact::DialAnswered(dial));
        }
        if arrival {
            applied.fact(Fact::Arrival(Rc::clone(&entry)));
        }
        self.active.insert(0, Rc::clone(&entry));
        // Far beyond what an agent handles at once; the oldest go to history, not away.
        while self.active.len() > MAX_ACTIVE {
            if let Some(oldest) = self.active.pop() {
                self.archive(Rc::unwrap_or_clone(oldest));
            }
        }
        entry
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
        let known =
            |entry: &Interaction| entry.dispositions.iter().any(|d| d.same_as(&disposition));
        let attach = |entry: &mut Interaction| {
            if !known(entry) {
                entry.dispositions.push(disposition.clone());
                let excess = entry.dispositions.len().saturating_sub(MAX_DISPOSITIONS);
                entry.dispositions.drain(..excess);
            }
        };
        if let Some(entry) = self.active.iter_mut().find(|entry| entry.guid == guid) {
            if !known(entry) || entry.restored {
                let entry = Rc::make_mut(entry);
                attach(entry);
                entry.restored = false;
            }
            return;
        }
        let in_history = self.history.get(guid).map(|entry| known(entry));
        match in_history {
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
