use super::*;
use Effect::*;
use Input::{
    LockGranted, LockLost, LockUnavailable, PageHide, Received, Start, SteppedDown, TimerFired,
    Unmount,
};
use Message::{Claim, Hello, Leading, Released};

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

/// A tab that found the Web Lock free and leads.
fn leading_with_locks() -> Vec<Step> {
    vec![
        (
            Start,
            Role::Deciding,
            vec![RequestLock(LockMode::IfAvailable)],
        ),
        (LockGranted, LEADER, vec![Post(Leading)]),
    ]
}

/// A tab that found the Web Lock held by another and follows.
fn following_with_locks() -> Vec<Step> {
    vec![
        (
            Start,
            Role::Deciding,
            vec![RequestLock(LockMode::IfAvailable)],
        ),
        (LockUnavailable, FOLLOWER, vec![]),
    ]
}

/// A tab without Web Locks whose hello a leader answered.
fn following_without_locks() -> Vec<Step> {
    vec![
        (
            Start,
            Role::Deciding,
            vec![Post(Hello), StartTimer(HELLO_WAIT_MS)],
        ),
        (Received(Leading), FOLLOWER, vec![CancelTimer]),
    ]
}

fn run(story: Story) -> Election {
    let mut election = Election::new(story.locks, story.channel, 50);
    for (n, (input, role, effects)) in story.steps.into_iter().enumerate() {
        let got = election.step(input);
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
            name: "first tab leads",
            locks: true,
            channel: true,
            steps: [
                leading_with_locks(),
                vec![
                    (Received(Hello), LEADER, vec![Post(Leading)]),
                    (Received(Leading), LEADER, vec![]),
                    // A second grant changes nothing and announces nothing.
                    (LockGranted, LEADER, vec![]),
                    (PageHide, LEADER, vec![Post(Released)]),
                    (Unmount, LEADER, vec![ReleaseLock, Post(Released)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "second tab follows, takes over after the leader steps down",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        Input::TakeOver,
                        Role::TakingOver,
                        vec![Post(Message::TakeOver), StartTimer(STEP_DOWN_WAIT_MS)],
                    ),
                    (
                        Received(Released),
                        Role::TakingOver,
                        vec![RequestLock(LockMode::Wait)],
                    ),
                    (LockGranted, LEADER, vec![CancelTimer, Post(Leading)]),
                    (TimerFired, LEADER, vec![]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "a leader that does not answer has its lock stolen",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        Input::TakeOver,
                        Role::TakingOver,
                        vec![Post(Message::TakeOver), StartTimer(STEP_DOWN_WAIT_MS)],
                    ),
                    (
                        TimerFired,
                        Role::TakingOver,
                        vec![RequestLock(LockMode::Steal)],
                    ),
                    (LockGranted, LEADER, vec![Post(Leading)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the leader steps down only once its cockpit has gone",
            locks: true,
            channel: true,
            steps: [
                leading_with_locks(),
                vec![
                    (Received(Message::TakeOver), FOLLOWER, vec![]),
                    (SteppedDown, FOLLOWER, vec![ReleaseLock, Post(Released)]),
                    (SteppedDown, FOLLOWER, vec![]),
                    (Unmount, FOLLOWER, vec![]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "a stolen lock makes a follower",
            locks: true,
            channel: true,
            steps: [
                leading_with_locks(),
                vec![(LockLost, FOLLOWER, vec![]), (Unmount, FOLLOWER, vec![])],
            ]
            .concat(),
        },
        Story {
            name: "the leader closes: after the grace period this tab takes charge",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        Received(Released),
                        ORPHAN,
                        vec![StartTimer(LEADER_GONE_GRACE_MS)],
                    ),
                    (TimerFired, ORPHAN, vec![RequestLock(LockMode::IfAvailable)]),
                    (LockGranted, LEADER, vec![Post(Leading)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the leader reloads within the grace period and keeps its charge",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        Received(Released),
                        ORPHAN,
                        vec![StartTimer(LEADER_GONE_GRACE_MS)],
                    ),
                    (Received(Leading), FOLLOWER, vec![CancelTimer]),
                    (TimerFired, FOLLOWER, vec![]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "another waiting tab wins the lock first",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        Received(Released),
                        ORPHAN,
                        vec![StartTimer(LEADER_GONE_GRACE_MS)],
                    ),
                    (TimerFired, ORPHAN, vec![RequestLock(LockMode::IfAvailable)]),
                    (LockUnavailable, FOLLOWER, vec![]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "the agent need not wait for the grace period",
            locks: true,
            channel: true,
            steps: [
                following_with_locks(),
                vec![
                    (
                        Received(Released),
                        ORPHAN,
                        vec![StartTimer(LEADER_GONE_GRACE_MS)],
                    ),
                    (
                        Input::TakeOver,
                        ORPHAN,
                        vec![CancelTimer, RequestLock(LockMode::IfAvailable)],
                    ),
                    (LockGranted, LEADER, vec![Post(Leading)]),
                ],
            ]
            .concat(),
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
                    Start,
                    Role::Deciding,
                    vec![Post(Hello), StartTimer(HELLO_WAIT_MS)],
                ),
                (TimerFired, LEADER, vec![Post(Leading)]),
                (Unmount, LEADER, vec![ReleaseLock, Post(Released)]),
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
                        vec![Post(Message::TakeOver), StartTimer(STEP_DOWN_WAIT_MS)],
                    ),
                    (Received(Released), LEADER, vec![CancelTimer, Post(Leading)]),
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
                        vec![Post(Message::TakeOver), StartTimer(STEP_DOWN_WAIT_MS)],
                    ),
                    (TimerFired, LEADER, vec![Post(Leading)]),
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
                    (TimerFired, LEADER, vec![Post(Leading)]),
                ],
            ]
            .concat(),
        },
        Story {
            name: "neither locks nor a channel: every tab leads",
            locks: false,
            channel: false,
            steps: vec![
                (Start, LEADER, vec![]),
                (Received(Message::TakeOver), FOLLOWER, vec![]),
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
        steps: vec![
            (
                Start,
                Role::Deciding,
                vec![RequestLock(LockMode::IfAvailable)],
            ),
            (LockUnavailable, FOLLOWER, vec![]),
            (
                Received(Released),
                ORPHAN,
                vec![StartTimer(LEADER_GONE_GRACE_MS)],
            ),
            (TimerFired, ORPHAN, vec![RequestLock(LockMode::IfAvailable)]),
            (LockGranted, LEADER, vec![Post(Leading)]),
        ],
    });
    assert!(election.succeeded());
    let first = run(Story {
        name: "first",
        locks: true,
        channel: true,
        steps: vec![
            (
                Start,
                Role::Deciding,
                vec![RequestLock(LockMode::IfAvailable)],
            ),
            (LockGranted, LEADER, vec![Post(Leading)]),
        ],
    });
    assert!(!first.succeeded());
}

#[test]
fn messages_round_trip_and_strangers_are_ignored() {
    for message in [
        Message::TakeOver,
        Released,
        Leading,
        Hello,
        Claim(0),
        Claim(u64::MAX),
    ] {
        assert_eq!(Message::decode(&message.encode()), Some(message));
    }
    for stranger in [
        "",
        "claim:",
        "claim:-1",
        "claim:+5",
        "claim: 5",
        "claim:1e3",
        "claim:99999999999999999999",
        "LEADING",
    ] {
        assert_eq!(Message::decode(stranger), None, "{stranger}");
    }
}
