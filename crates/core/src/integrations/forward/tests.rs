use serde_json::json;

use super::*;
use crate::protocol::{
    AssignedInteraction, ChangedLanguage, FinishedInteraction, SentDisposition, StartInteraction,
};
use crate::state::{Action, Cockpit};

const SECOND: Millis = 1_000;
const HOUR: Millis = 3_600_000;
const SOURCE: &str = "https://cockpit.acme.com/?ucontact=https%3A%2F%2Facme.ucontactcloud.com";
const GUID: &str = "3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d41";

fn outbox(mode: Mode) -> Outbox {
    Outbox::new(mode, SOURCE.into(), "run1".into(), Vec::new(), 0)
}

fn draft_at(at: Millis, n: u64) -> Draft {
    Draft {
        kind: types::SHIFT_ENDED,
        subject: None,
        at,
        data: json!({ "n": n }),
    }
}

fn ids(request: &Request) -> Vec<String> {
    let body: Value = serde_json::from_str(&request.body).unwrap();
    match body {
        Value::Array(events) => events
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_owned())
            .collect(),
        event => vec![event["id"].as_str().unwrap().to_owned()],
    }
}

/// Every fact, through the reducer, and the event (type, subject, data) it gives.
#[test]
fn each_fact_gives_its_event_and_refused_messages_none() {
    let mut cockpit = Cockpit {
        dial_answer_ms: 30 * SECOND,
        ..Cockpit::default()
    };
    let clock = Clock {
        zone: FinishZone::Offset(0),
        local_offset_minutes: 0,
    };
    let mut events = Vec::new();
    let mut apply = |cockpit: &mut Cockpit, action: Action, now: Millis| {
        for fact in cockpit.apply(action).facts {
            if let Some(draft) = draft(&fact, now, clock) {
                events.push((draft.kind, draft.subject, draft.at, draft.data));
            }
        }
    };
    let received = |at: Millis, event: Event| Action::Received {
        at,
        origin: "https://acme.ucontactcloud.com".into(),
        message: event.into(),
    };
    let request = StartInteraction::new("Salientes->", "telephony", "59899123456").unwrap();
    apply(
        &mut cockpit,
        Action::Dial {
            at: 1_000,
            request: request.clone(),
            source: DialSource::Agent,
        },
        1_000,
    );
    apply(&mut cockpit, Action::DialPosted { id: 0 }, 1_000);
    // The same request again while pending: refused, never posted.
    apply(
        &mut cockpit,
        Action::Dial {
            at: 1_500,
            request: request.clone(),
            source: DialSource::Agent,
        },
        1_500,
    );
    let assigned = AssignedInteraction {
        guid: GUID.into(),
        campaign: "Salientes->".into(),
        channel: "telephony".into(),
        client_id: "59899123456".into(),
    };
    apply(
        &mut cockpit,
        received(2_000, Event::AssignedInteraction(assigned.clone())),
        2_000,
    );
    // A repeat: receivers see what uContact said.
    apply(
        &mut cockpit,
        received(2_500, Event::AssignedInteraction(assigned)),
        2_500,
    );
    apply(
        &mut cockpit,
        received(
            3_000,
            Event::ChangedLanguage(ChangedLanguage { code: "es".into() }),
        ),
        3_000,
    );
    apply(
        &mut cockpit,
        received(
            62_000,
            Event::FinishedInteraction(FinishedInteraction {
                guid: GUID.into(),
                finish_date: "2026-12-02 15:00:00".into(),
            }),
        ),
        62_000,
    );
    apply(
        &mut cockpit,
        received(
            72_000,
            Event::SentDisposition(SentDisposition {
                guid: GUID.into(),
                comment: "Compra".into(),
                levels_id: vec!["1".into(), "12".into()],
                levels_value: vec!["Venta".into()],
            }),
        ),
        72_000,
    );
    // A message refused at the edge gives no fact at all.
    apply(
        &mut cockpit,
        Action::Received {
            at: 73_000,
            origin: "https://evil.example".into(),
            message: crate::protocol::Rejected::WrongOrigin("https://evil.example".into()).into(),
        },
        73_000,
    );
    let other = StartInteraction::new("Cobranzas->", "telephony", "59899000000").unwrap();
    apply(
        &mut cockpit,
        Action::Dial {
            at: 80_000,
            request: other.clone(),
            source: DialSource::Link,
        },
        80_000,
    );
    apply(
        &mut cockpit,
        Action::DialFailed { id: 1, at: 80_001 },
        80_001,
    );
    apply(
        &mut cockpit,
        Action::Dial {
            at: 90_000,
            request: other,
            source: DialSource::HubSpot,
        },
        90_000,
    );
    apply(&mut cockpit, Action::DialPosted { id: 2 }, 90_000);
    apply(&mut cockpit, Action::Tick { at: 200_000 }, 200_000);
    apply(&mut cockpit, Action::EndShift, 300_000);

    let dial = |id: u64, client: &str, campaign: &str, source: &str| json!({ "dialId": id, "campaign": campaign, "channel": "telephony", "clientId": client, "source": source });
    let with = |mut value: Value, key: &str, v: Value| {
        value[key] = v;
        value
    };
    let table: Vec<(&str, Option<&str>, Millis, Value)> = vec![
        (
            types::DIAL_SENT,
            None,
            1_000,
            dial(0, "59899123456", "Salientes->", "agent"),
        ),
        (
            types::DIAL_NOT_SENT,
            None,
            1_500,
            json!({ "campaign": "Salientes->", "channel": "telephony", "clientId": "59899123456", "source": "agent", "reason": "already-pending" }),
        ),
        (
            types::ASSIGNED,
            Some(GUID),
            2_000,
            json!({ "guid": GUID, "campaign": "Salientes->", "channel": "telephony", "clientId": "59899123456" }),
        ),
        (
            types::DIAL_ANSWERED,
            Some(GUID),
            2_000,
            with(
                dial(0, "59899123456", "Salientes->", "agent"),
                "guid",
                GUID.into(),
            ),
        ),
        (
            types::ASSIGNED,
            Some(GUID),
            2_500,
            json!({ "guid": GUID, "campaign": "Salientes->", "channel": "telephony", "clientId": "59899123456" }),
        ),
        (
            types::FINISHED,
            Some(GUID),
            62_000,
            json!({ "guid": GUID, "finishDate": "2026-12-02 15:00:00", "finishedAt": "2026-12-02T15:00:00.000Z", "handleMs": 60_000 }),
        ),
        (
            types::DISPOSITION,
            Some(GUID),
            72_000,
            json!({ "guid": GUID, "comment": "Compra", "levels": [{ "id": "1", "value": "Venta" }, { "id": "12", "value": null }], "wrapUpMs": 10_000 }),
        ),
        (
            types::DIAL_NOT_SENT,
            None,
            80_001,
            with(
                dial(1, "59899000000", "Cobranzas->", "link"),
                "reason",
                "ucontact-unavailable".into(),
            ),
        ),
        (
            types::DIAL_SENT,
            None,
            90_000,
            dial(2, "59899000000", "Cobranzas->", "hubspot"),
        ),
        (
            types::DIAL_NOT_ANSWERED,
            None,
            200_000,
            with(
                dial(2, "59899000000", "Cobranzas->", "hubspot"),
                "reason",
                "ucontact-silent".into(),
            ),
        ),
        (
            types::SHIFT_ENDED,
            None,
            300_000,
            json!({ "active": 0, "finished": 1 }),
        ),
    ];
    let table: Vec<_> = table
        .into_iter()
        .map(|(kind, subject, at, data)| (kind, subject.map(str::to_owned), at, data))
        .collect();
    assert_eq!(events, table);
}

#[test]
fn a_finish_date_reads_as_an_instant_in_the_configured_zone() {
    let table = [
        (
            "2026-12-02 15:00:00",
            FinishZone::Offset(0),
            0,
            Some("2026-12-02T15:00:00.000Z"),
        ),
        (
            "2026-12-02 15:00:00",
            FinishZone::Offset(-180),
            0,
            Some("2026-12-02T18:00:00.000Z"),
        ),
        // "local": the agent's offset now.
        (
            "2026-12-02 15:00:00",
            FinishZone::Local,
            -180,
            Some("2026-12-02T18:00:00.000Z"),
        ),
        // A date that names its zone is read as it says.
        (
            "2026-12-02T15:00:00+01:00",
            FinishZone::Offset(-180),
            0,
            Some("2026-12-02T14:00:00.000Z"),
        ),
        ("mañana", FinishZone::Offset(0), 0, None),
        ("2026-02-30 10:00:00", FinishZone::Offset(0), 0, None),
    ];
    for (text, zone, local, expected) in table {
        let clock = Clock {
            zone,
            local_offset_minutes: local,
        };
        assert_eq!(instant(text, clock).as_deref(), expected, "{text}");
    }
}

#[test]
fn an_event_is_a_valid_cloudevent_with_a_stable_id() {
    let mut outbox = outbox(Mode::Single);
    outbox.queue(
        Draft {
            kind: types::ASSIGNED,
            subject: Some(GUID.into()),
            at: 1_764_687_600_250,
            data: json!({ "guid": GUID }),
        },
        0,
    );
    let request = outbox.take(FLUSH_DELAY_MS, HOUR).unwrap();
    assert_eq!(request.content_type, "application/cloudevents+json");
    let event: Value = serde_json::from_str(&request.body).unwrap();
    assert_eq!(
        event,
        json!({
            "specversion": "1.0",
            "id": "run1-0",
            "source": SOURCE,
            "type": "com.ucontact.interaction.assigned",
            "subject": GUID,
            "time": "2025-12-02T15:00:00.250Z",
            "datacontenttype": "application/json",
            "data": { "guid": GUID },
        })
    );
    // Failed, then retried: the same event, the same id.
    outbox.settle(Err(()), None, 1_000, 0.0);
    let again = outbox.take(10_000, HOUR).unwrap();
    assert_eq!(again.body, request.body);
}

#[test]
fn batches_hold_up_to_100_in_order_one_request_in_flight() {
    let mut outbox = outbox(Mode::Batch);
    for n in 0..250 {
        outbox.queue(draft_at(0, n), 0);
    }
    // Not before the flush delay, then one request at a time.
    assert_eq!(outbox.take(FLUSH_DELAY_MS - 1, HOUR), None);
    let first = outbox.take(FLUSH_DELAY_MS, HOUR).unwrap();
    assert_eq!(
        (first.count, first.content_type),
        (100, "application/cloudevents-batch+json")
    );
    assert_eq!(outbox.take(FLUSH_DELAY_MS + 1, HOUR), None, "one in flight");
    assert_eq!(outbox.next_wake(), None);
    outbox.settle(Ok(200), None, 400, 0.5);
    // The next batch at once, after the first's answer.
    assert_eq!(outbox.next_wake(), Some(400));
    let second = outbox.take(400, HOUR).unwrap();
    outbox.settle(Ok(202), None, 410, 0.5);
    let third = outbox.take(410, HOUR).unwrap();
    outbox.settle(Ok(204), None, 420, 0.5);
    let all: Vec<String> = [&first, &second, &third]
        .into_iter()
        .flat_map(ids)
        .collect();
    let expected: Vec<String> = (0..250).map(|n| format!("run1-{n}")).collect();
    assert_eq!(all, expected);
    assert_eq!(third.count, 50);
    let status = outbox.status();
    assert_eq!(
        (status.queued, status.delivered, status.requests),
        (0, 250, 3)
    );
    assert_eq!(outbox.next_wake(), None);
}

#[test]
fn a_batch_is_cut_by_bytes_too() {
    let mut outbox = outbox(Mode::Batch);
    let long = "x".repeat(20_000);
    for _ in 0..40 {
        outbox.queue(
            Draft {
                kind: types::DISPOSITION,
                subject: None,
                at: 0,
                data: json!({ "comment": long }),
            },
            0,
        );
    }
    let request = outbox.take(FLUSH_DELAY_MS, HOUR).unwrap();
    assert!(request.body.len() <= BATCH_MAX_BYTES);
    assert_eq!(request.count, 25);
    serde_json::from_str::<Vec<Value>>(&request.body).unwrap();
}

/// Every class of answer, and what comes next.
#[test]
fn each_answer_gives_its_next_attempt() {
    let now = 1_000_000;
    let date = "Wed, 02 Dec 2026 17:00:30 GMT";
    let date_ms = http_date(date).unwrap();
    let table: Vec<(Result<u16, ()>, Option<&str>, Settled)> = vec![
        (Ok(200), None, Settled::Delivered { count: 1 }),
        (Ok(204), None, Settled::Delivered { count: 1 }),
        (Err(()), None, Settled::Retry { at: now + 500 }),
        (Ok(408), None, Settled::Retry { at: now + 500 }),
        (Ok(500), None, Settled::Retry { at: now + 500 }),
        (Ok(502), Some("120"), Settled::Retry { at: now + 120_000 }),
        (Ok(503), Some("7"), Settled::Retry { at: now + 7_000 }),
        (Ok(429), Some("30"), Settled::Retry { at: now + 30_000 }),
        (Ok(429), Some(date), Settled::Retry { at: date_ms }),
        // Never sooner than a second, never later than an hour.
        (
            Ok(429),
            Some("0"),
            Settled::Retry {
                at: now + FIRST_RETRY_MS,
            },
        ),
        (
            Ok(429),
            Some("86400"),
            Settled::Retry {
                at: now + MAX_RETRY_AFTER_MS,
            },
        ),
        (Ok(429), Some("soon"), Settled::Retry { at: now + 500 }),
        (
            Ok(400),
            None,
            Settled::Refused {
                status: 400,
                at: now + REFUSED_RETRY_MS,
                first: true,
            },
        ),
        (
            Ok(401),
            None,
            Settled::Refused {
                status: 401,
                at: now + REFUSED_RETRY_MS,
                first: true,
            },
        ),
        (
            Ok(404),
            Some("5"),
            Settled::Refused {
                status: 404,
                at: now + REFUSED_RETRY_MS,
                first: true,
            },
        ),
        (
            Ok(413),
            None,
            Settled::Refused {
                status: 413,
                at: now + REFUSED_RETRY_MS,
                first: true,
            },
        ),
        (
            Ok(302),
            None,
            Settled::Refused {
                status: 302,
                at: now + REFUSED_RETRY_MS,
                first: true,
            },
        ),
    ];
    for (answer, retry_after, expected) in table {
        let mut outbox = outbox(Mode::Single);
        let date_now = if retry_after == Some(date) {
            date_ms - 30_000
        } else {
            now
        };
        outbox.queue(draft_at(date_now, 0), date_now - FLUSH_DELAY_MS);
        outbox.take(date_now, HOUR).unwrap();
        let settled = outbox.settle(answer, retry_after, date_now, 0.0);
        let expected = match (expected, retry_after == Some(date)) {
            (Settled::Retry { .. }, true) => Settled::Retry { at: date_ms },
            (expected, _) => expected,
        };
        assert_eq!(settled, Some(expected), "{answer:?} {retry_after:?}");
        let kept = usize::from(!matches!(expected, Settled::Delivered { .. }));
        assert_eq!(
            outbox.status().queued,
            kept,
            "{answer:?}: failed events are kept"
        );
        if let Settled::Retry { at } | Settled::Refused { at, .. } = expected {
            assert_eq!(outbox.next_wake(), Some(at));
            assert_eq!(outbox.take(at - 1, HOUR), None, "not before its time");
            assert!(outbox.take(at, HOUR).is_some());
        }
    }
    // No answer waited for: nothing to settle.
    assert_eq!(outbox(Mode::Batch).settle(Ok(200), None, 0, 0.0), None);
}

#[test]
fn retries_back_off_exponentially_with_jitter_and_a_ceiling() {
    let table = [
        (1, 0.0, 500),
        (1, 1.0, 1_000),
        (2, 0.0, 1_000),
        (3, 0.5, 3_000),
        (4, 0.0, 4_000),
        (9, 1.0, 256_000),
        (10, 0.0, 150_000),
        (10, 1.0, 300_000),
        (40, 0.99, 298_500),
        (u32::MAX, f64::NAN, 150_000),
    ];
    for (failures, jitter, delay) in table {
        assert_eq!(backoff(failures, jitter), delay, "{failures} {jitter}");
    }
    // A collector down: consecutive failures space out; a delivery starts over.
    let mut outbox = outbox(Mode::Batch);
    outbox.queue(draft_at(0, 0), 0);
    let mut now = FLUSH_DELAY_MS;
    let mut waits = Vec::new();
    for _ in 0..5 {
        outbox.take(now, HOUR).unwrap();
        let Some(Settled::Retry { at }) = outbox.settle(Err(()), None, now, 1.0) else {
            panic!("retried");
        };
        waits.push(at - now);
        now = at;
    }
    assert_eq!(waits, [1_000, 2_000, 4_000, 8_000, 16_000]);
    assert_eq!(outbox.status().last_error, Some(Failure::Network));
    outbox.take(now, HOUR).unwrap();
    outbox.settle(Ok(200), None, now, 1.0);
    outbox.queue(draft_at(now, 1), now);
    outbox.take(now + FLUSH_DELAY_MS, HOUR).unwrap();
    assert_eq!(
        outbox.settle(Err(()), None, now, 1.0),
        Some(Settled::Retry { at: now + 1_000 })
    );
}

#[test]
fn a_refusing_collector_is_said_once_until_it_accepts() {
    let mut outbox = outbox(Mode::Batch);
    outbox.queue(draft_at(0, 0), 0);
    let mut now = FLUSH_DELAY_MS;
    let mut firsts = Vec::new();
    for status in [403, 403, 404, 200] {
        outbox.take(now, HOUR).unwrap();
        match outbox.settle(Ok(status), None, now, 0.0) {
            Some(Settled::Refused { first, at, .. }) => {
                firsts.push(first);
                now = at;
            }
            Some(Settled::Delivered { .. }) => firsts.push(false),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(firsts, [true, false, false, false]);
    // Ten minutes apart: never a loop hammering the collector.
    assert_eq!(now, FLUSH_DELAY_MS + 3 * REFUSED_RETRY_MS);
    outbox.queue(draft_at(now, 1), now);
    outbox.take(now + FLUSH_DELAY_MS, HOUR).unwrap();
    assert!(matches!(
        outbox.settle(Ok(403), None, now, 0.0),
        Some(Settled::Refused { first: true, .. })
    ));
}

#[test]
fn a_full_outbox_drops_its_oldest_not_in_flight_and_counts_them() {
    let mut outbox = outbox(Mode::Batch);
    for n in 0..MAX_QUEUED as u64 {
        assert!(!outbox.queue(draft_at(0, n), 0));
    }
    let in_flight = outbox.take(FLUSH_DELAY_MS, HOUR).unwrap();
    assert!(outbox.queue(draft_at(0, 0), 0));
    assert!(outbox.queue(draft_at(0, 0), 0));
    let status = outbox.status();
    assert_eq!((status.queued, status.dropped), (MAX_QUEUED, 2));
    let ids: Vec<&str> = outbox.queued().map(|q| q.id.as_str()).collect();
    // The batch in flight is kept whole; the two after it went.
    assert_eq!(&ids[..2], ["run1-0", "run1-1"]);
    assert_eq!(ids[100], "run1-102");
    assert_eq!(ids[MAX_QUEUED - 1], format!("run1-{}", MAX_QUEUED + 1));
    outbox.settle(Ok(200), None, 1_000, 0.0);
    assert_eq!(in_flight.count, 100);
    assert_eq!(outbox.status().queued, MAX_QUEUED - 100);
}

#[test]
fn what_waited_longer_than_the_retention_goes_counted() {
    let retention = 12 * HOUR;
    let mut outbox = outbox(Mode::Batch);
    outbox.queue(draft_at(0, 0), 0);
    outbox.queue(draft_at(HOUR, 1), HOUR);
    outbox.queue(draft_at(5 * HOUR, 2), 5 * HOUR);
    let request = outbox.take(13 * HOUR + 1, retention).unwrap();
    assert_eq!(ids(&request), ["run1-2"]);
    assert_eq!(outbox.status().expired, 2);
    // Stored, then read back a day later: what is too old goes, counted.
    let stored = encode(&outbox);
    let (kept, restored) = decode(&stored, 17 * HOUR, retention);
    assert_eq!(
        (kept.len(), restored),
        (
            1,
            Restored {
                expired: 0,
                unreadable: 0
            }
        )
    );
    let (kept, restored) = decode(&stored, 18 * HOUR, retention);
    assert_eq!(
        (kept.len(), restored),
        (
            0,
            Restored {
                expired: 1,
                unreadable: 0
            }
        )
    );
}

/// A reload, a crash or a take-over: the tab that comes next reads the outbox as stored, in
/// flight or not, and sends every event with the id it was given; its own get ids of its own.
#[test]
fn the_next_tab_takes_the_outbox_over_with_every_id() {
    let mut first = outbox(Mode::Batch);
    for n in 0..150 {
        first.queue(draft_at(1_000, n), 1_000);
    }
    // 100 in flight when the tab went away: their answer never came.
    first.take(2_000, HOUR).unwrap();
    let stored = encode(&first);
    let (restored, found) = decode(&stored, 5_000, HOUR);
    assert_eq!((restored.len(), found), (150, Restored::default()));
    let mut next = Outbox::new(Mode::Batch, SOURCE.into(), "run2".into(), restored, 5_000);
    next.queue(draft_at(5_000, 150), 5_000);
    assert_eq!(next.take(5_000 + FLUSH_DELAY_MS - 1, HOUR), None);
    let batch = next.take(5_000 + FLUSH_DELAY_MS, HOUR).unwrap();
    next.settle(Ok(200), None, 6_000, 0.0);
    let rest = next.take(6_000, HOUR).unwrap();
    let all: Vec<String> = [batch, rest].iter().flat_map(ids).collect();
    let mut expected: Vec<String> = (0..150).map(|n| format!("run1-{n}")).collect();
    expected.push("run2-0".into());
    assert_eq!(all, expected);
}

#[test]
fn a_stored_outbox_is_read_as_untrusted() {
    let good = |id: &str| json!({ "at": 10, "event": { "specversion": "1.0", "id": id, "source": SOURCE, "type": types::FINISHED, "data": {} } });
    let table: Vec<(String, usize, usize)> = vec![
        (String::new(), 0, 0),
        ("not json".into(), 0, 1),
        (json!({ "version": 2, "events": [] }).to_string(), 0, 1),
        (json!({ "version": 1, "events": [good("a-1"), good("a-2")] }).to_string(), 2, 0),
        (json!({ "version": 1, "events": [good("a-1"), { "at": "10", "event": {} }] }).to_string(), 1, 1),
        (
            json!({ "version": 1, "events": [
                { "at": 1, "event": { "specversion": "0.3", "id": "x", "source": SOURCE, "type": types::FINISHED, "data": {} } },
                { "at": 1, "event": { "specversion": "1.0", "id": "x", "source": SOURCE, "type": "com.evil", "data": {} } },
                { "at": 1, "event": { "specversion": "1.0", "id": "x\u{0}", "source": SOURCE, "type": types::FINISHED, "data": {} } },
                { "at": 1, "event": { "specversion": "1.0", "id": "x", "source": "", "type": types::FINISHED, "data": {} } },
                { "at": 1, "event": { "specversion": "1.0", "id": "x", "source": SOURCE, "type": types::FINISHED, "data": "text" } },
                good("a-3"),
            ] })
            .to_string(),
            1,
            5,
        ),
    ];
    for (text, kept, unreadable) in table {
        let (events, restored) = decode(&text, 100, HOUR);
        assert_eq!(
            (events.len(), restored.unreadable),
            (kept, unreadable),
            "{text}"
        );
    }
}

#[test]
fn keepalive_sends_what_fits_unless_a_retry_waits() {
    let mut outbox = outbox(Mode::Batch);
    let long = "x".repeat(1_000);
    for _ in 0..100 {
        outbox.queue(
            Draft {
                kind: types::DISPOSITION,
                subject: None,
                at: 0,
                data: json!({ "comment": long }),
            },
            0,
        );
    }
    // Not yet due: sent anyway, as the page goes away.
    let request = outbox.take_keepalive(0).unwrap();
    assert!(request.body.len() <= KEEPALIVE_MAX_BYTES && request.count < 100);
    assert_eq!(outbox.take_keepalive(0), None, "one in flight");
    outbox.settle(Err(()), None, 10, 0.0);
    assert_eq!(outbox.take_keepalive(11), None, "a retry waits");
}

#[test]
fn retry_after_reads_seconds_and_http_dates() {
    let now = http_date("Wed, 02 Dec 2026 17:00:00 GMT").unwrap();
    let table = [
        ("120", Some(120_000)),
        (" 5 ", Some(5_000)),
        ("Wed, 02 Dec 2026 17:01:00 GMT", Some(60_000)),
        ("Wed, 02 Dec 2026 16:00:00 GMT", Some(0)),
        ("Wednesday, 02-Dec-26 17:01:00 GMT", None),
        ("Wed, 31 Nov 2026 17:01:00 GMT", None),
        ("-1", None),
        ("1.5", None),
        ("99999999999", None),
        ("", None),
    ];
    for (text, expected) in table {
        assert_eq!(retry_after_ms(text, now), expected, "{text:?}");
    }
    assert_eq!(http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
    assert_eq!(
        http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
        Some(784_111_777_000)
    );
}
