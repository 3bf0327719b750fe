//! Forwarding what the cockpit learns to the integrator's back end as CloudEvents 1.0, with
//! nothing lost: the rules, as pure state machines the web side carries out with `fetch` and
//! timers.
//!
//! - [`draft`]: which [`Fact`] becomes which event (`com.ucontact.interaction.assigned`, …),
//!   with what `data`. Refused messages give no fact, so they give no event.
//! - [`Outbox`]: the queue (bounded by [`MAX_QUEUED`]; when full the oldest go, counted),
//!   what to send next ([`Outbox::take`]: batches of up to [`BATCH_MAX`], one request in flight,
//!   [`FLUSH_DELAY_MS`] after the first queued), and what an answer means
//!   ([`Outbox::settle`]: delivered; retried with exponential backoff and jitter on network
//!   errors, 408, 429 and 5xx, honouring `Retry-After`; any other status is a configuration
//!   problem, said once and retried every [`REFUSED_RETRY_MS`]).
//! - [`encode`] / [`decode`]: the outbox as stored, read back as untrusted, with what is older
//!   than the retention dropped and counted.
//!
//! Every event's `id` is fixed when it is queued (`<run>-<n>`, `run` 128 random bits of the tab
//! that queued it) and kept across retries, reloads and take-overs: receivers de-duplicate on
//! `(source, id)`, as delivery is at least once. The queue is one line, so the order of a
//! guid's events is kept.

use std::collections::VecDeque;

use serde_json::{Map, Value, json};

use crate::config::forward::Mode;
use crate::datetime::{FinishDate, FinishZone, http_date, iso_utc};
use crate::protocol::Event;
use crate::state::{DialSource, Fact, Millis, Outcome, Refusal};

/// The most events kept waiting; beyond it the oldest go (counted, and said in the panel).
/// A burst of 20,000 (far beyond any agent's hour) fits; what storage cannot hold of it stays
/// in the tab until sent, and the panel says so.
pub const MAX_QUEUED: usize = 25_000;
/// The most events in one batch.
pub const BATCH_MAX: usize = 100;
/// The most bytes in one batch (a batch of long comments is cut before [`BATCH_MAX`]).
pub const BATCH_MAX_BYTES: usize = 512 * 1024;
/// The most bytes sent with `keepalive` as the page goes away (browsers allow 64 KiB).
pub const KEEPALIVE_MAX_BYTES: usize = 60 * 1024;
/// How long after the first event queued the outbox sends it (more may join it meanwhile).
pub const FLUSH_DELAY_MS: Millis = 300;
/// The first retry's delay; each failure doubles it, up to [`MAX_RETRY_MS`].
pub const FIRST_RETRY_MS: Millis = 1_000;
pub const MAX_RETRY_MS: Millis = 300_000;
/// The longest `Retry-After` honoured.
pub const MAX_RETRY_AFTER_MS: Millis = 3_600_000;
/// How often events the collector refuses (a 4xx other than 408 and 429) are tried again.
pub const REFUSED_RETRY_MS: Millis = 600_000;

/// The event types, by what the cockpit learnt.
pub mod types {
    pub const ASSIGNED: &str = "com.ucontact.interaction.assigned";
    pub const FINISHED: &str = "com.ucontact.interaction.finished";
    pub const DISPOSITION: &str = "com.ucontact.interaction.disposition";
    pub const DIAL_SENT: &str = "com.ucontact.dial.sent";
    pub const DIAL_ANSWERED: &str = "com.ucontact.dial.answered";
    pub const DIAL_NOT_ANSWERED: &str = "com.ucontact.dial.not-answered";
    pub const DIAL_NOT_SENT: &str = "com.ucontact.dial.not-sent";
    pub const SHIFT_ENDED: &str = "com.ucontact.shift.ended";
    pub const ALL: [&str; 8] = [
        ASSIGNED,
        FINISHED,
        DISPOSITION,
        DIAL_SENT,
        DIAL_ANSWERED,
        DIAL_NOT_ANSWERED,
        DIAL_NOT_SENT,
        SHIFT_ENDED,
    ];
}

/// An event before it is queued: its type, subject (the guid), when the cockpit learnt it and
/// its data.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: &'static str,
    pub subject: Option<String>,
    pub at: Millis,
    pub data: Value,
}

/// How a zone-less `finishDate` is read into an instant: `finishDateZone`, and the agent's
/// offset from UTC now (minutes east) for `"local"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    pub zone: FinishZone,
    pub local_offset_minutes: i32,
}

/// The event `fact` gives, if any; `now` is when a fact without a time of its own happened.
pub fn draft(fact: &Fact, now: Millis, clock: Clock) -> Option<Draft> {
    match fact {
        Fact::Accepted {
            at,
            event,
            interaction,
        } => {
            let interaction = interaction.as_deref();
            let (kind, guid, data) = match event.as_ref() {
                Event::AssignedInteraction(event) => (
                    types::ASSIGNED,
                    &event.guid,
                    json!({
                        "guid": event.guid,
                        "campaign": event.campaign,
                        "channel": event.channel,
                        "clientId": event.client_id,
                    }),
                ),
                Event::FinishedInteraction(event) => {
                    let mut data =
                        object(json!({ "guid": event.guid, "finishDate": event.finish_date }));
                    if let Some(instant) = instant(&event.finish_date, clock) {
                        data.insert("finishedAt".into(), instant.into());
                    }
                    if let Some(handle) = interaction.and_then(|i| i.handle_time()) {
                        data.insert("handleMs".into(), handle.into());
                    }
                    (types::FINISHED, &event.guid, Value::Object(data))
                }
                Event::SentDisposition(event) => {
                    let levels: Vec<Value> = (0..event.levels_id.len().max(event.levels_value.len()))
                        .map(|i| json!({ "id": event.levels_id.get(i), "value": event.levels_value.get(i) }))
                        .collect();
                    let mut data = object(json!({
                        "guid": event.guid,
                        "comment": event.comment,
                        "levels": levels,
                    }));
                    if let Some(wrap_up) = interaction.and_then(|i| i.wrap_up()) {
                        data.insert("wrapUpMs".into(), wrap_up.into());
                    }
                    (types::DISPOSITION, &event.guid, Value::Object(data))
                }
                Event::ChangedTheme(_) | Event::ChangedLanguage(_) => return None,
            };
            Some(Draft {
                kind,
                subject: Some(guid.clone()),
                at: *at,
                data,
            })
        }
        Fact::DialPosted(dial) => Some(dial_draft(
            types::DIAL_SENT,
            &dial.request,
            Some(dial.id),
            &dial.source,
            dial.sent_at,
            None,
            None,
        )),
        Fact::DialAnswered(dial) => match &dial.outcome {
            Outcome::Answered { guid, at } => Some(dial_draft(
                types::DIAL_ANSWERED,
                &dial.request,
                Some(dial.id),
                &dial.source,
                *at,
                Some(guid),
                None,
            )),
            _ => None,
        },
        Fact::DialNotAnswered(dial) => match dial.outcome {
            Outcome::NotAnswered { heard, at } => Some(dial_draft(
                types::DIAL_NOT_ANSWERED,
                &dial.request,
                Some(dial.id),
                &dial.source,
                at,
                None,
                Some(if heard {
                    "no-interaction"
                } else {
                    "ucontact-silent"
                }),
            )),
            _ => None,
        },
        Fact::DialNotSent(dial) => Some(dial_draft(
            types::DIAL_NOT_SENT,
            &dial.request,
            Some(dial.id),
            &dial.source,
            match dial.outcome {
                Outcome::NotSent { at } => at,
                _ => now,
            },
            None,
            Some("ucontact-unavailable"),
        )),
        Fact::DialRefused {
            source,
            request,
            refusal,
        } => Some(dial_draft(
            types::DIAL_NOT_SENT,
            request,
            None,
            source,
            now,
            None,
            Some(match refusal {
                Refusal::AlreadyPending => "already-pending",
                Refusal::TooMany => "too-many",
                Refusal::Declined => "declined",
                Refusal::Unconfirmed => "unconfirmed",
            }),
        )),
        Fact::ShiftEnded { active, finished } => Some(Draft {
            kind: types::SHIFT_ENDED,
            subject: None,
            at: now,
            data: json!({ "active": active, "finished": finished }),
        }),
        Fact::Arrival(_) | Fact::DialAdmitted(_) | Fact::DialAwaiting(_) | Fact::Ready => None,
    }
}

fn dial_draft(
    kind: &'static str,
    request: &crate::protocol::StartInteraction,
    id: Option<u64>,
    source: &DialSource,
    at: Millis,
    guid: Option<&String>,
    reason: Option<&str>,
) -> Draft {
    let mut data = object(json!({
        "campaign": request.campaign,
        "channel": request.channel,
        "clientId": request.client_id,
        "source": source.kind(),
    }));
    if let Some(id) = id {
        data.insert("dialId".into(), id.into());
    }
    if let Some(guid) = guid {
        data.insert("guid".into(), guid.clone().into());
    }
    if let Some(reason) = reason {
        data.insert("reason".into(), reason.into());
    }
    Draft {
        kind,
        subject: guid.cloned(),
        at,
        data: Value::Object(data),
    }
}

/// The members of a `json!` object.
fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// `finishDate` as an RFC 3339 instant in UTC, when it reads.
fn instant(finish_date: &str, clock: Clock) -> Option<String> {
    let date = FinishDate::parse(finish_date)?.in_zone(clock.zone);
    let date = match date.offset_minutes {
        Some(_) => date,
        None => FinishDate {
            offset_minutes: Some(clock.local_offset_minutes),
            ..date
        },
    };
    u64::try_from(date.utc_millis()?).ok().map(iso_utc)
}

/// Why a request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// No answer: the network, a refused connection, or an answer CORS did not let through.
    Network,
    /// An HTTP status other than 2xx.
    Status(u16),
}

/// What an answer meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    Delivered {
        count: usize,
    },
    /// Tried again at `at`.
    Retry {
        at: Millis,
    },
    /// The collector refuses the events (a configuration problem): tried again at `at`;
    /// `first` when the panel has not said so since the last delivery.
    Refused {
        status: u16,
        at: Millis,
        first: bool,
    },
}

/// A request to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub body: String,
    pub content_type: &'static str,
    /// How many events it carries.
    pub count: usize,
}

/// What the inspector shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    pub queued: usize,
    pub in_flight: usize,
    pub delivered: u64,
    pub requests: u64,
    /// Dropped because the outbox was full.
    pub dropped: u64,
    /// Dropped as older than the retention.
    pub expired: u64,
    pub last_error: Option<Failure>,
    /// When the next attempt is, after a failure.
    pub retry_at: Option<Millis>,
}

/// One queued event: its id, when it happened, and the CloudEvent as JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    pub id: String,
    pub at: Millis,
    pub text: String,
}

/// The events waiting for the collector, and how sending them stands.
#[derive(Debug, Clone)]
pub struct Outbox {
    mode: Mode,
    source: String,
    run: String,
    next: u64,
    queue: VecDeque<Queued>,
    /// How many events at the front are in the request in flight (0: none).
    in_flight: usize,
    failures: u32,
    not_before: Millis,
    /// When the first event queued while idle is due.
    due: Option<Millis>,
    refused_said: bool,
    status: Status,
}

impl Outbox {
    /// An outbox sending as `source`, with ids starting `run-`, holding `restored` (stored
    /// before, oldest first).
    pub fn new(
        mode: Mode,
        source: String,
        run: String,
        restored: Vec<Queued>,
        now: Millis,
    ) -> Outbox {
        let mut queue: VecDeque<Queued> = restored.into();
        while queue.len() > MAX_QUEUED {
            queue.pop_front();
        }
        Outbox {
            mode,
            source,
            run,
            next: 0,
            due: (!queue.is_empty()).then_some(now + FLUSH_DELAY_MS),
            queue,
            in_flight: 0,
            failures: 0,
            not_before: 0,
            refused_said: false,
            status: Status::default(),
        }
    }

    pub fn status(&self) -> Status {
        Status {
            queued: self.queue.len(),
            in_flight: self.in_flight,
            ..self.status.clone()
        }
    }

    pub fn queued(&self) -> impl Iterator<Item = &Queued> {
        self.queue.iter()
    }

    /// Queues `draft` as a CloudEvent; `true` when the outbox was full and its oldest event
    /// not in flight went.
    pub fn queue(&mut self, draft: Draft, now: Millis) -> bool {
        let id = format!("{}-{}", self.run, self.next);
        self.next += 1;
        let mut event = Map::new();
        event.insert("specversion".into(), "1.0".into());
        event.insert("id".into(), id.clone().into());
        event.insert("source".into(), self.source.clone().into());
        event.insert("type".into(), draft.kind.into());
        if let Some(subject) = draft.subject {
            event.insert("subject".into(), subject.into());
        }
        event.insert("time".into(), iso_utc(draft.at).into());
        event.insert("datacontenttype".into(), "application/json".into());
        event.insert("data".into(), draft.data);
        self.queue.push_back(Queued {
            id,
            at: draft.at,
            text: Value::Object(event).to_string(),
        });
        if self.in_flight == 0 && self.due.is_none() {
            self.due = Some(now + FLUSH_DELAY_MS);
        }
        if self.queue.len() > MAX_QUEUED {
            self.queue.remove(self.in_flight);
            self.status.dropped += 1;
            return true;
        }
        false
    }

    /// When [`Outbox::take`] next has something to send; `None` while a request is in flight or
    /// nothing waits.
    pub fn next_wake(&self) -> Option<Millis> {
        if self.in_flight > 0 || self.queue.is_empty() {
            return None;
        }
        Some(self.due.unwrap_or(0).max(self.not_before))
    }

    /// The next request, if one is due at `now` and none is in flight. `retention` drops, first,
    /// what waited longer than it (counted in [`Status::expired`]).
    pub fn take(&mut self, now: Millis, retention: Millis) -> Option<Request> {
        self.expire(now, retention);
        if self.next_wake()? > now {
            return None;
        }
        self.request(BATCH_MAX_BYTES)
    }

    /// What to send with `keepalive` as the page goes away: due or not, if nothing is in flight
    /// and no retry is waiting, up to [`KEEPALIVE_MAX_BYTES`]. Its answer may never come: the
    /// events stay stored until one does.
    pub fn take_keepalive(&mut self, now: Millis) -> Option<Request> {
        if self.in_flight > 0 || self.queue.is_empty() || self.not_before > now {
            return None;
        }
        self.request(KEEPALIVE_MAX_BYTES)
    }

    fn request(&mut self, max_bytes: usize) -> Option<Request> {
        let most = match self.mode {
            Mode::Batch => BATCH_MAX,
            Mode::Single => 1,
        };
        let mut bytes = 2;
        let count = self
            .queue
            .iter()
            .take(most)
            .take_while(|queued| {
                bytes += queued.text.len() + 1;
                bytes <= max_bytes
            })
            .count();
        if count == 0 {
            return None;
        }
        let texts = self
            .queue
            .iter()
            .take(count)
            .map(|queued| queued.text.as_str());
        let (body, content_type) = match self.mode {
            Mode::Batch => {
                let mut body = String::with_capacity(bytes);
                body.push('[');
                for (index, text) in texts.enumerate() {
                    if index > 0 {
                        body.push(',');
                    }
                    body.push_str(text);
                }
                body.push(']');
                (body, "application/cloudevents-batch+json")
            }
            Mode::Single => (texts.collect(), "application/cloudevents+json"),
        };
        self.in_flight = count;
        self.due = None;
        self.status.requests += 1;
        Some(Request {
            body,
            content_type,
            count,
        })
    }

    /// The answer to the request in flight: the status (`Err` for no answer), its
    /// `Retry-After` header, and `jitter` in `[0, 1)` (a random draw spreading retries).
    pub fn settle(
        &mut self,
        answer: Result<u16, ()>,
        retry_after: Option<&str>,
        now: Millis,
        jitter: f64,
    ) -> Option<Settled> {
        if self.in_flight == 0 {
            return None;
        }
        let count = std::mem::take(&mut self.in_flight);
        Some(match answer {
            Ok(200..=299) => {
                self.queue.drain(..count.min(self.queue.len()));
                self.status.delivered += count as u64;
                self.failures = 0;
                self.not_before = 0;
                self.refused_said = false;
                self.status.retry_at = None;
                self.due = (!self.queue.is_empty()).then_some(now);
                Settled::Delivered { count }
            }
            Err(()) => self.retry(Failure::Network, None, now, jitter),
            Ok(status @ (408 | 429 | 500..=599)) => {
                let after = retry_after.and_then(|text| retry_after_ms(text, now));
                self.retry(Failure::Status(status), after, now, jitter)
            }
            Ok(status) => {
                let at = now + REFUSED_RETRY_MS;
                let first = !std::mem::replace(&mut self.refused_said, true);
                self.wait(Failure::Status(status), at);
                Settled::Refused { status, at, first }
            }
        })
    }

    fn retry(
        &mut self,
        failure: Failure,
        after: Option<Millis>,
        now: Millis,
        jitter: f64,
    ) -> Settled {
        self.failures = self.failures.saturating_add(1);
        let delay = match after {
            Some(after) => after.clamp(FIRST_RETRY_MS, MAX_RETRY_AFTER_MS),
            None => backoff(self.failures, jitter),
        };
        let at = now + delay;
        self.wait(failure, at);
        Settled::Retry { at }
    }

    /// After `failure`, nothing is sent before `at`.
    fn wait(&mut self, failure: Failure, at: Millis) {
        self.status.last_error = Some(failure);
        self.not_before = at;
        self.status.retry_at = Some(at);
    }

    /// Drops what is older than `retention` and not in flight; how many went. Events are
    /// queued as they happen, so only the oldest need looking at.
    pub fn expire(&mut self, now: Millis, retention: Millis) -> usize {
        let mut gone = 0;
        while self
            .queue
            .get(self.in_flight)
            .is_some_and(|queued| queued.at.saturating_add(retention) < now)
        {
            self.queue.remove(self.in_flight);
            gone += 1;
        }
        self.status.expired += gone as u64;
        gone
    }
}

/// The delay before retry number `failures` (1 for the first): [`FIRST_RETRY_MS`] doubled each
/// time up to [`MAX_RETRY_MS`], then half of it fixed and half drawn by `jitter` ("equal
/// jitter"), so many cockpits that lost the same collector do not come back at once.
pub fn backoff(failures: u32, jitter: f64) -> Millis {
    let doublings = failures.saturating_sub(1).min(20);
    let full = FIRST_RETRY_MS
        .saturating_mul(1 << doublings)
        .min(MAX_RETRY_MS);
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    full / 2 + ((full / 2) as f64 * jitter) as Millis
}

/// A `Retry-After` header's wait: whole seconds, or an HTTP date.
pub fn retry_after_ms(text: &str, now: Millis) -> Option<Millis> {
    let text = text.trim();
    if !text.is_empty() && text.len() <= 10 && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse::<Millis>().ok()?.checked_mul(1_000);
    }
    Some(http_date(text)?.saturating_sub(now))
}

/// The outbox as stored: each event with when it happened, oldest first.
pub fn encode(outbox: &Outbox) -> String {
    let mut text = String::from("{\"version\":1,\"events\":[");
    for (index, queued) in outbox.queue.iter().enumerate() {
        if index > 0 {
            text.push(',');
        }
        text.push_str(&format!(
            "{{\"at\":{},\"event\":{}}}",
            queued.at, queued.text
        ));
    }
    text.push_str("]}");
    text
}

/// What reading a stored outbox found besides its events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Restored {
    /// Older than the retention: dropped.
    pub expired: usize,
    /// Not a CloudEvent this cockpit wrote: dropped.
    pub unreadable: usize,
}

/// A stored outbox, read as untrusted: an entry that is not an event this cockpit wrote is
/// dropped (counted), as is one older than `retention`.
pub fn decode(text: &str, now: Millis, retention: Millis) -> (Vec<Queued>, Restored) {
    let mut restored = Restored::default();
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        restored.unreadable = usize::from(!text.is_empty());
        return (Vec::new(), restored);
    };
    let entries = match (
        value.get("version").and_then(Value::as_u64),
        value.get("events"),
    ) {
        (Some(1), Some(Value::Array(entries))) => entries,
        _ => {
            restored.unreadable = 1;
            return (Vec::new(), restored);
        }
    };
    let skip = entries.len().saturating_sub(MAX_QUEUED);
    restored.unreadable += skip;
    let mut queued = Vec::with_capacity(entries.len() - skip);
    for entry in entries.iter().skip(skip) {
        let (Some(at), Some(event)) = (entry.get("at").and_then(Value::as_u64), entry.get("event"))
        else {
            restored.unreadable += 1;
            continue;
        };
        let text_of = |key: &str| event.get(key).and_then(Value::as_str);
        let id = text_of("id").filter(|id| crate::protocol::plain_text(id, 200, false));
        let readable = text_of("specversion") == Some("1.0")
            && text_of("type").is_some_and(|kind| types::ALL.contains(&kind))
            && text_of("source").is_some_and(|source| !source.is_empty())
            && event.get("data").is_some_and(Value::is_object);
        let Some(id) = id.filter(|_| readable) else {
            restored.unreadable += 1;
            continue;
        };
        if at.saturating_add(retention) < now {
            restored.expired += 1;
            continue;
        }
        queued.push(Queued {
            id: id.to_owned(),
            at,
            text: event.to_string(),
        });
    }
    (queued, restored)
}

#[cfg(test)]
mod tests;
