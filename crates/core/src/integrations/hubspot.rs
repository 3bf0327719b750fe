//! The cockpit as a HubSpot calling app: the rules, as a state machine the web side carries out
//! through HubSpot's own SDK (`@hubspot/calling-extensions-sdk`, `CallingExtensions`). What
//! HubSpot's page asks is an [`FromHost`]; what the cockpit learns is a [`Fact`]; each gives
//! [`Effect`]s: SDK calls, a dial through the existing admission path, a notice.
//!
//! | uContact / HubSpot | the cockpit does |
//! | --- | --- |
//! | HubSpot's handshake, uContact's frame in place | `initialized {isLoggedIn, isAvailable}` (both: uContact has spoken) |
//! | uContact speaks for the first time after that | `userLoggedIn`, `userAvailable` |
//! | `DIAL_NUMBER {phoneNumber}` | one dial `{campaign, channel, clientId: the number}` |
//! | a dial answered (a call channel) | `outgoingCall`, then `callAnswered` |
//! | an interaction nobody dialled (a call channel) | `incomingCall`; on a caller match, `navigateToRecord` once |
//! | `CREATE_ENGAGEMENT_SUCCEEDED {engagementId}` | kept with the oldest call still waiting for one |
//! | `finishedInteraction` | `callEnded {COMPLETED}` (once the engagement is known) |
//! | `sentDisposition` | `callCompleted` with the outcome, body, duration, direction |
//! | no disposition [`COMPLETE_WITHOUT_DISPOSITION_MS`] after the end | `callCompleted` without one |
//!
//! Each guid is one call, announced, ended and completed once, across reloads too (the calls
//! are stored: [`HubSpot::calls`], [`encode`], [`decode`]).

use serde_json::{Value, json};

use crate::config::HubSpotConfig;
use crate::integrations::click_to_dial::client_from_tel;
use crate::protocol::{Event, StartInteraction};
use crate::state::{Fact, Interaction, Millis, Outcome};

/// How long after a call ended the cockpit waits for its disposition before it completes the
/// call in HubSpot without one (a call never completed leaves a "ghost" call in HubSpot).
pub const COMPLETE_WITHOUT_DISPOSITION_MS: Millis = 120_000;
/// The calls kept: the newest, beyond any shift's calls an agent makes.
pub const MAX_CALLS: usize = 500;

/// What HubSpot's page sent, as the SDK handed it over (read untrusted by the web side).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FromHost {
    /// The handshake (`SYNC`, from a listed HubSpot origin) was answered.
    Ready,
    /// Click-to-call.
    DialNumber {
        phone: String,
    },
    /// Its id as HubSpot wrote it (a number, or text): sent back the same way.
    EngagementCreated {
        id: Value,
    },
    EngagementFailed,
    /// The caller's number matched a record: its `objectCoordinates`, as HubSpot sent them.
    CallerMatched {
        record: Option<Value>,
    },
    CallerMatchFailed,
    /// HubSpot's hang-up button (uContact has no hang-up action).
    EndCall,
    /// The SDK's handshake never completed.
    SyncFailed,
    /// Another request of the cockpit's was refused (navigation, an update of the call).
    Failed,
}

/// What the agent is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// HubSpot never answered the handshake.
    NotConnected,
    /// HubSpot could not log the call with this client.
    LogFailed { client: String },
    /// HubSpot's hang-up: the agent hangs up in uContact.
    EndCallAsked,
    /// HubSpot refused a request (opening a record, updating a call).
    Refused,
    /// A click-to-call number the cockpit cannot dial.
    BadNumber,
}

/// What to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Call the SDK's `method` (`initialized`, `outgoingCall`, …) with `data`, if any.
    Send {
        method: &'static str,
        data: Option<Value>,
    },
    /// Dial through the cockpit's admission path (never twice while pending).
    Dial(StartInteraction),
    Notice(Notice),
}

/// Which way a call went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Inbound,
    Outbound,
}

impl Direction {
    fn hubspot(self) -> &'static str {
        match self {
            Direction::Inbound => "INBOUND",
            Direction::Outbound => "OUTBOUND",
        }
    }
}

/// Where a call stands in HubSpot, as its row shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Logged {
    /// Announced; HubSpot has not said it logged it yet.
    Logging,
    /// HubSpot logged it (an engagement).
    Logged,
    /// HubSpot could not log it.
    Failed,
}

/// One call: an interaction of a call channel, as HubSpot knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub guid: String,
    pub direction: Direction,
    /// The client id: the other party's number.
    pub number: String,
    pub started_at: Millis,
    /// Told to HubSpot (after the handshake).
    pub announced: bool,
    pub engagement: Option<Value>,
    pub failed: bool,
    /// uContact finished it, at this time.
    pub ended_at: Option<Millis>,
    pub end_sent: bool,
    /// What `callCompleted` will say, once uContact sent a disposition.
    pub disposition: Option<Completion>,
    pub completed: bool,
    pub navigated: bool,
}

/// A disposition as HubSpot logs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub outcome: Option<String>,
    pub body: String,
    pub duration_ms: Option<Millis>,
}

impl Call {
    pub fn logged(&self) -> Logged {
        match (self.failed, &self.engagement) {
            (true, _) => Logged::Failed,
            (false, Some(_)) => Logged::Logged,
            (false, None) => Logged::Logging,
        }
    }
}

/// The calling app's state.
#[derive(Debug, Clone, PartialEq)]
pub struct HubSpot {
    config: HubSpotConfig,
    synced: bool,
    ucontact_ready: bool,
    heard: bool,
    initialized: bool,
    calls: Vec<Call>,
}

impl HubSpot {
    /// The app with the calls stored before a reload.
    pub fn new(config: HubSpotConfig, calls: Vec<Call>) -> HubSpot {
        HubSpot {
            config,
            synced: false,
            ucontact_ready: false,
            heard: false,
            initialized: false,
            calls,
        }
    }

    /// Whether HubSpot's handshake was answered.
    pub fn synced(&self) -> bool {
        self.synced
    }

    /// Every call known, oldest first (what is stored).
    pub fn calls(&self) -> &[Call] {
        &self.calls
    }

    /// The call an interaction is, if it is one.
    pub fn call(&self, guid: &str) -> Option<&Call> {
        self.calls.iter().find(|call| call.guid == guid)
    }

    fn call_mut(&mut self, guid: &str) -> Option<&mut Call> {
        self.calls.iter_mut().find(|call| call.guid == guid)
    }

    /// What HubSpot's page sent.
    pub fn host(&mut self, from: FromHost, _now: Millis) -> Vec<Effect> {
        let mut fx = Vec::new();
        match from {
            FromHost::Ready => {
                self.synced = true;
                self.initialized = false;
                self.initialize(&mut fx);
            }
            FromHost::DialNumber { phone } => {
                let number = client_from_tel(&format!("tel:{phone}"))
                    .filter(|number| number.chars().any(|c| c.is_ascii_digit()));
                let request = number.and_then(|number| {
                    StartInteraction::new(&self.config.campaign, &self.config.channel, &number).ok()
                });
                fx.push(match request {
                    Some(request) => Effect::Dial(request),
                    None => Effect::Notice(Notice::BadNumber),
                });
            }
            FromHost::EngagementCreated { id } => {
                // It answers the call the app announced last without one: the oldest waiting.
                if let Some(call) = self
                    .calls
                    .iter_mut()
                    .find(|call| call.announced && call.engagement.is_none() && !call.failed)
                {
                    call.engagement = Some(id);
                    let guid = call.guid.clone();
                    self.settle(&guid, &mut fx);
                }
            }
            FromHost::EngagementFailed => {
                if let Some(call) = self
                    .calls
                    .iter_mut()
                    .find(|call| call.announced && call.engagement.is_none() && !call.failed)
                {
                    call.failed = true;
                    fx.push(Effect::Notice(Notice::LogFailed {
                        client: call.number.clone(),
                    }));
                }
            }
            FromHost::CallerMatched { record } => {
                let open = self.config.open_record;
                let latest =
                    self.calls.iter_mut().rev().find(|call| {
                        call.direction == Direction::Inbound && call.ended_at.is_none()
                    });
                if let (true, Some(call), Some(record)) = (open, latest, record)
                    && !std::mem::replace(&mut call.navigated, true)
                {
                    fx.push(send(
                        "navigateToRecord",
                        json!({ "objectCoordinates": record }),
                    ));
                }
            }
            FromHost::CallerMatchFailed => {}
            FromHost::EndCall => fx.push(Effect::Notice(Notice::EndCallAsked)),
            FromHost::SyncFailed => fx.push(Effect::Notice(Notice::NotConnected)),
            FromHost::Failed => fx.push(Effect::Notice(Notice::Refused)),
        }
        fx
    }

    /// What the cockpit learnt.
    pub fn fact(&mut self, fact: &Fact, now: Millis) -> Vec<Effect> {
        let mut fx = Vec::new();
        match fact {
            Fact::Ready => {
                self.ucontact_ready = true;
                self.initialize(&mut fx);
            }
            Fact::Accepted {
                event, interaction, ..
            } => {
                if !std::mem::replace(&mut self.heard, true) && self.initialized {
                    fx.push(bare("userLoggedIn"));
                    fx.push(bare("userAvailable"));
                }
                match (&**event, interaction) {
                    (Event::FinishedInteraction(finished), _) => {
                        if let Some(call) = self.call_mut(&finished.guid)
                            && call.ended_at.is_none()
                        {
                            call.ended_at = Some(now);
                            self.settle(&finished.guid, &mut fx);
                        }
                    }
                    (Event::SentDisposition(disposed), Some(interaction)) => {
                        let completion = self.completion(interaction);
                        if let Some(call) = self.call_mut(&disposed.guid)
                            && !call.completed
                        {
                            call.disposition = Some(completion);
                            self.settle(&disposed.guid, &mut fx);
                        }
                    }
                    _ => {}
                }
            }
            Fact::DialAnswered(dial) => {
                if let Outcome::Answered { guid, .. } = &dial.outcome
                    && self.is_call_channel(&dial.request.channel)
                    && self.call(guid).is_none()
                {
                    self.start(
                        guid,
                        Direction::Outbound,
                        &dial.request.client_id,
                        now,
                        &mut fx,
                    );
                }
            }
            Fact::Arrival(interaction) => {
                if let Some(assignment) = &interaction.assignment
                    && self.is_call_channel(&assignment.channel)
                    && self.call(&interaction.guid).is_none()
                {
                    let client = assignment.client_id.clone();
                    self.start(&interaction.guid, Direction::Inbound, &client, now, &mut fx);
                }
            }
            Fact::ShiftEnded { .. } => self.calls.clear(),
            _ => {}
        }
        fx
    }

    /// Time passed: calls ended long enough ago without a disposition are completed.
    pub fn tick(&mut self, now: Millis) -> Vec<Effect> {
        let mut fx = Vec::new();
        let due: Vec<String> = self
            .calls
            .iter()
            .filter(|call| {
                !call.completed
                    && call.end_sent
                    && call.disposition.is_none()
                    && call
                        .ended_at
                        .is_some_and(|at| now >= at.saturating_add(COMPLETE_WITHOUT_DISPOSITION_MS))
            })
            .map(|call| call.guid.clone())
            .collect();
        for guid in due {
            if let Some(call) = self.call_mut(&guid) {
                call.disposition = Some(Completion {
                    outcome: None,
                    body: String::new(),
                    duration_ms: None,
                });
            }
            self.settle(&guid, &mut fx);
        }
        fx
    }

    /// When [`HubSpot::tick`] next has something to do.
    pub fn next_deadline(&self) -> Option<Millis> {
        self.calls
            .iter()
            .filter(|call| !call.completed && call.disposition.is_none())
            .filter_map(|call| call.ended_at)
            .map(|at| at.saturating_add(COMPLETE_WITHOUT_DISPOSITION_MS))
            .min()
    }

    fn is_call_channel(&self, channel: &str) -> bool {
        self.config
            .call_channels
            .iter()
            .any(|id| id.eq_ignore_ascii_case(channel))
    }

    fn initialize(&mut self, fx: &mut Vec<Effect>) {
        if !self.synced || !self.ucontact_ready || self.initialized {
            return;
        }
        self.initialized = true;
        fx.push(send(
            "initialized",
            json!({ "isLoggedIn": self.heard, "isAvailable": self.heard }),
        ));
        // Calls that began before HubSpot was there, and calls a reload interrupted.
        let guids: Vec<String> = self.calls.iter().map(|call| call.guid.clone()).collect();
        for guid in guids {
            if let Some(call) = self.call_mut(&guid)
                && !call.announced
            {
                call.announced = true;
                let call = call.clone();
                announce(&call, fx);
            }
            self.settle(&guid, fx);
        }
    }

    fn start(
        &mut self,
        guid: &str,
        direction: Direction,
        number: &str,
        now: Millis,
        fx: &mut Vec<Effect>,
    ) {
        let announced = self.initialized;
        let call = Call {
            guid: guid.to_owned(),
            direction,
            number: number.to_owned(),
            started_at: now,
            announced,
            engagement: None,
            failed: false,
            ended_at: None,
            end_sent: false,
            disposition: None,
            completed: false,
            navigated: false,
        };
        if announced {
            announce(&call, fx);
        }
        self.calls.push(call);
        if self.calls.len() > MAX_CALLS {
            let done = self
                .calls
                .iter()
                .position(|call| call.completed)
                .unwrap_or(0);
            self.calls.remove(done);
        }
    }

    /// Sends what a call's state allows and has not been sent: its end, then its completion,
    /// each once the engagement is known.
    fn settle(&mut self, guid: &str, fx: &mut Vec<Effect>) {
        if !self.initialized {
            return;
        }
        let Some(call) = self.call_mut(guid) else {
            return;
        };
        let Some(engagement) = call.engagement.clone() else {
            return;
        };
        if call.ended_at.is_some() && !call.end_sent {
            call.end_sent = true;
            fx.push(send(
                "callEnded",
                json!({
                    "externalCallId": call.guid,
                    "engagementId": engagement,
                    "callEndStatus": "COMPLETED",
                }),
            ));
        }
        if call.end_sent
            && !call.completed
            && let Some(completion) = call.disposition.clone()
        {
            call.completed = true;
            let mut properties = json!({
                "hs_call_direction": call.direction.hubspot(),
                "hs_call_status": "COMPLETED",
                "hs_timestamp": call.started_at,
            });
            if let Some(object) = properties.as_object_mut() {
                if let Some(outcome) = completion.outcome {
                    object.insert("hs_call_disposition".into(), outcome.into());
                }
                if !completion.body.is_empty() {
                    object.insert("hs_call_body".into(), completion.body.into());
                }
                if let Some(duration) = completion.duration_ms {
                    object.insert("hs_call_duration".into(), duration.into());
                }
            }
            fx.push(send(
                "callCompleted",
                json!({
                    "externalCallId": call.guid,
                    "engagementId": engagement,
                    "hideWidget": false,
                    "engagementProperties": properties,
                }),
            ));
        }
    }

    /// The newest disposition of `interaction` as HubSpot logs it: the outcome of the deepest
    /// level the configuration maps (by value, then by id), the levels and the comment as the
    /// call's notes, the handle time as its duration.
    fn completion(&self, interaction: &Interaction) -> Completion {
        let disposition = interaction.dispositions.last();
        let outcome = disposition.and_then(|d| {
            d.levels.iter().rev().find_map(|level| {
                [level.value.as_deref(), level.id.as_deref()]
                    .into_iter()
                    .flatten()
                    .find_map(|key| {
                        self.config
                            .dispositions
                            .iter()
                            .find(|(level, _)| level == key)
                            .map(|(_, outcome)| outcome.clone())
                    })
            })
        });
        let body = disposition
            .map(|d| {
                let levels: Vec<&str> =
                    d.levels.iter().filter_map(|l| l.value.as_deref()).collect();
                [levels.join(" › "), d.comment.trim().to_owned()]
                    .into_iter()
                    .filter(|part| !part.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default();
        Completion {
            outcome,
            body,
            duration_ms: interaction.handle_time(),
        }
    }
}

fn send(method: &'static str, data: Value) -> Effect {
    Effect::Send {
        method,
        data: Some(data),
    }
}

fn bare(method: &'static str) -> Effect {
    Effect::Send { method, data: None }
}

fn announce(call: &Call, fx: &mut Vec<Effect>) {
    match call.direction {
        Direction::Outbound => {
            fx.push(send(
                "outgoingCall",
                json!({
                    "externalCallId": call.guid,
                    "toNumber": call.number,
                    "callStartTime": call.started_at,
                    "createEngagement": true,
                }),
            ));
            // uContact says nothing more precise than the assignment: the call is taken as
            // answered when it is assigned.
            fx.push(send("callAnswered", json!({ "externalCallId": call.guid })));
        }
        Direction::Inbound => fx.push(send(
            "incomingCall",
            json!({
                "externalCallId": call.guid,
                "fromNumber": call.number,
                "callStartTime": call.started_at,
                "createEngagement": true,
            }),
        )),
    }
}

/// The calls as stored (`ucontact-cockpit.hubspot`): a reload mid-call still ends and
/// completes the right engagement, and announces nothing twice.
pub fn encode(calls: &[Call]) -> String {
    let list: Vec<Value> = calls
        .iter()
        .map(|call| {
            json!({
                "guid": call.guid,
                "direction": call.direction.hubspot(),
                "number": call.number,
                "startedAt": call.started_at,
                "announced": call.announced,
                "engagement": call.engagement,
                "failed": call.failed,
                "endedAt": call.ended_at,
                "endSent": call.end_sent,
                "disposition": call.disposition.as_ref().map(|d| json!({
                    "outcome": d.outcome, "body": d.body, "durationMs": d.duration_ms,
                })),
                "completed": call.completed,
                "navigated": call.navigated,
            })
        })
        .collect();
    json!({ "version": 1, "calls": list }).to_string()
}

/// The calls stored, read as untrusted: what does not read is left out.
pub fn decode(text: &str) -> Vec<Call> {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    if value.get("version").and_then(Value::as_u64) != Some(1) {
        return Vec::new();
    }
    let short = |value: &Value, max: usize| {
        value
            .as_str()
            .filter(|text| crate::protocol::plain_text(text, max, true))
            .map(str::to_owned)
    };
    let calls = value.get("calls").and_then(Value::as_array);
    calls
        .into_iter()
        .flatten()
        .take(MAX_CALLS)
        .filter_map(|call| {
            let flag = |key: &str| call.get(key).and_then(Value::as_bool).unwrap_or(false);
            let disposition = match call.get("disposition") {
                None | Some(Value::Null) => None,
                Some(d) => Some(Completion {
                    outcome: d
                        .get("outcome")
                        .and_then(|o| short(o, crate::protocol::MAX_NAME)),
                    body: d
                        .get("body")
                        .and_then(|b| b.as_str())
                        .map(|b| b.chars().take(crate::protocol::MAX_COMMENT * 2).collect())
                        .unwrap_or_default(),
                    duration_ms: d.get("durationMs").and_then(Value::as_u64),
                }),
            };
            Some(Call {
                guid: short(call.get("guid")?, crate::protocol::MAX_GUID)?,
                direction: match call.get("direction")?.as_str()? {
                    "INBOUND" => Direction::Inbound,
                    "OUTBOUND" => Direction::Outbound,
                    _ => return None,
                },
                number: short(call.get("number")?, crate::protocol::MAX_NAME)?,
                started_at: call.get("startedAt")?.as_u64()?,
                announced: flag("announced"),
                engagement: call.get("engagement").and_then(|e| match e {
                    Value::Number(n) if n.is_u64() => Some(e.clone()),
                    Value::String(_) => short(e, crate::protocol::MAX_NAME).map(Value::String),
                    _ => None,
                }),
                failed: flag("failed"),
                ended_at: call.get("endedAt").and_then(Value::as_u64),
                end_sent: flag("endSent"),
                disposition,
                completed: flag("completed"),
                navigated: flag("navigated"),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
