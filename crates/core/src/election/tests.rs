use super::*;
use Effect::*;
use Input::{
    Holder, Identified, LockLost, LockUnavailable, LocksRefused, PageHide, Received, SteppedDown,
    TimerFired, Unmount, Waiting,
};
use Message::{Claim, Hello, Leading, Reclaim, Released, Yield};

const START: Input = Input::Start { led_before: false };
const RELOADED: Input = Input::Start { led_before: true };
const IF_AVAILABLE: LockMode = LockMode::IfAvailable;
const WAIT: LockMode = LockMode::Wait;
const STEAL: LockMode = LockMode::Steal;

fn granted(mode: LockMode) -> Input {
    Input::LockGranted(mode)
}

fn id(text: &str) -> ClientId {
    text.to_owned()
}

const LEADER: Role = Role::Leader;
const FOLLOWER: Role = Role::Follower { leader_gone: false };
const ORPHAN: Role = Role::Follower { leader_gone: true };

/// One tab's story: its capabilities, then each input with the role after it and the effects it
/// asked for.
struct Story {
    name: &'static str,
    locks: bool,
    channel: bool,
    steps: Vec<Step>,
}

type Step = (Input, Role, Vec<Effect>);

/// A tab (page id `a`) that found the Web Lock free and leads.
fn leading_with_locks() -> Vec<Step> {
    vec![
        (START, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
        (Identified(id("a")), Role::Deciding, vec![]),
        (
            granted(IF_AVAILABLE),
            LEADER,
            vec![Post(Leading), Remember(true)],
        ),
    ]
}

/// A tab (page id `b`) that found the Web Lock held by another page: it follows, in the
/// lock's queue.
fn following_with_locks() -> Vec<Step> {
    vec![
        (START, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
        (Identified(id("b")), Role::Deciding, vec![]),
        (
            LockUnavailable,
            FOLLOWER,
            vec![RequestLock(WAIT), AskHolder],
        ),
        (Holder { this_page: false }, FOLLOWER, vec![]),
    ]
}

/// A tab without Web Locks whose hello a leader answered.
fn following_without_locks() -> Vec<Step> {
    vec![
        (
            START,
            Role::Deciding,
            vec![Post(Hello), StartTimer(HELLO_WAIT_MS)],
        ),
        (Received(Leading), FOLLOWER, vec![CancelTimer]),
    ]
}

fn run(story: Story) -> Election {
    let mut election = Election::new(story.locks, story.channel, 50);
    for (n, (input, role, effects)) in story.steps.into_iter().enumerate() {
        let got = election.step(input.clone());
        assert_eq!(
            got, effects,
            "{}: effects of step {n} ({input:?})",
            story.name
        );
        assert_eq!(
            election.role(),
            role,
            "{}: role after step {n} ({input:?})",
            story.name
        );
    }
    election
}

#[test]
fn with_web_locks() {
    let stories = vec![
        Story {
            name: "the first tab leads; messages alone change nothing",
            locks: true,
            channel: true,
            steps: [
                leading_with_locks(),
                vec![
                    (Received(Hello), LEADER, vec![]),
                    (Received(Leading), LEADER, vec![]),
                    (Received(Released), LEADER, vec![]),
                    (Received(Message::TakeOver(None)), LEADER, vec![]),
                    (Received(Yield(id("a"))), LEADER, vec![]),
                    // A second grant changes nothing and announces nothing.
                    (granted(WAIT), LEADER, vec![]),
                    // The browser releases the lock of a page that goes: nothing to say.
                    (PageHide, LEADER, vec![]),
                    (Unmount, LEADER, vec![ReleaseLock, Remember(false)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "a take-over message from a tab that is not waiting in the queue is ignored",
            locks: true,
            channel: true,
            steps: [
                leading_with_locks(),
                vec![
                    (
                        Received(Message::TakeOver(Some(id("x")))),
                        LEADER,
                        vec![AskWaiting(id("x"))],
                    ),
                    (
                        Waiting {
                            client: id("x"),
                            waiting: false,
                        },
                        LEADER,
                        vec![],
                    ),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the tab in charge steps down for a tab really waiting, which takes the lock",
            locks: true,
            channel: true,
            steps: [
                leading_with_locks(),
                vec![
                    (
                        Received(Message::TakeOver(Some(id("b")))),
                        LEADER,
                        vec![AskWaiting(id("b"))],
                    ),
                    (
                        Waiting {
                            client: id("b"),
                            waiting: true,
                        },
                        FOLLOWER,
                        vec![Remember(false)],
                    ),
                    (
                        SteppedDown,
                        FOLLOWER,
                        vec![Post(Yield(id("b"))), StartTimer(STEP_DOWN_WAIT_MS)],
                    ),
                    // Taken as agreed: it waits in the queue again, and says nothing of theft.
                    (LockLost, FOLLOWER, vec![CancelTimer, RequestLock(WAIT)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "having stepped down, nobody takes the lock: it keeps charge",
            locks: true,
            channel: true,
            steps: [
                leading_with_locks(),
                vec![
                    (
                        Received(Message::TakeOver(Some(id("b")))),
                        LEADER,
                        vec![AskWaiting(id("b"))],
                    ),
                    (
                        Waiting {
                            client: id("b"),
                            waiting: true,
                        },
                        FOLLOWER,
                        vec![Remember(false)],
                    ),
                    (
                        SteppedDown,
                        FOLLOWER,
                        vec![Post(Yield(id("b"))), StartTimer(STEP_DOWN_WAIT_MS)],
                    ),
                    (TimerFired, LEADER, vec![Post(Leading), Remember(true)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "a stolen lock is said, and taken back at once when free",
            locks: true,
            channel: true,
            steps: [
                leading_with_locks(),
                vec![
                    (LockLost, FOLLOWER, vec![Remember(false), RequestLock(WAIT)]),
                    (granted(WAIT), LEADER, vec![Post(Leading), Remember(true)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the agent takes over: the tab in charge yields to this very tab",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        Input::TakeOver,
                        Role::TakingOver,
                        vec![
                            Post(Message::TakeOver(Some(id("b")))),
                            StartTimer(STEP_DOWN_WAIT_MS),
                        ],
                    ),
                    // Yielding to another tab is not for this one.
                    (Received(Yield(id("c"))), Role::TakingOver, vec![]),
                    (
                        Received(Yield(id("b"))),
                        Role::TakingOver,
                        vec![CancelTimer, AbortQueued, RequestLock(STEAL)],
                    ),
                    (granted(STEAL), LEADER, vec![Post(Leading), Remember(true)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the tab in charge does not answer: the lock is taken after the wait",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        Input::TakeOver,
                        Role::TakingOver,
                        vec![
                            Post(Message::TakeOver(Some(id("b")))),
                            StartTimer(STEP_DOWN_WAIT_MS),
                        ],
                    ),
                    (
                        TimerFired,
                        Role::TakingOver,
                        vec![AbortQueued, RequestLock(STEAL)],
                    ),
                    (granted(STEAL), LEADER, vec![Post(Leading), Remember(true)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the tab in charge closes: the queue hands the lock over, charge after the grace",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![(
                    granted(WAIT),
                    ORPHAN,
                    vec![StartTimer(LEADER_GONE_GRACE_MS)],
                )],
                vec![(TimerFired, LEADER, vec![Post(Leading), Remember(true)])],
            ]
            .concat(),
        },
        Story {
            name: "the tab in charge closes and the agent does not want to wait",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        granted(WAIT),
                        ORPHAN,
                        vec![StartTimer(LEADER_GONE_GRACE_MS)],
                    ),
                    (
                        Input::TakeOver,
                        LEADER,
                        vec![CancelTimer, Post(Leading), Remember(true)],
                    ),
                    (TimerFired, LEADER, vec![]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the tab in charge reloads and reclaims it from the successor in its grace",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        granted(WAIT),
                        ORPHAN,
                        vec![StartTimer(LEADER_GONE_GRACE_MS)],
                    ),
                    (
                        Received(Reclaim(id("a2"))),
                        ORPHAN,
                        vec![AskWaiting(id("a2"))],
                    ),
                    (
                        Waiting {
                            client: id("a2"),
                            waiting: true,
                        },
                        FOLLOWER,
                        vec![
                            CancelTimer,
                            Post(Yield(id("a2"))),
                            StartTimer(STEP_DOWN_WAIT_MS),
                        ],
                    ),
                    (LockLost, FOLLOWER, vec![CancelTimer, RequestLock(WAIT)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "a reloaded tab that was in charge asks for it back",
            locks: true,
            channel: true,
            steps: vec![
                (RELOADED, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
                (
                    LockUnavailable,
                    FOLLOWER,
                    vec![RequestLock(WAIT), AskHolder],
                ),
                // Its id comes after the answer: it asks then.
                (
                    Identified(id("a2")),
                    FOLLOWER,
                    vec![Post(Reclaim(id("a2")))],
                ),
                (
                    Received(Yield(id("a2"))),
                    FOLLOWER,
                    vec![AbortQueued, RequestLock(STEAL)],
                ),
                (granted(STEAL), LEADER, vec![Post(Leading), Remember(true)]),
            ],
        },
        Story {
            name: "an element swapped for another on the same page takes charge at once",
            locks: true,
            channel: true,
            steps: vec![
                (START, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
                (
                    LockUnavailable,
                    FOLLOWER,
                    vec![RequestLock(WAIT), AskHolder],
                ),
                (Holder { this_page: true }, FOLLOWER, vec![]),
                (granted(WAIT), LEADER, vec![Post(Leading), Remember(true)]),
            ],
        },
        Story {
            name: "the agent takes over before the page's id is known: asked once it is",
            locks: true,
            channel: true,
            steps: vec![
                (START, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
                (
                    LockUnavailable,
                    FOLLOWER,
                    vec![RequestLock(WAIT), AskHolder],
                ),
                (
                    Input::TakeOver,
                    Role::TakingOver,
                    vec![StartTimer(STEP_DOWN_WAIT_MS)],
                ),
                (
                    Identified(id("p")),
                    Role::TakingOver,
                    vec![
                        Post(Message::TakeOver(Some(id("p")))),
                        StartTimer(STEP_DOWN_WAIT_MS),
                    ],
                ),
                (
                    Received(Yield(id("p"))),
                    Role::TakingOver,
                    vec![CancelTimer, AbortQueued, RequestLock(STEAL)],
                ),
            ],
        },
        Story {
            name: "a follower that asked for nothing does not take a lock yielded to it",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![(Received(Yield(id("b"))), FOLLOWER, vec![])],
            ]
            .concat(),
        },
        Story {
            name: "a follower removed leaves the queue",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![(Unmount, FOLLOWER, vec![AbortQueued])],
            ]
            .concat(),
        },
        Story {
            name: "Web Locks refused: lead alone",
            locks: true,
            channel: true,
            steps: vec![
                (START, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
                (LocksRefused, LEADER, vec![Remember(true)]),
                (Received(Message::TakeOver(None)), LEADER, vec![]),
                (Received(Hello), LEADER, vec![]),
            ],
        },
    ];
    for story in stories {
        run(story);
    }
}

#[test]
fn without_web_locks() {
    let stories = vec![
        Story {
            name: "nobody answers hello: lead",
            locks: false,
            channel: true,
            steps: vec![
                (
                    START,
                    Role::Deciding,
                    vec![Post(Hello), StartTimer(HELLO_WAIT_MS)],
                ),
                (TimerFired, LEADER, vec![Post(Leading), Remember(true)]),
                (PageHide, LEADER, vec![Post(Released)]),
                (Unmount, LEADER, vec![Post(Released), Remember(false)]),
            ],
        },
        Story {
            name: "a leader answers: follow, take over on release",
            locks: false,
            channel: true,
            steps: [
                following_without_locks(),
                vec![
                    (TimerFired, FOLLOWER, vec![]),
                    (
                        Input::TakeOver,
                        Role::TakingOver,
                        vec![Post(Message::TakeOver(None)), StartTimer(STEP_DOWN_WAIT_MS)],
                    ),
                    (
                        Received(Released),
                        LEADER,
                        vec![CancelTimer, Post(Leading), Remember(true)],
                    ),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the leader does not step down: lead after the wait",
            locks: false,
            channel: true,
            steps: [
                following_without_locks(),
                vec![
                    (
                        Input::TakeOver,
                        Role::TakingOver,
                        vec![Post(Message::TakeOver(None)), StartTimer(STEP_DOWN_WAIT_MS)],
                    ),
                    (TimerFired, LEADER, vec![Post(Leading), Remember(true)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the leader closes; a lower claim wins",
            locks: false,
            channel: true,
            steps: [
                following_without_locks(),
                vec![
                    (
                        Received(Released),
                        ORPHAN,
                        vec![StartTimer(LEADER_GONE_GRACE_MS)],
                    ),
                    (Received(Claim(70)), ORPHAN, vec![]),
                    (
                        TimerFired,
                        ORPHAN,
                        vec![Post(Claim(50)), StartTimer(CLAIM_WAIT_MS)],
                    ),
                    (Received(Claim(20)), ORPHAN, vec![]),
                    (TimerFired, ORPHAN, vec![]),
                    (Received(Leading), FOLLOWER, vec![]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the leader closes; this tab's claim is the lowest",
            locks: false,
            channel: true,
            steps: [
                following_without_locks(),
                vec![
                    (
                        Received(Released),
                        ORPHAN,
                        vec![StartTimer(LEADER_GONE_GRACE_MS)],
                    ),
                    (
                        TimerFired,
                        ORPHAN,
                        vec![Post(Claim(50)), StartTimer(CLAIM_WAIT_MS)],
                    ),
                    (Received(Claim(90)), ORPHAN, vec![]),
                    // The agent asks while claims are exchanged: the outcome is moments away.
                    (Input::TakeOver, ORPHAN, vec![]),
                    // Its own claim, echoed, does not make it defer.
                    (Received(Claim(50)), ORPHAN, vec![]),
                    (TimerFired, LEADER, vec![Post(Leading), Remember(true)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "neither locks nor a channel: every tab leads",
            locks: false,
            channel: false,
            steps: vec![
                (START, LEADER, vec![]),
                (Received(Message::TakeOver(None)), FOLLOWER, vec![]),
            ],
        },
    ];
    for story in stories {
        run(story);
    }
}

#[test]
fn a_tab_that_took_charge_after_the_leader_closed_says_so() {
    let election = run(Story {
        name: "succession",
        locks: true,
        channel: true,
        steps: [
            following_with_locks(),
            vec![
                (
                    granted(WAIT),
                    ORPHAN,
                    vec![StartTimer(LEADER_GONE_GRACE_MS)],
                ),
                (TimerFired, LEADER, vec![Post(Leading), Remember(true)]),
            ],
        ]
        .concat(),
    });
    assert!(election.succeeded());
    assert!(!election.stolen());
    let first = run(Story {
        name: "first",
        locks: true,
        channel: true,
        steps: leading_with_locks(),
    });
    assert!(!first.succeeded());
    let robbed = run(Story {
        name: "robbed",
        locks: true,
        channel: true,
        steps: [
            leading_with_locks(),
            vec![(LockLost, FOLLOWER, vec![Remember(false), RequestLock(WAIT)])],
        ]
        .concat(),
    });
    assert!(robbed.stolen(), "the panel says the lock was taken");
    let alone = run(Story {
        name: "refused",
        locks: true,
        channel: true,
        steps: vec![
            (START, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
            (LocksRefused, LEADER, vec![Remember(true)]),
        ],
    });
    assert!(alone.refused(), "the panel says it leads alone");
}

#[test]
fn messages_round_trip_and_strangers_are_ignored() {
    for message in [
        Message::TakeOver(None),
        Message::TakeOver(Some(id("5f1c2d3e-0000-4000-8000-000000000000"))),
        Reclaim(id("{abc-123}")),
        Yield(id("b")),
        Released,
        Leading,
        Hello,
        Claim(0),
        Claim(u64::MAX),
    ] {
        assert_eq!(Message::decode(&message.encode()), Some(message));
    }
    let long = format!("yield:{}", "a".repeat(MAX_CLIENT_ID + 1));
    for stranger in [
        "",
        "claim:",
        "claim:-1",
        "claim:+5",
        "claim: 5",
        "claim:1e3",
        "claim:99999999999999999999",
        "LEADING",
        "yield:",
        "yield:<script>",
        "take-over: b",
        "reclaim:a b",
        long.as_str(),
    ] {
        assert_eq!(Message::decode(stranger), None, "{stranger}");
    }
}

#[test]
fn only_a_tab_that_starts_with_no_cockpit_open_before_it_is_fresh() {
    let table: Vec<(&str, bool, bool, Vec<Step>, bool)> = vec![
        ("the first tab", true, true, leading_with_locks(), true),
        (
            "a reloaded tab in charge",
            true,
            true,
            vec![
                (RELOADED, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
                (
                    granted(IF_AVAILABLE),
                    LEADER,
                    vec![Post(Leading), Remember(true)],
                ),
            ],
            false,
        ),
        (
            "a second tab that took charge when the first closed",
            true,
            true,
            [
                following_with_locks(),
                vec![
                    (
                        granted(WAIT),
                        ORPHAN,
                        vec![StartTimer(LEADER_GONE_GRACE_MS)],
                    ),
                    (TimerFired, LEADER, vec![Post(Leading), Remember(true)]),
                ],
            ]
            .concat(),
            false,
        ),
        (
            "a second tab that follows",
            true,
            true,
            following_with_locks(),
            false,
        ),
        (
            "refused Web Locks, first",
            true,
            true,
            vec![
                (START, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
                (LocksRefused, LEADER, vec![Remember(true)]),
            ],
            true,
        ),
        (
            "refused Web Locks, reloaded",
            true,
            true,
            vec![
                (RELOADED, Role::Deciding, vec![RequestLock(IF_AVAILABLE)]),
                (LocksRefused, LEADER, vec![Remember(true)]),
            ],
            false,
        ),
        (
            "no Web Locks, nobody answers hello",
            false,
            true,
            vec![
                (
                    START,
                    Role::Deciding,
                    vec![Post(Hello), StartTimer(HELLO_WAIT_MS)],
                ),
                (TimerFired, LEADER, vec![Post(Leading), Remember(true)]),
            ],
            true,
        ),
        (
            "no Web Locks, reloaded",
            false,
            true,
            vec![
                (
                    RELOADED,
                    Role::Deciding,
                    vec![Post(Hello), StartTimer(HELLO_WAIT_MS)],
                ),
                (TimerFired, LEADER, vec![Post(Leading), Remember(true)]),
            ],
            false,
        ),
        (
            "neither locks nor a channel",
            false,
            false,
            vec![(START, LEADER, vec![])],
            true,
        ),
    ];
    for (name, locks, channel, steps, fresh) in table {
        let election = run(Story {
            name,
            locks,
            channel,
            steps,
        });
        assert_eq!(election.fresh(), fresh, "{name}");
    }
}
