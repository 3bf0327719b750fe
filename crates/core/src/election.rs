//! Which tab is in charge: the rules of the election between the tabs (and the pages and
//! elements) of one origin, as a pure state machine. Inputs (the Web Lock granted or lost, a
//! message from another tab, a timer, the agent's request) give a new role and the effects to
//! carry out; the `use_leadership` hook only carries them out.
//!
//! With Web Locks (every browser on https or a loopback host):
//! - The tab holding the lock `ucontact-cockpit` is in charge. Every other tab **waits in the
//!   lock's queue**, so when the tab in charge closes (or its element is removed), the browser
//!   itself grants the lock to the next: no message from a closing page is needed (one posted
//!   while a page unloads is not guaranteed to arrive).
//! - A tab granted the lock that way waits [`LEADER_GONE_GRACE_MS`] before taking charge, so a
//!   tab in charge that reloads can come back and reclaim it; unless the lock was held by its
//!   own page (an element swapped for another) or stolen from it: then it takes charge at once.
//! - The tab in charge steps down only for a tab that is **really waiting** for the lock (the
//!   browser's `navigator.locks.query()` shows that tab's request in the queue), never for a
//!   message alone: on the agent's "take over" in another tab, it saves, steps down, and lets
//!   that tab take the lock from it. A tab in charge that does not answer within
//!   [`STEP_DOWN_WAIT_MS`] has its lock taken all the same.
//! - A lock stolen without that handshake (by another page of the origin) is said on the panel,
//!   and the tab takes charge again as soon as the lock is free.
//! - A browser that refuses Web Locks here (third-party storage blocked, some private modes)
//!   makes the tab lead alone, and say so.
//!
//! Without Web Locks (plain http from a non-local host), the channel alone elects: a new tab says
//! hello and leads unless a leader answers within [`HELLO_WAIT_MS`]; a tab in charge that closes
//! says so, and after the grace period the lowest claim takes charge. Without either, every tab
//! is in charge.

/// How long a tab taking over waits for the tab in charge to step down before taking the lock;
/// and how long the tab in charge, having stepped down, waits for it to.
pub const STEP_DOWN_WAIT_MS: u32 = 2_000;
/// How long, without Web Locks, a new tab waits to hear from a leader.
pub const HELLO_WAIT_MS: u32 = 300;
/// How long a tab waits, after the tab in charge closed, before taking charge itself.
pub const LEADER_GONE_GRACE_MS: u32 = 3_000;
/// How long, without Web Locks, tabs exchange claims before the lowest takes charge.
pub const CLAIM_WAIT_MS: u32 = 300;
/// Longest client id read from a message (the browser's are UUIDs).
pub const MAX_CLIENT_ID: usize = 64;

/// The browser's id of a page (`navigator.locks.query()`'s `clientId`): what a tab taking over
/// is recognised by in the lock's queue.
pub type ClientId = String;

/// This tab's part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Finding out whether another tab is in charge.
    Deciding,
    Leader,
    /// Another tab is in charge; `leader_gone` once it has closed and this tab is about to take
    /// charge.
    Follower {
        leader_gone: bool,
    },
    /// Waiting for the tab in charge to step down.
    TakingOver,
}

/// What tabs say to each other on the channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// "Step down, I take over": from the tab whose id it names (without Web Locks, none).
    TakeOver(Option<ClientId>),
    /// "I was in charge and reloaded: let me have it back" (to a tab still in its grace period).
    Reclaim(ClientId),
    /// "I stepped down for you: take the lock."
    Yield(ClientId),
    /// "I was in charge and am not any more." (without Web Locks)
    Released,
    /// "I am in charge."
    Leading,
    /// "I am new: is anyone in charge?" (without Web Locks)
    Hello,
    /// "I would take charge" (without Web Locks, after the tab in charge closed): lowest wins.
    Claim(u64),
}

fn client_id(text: &str) -> Option<ClientId> {
    let valid = !text.is_empty()
        && text.len() <= MAX_CLIENT_ID
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"{}._:-".contains(&b));
    valid.then(|| text.to_owned())
}

impl Message {
    pub fn encode(&self) -> String {
        match self {
            Message::TakeOver(None) => "take-over".to_owned(),
            Message::TakeOver(Some(id)) => format!("take-over:{id}"),
            Message::Reclaim(id) => format!("reclaim:{id}"),
            Message::Yield(id) => format!("yield:{id}"),
            Message::Released => "released".to_owned(),
            Message::Leading => "leading".to_owned(),
            Message::Hello => "hello".to_owned(),
            Message::Claim(id) => format!("claim:{id}"),
        }
    }

    /// Reads what another tab sent; anything else is not ours and is ignored.
    pub fn decode(text: &str) -> Option<Message> {
        match text {
            "take-over" => return Some(Message::TakeOver(None)),
            "released" => return Some(Message::Released),
            "leading" => return Some(Message::Leading),
            "hello" => return Some(Message::Hello),
            _ => {}
        }
        let (kind, rest) = text.split_once(':')?;
        match kind {
            "take-over" => client_id(rest).map(|id| Message::TakeOver(Some(id))),
            "reclaim" => client_id(rest).map(Message::Reclaim),
            "yield" => client_id(rest).map(Message::Yield),
            // Digits only: `parse` would also take a sign. (It refuses an empty string.)
            "claim" => Some(rest)
                .filter(|digits| digits.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|digits| digits.parse().ok())
                .map(Message::Claim),
            _ => None,
        }
    }
}

/// How to ask for the Web Lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockMode {
    /// Only if no tab holds it (answered at once).
    IfAvailable,
    /// Queue until it is released.
    Wait,
    /// Take it from the tab holding it.
    Steal,
}

/// What happens to this tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// The election starts; `led_before` when this tab was in charge before it reloaded, or a
    /// cockpit of this very page was (an element swapped for another).
    Start {
        led_before: bool,
    },
    /// The browser's id of this page is known.
    Identified(ClientId),
    Received(Message),
    TimerFired,
    /// The lock asked for in this mode was granted.
    LockGranted(LockMode),
    /// Asked with [`LockMode::IfAvailable`] while another tab holds it.
    LockUnavailable,
    /// Taken from this tab by another.
    LockLost,
    /// The browser refuses Web Locks here.
    LocksRefused,
    /// Whether the page that holds the lock is this one (asked by [`Effect::AskHolder`]).
    Holder {
        this_page: bool,
    },
    /// Whether `client` has a request in the lock's queue (asked by [`Effect::AskWaiting`]).
    Waiting {
        client: ClientId,
        waiting: bool,
    },
    /// The agent asks to use the cockpit in this tab (now, when the tab in charge has closed).
    TakeOver,
    /// After stepping down: this tab's cockpit has gone away and saved everything.
    SteppedDown,
    PageHide,
    /// The election ends with the page's cockpit.
    Unmount,
}

/// What the hook must do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Post(Message),
    RequestLock(LockMode),
    ReleaseLock,
    /// Withdraws this tab's request from the lock's queue.
    AbortQueued,
    /// Finds out whether the page holding the lock is this one.
    AskHolder,
    /// Finds out whether `client` has a request in the lock's queue.
    AskWaiting(ClientId),
    /// Keeps (or forgets) for this tab, across a reload, that it was in charge.
    Remember(bool),
    /// Starts the one timer, replacing any running.
    StartTimer(u32),
    CancelTimer,
}

/// What the one timer is for, when it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Timer {
    Nothing,
    /// A new tab without Web Locks, for a leader's answer.
    Hello,
    /// For the tab in charge to step down.
    StepDown,
    /// The grace period after the tab in charge closed.
    Grace,
    /// Having stepped down, for the tab taking over to take the lock.
    Yielding,
    /// Claims of other tabs, without Web Locks.
    Claims,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Election {
    role: Role,
    locks: bool,
    channel: bool,
    id: u64,
    timer: Timer,
    /// Without Web Locks: the lowest claim heard.
    rival: Option<u64>,
    stepping_down: bool,
    /// Took charge by itself after the tab in charge closed.
    succeeded: bool,
    /// With Web Locks: this page's id, once known.
    me: Option<ClientId>,
    holding: bool,
    queued: bool,
    /// Was in charge before it reloaded: reclaims it once its id is known.
    reclaim: bool,
    /// Asked another tab for the lock (taking over, reclaiming): takes it when yielded.
    asked: bool,
    /// The agent asked to take over before this page's id was known: asked once it is.
    take_over_unsent: bool,
    /// Stepped down for this tab, which is to take the lock.
    yielding_to: Option<ClientId>,
    /// The lock was taken from this tab without its consent.
    stolen: bool,
    /// The lock is held by this very page (an element swapped for another).
    own_page: bool,
    /// The browser refused Web Locks: this tab leads alone.
    refused: bool,
    /// Was in charge before it reloaded (or its page was).
    led_before: bool,
    /// Took charge as it started, with no tab of the cockpit in charge and none before it in
    /// this tab or page: the last tab was closed.
    fresh: bool,
}

impl Election {
    /// An election for a tab with (or without) Web Locks and a BroadcastChannel; `id` breaks
    /// ties between tabs claiming at once without Web Locks.
    pub fn new(locks: bool, channel: bool, id: u64) -> Election {
        Election {
            role: Role::Deciding,
            locks,
            channel,
            id,
            timer: Timer::Nothing,
            rival: None,
            stepping_down: false,
            succeeded: false,
            me: None,
            holding: false,
            queued: false,
            reclaim: false,
            asked: false,
            take_over_unsent: false,
            yielding_to: None,
            stolen: false,
            own_page: false,
            refused: false,
            led_before: false,
            fresh: false,
        }
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// Whether this tab took charge by itself because the tab in charge closed.
    pub fn succeeded(&self) -> bool {
        self.succeeded
    }

    /// Whether another page took the lock from this tab without asking.
    pub fn stolen(&self) -> bool {
        self.stolen
    }

    /// Whether this tab took charge as it started with no tab of the cockpit open before it (a
    /// reload, a second tab, a successor or a take-over are not): what a stored shift then
    /// holds was left by a cockpit closed without End shift.
    pub fn fresh(&self) -> bool {
        self.fresh
    }

    /// Whether the browser refused Web Locks, so this tab leads alone.
    pub fn refused(&self) -> bool {
        self.refused
    }

    fn cancel_timer(&mut self, effects: &mut Vec<Effect>) {
        if self.timer != Timer::Nothing {
            effects.push(Effect::CancelTimer);
            self.timer = Timer::Nothing;
        }
    }

    fn start_timer(&mut self, timer: Timer, ms: u32, effects: &mut Vec<Effect>) {
        self.timer = timer;
        effects.push(Effect::StartTimer(ms));
    }

    fn lead(&mut self, effects: &mut Vec<Effect>) {
        self.cancel_timer(effects);
        self.asked = false;
        self.succeeded = matches!(self.role, Role::Follower { leader_gone: true });
        self.fresh = self.role == Role::Deciding && !self.led_before;
        self.role = Role::Leader;
        self.stolen = false;
        effects.push(Effect::Post(Message::Leading));
        effects.push(Effect::Remember(true));
    }

    fn follow(&mut self, effects: &mut Vec<Effect>) {
        self.cancel_timer(effects);
        self.role = Role::Follower { leader_gone: false };
    }

    /// With Web Locks: waits in the lock's queue.
    fn queue(&mut self, effects: &mut Vec<Effect>) {
        if !self.queued {
            self.queued = true;
            effects.push(Effect::RequestLock(LockMode::Wait));
        }
    }

    /// Takes the lock from the tab holding it.
    fn steal(&mut self, effects: &mut Vec<Effect>) {
        self.cancel_timer(effects);
        if std::mem::replace(&mut self.queued, false) {
            effects.push(Effect::AbortQueued);
        }
        effects.push(Effect::RequestLock(LockMode::Steal));
    }

    /// Applies one input; returns what to do, in order.
    pub fn step(&mut self, input: Input) -> Vec<Effect> {
        let mut effects = Vec::new();
        if matches!(input, Input::Unmount) {
            self.unmount(&mut effects);
        } else if self.refused || !self.locks {
            self.step_without_locks(input, &mut effects);
        } else {
            self.step_with_locks(input, &mut effects);
        }
        effects
    }

    fn unmount(&mut self, fx: &mut Vec<Effect>) {
        self.cancel_timer(fx);
        if self.locks && !self.refused {
            if std::mem::replace(&mut self.queued, false) {
                fx.push(Effect::AbortQueued);
            }
            if std::mem::replace(&mut self.holding, false) {
                fx.push(Effect::ReleaseLock);
            }
            if self.role == Role::Leader {
                fx.push(Effect::Remember(false));
            }
        } else if self.role == Role::Leader {
            fx.push(Effect::Post(Message::Released));
            fx.push(Effect::Remember(false));
        }
    }

    fn step_with_locks(&mut self, input: Input, fx: &mut Vec<Effect>) {
        match (input, self.role) {
            (Input::Start { led_before }, Role::Deciding) => {
                self.reclaim = led_before;
                self.led_before = led_before;
                fx.push(Effect::RequestLock(LockMode::IfAvailable));
            }
            (Input::Identified(id), role) => {
                self.me = Some(id.clone());
                if std::mem::replace(&mut self.take_over_unsent, false) && role == Role::TakingOver
                {
                    fx.push(Effect::Post(Message::TakeOver(Some(id.clone()))));
                    self.start_timer(Timer::StepDown, STEP_DOWN_WAIT_MS, fx);
                }
                if self.reclaim && self.role == (Role::Follower { leader_gone: false }) {
                    self.reclaim = false;
                    self.asked = true;
                    fx.push(Effect::Post(Message::Reclaim(id)));
                }
            }
            (Input::LocksRefused, role) => {
                self.refused = true;
                self.queued = false;
                self.holding = false;
                self.fresh = role == Role::Deciding && !self.led_before;
                self.role = Role::Leader;
                self.cancel_timer(fx);
                fx.push(Effect::Remember(true));
            }
            (Input::LockGranted(_), _) if self.holding => {}
            (Input::LockGranted(mode), role) => {
                self.holding = true;
                if mode == LockMode::Wait {
                    self.queued = false;
                }
                let at_once = mode != LockMode::Wait
                    || self.own_page
                    || self.stolen
                    || role == Role::TakingOver;
                if at_once {
                    self.own_page = false;
                    self.lead(fx);
                } else {
                    // The tab in charge closed: give it time to come back from a reload.
                    self.cancel_timer(fx);
                    self.role = Role::Follower { leader_gone: true };
                    self.start_timer(Timer::Grace, LEADER_GONE_GRACE_MS, fx);
                }
            }
            (Input::LockUnavailable, Role::Deciding) => {
                self.role = Role::Follower { leader_gone: false };
                self.queue(fx);
                fx.push(Effect::AskHolder);
                if self.reclaim
                    && let Some(me) = self.me.clone()
                {
                    self.reclaim = false;
                    self.asked = true;
                    fx.push(Effect::Post(Message::Reclaim(me)));
                }
            }
            (Input::Holder { this_page }, _) => self.own_page = this_page,
            (Input::LockLost, _) if self.holding => {
                self.holding = false;
                self.stepping_down = false;
                let expected = self.yielding_to.take().is_some();
                self.stolen = !expected;
                if self.role == Role::Leader || !expected {
                    fx.push(Effect::Remember(false));
                }
                self.follow(fx);
                self.queue(fx);
            }
            // Another tab asks: only one really waiting in the lock's queue is answered.
            (Input::Received(Message::TakeOver(Some(client))), Role::Leader) => {
                fx.push(Effect::AskWaiting(client));
            }
            (Input::Received(Message::Reclaim(client)), Role::Follower { leader_gone: true })
                if self.holding =>
            {
                fx.push(Effect::AskWaiting(client));
            }
            (
                Input::Waiting {
                    client,
                    waiting: true,
                },
                Role::Leader,
            ) if self.holding => {
                self.stepping_down = true;
                self.yielding_to = Some(client);
                self.role = Role::Follower { leader_gone: false };
                fx.push(Effect::Remember(false));
            }
            (
                Input::Waiting {
                    client,
                    waiting: true,
                },
                Role::Follower { leader_gone: true },
            ) if self.holding => {
                self.cancel_timer(fx);
                self.role = Role::Follower { leader_gone: false };
                self.yielding_to = Some(client.clone());
                fx.push(Effect::Post(Message::Yield(client)));
                self.start_timer(Timer::Yielding, STEP_DOWN_WAIT_MS, fx);
            }
            (Input::SteppedDown, _) if self.stepping_down => {
                self.stepping_down = false;
                if let Some(client) = self.yielding_to.clone() {
                    fx.push(Effect::Post(Message::Yield(client)));
                    self.start_timer(Timer::Yielding, STEP_DOWN_WAIT_MS, fx);
                }
            }
            (Input::Received(Message::Yield(to)), Role::TakingOver | Role::Follower { .. })
                if self.asked && self.me.as_ref() == Some(&to) =>
            {
                self.steal(fx);
            }
            (Input::TakeOver, Role::Follower { leader_gone: false }) => {
                self.role = Role::TakingOver;
                self.asked = true;
                // The tab in charge answers only a tab it can find in the lock's queue.
                self.take_over_unsent = self.me.is_none();
                if let Some(me) = self.me.clone() {
                    fx.push(Effect::Post(Message::TakeOver(Some(me))));
                }
                self.start_timer(Timer::StepDown, STEP_DOWN_WAIT_MS, fx);
            }
            (Input::TakeOver, Role::Follower { leader_gone: true }) if self.holding => {
                self.lead(fx);
            }
            (Input::TimerFired, role) => {
                let fired = std::mem::replace(&mut self.timer, Timer::Nothing);
                match (fired, role) {
                    (Timer::Grace, Role::Follower { leader_gone: true }) => self.lead(fx),
                    // The tab in charge did not step down: take the lock all the same.
                    (Timer::StepDown, Role::TakingOver) => self.steal(fx),
                    // Nobody took the lock it offered: it keeps charge.
                    (Timer::Yielding, _) if self.holding => {
                        self.yielding_to = None;
                        self.lead(fx);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn step_without_locks(&mut self, input: Input, fx: &mut Vec<Effect>) {
        match (input, self.role) {
            (Input::Start { led_before }, Role::Deciding) => {
                self.led_before = led_before;
                if self.channel {
                    fx.push(Effect::Post(Message::Hello));
                    self.start_timer(Timer::Hello, HELLO_WAIT_MS, fx);
                } else {
                    self.fresh = !led_before;
                    self.role = Role::Leader;
                }
            }
            (Input::Received(Message::TakeOver(_)), Role::Leader) if !self.refused => {
                self.stepping_down = true;
                self.role = Role::Follower { leader_gone: false };
            }
            (Input::SteppedDown, _) if self.stepping_down => {
                self.stepping_down = false;
                fx.push(Effect::Post(Message::Released));
            }
            (Input::Received(Message::Released), Role::TakingOver) => self.lead(fx),
            (Input::Received(Message::Released), Role::Follower { .. }) => {
                self.role = Role::Follower { leader_gone: true };
                self.rival = None;
                self.start_timer(Timer::Grace, LEADER_GONE_GRACE_MS, fx);
            }
            (Input::Received(Message::Leading), Role::Follower { .. } | Role::Deciding)
                if !self.refused =>
            {
                self.follow(fx);
            }
            (Input::Received(Message::Hello), Role::Leader) if !self.refused => {
                fx.push(Effect::Post(Message::Leading));
            }
            (Input::Received(Message::Claim(other)), Role::Follower { .. }) => {
                self.rival = Some(self.rival.map_or(other, |rival| rival.min(other)));
            }
            (Input::TimerFired, role) => {
                let fired = std::mem::replace(&mut self.timer, Timer::Nothing);
                match (fired, role) {
                    (Timer::Hello, Role::Deciding) => self.lead(fx),
                    (Timer::StepDown, Role::TakingOver) => self.lead(fx),
                    (Timer::Grace, Role::Follower { leader_gone: true }) => self.claim(fx),
                    // Another tab's lower claim takes charge; it will say so.
                    (Timer::Claims, Role::Follower { leader_gone: true })
                        if self.rival.is_some_and(|rival| rival < self.id) => {}
                    (Timer::Claims, Role::Follower { leader_gone: true }) => self.lead(fx),
                    _ => {}
                }
            }
            // While claims are exchanged, the outcome is only moments away.
            (Input::TakeOver, Role::Follower { leader_gone: true })
                if self.timer != Timer::Claims =>
            {
                self.cancel_timer(fx);
                self.claim(fx);
            }
            (Input::TakeOver, Role::Follower { leader_gone: false }) => {
                self.role = Role::TakingOver;
                fx.push(Effect::Post(Message::TakeOver(None)));
                self.start_timer(Timer::StepDown, STEP_DOWN_WAIT_MS, fx);
            }
            (Input::PageHide, Role::Leader) if !self.refused => {
                fx.push(Effect::Post(Message::Released));
            }
            _ => {}
        }
    }

    /// Without Web Locks, after the grace period (or at the agent's request): claim charge.
    fn claim(&mut self, effects: &mut Vec<Effect>) {
        effects.push(Effect::Post(Message::Claim(self.id)));
        self.start_timer(Timer::Claims, CLAIM_WAIT_MS, effects);
    }
}

#[cfg(test)]
mod tests;
