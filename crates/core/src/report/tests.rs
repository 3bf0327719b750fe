use std::collections::BTreeMap;

use super::*;
use crate::protocol::StartInteraction;
use crate::protocol::{AssignedInteraction, Event, FinishedInteraction, SentDisposition};
use crate::state::{Action, DialSource};

const H: Millis = 3_600_000;
/// 2026-11-26 00:00 UTC.
const DAY: Millis = 1_795_651_200_000;

fn receive(cockpit: &mut Cockpit, at: Millis, event: Event) {
    cockpit.apply(Action::Received {
        at,
        origin: String::new(),
        message: event.into(),
    });
}

fn assign(cockpit: &mut Cockpit, at: Millis, guid: &str, campaign: &str, channel: &str) {
    receive(
        cockpit,
        at,
        Event::AssignedInteraction(AssignedInteraction {
            guid: guid.into(),
            campaign: campaign.into(),
            channel: channel.into(),
            client_id: "1".into(),
        }),
    );
}

fn finish(cockpit: &mut Cockpit, at: Millis, guid: &str) {
    receive(
        cockpit,
        at,
        Event::FinishedInteraction(FinishedInteraction {
            guid: guid.into(),
            finish_date: "2026-11-26 10:00:00".into(),
        }),
    );
}

fn dispose(cockpit: &mut Cockpit, at: Millis, guid: &str, ids: &[&str], values: &[&str]) {
    receive(
        cockpit,
        at,
        Event::SentDisposition(SentDisposition {
            guid: guid.into(),
            comment: String::new(),
            levels_id: ids.iter().map(|s| s.to_string()).collect(),
            levels_value: values.iter().map(|s| s.to_string()).collect(),
        }),
    );
}

/// The agent dials `client` from the form.
fn dial(cockpit: &mut Cockpit, at: Millis, client: &str) {
    let request = StartInteraction::new("Sales", "Phone", client).unwrap();
    cockpit.apply(Action::Dial {
        at,
        request,
        source: DialSource::Agent,
    });
}

/// uContact assigns an interaction for `client`, answering a dial to it.
fn answer(cockpit: &mut Cockpit, at: Millis, client: &str) {
    let assigned = AssignedInteraction {
        guid: format!("for-{client}"),
        campaign: "Sales".into(),
        channel: "Phone".into(),
        client_id: client.into(),
    };
    receive(cockpit, at, Event::AssignedInteraction(assigned));
}

fn utc(_: Millis) -> i64 {
    0
}

fn report(cockpit: &Cockpit, since: Option<Millis>) -> Report {
    compute(
        cockpit,
        &Options {
            since,
            now: DAY + 24 * H,
            orphan_after: 2 * H,
            offset_minutes: &utc,
        },
    )
}

fn count(name: Option<&str>, count: usize) -> Count {
    Count {
        name: name.map(str::to_owned),
        count,
    }
}

#[test]
fn an_empty_shift_has_nothing_to_report() {
    let report = report(&Cockpit::default(), None);
    assert_eq!(
        report,
        Report {
            since: None,
            handled: 0,
            reported_only: 0,
            by_channel: vec![],
            by_campaign: vec![],
            handle: Times::default(),
            wrap_up: Times::default(),
            channel_times: vec![],
            dispositions: vec![],
            disposed: 0,
            per_hour: vec![],
            dials: DialFigures::default(),
            active: 0,
            possibly_orphaned: 0,
        }
    );
}

#[test]
fn one_interaction_is_its_own_median_percentile_and_mean() {
    let mut cockpit = Cockpit::default();
    assign(&mut cockpit, DAY + 9 * H, "g", "Sales", "Phone");
    finish(&mut cockpit, DAY + 9 * H + 90_000, "g");
    dispose(&mut cockpit, DAY + 9 * H + 120_000, "g", &["1"], &["Sale"]);
    let report = report(&cockpit, None);
    assert_eq!(report.handled, 1);
    assert_eq!(report.by_channel, [count(Some("Phone"), 1)]);
    assert_eq!(report.by_campaign, [count(Some("Sales"), 1)]);
    let handle = Times {
        known: 1,
        unknown: 0,
        median: Some(90_000),
        p90: Some(90_000),
        mean: Some(90_000),
    };
    assert_eq!(report.handle, handle);
    assert_eq!(report.wrap_up.median, Some(30_000));
    assert_eq!(report.channel_times[0].handle, handle);
    assert_eq!(report.disposed, 1);
    assert_eq!(
        report.dispositions,
        [Node {
            label: Some("Sale".into()),
            count: 1,
            children: vec![]
        }]
    );
    assert_eq!(
        report.per_hour,
        [Hour {
            start: LocalTime {
                at: DAY + 9 * H,
                offset_minutes: 0
            },
            count: 1
        }]
    );
}

#[test]
fn percentiles_follow_their_documented_definitions() {
    let ms = |values: &[Millis]| times(values.iter().map(|&v| Some(v)));
    type Row<'a> = (&'a [Millis], Option<Millis>, Option<Millis>, Option<Millis>);
    let table: &[Row] = &[
        // values, median, p90 (nearest rank ⌈0.9 n⌉), mean (rounded down)
        (&[], None, None, None),
        (&[5], Some(5), Some(5), Some(5)),
        (&[1, 2], Some(1), Some(2), Some(1)),
        (&[1, 4], Some(2), Some(4), Some(2)),
        (&[3, 1, 2], Some(2), Some(3), Some(2)),
        (&[1, 2, 3, 4], Some(2), Some(4), Some(2)),
        (
            &[10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
            Some(55),
            Some(90),
            Some(55),
        ),
        (
            &[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1000],
            Some(1),
            Some(1),
            Some(91),
        ),
        (
            &[Millis::MAX, Millis::MAX],
            Some(Millis::MAX),
            Some(Millis::MAX),
            Some(Millis::MAX),
        ),
    ];
    for (values, median, p90, mean) in table {
        let times = ms(values);
        assert_eq!(
            (times.median, times.p90, times.mean),
            (*median, *p90, *mean),
            "{values:?}"
        );
        assert_eq!(times.known, values.len());
    }
    let mixed = times([Some(4), None, Some(2), None].into_iter());
    assert_eq!((mixed.known, mixed.unknown, mixed.median), (2, 2, Some(3)));
}

#[test]
fn unknown_times_are_left_out_and_counted() {
    let mut cockpit = Cockpit::default();
    // First seen finished: no assignment, so no handle time and no channel.
    finish(&mut cockpit, DAY + H, "seen-finished");
    // Finished, never disposed: a handle time, no wrap-up.
    assign(&mut cockpit, DAY + H, "undisposed", "Sales", "Email");
    finish(&mut cockpit, DAY + H + 60_000, "undisposed");
    // Disposed before it finished: wrap-up zero.
    assign(&mut cockpit, DAY + H, "early", "Sales", "Email");
    dispose(&mut cockpit, DAY + H + 10_000, "early", &["1"], &["Sale"]);
    finish(&mut cockpit, DAY + H + 20_000, "early");
    let report = report(&cockpit, None);
    assert_eq!(report.handled, 3);
    assert_eq!((report.handle.known, report.handle.unknown), (2, 1));
    assert_eq!((report.wrap_up.known, report.wrap_up.unknown), (1, 2));
    assert_eq!(report.wrap_up.median, Some(0));
    assert_eq!(
        report.by_channel,
        [count(Some("Email"), 2), count(None, 1)],
        "unknown after known names with the same count or fewer"
    );
    assert_eq!(report.channel_times[1].channel, None);
    assert_eq!(report.channel_times[1].handle.unknown, 1);
}

#[test]
fn dispositions_with_uneven_levels_make_a_tree() {
    let mut cockpit = Cockpit::default();
    let paths: &[(&str, &[&str], &[&str])] = &[
        ("a", &["1", "11"], &["Sale", "Annual"]),
        ("b", &["1", "11"], &["Sale", "Annual"]),
        ("c", &["1", "12"], &["Sale", "Monthly"]),
        ("d", &["1"], &["Sale"]),
        ("e", &["2", "21", "211"], &["No sale", "Price", "Too high"]),
        ("f", &["3"], &[]),
        ("g", &[], &[]),
    ];
    for (n, (guid, ids, values)) in paths.iter().enumerate() {
        let at = DAY + n as Millis * 1_000;
        assign(&mut cockpit, at, guid, "Sales", "Phone");
        dispose(&mut cockpit, at + 100, guid, &["9"], &["Superseded"]);
        dispose(&mut cockpit, at + 200, guid, ids, values);
        finish(&mut cockpit, at + 300, guid);
    }
    assign(&mut cockpit, DAY, "none", "Sales", "Phone");
    finish(&mut cockpit, DAY + 1, "none");
    let report = report(&cockpit, None);
    assert_eq!(report.disposed, 7, "{:?}", report.dispositions);
    let leaf = |label: &str, count| Node {
        label: Some(label.into()),
        count,
        children: vec![],
    };
    assert_eq!(
        report.dispositions,
        [
            Node {
                label: Some("Sale".into()),
                count: 4,
                children: vec![leaf("Annual", 2), leaf("Monthly", 1)],
            },
            Node {
                label: Some("3".into()),
                count: 1,
                children: vec![],
            },
            Node {
                label: Some("No sale".into()),
                count: 1,
                children: vec![Node {
                    label: Some("Price".into()),
                    count: 1,
                    children: vec![leaf("Too high", 1)],
                }],
            },
            Node {
                label: None,
                count: 1,
                children: vec![],
            },
        ],
        "the latest disposition counts; a level without a value goes by its id"
    );
    assert_eq!(Report::share(2, 4), 0.5);
    assert_eq!(Report::share(1, 0), 0.0);
}

#[test]
fn hours_are_local_every_hour_from_first_to_last() {
    let mut cockpit = Cockpit::default();
    for (guid, at) in [
        ("a", DAY + 9 * H + 1),
        ("b", DAY + 9 * H + 2),
        ("c", DAY + 12 * H),
    ] {
        assign(&mut cockpit, at - 1, guid, "Sales", "Phone");
        finish(&mut cockpit, at, guid);
    }
    // Three hours behind UTC (Montevideo): 09:00 UTC is 06:00 there.
    let montevideo = |_: Millis| -180;
    let report = compute(
        &cockpit,
        &Options {
            since: None,
            now: DAY + 13 * H,
            orphan_after: H,
            offset_minutes: &montevideo,
        },
    );
    let hours: Vec<(Millis, usize)> = report
        .per_hour
        .iter()
        .map(|h| (h.start.at, h.count))
        .collect();
    assert_eq!(
        hours,
        [
            (DAY + 9 * H, 2),
            (DAY + 10 * H, 0),
            (DAY + 11 * H, 0),
            (DAY + 12 * H, 1)
        ]
    );
    assert!(
        report
            .per_hour
            .iter()
            .all(|h| h.start.offset_minutes == -180)
    );
    // India, half an hour off: the local hour 14:00 starts at 08:30 UTC.
    let india = |_: Millis| 330;
    let report = compute(
        &cockpit,
        &Options {
            since: None,
            now: DAY + 13 * H,
            orphan_after: H,
            offset_minutes: &india,
        },
    );
    assert_eq!(report.per_hour[0].start.at, DAY + 8 * H + H / 2);
    assert_eq!(report.per_hour.len(), 4);
}

#[test]
fn a_start_time_leaves_out_what_finished_before_it() {
    let mut cockpit = Cockpit::default();
    for (guid, at) in [("morning", DAY + 8 * H), ("afternoon", DAY + 14 * H)] {
        assign(&mut cockpit, at - 1_000, guid, "Sales", "Phone");
        finish(&mut cockpit, at, guid);
    }
    dispose(
        &mut cockpit,
        DAY + 7 * H,
        "reported-early",
        &["1"],
        &["Sale"],
    );
    dispose(
        &mut cockpit,
        DAY + 15 * H,
        "reported-late",
        &["1"],
        &["Sale"],
    );
    assign(&mut cockpit, DAY + 6 * H, "still-on", "Sales", "Phone");
    let all = report(&cockpit, None);
    assert_eq!((all.handled, all.reported_only, all.active), (2, 2, 1));
    let afternoon = report(&cockpit, Some(DAY + 12 * H));
    assert_eq!(
        (afternoon.handled, afternoon.reported_only, afternoon.active),
        (1, 1, 1),
        "active interactions are counted whenever they started"
    );
    assert_eq!(
        afternoon.since,
        Some(LocalTime {
            at: DAY + 12 * H,
            offset_minutes: 0
        })
    );
}

#[test]
fn dials_are_counted_by_outcome_older_ones_by_hour() {
    let mut cockpit = Cockpit {
        dial_answer_ms: 30_000,
        ..Cockpit::default()
    };
    let request = |client: &str| StartInteraction::new("Sales", "Phone", client).unwrap();
    // Five dials at 08:00, not answered; twenty more at 08:30 push them out of the dials
    // kept in full; those are not answered either.
    for (start, count) in [(DAY + 8 * H, 5), (DAY + 8 * H + H / 2, 20)] {
        for n in 0..count {
            cockpit.apply(Action::Dial {
                at: start + n,
                request: request(&format!("c{start}-{n}")),
                source: DialSource::Agent,
            });
        }
        cockpit.apply(Action::Tick { at: start + 60_000 });
    }
    assert_eq!(cockpit.dials.earlier().count(), 1);
    cockpit.apply(Action::Dial {
        at: DAY + 10 * H,
        request: request("answered"),
        source: DialSource::Agent,
    });
    assign(&mut cockpit, DAY + 10 * H + 1_000, "x", "Sales", "Phone");
    let figures = report(&cockpit, None).dials;
    assert_eq!(figures.sent, 26);
    assert_eq!(figures.not_answered, 25);
    assert_eq!(
        figures.pending, 1,
        "the answer names client 1, not `answered`"
    );
    let later = report(&cockpit, Some(DAY + 9 * H)).dials;
    assert_eq!(later.sent, 1);
}

#[test]
fn every_outcome_is_counted_whether_kept_in_full_or_by_hour() {
    let mut cockpit = Cockpit {
        dial_answer_ms: 30_000,
        ..Cockpit::default()
    };
    // 08:00: five dials (ids 0 to 4): two answered, one not sent, two not answered.
    let eight = DAY + 8 * H;
    for n in 0..5 {
        dial(&mut cockpit, eight + n, &format!("early-{n}"));
    }
    answer(&mut cockpit, eight + 1_000, "early-0");
    answer(&mut cockpit, eight + 2_000, "early-1");
    cockpit.apply(Action::DialFailed {
        id: 2,
        at: eight + 3_000,
    });
    cockpit.apply(Action::Tick { at: eight + 60_000 });
    // 08:30: twenty more, not answered, push the first five out of the dials kept in full.
    for n in 0..20 {
        dial(&mut cockpit, eight + H / 2 + n, &format!("late-{n}"));
    }
    cockpit.apply(Action::Tick {
        at: eight + H / 2 + 60_000,
    });
    // 10:00: one still waiting.
    dial(&mut cockpit, DAY + 10 * H, "waiting");
    assert_eq!(cockpit.dials.earlier().count(), 1, "08:00 is tallied");

    let all = report(&cockpit, None).dials;
    let expected = DialFigures {
        sent: 26,
        answered: 2,
        not_answered: 22,
        not_sent: 1,
        pending: 1,
    };
    assert_eq!(all, expected);
    // The 10:00 dial pushed the first of 08:30 out too: six are tallied in the 08:00 hour.
    // From inside that hour the whole tally counts (it cannot tell minutes); from the hour's
    // end, none of it.
    let within = report(&cockpit, Some(DAY + 9 * H - 1)).dials;
    assert_eq!(
        within,
        DialFigures {
            sent: 7,
            answered: 2,
            not_answered: 3,
            not_sent: 1,
            pending: 1,
        }
    );
    let after = report(&cockpit, Some(DAY + 9 * H)).dials;
    assert_eq!(
        after,
        DialFigures {
            sent: 1,
            pending: 1,
            ..DialFigures::default()
        }
    );
}

#[test]
fn outcomes_kept_in_full_and_a_pending_dial_pushed_out_are_counted() {
    let mut cockpit = Cockpit {
        dial_answer_ms: 30_000,
        ..Cockpit::default()
    };
    let eight = DAY + 8 * H;
    // Dial 0 is still waiting when twenty more push it out of the dials kept in full.
    dial(&mut cockpit, eight, "pushed-out");
    for n in 0..20 {
        dial(&mut cockpit, eight + 1_000 + n, &format!("k{n}"));
    }
    answer(&mut cockpit, eight + 5_000, "k0");
    answer(&mut cockpit, eight + 5_000, "k1");
    cockpit.apply(Action::DialFailed {
        id: 3,
        at: eight + 6_000,
    });
    cockpit.apply(Action::Tick { at: eight + 60_000 });
    assert_eq!(cockpit.dials.earlier().count(), 1);
    assert_eq!(
        report(&cockpit, None).dials,
        DialFigures {
            sent: 21,
            answered: 2,
            not_answered: 17,
            not_sent: 1,
            pending: 1,
        }
    );
}

#[test]
fn restored_active_interactions_unconfirmed_too_long_may_be_orphaned() {
    let mut cockpit = Cockpit::default();
    assign(&mut cockpit, DAY, "old", "Sales", "Phone");
    assign(&mut cockpit, DAY + 23 * H, "recent", "Sales", "Phone");
    for entry in &mut cockpit.active {
        std::rc::Rc::make_mut(entry).restored = true;
    }
    let report = report(&cockpit, None);
    assert_eq!((report.active, report.possibly_orphaned), (2, 1));
}

/// 20,000 interactions, and every figure computed again here another way: counting instead
/// of sorting for the percentiles, arithmetic for the counts.
#[test]
fn twenty_thousand_interactions_against_figures_computed_another_way() {
    const N: u64 = 20_000;
    let channels = ["Phone", "Email", "Chat"];
    let campaigns = ["Sales", "Support", "Retention", "Billing"];
    let mut cockpit = Cockpit::default();
    let mut handles: BTreeMap<Millis, usize> = BTreeMap::new();
    let mut wrap_ups: BTreeMap<Millis, usize> = BTreeMap::new();
    for i in 0..N {
        let guid = format!("g-{i}");
        let start = DAY + i * 4_000;
        let handle = (i % 600 + 1) * 1_000 + i % 7;
        let known = i % 50 != 0;
        if known {
            let channel = channels[(i % 3) as usize];
            let campaign = campaigns[(i % 4) as usize];
            assign(&mut cockpit, start, &guid, campaign, channel);
            *handles.entry(handle).or_default() += 1;
        }
        finish(&mut cockpit, start + handle, &guid);
        if i % 11 != 0 {
            let wrap_up = i % 97 * 100;
            let values: &[&str] = if i % 2 == 0 {
                &["Sale", "Annual"]
            } else {
                &["No sale"]
            };
            dispose(
                &mut cockpit,
                start + handle + wrap_up,
                &guid,
                &["1", "2"],
                values,
            );
            *wrap_ups.entry(wrap_up).or_default() += 1;
        }
    }
    let report = report(&cockpit, None);
    assert_eq!(report.handled, N as usize);

    // Counts by channel: the interactions with i % 50 == 0 have none.
    let unknown = N.div_ceil(50) as usize;
    let of_residue = |modulus: u64, residue: u64| {
        (0..N)
            .filter(|i| i % modulus == residue && i % 50 != 0)
            .count()
    };
    let by_channel: HashMap<Option<String>, usize> = report
        .by_channel
        .iter()
        .map(|c| (c.name.clone(), c.count))
        .collect();
    assert_eq!(by_channel.get(&None), Some(&unknown));
    for (residue, channel) in channels.iter().enumerate() {
        assert_eq!(
            by_channel.get(&Some(channel.to_string())),
            Some(&of_residue(3, residue as u64)),
            "{channel}"
        );
    }
    let campaign_total: usize = report.by_campaign.iter().map(|c| c.count).sum();
    assert_eq!(campaign_total, N as usize);

    // Percentiles by counting.
    let nth = |counts: &BTreeMap<Millis, usize>, rank: usize| {
        let mut seen = 0;
        counts.iter().find_map(|(&value, &count)| {
            seen += count;
            (seen >= rank).then_some(value)
        })
    };
    let summarise = |counts: &BTreeMap<Millis, usize>| {
        let n: usize = counts.values().sum();
        let median = if n % 2 == 1 {
            nth(counts, n / 2 + 1)
        } else {
            nth(counts, n / 2)
                .zip(nth(counts, n / 2 + 1))
                .map(|(a, b)| (a + b) / 2)
        };
        let p90 = nth(counts, (n * 9).div_ceil(10));
        let sum: Millis = counts.iter().map(|(&v, &c)| v * c as Millis).sum();
        (n, median, p90, Some(sum / n as Millis))
    };
    let (n, median, p90, mean) = summarise(&handles);
    assert_eq!(
        (
            report.handle.known,
            report.handle.median,
            report.handle.p90,
            report.handle.mean
        ),
        (n, median, p90, mean)
    );
    assert_eq!(report.handle.unknown, unknown);
    let (n, median, p90, mean) = summarise(&wrap_ups);
    assert_eq!(
        (
            report.wrap_up.known,
            report.wrap_up.median,
            report.wrap_up.p90,
            report.wrap_up.mean
        ),
        (n, median, p90, mean)
    );

    // Dispositions: every eleventh has none; the rest alternate.
    let disposed = (0..N).filter(|i| i % 11 != 0).count();
    let sales = (0..N).filter(|i| i % 11 != 0 && i % 2 == 0).count();
    assert_eq!(report.disposed, disposed);
    let node = |label: &str| {
        report
            .dispositions
            .iter()
            .find(|node| node.label.as_deref() == Some(label))
            .unwrap()
    };
    assert_eq!(node("Sale").count, sales);
    assert_eq!(node("Sale").children[0].label.as_deref(), Some("Annual"));
    assert_eq!(node("Sale").children[0].count, sales);
    // "No sale" names no second level: the level goes by its id.
    assert_eq!(node("No sale").count, disposed - sales);
    assert_eq!(node("No sale").children[0].label.as_deref(), Some("2"));
    assert_eq!(report.dispositions.len(), 2);

    // Per hour: an interaction starts every 4 s, so about 900 an hour, and all are counted.
    let hourly: usize = report.per_hour.iter().map(|h| h.count).sum();
    assert_eq!(hourly, N as usize);
    let finished_in_first_hour = (0..N)
        .filter(|i| {
            let handle = (i % 600 + 1) * 1_000 + i % 7;
            DAY + i * 4_000 + handle < DAY + H
        })
        .count();
    assert_eq!(report.per_hour[0].count, finished_in_first_hour);
}
