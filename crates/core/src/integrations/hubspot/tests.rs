use serde_json::json;

use super::*;
use crate::config::Config;
use crate::protocol::{AssignedInteraction, FinishedInteraction, SentDisposition};
use crate::state::{Action, Cockpit, DialSource};

const SECOND: Millis = 1_000;

/// The cockpit and the calling app side by side, as the web side wires them: every fact the
/// reducer returns goes to the app, every dial the app asks goes through the reducer.
struct Desk {
    cockpit: Cockpit,
    app: HubSpot,
    now: Millis,
    /// Everything the app did, as `method {data}` or `dial …` or `notice …`.
    log: Vec<String>,
}

fn config() -> HubSpotConfig {
    let mut config = Config::simulator_default().hubspot.unwrap();
    config.dispositions = vec![
        ("Venta".into(), "outcome-sale".into()),
        ("12".into(), "outcome-annual".into()),
        ("No venta".into(), "outcome-no-sale".into()),
    ];
    config
}

impl Desk {
    fn new(calls: Vec<Call>) -> Desk {
        Desk {
            cockpit: Cockpit {
                dial_answer_ms: 30 * SECOND,
                ..Cockpit::default()
            },
            app: HubSpot::new(config(), calls),
            now: 1_000_000,
            log: Vec::new(),
        }
    }

    fn carry_out(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Send { method, data } => self.log.push(match data {
                    Some(data) => format!("{method} {data}"),
                    None => method.to_owned(),
                }),
                Effect::Notice(notice) => self.log.push(format!("notice {notice:?}")),
                Effect::Dial(request) => {
                    self.log.push(format!("dial {}", request.client_id));
                    self.apply(Action::Dial {
                        at: self.now,
                        request,
                        source: DialSource::HubSpot,
                    });
                }
            }
        }
    }

    fn apply(&mut self, action: Action) {
        let applied = self.cockpit.apply(action);
        for fact in applied.facts {
            // The bridge posts an admitted dial.
            if let Fact::DialAdmitted(dial) = &fact {
                let posted = self.cockpit.apply(Action::DialPosted { id: dial.id });
                assert!(posted.facts.len() <= 1);
            }
            let effects = self.app.fact(&fact, self.now);
            self.carry_out(effects);
        }
    }

    fn host(&mut self, from: FromHost) {
        let effects = self.app.host(from, self.now);
        self.carry_out(effects);
    }

    fn ucontact(&mut self, event: Event) {
        self.now += SECOND;
        self.apply(Action::Received {
            at: self.now,
            origin: "https://acme.ucontactcloud.com".into(),
            message: event.into(),
        });
    }

    fn assigned(&mut self, guid: &str, channel: &str, client: &str) {
        self.ucontact(Event::AssignedInteraction(AssignedInteraction {
            guid: guid.into(),
            campaign: "Salientes->".into(),
            channel: channel.into(),
            client_id: client.into(),
        }));
    }

    fn finished(&mut self, guid: &str) {
        self.ucontact(Event::FinishedInteraction(FinishedInteraction {
            guid: guid.into(),
            finish_date: "2026-12-02 15:00:00".into(),
        }));
    }

    fn disposed(&mut self, guid: &str, ids: &[&str], values: &[&str], comment: &str) {
        self.ucontact(Event::SentDisposition(SentDisposition {
            guid: guid.into(),
            comment: comment.into(),
            levels_id: ids.iter().map(|s| s.to_string()).collect(),
            levels_value: values.iter().map(|s| s.to_string()).collect(),
        }));
    }

    /// The handshake and uContact's frame in place.
    fn connected() -> Desk {
        let mut desk = Desk::new(Vec::new());
        desk.host(FromHost::Ready);
        desk.apply(Action::Ready);
        desk
    }

    fn take(&mut self) -> Vec<String> {
        std::mem::take(&mut self.log)
    }
}

const GUID: &str = "3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d41";

#[test]
fn an_outgoing_call_from_click_to_call_to_its_logged_outcome() {
    let mut desk = Desk::connected();
    assert_eq!(
        desk.take(),
        [r#"initialized {"isAvailable":false,"isLoggedIn":false}"#]
    );
    desk.host(FromHost::DialNumber {
        phone: "+598 99-123 456".into(),
    });
    // uContact's first message: it is up.
    assert_eq!(desk.take(), ["dial +59899123456"]);
    desk.host(FromHost::DialNumber {
        phone: "+598 99-123 456".into(),
    });
    assert_eq!(
        desk.take(),
        ["dial +59899123456"],
        "asked again: the dial path refuses it"
    );
    assert_eq!(
        desk.cockpit.dials.iter().count(),
        1,
        "never twice while pending"
    );
    desk.assigned(GUID, "telephony", "+59899123456");
    let start = desk.now;
    assert_eq!(
        desk.take(),
        [
            "userLoggedIn".to_owned(),
            "userAvailable".to_owned(),
            format!(
                r#"outgoingCall {{"callStartTime":{start},"createEngagement":true,"externalCallId":"{GUID}","toNumber":"+59899123456"}}"#
            ),
            format!(r#"callAnswered {{"externalCallId":"{GUID}"}}"#),
        ]
    );
    desk.host(FromHost::EngagementCreated { id: "e-1".into() });
    assert_eq!(desk.app.call(GUID).map(Call::logged), Some(Logged::Logged));
    desk.finished(GUID);
    assert_eq!(
        desk.take(),
        [format!(
            r#"callEnded {{"callEndStatus":"COMPLETED","engagementId":"e-1","externalCallId":"{GUID}"}}"#
        )]
    );
    desk.disposed(
        GUID,
        &["1", "12"],
        &["Venta", "Plan anual"],
        "Renovó por doce meses",
    );
    assert_eq!(
        desk.take(),
        [format!(
            r#"callCompleted {{"engagementId":"e-1","engagementProperties":{{"hs_call_body":"Venta › Plan anual\nRenovó por doce meses","hs_call_direction":"OUTBOUND","hs_call_disposition":"outcome-annual","hs_call_duration":{},"hs_call_status":"COMPLETED","hs_timestamp":{start}}},"externalCallId":"{GUID}","hideWidget":false}}"#,
            SECOND
        )],
        "the deepest level mapped wins (its id here); the handle time is the duration"
    );
    desk.disposed(GUID, &["2"], &["No venta"], "");
    desk.finished(GUID);
    assert_eq!(
        desk.take(),
        Vec::<String>::new(),
        "each call completed once"
    );
}

#[test]
fn an_incoming_call_opens_the_callers_record_once_and_chats_are_no_calls() {
    let mut desk = Desk::connected();
    desk.take();
    desk.assigned(GUID, "telephony", "59899123456");
    desk.assigned("chat-1", "whatsapp", "59899000111");
    let log = desk.take();
    assert_eq!(log.len(), 3, "a WhatsApp chat is not a call: {log:?}");
    assert!(
        log[2].starts_with(r#"incomingCall {"callStartTime":"#),
        "{log:?}"
    );
    assert!(log[2].contains(r#""fromNumber":"59899123456""#));
    desk.assigned(GUID, "telephony", "59899123456");
    assert_eq!(
        desk.take(),
        Vec::<String>::new(),
        "uContact's repeat announces nothing"
    );
    let record = json!({"portalId": 1, "objectId": 77, "objectTypeId": "0-1"});
    desk.host(FromHost::CallerMatched {
        record: Some(record.clone()),
    });
    desk.host(FromHost::CallerMatched {
        record: Some(record),
    });
    assert_eq!(
        desk.take(),
        [
            r#"navigateToRecord {"objectCoordinates":{"objectId":77,"objectTypeId":"0-1","portalId":1}}"#
        ]
    );
    desk.host(FromHost::CallerMatchFailed);
    assert_eq!(desk.take(), Vec::<String>::new());
}

#[test]
fn out_of_order_a_finish_before_the_engagement_and_a_disposition_before_the_finish() {
    let mut desk = Desk::connected();
    desk.assigned(GUID, "telephony", "59899123456");
    desk.disposed(GUID, &["2"], &["No venta"], "");
    desk.finished(GUID);
    desk.take();
    assert_eq!(desk.app.call(GUID).map(Call::logged), Some(Logged::Logging));
    desk.host(FromHost::EngagementCreated { id: "e-9".into() });
    let log = desk.take();
    assert_eq!(log.len(), 2, "{log:?}");
    assert!(log[0].starts_with("callEnded") && log[0].contains("e-9"));
    assert!(
        log[1].starts_with("callCompleted")
            && log[1].contains(r#""hs_call_disposition":"outcome-no-sale""#)
    );
    assert!(log[1].contains(r#""hs_call_direction":"INBOUND""#));
}

#[test]
fn a_call_without_a_disposition_is_completed_after_the_wrap_up_wait() {
    let mut desk = Desk::connected();
    desk.assigned(GUID, "telephony", "59899123456");
    desk.host(FromHost::EngagementCreated { id: "e-2".into() });
    desk.finished(GUID);
    desk.take();
    let due = desk.app.next_deadline().unwrap();
    assert_eq!(due, desk.now + COMPLETE_WITHOUT_DISPOSITION_MS);
    let early = desk.app.tick(due - 1);
    assert!(early.is_empty());
    let effects = desk.app.tick(due);
    desk.carry_out(effects);
    let log = desk.take();
    assert_eq!(log.len(), 1);
    assert!(
        log[0].starts_with("callCompleted") && !log[0].contains("hs_call_disposition"),
        "{log:?}"
    );
    assert_eq!(desk.app.next_deadline(), None);
}

#[test]
fn a_reload_mid_call_ends_and_completes_the_right_engagement_and_announces_nothing_again() {
    let mut desk = Desk::connected();
    desk.assigned(GUID, "telephony", "59899123456");
    desk.host(FromHost::EngagementCreated { id: "e-3".into() });
    let stored = encode(desk.app.calls());
    // The page reloads: a new cockpit restores the shift, a new app the calls.
    let mut after = Desk::new(decode(&stored));
    after.cockpit = desk.cockpit.clone();
    after.now = desk.now;
    after.host(FromHost::Ready);
    after.apply(Action::Ready);
    assert_eq!(
        after.take(),
        [r#"initialized {"isAvailable":false,"isLoggedIn":false}"#]
    );
    after.assigned(GUID, "telephony", "59899123456");
    after.finished(GUID);
    let log = after.take();
    assert_eq!(log.len(), 3, "{log:?}");
    assert!(
        log[2].starts_with("callEnded") && log[2].contains("e-3"),
        "{log:?}"
    );
}

#[test]
fn a_call_before_the_handshake_is_announced_once_it_is_done() {
    let mut desk = Desk::new(Vec::new());
    desk.apply(Action::Ready);
    desk.assigned(GUID, "telephony", "59899123456");
    assert_eq!(
        desk.take(),
        Vec::<String>::new(),
        "nothing before HubSpot is there"
    );
    desk.host(FromHost::Ready);
    let log = desk.take();
    assert_eq!(log.len(), 2, "{log:?}");
    assert_eq!(
        log[0],
        r#"initialized {"isAvailable":true,"isLoggedIn":true}"#
    );
    assert!(log[1].starts_with("incomingCall"));
}

#[test]
fn what_hubspot_refuses_or_asks_that_ucontact_cannot_do_is_said() {
    let table = [
        (FromHost::SyncFailed, "notice NotConnected"),
        (FromHost::EndCall, "notice EndCallAsked"),
        (FromHost::Failed, "notice Refused"),
        (
            FromHost::DialNumber {
                phone: "call me".into(),
            },
            "notice BadNumber",
        ),
    ];
    for (from, said) in table {
        let mut desk = Desk::connected();
        desk.take();
        desk.host(from);
        assert_eq!(desk.take(), [said]);
    }
    let mut desk = Desk::connected();
    desk.assigned(GUID, "telephony", "59899123456");
    desk.take();
    desk.host(FromHost::EngagementFailed);
    assert_eq!(
        desk.take(),
        [r#"notice LogFailed { client: "59899123456" }"#]
    );
    assert_eq!(desk.app.call(GUID).map(Call::logged), Some(Logged::Failed));
}

#[test]
fn stored_calls_read_back_and_what_does_not_read_is_left_out() {
    let mut desk = Desk::connected();
    desk.assigned(GUID, "telephony", "59899123456");
    desk.host(FromHost::EngagementCreated { id: "e-4".into() });
    desk.finished(GUID);
    desk.disposed(GUID, &["1"], &["Venta"], "ok");
    assert_eq!(decode(&encode(desk.app.calls())), desk.app.calls());
    for hostile in [
        "not json",
        r#"{"version": 2, "calls": []}"#,
        r#"{"version": 1, "calls": [{"guid": 5}]}"#,
        r#"{"version": 1, "calls": [{"guid": "g", "direction": "SIDEWAYS", "number": "1", "startedAt": 1}]}"#,
        r#"{"version": 1, "calls": [{"guid": "g\u0007", "direction": "INBOUND", "number": "1", "startedAt": 1}]}"#,
    ] {
        assert_eq!(decode(hostile), Vec::<Call>::new(), "{hostile}");
    }
}

#[test]
fn the_shift_ended_forgets_every_call() {
    let mut desk = Desk::connected();
    desk.assigned(GUID, "telephony", "59899123456");
    desk.apply(Action::EndShift);
    assert!(desk.app.calls().is_empty());
}
