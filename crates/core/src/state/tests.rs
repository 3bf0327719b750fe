use super::*;
use crate::config::RelayDials;
use crate::i18n::Lang;
use crate::protocol::{
    AssignedInteraction, ChangedLanguage, ChangedTheme, FinishedInteraction, Problem,
};

const ORIGIN: &str = "https://ucontact.example";

fn receive(cockpit: &mut Cockpit, at: Millis, event: Event) {
    cockpit.apply(Action::Received {
        at,
        origin: ORIGIN.to_owned(),
        message: event.into(),
    });
}

fn assigned(guid: &str, campaign: &str) -> Event {
    Event::AssignedInteraction(AssignedInteraction {
        guid: guid.into(),
        campaign: campaign.into(),
        channel: "Phone".into(),
        client_id: "42".into(),
    })
}

fn finished(guid: &str, date: &str) -> Event {
    Event::FinishedInteraction(FinishedInteraction {
        guid: guid.into(),
        finish_date: date.into(),
    })
}

fn disposition(guid: &str, comment: &str, ids: &[&str], values: &[&str]) -> Event {
    Event::SentDisposition(SentDisposition {
        guid: guid.into(),
        comment: comment.into(),
        levels_id: ids.iter().map(|s| s.to_string()).collect(),
        levels_value: values.iter().map(|s| s.to_string()).collect(),
    })
}

fn active_guids(cockpit: &Cockpit) -> Vec<&str> {
    cockpit.active.iter().map(|e| e.guid.as_str()).collect()
}

fn history_guids(cockpit: &Cockpit) -> Vec<&str> {
    cockpit
        .history
        .newest_first()
        .map(|e| e.guid.as_str())
        .collect()
}

#[test]
fn assignments_are_listed_newest_first() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("a", "Sales"));
    receive(&mut cockpit, 2_000, assigned("b", "Support"));
    assert_eq!(active_guids(&cockpit), ["b", "a"]);
    let first = cockpit.active[1].assignment.as_ref().unwrap();
    assert_eq!((first.campaign.as_str(), first.at), ("Sales", 1_000));
}

#[test]
fn a_repeated_assignment_updates_and_never_duplicates() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("a", "Sales"));
    receive(&mut cockpit, 2_000, assigned("b", "Sales"));
    receive(&mut cockpit, 3_000, assigned("a", "Retention"));
    assert_eq!(active_guids(&cockpit), ["b", "a"]);
    let a = cockpit.active[1].assignment.as_ref().unwrap();
    assert_eq!(a.campaign, "Retention");
    assert_eq!(
        a.at, 1_000,
        "elapsed time keeps counting from the first assignment"
    );
}

#[test]
fn finishing_moves_an_interaction_to_history() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("a", "Sales"));
    receive(&mut cockpit, 2_000, assigned("b", "Sales"));
    receive(&mut cockpit, 3_000, finished("a", "2024-05-10 14:33:12"));
    receive(&mut cockpit, 4_000, finished("b", "2024-05-10 14:35:00"));
    assert!(cockpit.active.is_empty());
    assert_eq!(history_guids(&cockpit), ["b", "a"]);
    let a = cockpit.history.get("a").unwrap();
    assert_eq!(
        a.finish,
        Some(Finish {
            date: "2024-05-10 14:33:12".into(),
            at: 3_000
        })
    );
    assert_eq!(
        a.assignment.as_ref().map(|x| x.campaign.as_str()),
        Some("Sales")
    );
}

#[test]
fn an_unknown_finish_still_reaches_history() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, finished("ghost", "yesterday"));
    assert_eq!(history_guids(&cockpit), ["ghost"]);
    let ghost = cockpit.history.get("ghost").unwrap();
    assert_eq!(ghost.assignment, None);
    assert_eq!(
        ghost.finish.as_ref().map(|f| f.date.as_str()),
        Some("yesterday")
    );
}

#[test]
fn a_repeated_finish_updates_the_date_in_place() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, finished("a", "d1"));
    receive(&mut cockpit, 2_000, finished("b", "d2"));
    receive(&mut cockpit, 3_000, finished("a", "d3"));
    receive(&mut cockpit, 4_000, finished("a", "d3"));
    assert_eq!(history_guids(&cockpit), ["b", "a"]);
    assert_eq!(
        cockpit
            .history
            .get("a")
            .unwrap()
            .finish
            .as_ref()
            .unwrap()
            .date,
        "d3"
    );
}

#[test]
fn dispositions_attach_wherever_the_guid_is() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("active", "Sales"));
    receive(&mut cockpit, 1_000, assigned("done", "Sales"));
    receive(&mut cockpit, 2_000, finished("done", "d"));
    receive(
        &mut cockpit,
        3_000,
        disposition("active", "on call", &["1"], &["Sale"]),
    );
    receive(
        &mut cockpit,
        3_000,
        disposition("done", "closed", &["2"], &["No sale"]),
    );
    assert_eq!(cockpit.active[0].dispositions[0].comment, "on call");
    assert_eq!(
        cockpit.history.get("done").unwrap().dispositions[0].comment,
        "closed"
    );

    receive(&mut cockpit, 4_000, finished("active", "d"));
    let moved = cockpit.history.get("active").unwrap();
    assert_eq!(
        moved.dispositions.len(),
        1,
        "a disposition travels to history"
    );
}

#[test]
fn a_disposition_for_an_unknown_guid_creates_an_entry() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, disposition("ghost", "c", &[], &[]));
    assert_eq!(history_guids(&cockpit), ["ghost"]);
    let ghost = cockpit.history.get("ghost").unwrap();
    assert_eq!((ghost.finish.clone(), ghost.dispositions.len()), (None, 1));
    // A later finish completes the same entry rather than adding one.
    receive(&mut cockpit, 2_000, finished("ghost", "d"));
    assert_eq!(history_guids(&cockpit), ["ghost"]);
    assert!(cockpit.history.get("ghost").unwrap().finish.is_some());
}

#[test]
fn levels_of_different_lengths_are_all_kept() {
    let mut cockpit = Cockpit::default();
    receive(
        &mut cockpit,
        1_000,
        disposition("g", "", &["1", "2", "3"], &["A"]),
    );
    receive(&mut cockpit, 1_000, disposition("h", "", &[], &["X", "Y"]));
    let level = |id: Option<&str>, value: Option<&str>| Level {
        id: id.map(str::to_owned),
        value: value.map(str::to_owned),
    };
    assert_eq!(
        cockpit.history.get("g").unwrap().dispositions[0].levels,
        [
            level(Some("1"), Some("A")),
            level(Some("2"), None),
            level(Some("3"), None)
        ]
    );
    assert_eq!(
        cockpit.history.get("h").unwrap().dispositions[0].levels,
        [level(None, Some("X")), level(None, Some("Y"))]
    );
}

#[test]
fn a_repeated_disposition_is_kept_once_and_a_different_one_added() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("g", "Sales"));
    receive(
        &mut cockpit,
        2_000,
        disposition("g", "first", &["1"], &["A"]),
    );
    receive(
        &mut cockpit,
        3_000,
        disposition("g", "first", &["1"], &["A"]),
    );
    receive(
        &mut cockpit,
        4_000,
        disposition("g", "corrected", &["1"], &["B"]),
    );
    let comments: Vec<&str> = cockpit.active[0]
        .dispositions
        .iter()
        .map(|d| d.comment.as_str())
        .collect();
    assert_eq!(comments, ["first", "corrected"]);
}

#[test]
fn an_assignment_for_a_finished_guid_reopens_it() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("g", "Sales"));
    receive(&mut cockpit, 2_000, disposition("g", "note", &[], &[]));
    receive(&mut cockpit, 3_000, finished("g", "d"));
    receive(&mut cockpit, 4_000, assigned("g", "Sales"));
    assert_eq!(active_guids(&cockpit), ["g"]);
    assert!(cockpit.history.is_empty(), "never in both places");
    let g = &cockpit.active[0];
    assert_eq!((g.finish.clone(), g.dispositions.len()), (None, 1));
    assert_eq!(g.assignment.as_ref().unwrap().at, 4_000);
}

#[test]
fn theme_and_language_follow_ucontact() {
    let mut cockpit = Cockpit::default();
    let primary = crate::color::Color::rgb(1, 2, 3);
    receive(
        &mut cockpit,
        1,
        Event::ChangedTheme(ChangedTheme {
            dark: true,
            primary,
        }),
    );
    assert_eq!(
        cockpit.theme,
        Theme {
            dark: true,
            primary: Some(primary)
        }
    );
    receive(
        &mut cockpit,
        2,
        Event::ChangedLanguage(ChangedLanguage {
            code: "pt-BR".into(),
        }),
    );
    assert_eq!(
        (cockpit.locale.lang, &*cockpit.locale.tag),
        (Lang::Pt, "pt-BR")
    );
    receive(
        &mut cockpit,
        3,
        Event::ChangedLanguage(ChangedLanguage { code: "fr".into() }),
    );
    assert_eq!(
        (cockpit.locale.lang, &*cockpit.locale.tag),
        (Lang::En, "en")
    );
}

#[test]
fn a_rejection_is_counted_and_logged_and_changes_nothing_else() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("a", "Sales"));
    let before = cockpit.clone();
    let rejected = Rejected::Field {
        field: "data.guid".into(),
        problem: Problem::Missing,
    };
    cockpit.apply(Action::Received {
        at: 2_000,
        origin: "https://evil.example".into(),
        message: rejected.clone().into(),
    });
    assert_eq!(cockpit.active, before.active);
    assert_eq!(cockpit.history, before.history);
    assert_eq!(
        (cockpit.theme, &cockpit.locale),
        (before.theme, &before.locale)
    );
    assert_eq!(
        (cockpit.inspector.accepted, cockpit.inspector.rejected),
        (1, 1)
    );
    let latest = cockpit.inspector.recent.front().unwrap();
    assert_eq!(
        latest.verdict,
        Verdict::Rejected {
            reason: rejected,
            claimed: None
        }
    );
    assert_eq!(latest.origin, "https://evil.example");
    assert_eq!(cockpit.inspector.lost, 0, "it claimed no interaction event");
}

#[test]
fn the_inspector_remembers_a_bounded_number_of_messages() {
    let mut cockpit = Cockpit::default();
    for n in 0..(INSPECTOR_CAPACITY as u64 + 10) {
        receive(&mut cockpit, n, assigned(&format!("g{n}"), "Sales"));
    }
    assert_eq!(cockpit.inspector.recent.len(), INSPECTOR_CAPACITY);
    assert_eq!(cockpit.inspector.accepted, INSPECTOR_CAPACITY as u64 + 10);
    let newest = cockpit.inspector.recent.front().unwrap();
    assert_eq!(newest.seq, INSPECTOR_CAPACITY as u64 + 10);
    assert_eq!(cockpit.inspector.recent.back().unwrap().seq, 11);
    assert_eq!(
        newest.verdict,
        Verdict::Accepted {
            event: "assignedInteraction",
            detail: format!("g{}", INSPECTOR_CAPACITY + 9),
            coerced: false,
        }
    );
}

#[test]
fn a_dial_is_admitted_once_and_a_repeat_is_refused_to_its_source() {
    let mut cockpit = Cockpit::default();
    let request = StartInteraction::new("Sales", "Phone", "42").unwrap();
    let first = cockpit.apply(Action::Dial {
        at: 5,
        request: request.clone(),
        source: DialSource::Element { call: 1 },
    });
    let [Fact::DialAdmitted(dial)] = first.facts.as_slice() else {
        panic!("admitted: {:?}", first.facts);
    };
    assert!(first.changed);
    assert_eq!(
        (&dial.request, dial.sent_at, &dial.source),
        (&request, 5, &DialSource::Element { call: 1 })
    );
    // Every source is answered by the same rule: Enter twice, a second `el.dial()`, another
    // page, the framing page.
    for source in [
        DialSource::Agent,
        DialSource::Element { call: 2 },
        DialSource::Relay {
            id: "p:1".into(),
            page: "Tickets".into(),
        },
        DialSource::Parent,
        DialSource::Link,
        DialSource::HubSpot,
    ] {
        let again = cockpit.apply(Action::Dial {
            at: 6,
            request: request.clone(),
            source: source.clone(),
        });
        assert_eq!(
            again,
            Applied {
                changed: false,
                facts: vec![Fact::DialRefused {
                    source,
                    request: request.clone(),
                    refusal: Refusal::AlreadyPending,
                }],
            }
        );
    }
    assert_eq!(cockpit.dials.len(), 1);
    assert_eq!(
        cockpit.inspector,
        Inspector::default(),
        "a dial is not a message from uContact"
    );
    // Posted: said to its source; the browser could not: not sent, said once.
    let posted = cockpit.apply(Action::DialPosted { id: dial.id });
    assert!(matches!(posted.facts.as_slice(), [Fact::DialPosted(d)] if d.id == dial.id));
    assert!(!posted.changed);
    let failed = cockpit.apply(Action::DialFailed { id: dial.id, at: 7 });
    assert!(
        matches!(failed.facts.as_slice(), [Fact::DialNotSent(d)] if d.outcome == Outcome::NotSent { at: 7 })
    );
    assert!(
        cockpit
            .apply(Action::DialFailed { id: dial.id, at: 8 })
            .facts
            .is_empty()
    );
    assert!(
        cockpit
            .apply(Action::DialPosted { id: 99 })
            .facts
            .is_empty(),
        "no such dial"
    );
}

#[test]
fn answers_and_expiries_are_facts_for_the_dials_sources() {
    let mut cockpit = Cockpit {
        dial_answer_ms: 10_000,
        ..Cockpit::default()
    };
    for client in ["42", "7"] {
        cockpit.apply(Action::Dial {
            at: 1_000,
            request: StartInteraction::new("Sales", "Phone", client).unwrap(),
            source: DialSource::HubSpot,
        });
    }
    let applied = cockpit.apply(Action::Received {
        at: 2_000,
        origin: ORIGIN.into(),
        message: Ok(assigned("g-42", "Sales")).into(),
    });
    let answered: Vec<_> = applied
        .facts
        .iter()
        .filter_map(|fact| match fact {
            Fact::DialAnswered(dial) => Some((dial.request.client_id.as_str(), &dial.source)),
            _ => None,
        })
        .collect();
    assert_eq!(answered, [("42", &DialSource::HubSpot)]);
    let quiet = cockpit.apply(Action::Tick { at: 5_000 });
    assert_eq!(
        quiet,
        Applied::default(),
        "nothing expired: nothing to render"
    );
    let expired = cockpit.apply(Action::Tick { at: 11_000 });
    assert!(expired.changed);
    assert!(
        matches!(expired.facts.as_slice(), [Fact::DialNotAnswered(d)] if d.request.client_id == "7")
    );
}

#[test]
fn each_accepted_message_is_one_fact_with_the_interaction_as_it_stands() {
    let mut cockpit = Cockpit::default();
    let batch = Action::Batch(vec![
        Action::Received {
            at: 1,
            origin: ORIGIN.into(),
            message: Ok(assigned("a", "Sales")).into(),
        },
        Action::Received {
            at: 2,
            origin: ORIGIN.into(),
            message: Rejected::WrongSource.into(),
        },
        Action::Received {
            at: 3,
            origin: ORIGIN.into(),
            message: Ok(finished("a", "2026-12-02 10:00:00")).into(),
        },
    ]);
    let applied = cockpit.apply(batch);
    let accepted: Vec<_> = applied
        .facts
        .iter()
        .filter_map(|fact| match fact {
            Fact::Accepted {
                at,
                event,
                interaction,
            } => Some((
                *at,
                event.name(),
                interaction.as_ref().map(|i| i.finish.is_some()),
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        accepted,
        [
            (1, "assignedInteraction", Some(false)),
            (3, "finishedInteraction", Some(true))
        ],
        "the refused message is no fact"
    );
    assert!(matches!(&applied.facts[1], Fact::Arrival(a) if a.guid == "a"));
    assert_eq!(cockpit.apply(Action::Ready).facts, [Fact::Ready]);
    assert!(!cockpit.apply(Action::Ready).changed);
    assert!(!cockpit.apply(Action::Forget { before: 0 }).changed);
    assert!(cockpit.apply(Action::Forget { before: 10 }).changed);
}

#[test]
fn a_dial_is_answered_by_an_assignment_for_its_client_or_expires() {
    let mut cockpit = Cockpit {
        dial_answer_ms: 10_000,
        ..Cockpit::default()
    };
    let dial = |cockpit: &mut Cockpit, client: &str, at| {
        let request = StartInteraction::new("Sales", "Phone", client).unwrap();
        cockpit.apply(Action::Dial {
            at,
            request,
            source: DialSource::Agent,
        });
    };
    dial(&mut cockpit, "42", 1_000);
    dial(&mut cockpit, "7", 1_000);
    dial(&mut cockpit, "8", 30_000);
    // `assigned` is for client 42.
    receive(&mut cockpit, 4_000, assigned("g-42", "Sales"));
    cockpit.apply(Action::Tick { at: 11_000 });
    let outcomes: Vec<(&str, &Outcome)> = cockpit
        .dials
        .iter()
        .map(|d| (d.request.client_id.as_str(), &d.outcome))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("8", &Outcome::Pending),
            (
                "7",
                &Outcome::NotAnswered {
                    heard: true,
                    at: 11_000
                }
            ),
            (
                "42",
                &Outcome::Answered {
                    guid: "g-42".into(),
                    at: 4_000
                }
            ),
        ]
    );
    cockpit.apply(Action::Tick { at: 40_000 });
    assert_eq!(
        cockpit.dials.iter().next().map(|d| &d.outcome),
        Some(&Outcome::NotAnswered {
            heard: false,
            at: 40_000
        }),
        "uContact said nothing after the dial at 30 s"
    );
    dial(&mut cockpit, "9", 41_000);
    cockpit.apply(Action::DialFailed { id: 3, at: 41_000 });
    assert_eq!(
        cockpit.dials.iter().next().map(|d| &d.outcome),
        Some(&Outcome::NotSent { at: 41_000 })
    );
    cockpit.apply(Action::DialFailed { id: 2, at: 42_000 });
    assert_eq!(
        cockpit.dials.iter().nth(1).map(|d| &d.outcome),
        Some(&Outcome::NotAnswered {
            heard: false,
            at: 40_000
        }),
        "only a dial still pending can fail to be posted"
    );
}

#[test]
fn only_a_guid_never_seen_is_an_arrival() {
    let mut cockpit = Cockpit::default();
    let mut seen = Vec::new();
    let mut arrivals = |cockpit: &mut Cockpit, at, event| {
        let applied = cockpit.apply(Action::Received {
            at,
            origin: ORIGIN.into(),
            message: Ok(event).into(),
        });
        for fact in applied.facts {
            if let Fact::Arrival(entry) = fact {
                seen.push(entry.guid.clone());
            }
        }
    };
    arrivals(&mut cockpit, 1, assigned("a", "Sales"));
    arrivals(&mut cockpit, 2, assigned("a", "Support"));
    arrivals(&mut cockpit, 3, assigned("b", "Sales"));
    arrivals(&mut cockpit, 4, finished("b", "d"));
    arrivals(&mut cockpit, 5, assigned("b", "Sales"));
    arrivals(&mut cockpit, 6, finished("c", "d"));
    arrivals(&mut cockpit, 7, assigned("c", "Sales"));
    assert_eq!(
        seen,
        ["a", "b"],
        "not a repeat, nor one reopened from history"
    );
    let mut restored = Cockpit {
        active: vec![Rc::new(Interaction {
            restored: true,
            ..Interaction::new("r".into())
        })],
        ..Cockpit::default()
    };
    let applied = restored.apply(Action::Received {
        at: 8,
        origin: ORIGIN.into(),
        message: Ok(assigned("r", "Sales")).into(),
    });
    assert!(
        !applied
            .facts
            .iter()
            .any(|fact| matches!(fact, Fact::Arrival(_))),
        "nor one restored after a reload"
    );
}

#[test]
fn a_refused_interaction_event_is_remembered_for_the_panel() {
    let mut cockpit = Cockpit::default();
    let refused = |event: Option<&'static str>| Action::Received {
        at: 1,
        origin: ORIGIN.into(),
        message: Reading {
            result: Err(Rejected::Field {
                field: "data.clientId".into(),
                problem: Problem::Missing,
            }),
            claimed: event,
            coerced: false,
        },
    };
    cockpit.apply(refused(Some("changedTheme")));
    cockpit.apply(refused(None));
    assert_eq!(cockpit.inspector.lost, 0);
    cockpit.apply(refused(Some("assignedInteraction")));
    cockpit.apply(refused(Some("sentDisposition")));
    assert_eq!(cockpit.inspector.lost, 2);
    assert_eq!(cockpit.inspector.rejected, 4);
    let last = cockpit.inspector.last_lost.as_ref().unwrap();
    assert_eq!(last.seq, 4);
    assert!(matches!(
        last.verdict,
        Verdict::Rejected {
            claimed: Some("sentDisposition"),
            ..
        }
    ));
}

#[test]
fn coerced_ids_are_counted() {
    let mut cockpit = Cockpit::default();
    cockpit.apply(Action::Received {
        at: 1,
        origin: ORIGIN.into(),
        message: Reading {
            coerced: true,
            ..Reading::from(assigned("1234", "Sales"))
        },
    });
    receive(&mut cockpit, 2, assigned("g", "Sales"));
    assert_eq!(
        (cockpit.inspector.accepted, cockpit.inspector.coerced),
        (2, 1)
    );
}

#[test]
fn handle_and_wrap_up_times_come_from_what_the_cockpit_saw() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("a", "Sales"));
    receive(&mut cockpit, 61_000, finished("a", "d"));
    receive(&mut cockpit, 91_000, disposition("a", "x", &[], &[]));
    receive(&mut cockpit, 95_000, disposition("a", "y", &[], &[]));
    receive(&mut cockpit, 100_000, disposition("b", "early", &[], &[]));
    receive(&mut cockpit, 101_000, finished("b", "d"));
    receive(&mut cockpit, 102_000, finished("c", "d"));
    let get = |guid: &str| cockpit.history.get(guid).unwrap().clone();
    let table = [
        ("a", Some(60_000), Some(30_000), Some(95_000)),
        ("b", None, Some(0), Some(101_000)),
        ("c", None, None, Some(102_000)),
    ];
    for (guid, handle, wrap_up, latest) in table {
        let entry = get(guid);
        assert_eq!(entry.handle_time(), handle, "{guid} handle");
        assert_eq!(entry.wrap_up(), wrap_up, "{guid} wrap-up");
        assert_eq!(entry.latest_at(), latest, "{guid} latest");
    }
    assert_eq!(Interaction::new("x".into()).latest_at(), None);
}

#[test]
fn ending_the_shift_forgets_interactions_dials_and_messages_but_not_the_look() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1, assigned("a", "Sales"));
    receive(&mut cockpit, 2, assigned("b", "Sales"));
    receive(&mut cockpit, 3, finished("b", "d"));
    receive(
        &mut cockpit,
        4,
        Event::ChangedLanguage(ChangedLanguage { code: "es".into() }),
    );
    cockpit.apply(Action::Dial {
        at: 5,
        request: StartInteraction::new("S", "P", "1").unwrap(),
        source: DialSource::Agent,
    });
    let applied = cockpit.apply(Action::EndShift);
    assert!(cockpit.active.is_empty() && cockpit.history.is_empty() && cockpit.dials.is_empty());
    assert_eq!(cockpit.inspector, Inspector::default());
    assert_eq!(cockpit.locale.lang, Lang::Es);
    assert!(applied.changed);
    assert_eq!(
        applied.facts,
        [Fact::ShiftEnded {
            active: 1,
            finished: 1
        }]
    );
    let again = cockpit.apply(Action::EndShift);
    assert!(!again.changed, "an empty shift ended again changes nothing");
}

#[test]
fn retention_forgets_finished_interactions_and_dials_older_than_the_cutoff() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("old-active", "Sales"));
    receive(&mut cockpit, 1_000, finished("old", "d"));
    receive(&mut cockpit, 1_000, finished("touched", "d"));
    receive(
        &mut cockpit,
        5_000,
        disposition("touched", "late", &[], &[]),
    );
    receive(&mut cockpit, 6_000, finished("new", "d"));
    cockpit.apply(Action::Dial {
        at: 1_000,
        request: StartInteraction::new("S", "P", "1").unwrap(),
        source: DialSource::Agent,
    });
    cockpit.apply(Action::Dial {
        at: 5_000,
        request: StartInteraction::new("S", "P", "2").unwrap(),
        source: DialSource::Agent,
    });
    cockpit.apply(Action::Forget { before: 5_000 });
    assert_eq!(history_guids(&cockpit), ["new", "touched"]);
    assert_eq!(
        active_guids(&cockpit),
        ["old-active"],
        "active ones are going on"
    );
    assert_eq!(cockpit.dials.len(), 1);
}

#[test]
fn nothing_reported_is_lost_over_a_long_shift() {
    let mut cockpit = Cockpit::default();
    for n in 0..2_400u64 {
        let guid = format!("g{n}");
        receive(&mut cockpit, n, assigned(&guid, "Sales"));
        if n % 3 != 0 {
            receive(&mut cockpit, n, finished(&guid, "d"));
        }
        if n % 5 == 0 {
            receive(&mut cockpit, n, disposition(&guid, "c", &["1"], &["A"]));
        }
    }
    assert_eq!(cockpit.active.len() + cockpit.history.len(), 2_400);
    assert_eq!(cockpit.active.len(), 800);
    let mut all: Vec<&str> = active_guids(&cockpit);
    all.extend(history_guids(&cockpit));
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), 2_400, "every guid exactly once");
}

#[test]
fn history_is_bounded_by_its_limit() {
    let mut cockpit = Cockpit {
        history_limit: 100,
        ..Cockpit::default()
    };
    for n in 0..250u64 {
        receive(&mut cockpit, n, finished(&format!("g{n}"), "d"));
    }
    assert_eq!(cockpit.history.len(), 100);
    assert_eq!(history_guids(&cockpit).first().copied(), Some("g249"));
    assert_eq!(history_guids(&cockpit).last().copied(), Some("g150"));
}

#[test]
fn a_restored_interaction_is_confirmed_by_ucontact_mentioning_it() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("a", "Sales"));
    receive(&mut cockpit, 1_000, assigned("b", "Sales"));
    for entry in &mut cockpit.active {
        Rc::make_mut(entry).restored = true;
    }
    receive(&mut cockpit, 2_000, assigned("a", "Sales"));
    let a = cockpit.active.iter().find(|e| e.guid == "a").unwrap();
    assert!(!a.restored);
    assert_eq!(
        a.assignment.as_ref().unwrap().at,
        1_000,
        "still timed from the first assignment"
    );
    receive(&mut cockpit, 3_000, finished("b", "d"));
    assert!(!cockpit.history.get("b").unwrap().restored);
}

#[test]
fn only_restored_interactions_are_flagged_as_possibly_orphaned() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1_000, assigned("a", "Sales"));
    let watched = &cockpit.active[0];
    assert!(
        !watched.is_possibly_orphaned(u64::MAX, 60_000),
        "one the cockpit watched all along, however long"
    );
    let restored = Interaction {
        restored: true,
        ..(**watched).clone()
    };
    assert!(!restored.is_possibly_orphaned(1_000 + 60_000, 60_000));
    assert!(restored.is_possibly_orphaned(1_000 + 60_001, 60_000));
    receive(&mut cockpit, 2_000, finished("a", "d"));
    let finished = Interaction {
        restored: true,
        ..(**cockpit.history.get("a").unwrap()).clone()
    };
    assert!(!finished.is_possibly_orphaned(u64::MAX, 0));
}

#[test]
fn active_interactions_and_dispositions_are_bounded_without_losing_guids() {
    let mut cockpit = Cockpit::default();
    for n in 0..(MAX_ACTIVE as u64 + 5) {
        receive(&mut cockpit, n, assigned(&format!("g{n}"), "Sales"));
    }
    assert_eq!(cockpit.active.len(), MAX_ACTIVE);
    assert_eq!(
        history_guids(&cockpit),
        ["g4", "g3", "g2", "g1", "g0"],
        "the oldest moved to history"
    );
    receive(&mut cockpit, 9_999, finished("g2", "d"));
    assert_eq!(
        cockpit.history.len(),
        5,
        "finishing one of them updates it in place"
    );
    for n in 0..(MAX_DISPOSITIONS + 3) {
        receive(
            &mut cockpit,
            10_000,
            disposition("g10", &format!("c{n}"), &[], &[]),
        );
    }
    let kept = &cockpit
        .active
        .iter()
        .find(|e| e.guid == "g10")
        .unwrap()
        .dispositions;
    assert_eq!(kept.len(), MAX_DISPOSITIONS);
    assert_eq!(
        kept.first().map(|d| d.comment.as_str()),
        Some("c3"),
        "the newest are kept"
    );
}

#[test]
fn search_matches_each_field_on_its_own() {
    let mut cockpit = Cockpit::default();
    receive(&mut cockpit, 1, assigned("G-1", "Sales"));
    receive(
        &mut cockpit,
        2,
        disposition("G-1", "Called back", &["Level-Id"], &["Annual Plan"]),
    );
    receive(
        &mut cockpit,
        3,
        disposition("G-1", "", &[], &["Only Value"]),
    );
    let interaction = cockpit.active.first().unwrap().clone();
    // Each query matches one field only (lowercased, as the search passes it).
    for query in [
        "g-1",
        "sales",
        "phone",
        "called",
        "level-id",
        "annual",
        "only value",
    ] {
        assert!(interaction.matches(query), "{query}");
    }
    for query in ["nothing", "g-2", "monthly"] {
        assert!(!interaction.matches(query), "{query}");
    }
}

#[test]
fn search_finds_a_channel_by_its_id_and_by_its_name_in_any_language() {
    let mut cockpit = Cockpit::default();
    receive(
        &mut cockpit,
        1,
        Event::AssignedInteraction(AssignedInteraction {
            guid: "3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d41".into(),
            campaign: "Ventas<-".into(),
            channel: "email".into(),
            client_id: "ana@example.com".into(),
        }),
    );
    let interaction = cockpit.active.first().unwrap().clone();
    for query in ["email", "correo", "e-mail", "ventas", "ventas<-"] {
        assert!(interaction.matches(query), "{query}");
    }
    for query in ["teléfono", "whatsapp", "->"] {
        assert!(!interaction.matches(query), "{query}");
    }
}

#[test]
fn other_pages_dials_are_rate_limited_or_wait_for_the_agent() {
    let relay = |n: u64| DialSource::Relay {
        id: format!("p:{n}"),
        page: "Tickets — https://intranet.acme.com/tickets".into(),
    };
    let dial = |cockpit: &mut Cockpit, n: u64, at: Millis, source: DialSource| {
        cockpit.apply(Action::Dial {
            at,
            request: StartInteraction::new("Sales", "Phone", &format!("+1900555010{n}")).unwrap(),
            source,
        })
    };
    // Sent: at most RELAYED_PER_MINUTE a minute from other pages; the agent's own are not
    // counted.
    let mut cockpit = Cockpit::default();
    for n in 0..RELAYED_PER_MINUTE as u64 {
        assert!(matches!(
            dial(&mut cockpit, n, n, relay(n)).facts[..],
            [Fact::DialAdmitted(_)]
        ));
    }
    let over = dial(&mut cockpit, 8, 10, relay(8));
    assert!(matches!(
        over.facts[..],
        [Fact::DialRefused {
            refusal: Refusal::TooMany,
            ..
        }]
    ));
    assert!(matches!(
        dial(&mut cockpit, 9, 11, DialSource::Agent).facts[..],
        [Fact::DialAdmitted(_)]
    ));
    let later = dial(&mut cockpit, 7, 60_000, relay(7));
    assert!(
        matches!(later.facts[..], [Fact::DialAdmitted(_)]),
        "a minute later: room again"
    );

    // Confirmed: each waits for the agent, who calls or declines; unanswered, it lapses.
    let mut cockpit = Cockpit {
        relay_dials: RelayDials::Confirm,
        ..Cockpit::default()
    };
    let asked = dial(&mut cockpit, 1, 1_000, relay(1));
    let [Fact::DialAwaiting(first)] = &asked.facts[..] else {
        panic!("waits: {:?}", asked.facts);
    };
    assert_eq!(cockpit.awaiting.len(), 1);
    assert!(
        cockpit.dials.is_empty(),
        "nothing is sent before the agent says so"
    );
    let again = dial(&mut cockpit, 1, 1_001, relay(2));
    assert!(matches!(
        again.facts[..],
        [Fact::DialRefused {
            refusal: Refusal::AlreadyPending,
            ..
        }]
    ));
    assert!(
        matches!(
            dial(&mut cockpit, 3, 1_002, DialSource::Agent).facts[..],
            [Fact::DialAdmitted(_)]
        ),
        "the agent's own are not asked"
    );
    let confirmed = cockpit.apply(Action::ConfirmDial {
        id: first.id,
        at: 2_000,
    });
    assert!(matches!(&confirmed.facts[..], [Fact::DialAdmitted(d)] if d.source == relay(1)));
    let second = dial(&mut cockpit, 2, 3_000, relay(3));
    let [Fact::DialAwaiting(second)] = &second.facts[..] else {
        panic!("waits");
    };
    let declined = cockpit.apply(Action::DeclineDial { id: second.id });
    assert!(matches!(
        declined.facts[..],
        [Fact::DialRefused {
            refusal: Refusal::Declined,
            ..
        }]
    ));
    let third = dial(&mut cockpit, 4, 4_000, relay(4));
    assert!(matches!(third.facts[..], [Fact::DialAwaiting(_)]));
    // The next timed rule: the dials' answer windows close first, then the confirmation's.
    assert_eq!(
        cockpit.next_deadline(),
        Some(1_002 + DEFAULT_DIAL_ANSWER_MS)
    );
    cockpit.apply(Action::Tick { at: 40_000 });
    assert_eq!(cockpit.next_deadline(), Some(4_000 + CONFIRM_WAIT_MS));
    assert!(
        cockpit
            .apply(Action::Tick {
                at: 4_000 + CONFIRM_WAIT_MS - 1
            })
            .facts
            .iter()
            .all(|f| !matches!(f, Fact::DialRefused { .. }))
    );
    let lapsed = cockpit.apply(Action::Tick {
        at: 4_000 + CONFIRM_WAIT_MS,
    });
    assert!(lapsed.facts.iter().any(|f| matches!(
        f,
        Fact::DialRefused {
            refusal: Refusal::Unconfirmed,
            ..
        }
    )));
    assert!(cockpit.awaiting.is_empty());
    assert!(
        cockpit
            .apply(Action::ConfirmDial { id: 99, at: 0 })
            .facts
            .is_empty(),
        "no such request"
    );
}
