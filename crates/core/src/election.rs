//! Which tab is in charge: the rules of the election between the tabs of one browser, as a pure
//! state machine. Inputs (a message from another tab, a timer, the Web Lock granted or lost,
//! the agent's request) give a new role and the effects to carry out; the `use_leadership`
//! hook only carries them out.
//!
//! - With Web Locks, the tab holding the lock `ucontact-cockpit` is in charge. Taking over is a
//!   handshake on the BroadcastChannel of the same name: the tab in charge steps down (its
//!   cockpit goes away, saving everything), releases the lock and says so; only then does the
//!   new tab take the lock. A tab in charge that does not answer within
//!   [`STEP_DOWN_WAIT_MS`] has its lock stolen.
//! - When the tab in charge closes, another tab says so and, after [`LEADER_GONE_GRACE_MS`]
//!   (long enough for a reloading tab to come back and keep its charge), takes charge by
//!   itself; of several waiting tabs, one wins (the lock, or without it the lowest claim).
//! - Without Web Locks (plain http from a non-local host), the channel alone elects: a new tab
//!   says hello and leads unless a leader answers within [`HELLO_WAIT_MS`].
//! - Without either, every tab is in charge.

/// How long a tab taking over waits for the tab in charge to step down before stealing.
pub const STEP_DOWN_WAIT_MS: u32 = 2_000;
/// How long, without Web Locks, a new tab waits to hear from a leader.
pub const HELLO_WAIT_MS: u32 = 300;
/// How long a tab waits, after the tab in charge closed, before taking charge itself.
pub const LEADER_GONE_GRACE_MS: u32 = 3_000;
/// How long, without Web Locks, tabs exchange claims before the lowest takes charge.
pub const CLAIM_WAIT_MS: u32 = 300;

/// This tab's part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Finding out whether another tab is in charge.
    Deciding,
    Leader,
    /// Another tab is in charge; `leader_gone` once it has closed and no successor spoke yet
    /// (this tab is about to take charge).
    Follower {
        leader_gone: bool,
    },
    /// Waiting for the tab in charge to step down.
    TakingOver,
}

/// What tabs say to each other on the channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// "Step down, I take over."
    TakeOver,
    /// "I was in charge and am not any more."
    Released,
    /// "I am in charge."
    Leading,
    /// "I am new: is anyone in charge?" (without Web Locks)
    Hello,
    /// "I would take charge" (without Web Locks, after the tab in charge closed): lowest wins.
    Claim(u64),
}

impl Message {
    pub fn encode(self) -> String {
        match self {
            Message::TakeOver => "take-over".to_owned(),
            Message::Released => "released".to_owned(),
            Message::Leading => "leading".to_owned(),
            Message::Hello => "hello".to_owned(),
            Message::Claim(id) => format!("claim:{id}"),
        }
    }

    /// Reads what another tab sent; anything else is not ours and is ignored.
    pub fn decode(text: &str) -> Option<Message> {
        match text {
            "take-over" => Some(Message::TakeOver),
            "released" => Some(Message::Released),
            "leading" => Some(Message::Leading),
            "hello" => Some(Message::Hello),
            _ => text
                .strip_prefix("claim:")
                // Digits only: `parse` would also take a sign. (It refuses an empty string.)
                .filter(|digits| digits.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|digits| digits.parse().ok())
                .map(Message::Claim),
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Start,
    Received(Message),
    TimerFired,
    LockGranted,
    /// Asked with [`LockMode::IfAvailable`] while another tab holds it.
    LockUnavailable,
    /// Stolen by another tab.
    LockLost,
    /// The agent asks to use the cockpit in this tab (now, when the tab in charge has closed).
    TakeOver,
    /// After a take-over request: this tab's cockpit has gone away and saved everything.
    SteppedDown,
    PageHide,
    /// The election ends with the page's cockpit.
    Unmount,
}

/// What the hook must do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Post(Message),
    RequestLock(LockMode),
    ReleaseLock,
    /// Starts the one timer, replacing any running.
    StartTimer(u32),
    CancelTimer,
}

/// What the one timer is for, when it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Waiting {
    Nothing,
    /// A new tab without Web Locks, for a leader's answer.
    Hello,
    /// For the tab in charge to step down.
    StepDown,
    /// The grace period after the tab in charge closed.
    Grace,
    /// Claims of other tabs, without Web Locks.
    Claims,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Election {
    role: Role,
    locks: bool,
    channel: bool,
    /// This tab's claim, random per tab.
    id: u64,
    waiting: Waiting,
    /// The lowest claim heard from another tab while claiming.
    rival: Option<u64>,
    stepping_down: bool,
    /// Took charge by itself after the tab in charge closed.
    succeeded: bool,
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
            waiting: Waiting::Nothing,
            rival: None,
            stepping_down: false,
            succeeded: false,
        }
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// Whether this tab took charge by itself because the tab in charge closed.
    pub fn succeeded(&self) -> bool {
        self.succeeded
    }

    fn lead(&mut self, effects: &mut Vec<Effect>) {
        if self.waiting != Waiting::Nothing {
            effects.push(Effect::CancelTimer);
        }
        self.succeeded = matches!(self.role, Role::Follower { leader_gone: true });
        self.role = Role::Leader;
        self.waiting = Waiting::Nothing;
        effects.push(Effect::Post(Message::Leading));
    }

    fn wait(&mut self, waiting: Waiting, ms: u32, effects: &mut Vec<Effect>) {
        self.waiting = waiting;
        effects.push(Effect::StartTimer(ms));
    }

    fn follow(&mut self, effects: &mut Vec<Effect>) {
        if self.waiting != Waiting::Nothing {
            effects.push(Effect::CancelTimer);
        }
        self.waiting = Waiting::Nothing;
        self.role = Role::Follower { leader_gone: false };
    }

    /// The grace period is over (or the agent did not want to wait): take charge.
    fn succeed(&mut self, effects: &mut Vec<Effect>) {
        if self.locks {
            self.waiting = Waiting::Nothing;
            effects.push(Effect::RequestLock(LockMode::IfAvailable));
        } else {
            effects.push(Effect::Post(Message::Claim(self.id)));
            self.wait(Waiting::Claims, CLAIM_WAIT_MS, effects);
        }
    }

    /// Applies one input; returns what to do, in order.
    pub fn step(&mut self, input: Input) -> Vec<Effect> {
        let mut effects = Vec::new();
        let fx = &mut effects;
        match (input, self.role) {
            (Input::Start, Role::Deciding) => {
                if self.locks {
                    fx.push(Effect::RequestLock(LockMode::IfAvailable));
                } else if self.channel {
                    fx.push(Effect::Post(Message::Hello));
                    self.wait(Waiting::Hello, HELLO_WAIT_MS, fx);
                } else {
                    self.role = Role::Leader;
                }
            }
            (Input::LockGranted, role) if role != Role::Leader => self.lead(fx),
            (Input::LockUnavailable, Role::Deciding | Role::Follower { .. }) => self.follow(fx),
            (Input::LockLost, Role::Leader) => self.role = Role::Follower { leader_gone: false },
            (Input::Received(Message::TakeOver), Role::Leader) => {
                self.stepping_down = true;
                self.role = Role::Follower { leader_gone: false };
            }
            (Input::SteppedDown, _) if self.stepping_down => {
                self.stepping_down = false;
                fx.push(Effect::ReleaseLock);
                fx.push(Effect::Post(Message::Released));
            }
            (Input::Received(Message::Released), Role::TakingOver) => {
                if self.locks {
                    fx.push(Effect::RequestLock(LockMode::Wait));
                } else {
                    self.lead(fx);
                }
            }
            (Input::Received(Message::Released), Role::Follower { .. }) => {
                self.role = Role::Follower { leader_gone: true };
                self.rival = None;
                self.wait(Waiting::Grace, LEADER_GONE_GRACE_MS, fx);
            }
            (Input::Received(Message::Leading), Role::Follower { .. } | Role::Deciding) => {
                self.follow(fx);
            }
            (Input::Received(Message::Hello), Role::Leader) => {
                fx.push(Effect::Post(Message::Leading));
            }
            (Input::Received(Message::Claim(other)), Role::Follower { .. }) => {
                self.rival = Some(self.rival.map_or(other, |rival| rival.min(other)));
            }
            (Input::TimerFired, role) => {
                // The one timer has fired: nothing runs any more.
                let waited = std::mem::replace(&mut self.waiting, Waiting::Nothing);
                match (waited, role) {
                    (Waiting::Hello, Role::Deciding) => self.lead(fx),
                    (Waiting::StepDown, Role::TakingOver) => {
                        if self.locks {
                            fx.push(Effect::RequestLock(LockMode::Steal));
                        } else {
                            self.lead(fx);
                        }
                    }
                    (Waiting::Grace, Role::Follower { leader_gone: true }) => self.succeed(fx),
                    // Another tab's lower claim takes charge; it will say so.
                    (Waiting::Claims, Role::Follower { leader_gone: true })
                        if self.rival.is_some_and(|rival| rival < self.id) => {}
                    (Waiting::Claims, Role::Follower { leader_gone: true }) => self.lead(fx),
                    _ => {}
                }
            }
            // While claims are exchanged, the outcome is only moments away.
            (Input::TakeOver, Role::Follower { leader_gone: true })
                if self.waiting != Waiting::Claims =>
            {
                fx.push(Effect::CancelTimer);
                self.succeed(fx);
            }
            (Input::TakeOver, Role::Follower { leader_gone: false }) => {
                self.role = Role::TakingOver;
                fx.push(Effect::Post(Message::TakeOver));
                self.wait(Waiting::StepDown, STEP_DOWN_WAIT_MS, fx);
            }
            (Input::PageHide, Role::Leader) => fx.push(Effect::Post(Message::Released)),
            (Input::Unmount, role) => {
                if self.waiting != Waiting::Nothing {
                    fx.push(Effect::CancelTimer);
                    self.waiting = Waiting::Nothing;
                }
                if role == Role::Leader {
                    fx.push(Effect::ReleaseLock);
                    fx.push(Effect::Post(Message::Released));
                }
            }
            _ => {}
        }
        effects
    }
}

#[cfg(test)]
mod tests;
