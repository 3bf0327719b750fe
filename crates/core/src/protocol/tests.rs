use serde_json::{Value, json};

use super::*;

fn decoded(message: Value) -> Result<Event, Rejected> {
    decode(&&message)
}

fn field(field: &str, problem: Problem) -> Rejected {
    Rejected::Field {
        field: field.to_owned(),
        problem,
    }
}

#[test]
fn decodes_every_event_of_the_api() {
    let table = [
        (
            json!({"event": "assignedInteraction", "data": {
                "guid": "6f1c", "campaign": "Sales", "channel": "Phone", "clientId": "42"}}),
            Event::AssignedInteraction(AssignedInteraction {
                guid: "6f1c".into(),
                campaign: "Sales".into(),
                channel: "Phone".into(),
                client_id: "42".into(),
            }),
        ),
        (
            json!({"event": "finishedInteraction", "data": {
                "guid": "6f1c", "finishDate": "2024-05-10 14:33:12"}}),
            Event::FinishedInteraction(FinishedInteraction {
                guid: "6f1c".into(),
                finish_date: "2024-05-10 14:33:12".into(),
            }),
        ),
        (
            json!({"event": "sentDisposition", "data": {
                "guid": "6f1c", "comment": "Called back\nall good",
                "levelsId": ["1", 2], "levelsValue": ["Sale", "Closed", "Extra"]}}),
            Event::SentDisposition(SentDisposition {
                guid: "6f1c".into(),
                comment: "Called back\nall good".into(),
                levels_id: vec!["1".into(), "2".into()],
                levels_value: vec!["Sale".into(), "Closed".into(), "Extra".into()],
            }),
        ),
        (
            json!({"event": "changedTheme", "data": {"dark": true, "primary": "#1976D2"}}),
            Event::ChangedTheme(ChangedTheme {
                dark: true,
                primary: Color::rgb(0x19, 0x76, 0xd2),
            }),
        ),
        (
            json!({"event": "changedLanguage", "data": "es-UY"}),
            Event::ChangedLanguage(ChangedLanguage {
                code: "es-UY".into(),
            }),
        ),
    ];
    for (message, expected) in table {
        assert_eq!(decoded(message.clone()), Ok(expected), "{message}");
    }
}

#[test]
fn ignores_fields_it_does_not_know() {
    let message = json!({"event": "finishedInteraction", "extra": {"deep": [1, 2]},
        "data": {"guid": "g", "finishDate": "d", "future": {"nested": {"a": 1}}}});
    assert!(decoded(message).is_ok());
}

#[test]
fn rejects_malformed_messages_with_a_reason() {
    let long = "x".repeat(MAX_GUID + 1);
    let assigned = |data: Value| json!({"event": "assignedInteraction", "data": data});
    let table: Vec<(Value, Rejected)> = vec![
        (json!(null), Rejected::NotAnObject(Kind::Null)),
        (
            json!("assignedInteraction"),
            Rejected::NotAnObject(Kind::String),
        ),
        (json!(42), Rejected::NotAnObject(Kind::Number)),
        (json!([1, 2]), Rejected::NotAnObject(Kind::Array)),
        (json!({}), field("event", Problem::Missing)),
        (
            json!({"event": 7, "data": {}}),
            field(
                "event",
                Problem::WrongType {
                    expected: Kind::String,
                    found: Kind::Number,
                },
            ),
        ),
        (
            json!({"event": "assignedInteraction"}),
            field("data", Problem::Missing),
        ),
        (
            json!({"event": "startInteraction", "data": {}}),
            Rejected::UnknownEvent("startInteraction".into()),
        ),
        (
            json!({"event": "AssignedInteraction", "data": {}}),
            Rejected::UnknownEvent("AssignedInteraction".into()),
        ),
        (
            json!({"event": "x".repeat(100), "data": {}}),
            Rejected::UnknownEvent("(over 64 characters)".into()),
        ),
        (
            json!({"event": "a\u{0}b", "data": {}}),
            field("event", Problem::InvalidText),
        ),
        (
            assigned(json!("g")),
            field(
                "data",
                Problem::WrongType {
                    expected: Kind::Object,
                    found: Kind::String,
                },
            ),
        ),
        (
            assigned(json!([])),
            field(
                "data",
                Problem::WrongType {
                    expected: Kind::Object,
                    found: Kind::Array,
                },
            ),
        ),
        (
            assigned(json!({"campaign": "c", "channel": "p", "clientId": "1"})),
            field("data.guid", Problem::Missing),
        ),
        (
            assigned(json!({"guid": 5.5, "campaign": "c", "channel": "p", "clientId": "1"})),
            field("data.guid", Problem::NotAnId),
        ),
        (
            assigned(json!({"guid": null, "campaign": "c", "channel": "p", "clientId": "1"})),
            field(
                "data.guid",
                Problem::WrongType {
                    expected: Kind::String,
                    found: Kind::Null,
                },
            ),
        ),
        (
            assigned(json!({"guid": "  ", "campaign": "c", "channel": "p", "clientId": "1"})),
            field("data.guid", Problem::Empty),
        ),
        (
            assigned(json!({"guid": long, "campaign": "c", "channel": "p", "clientId": "1"})),
            field("data.guid", Problem::TooLong { max: MAX_GUID }),
        ),
        (
            assigned(json!({"guid": "g\u{0}", "campaign": "c", "channel": "p", "clientId": "1"})),
            field("data.guid", Problem::InvalidText),
        ),
        (
            assigned(json!({"guid": "g", "campaign": "c\nd", "channel": "p", "clientId": "1"})),
            field("data.campaign", Problem::InvalidText),
        ),
        (
            assigned(json!({"guid": "g", "campaign": "c", "channel": "p"})),
            field("data.clientId", Problem::Missing),
        ),
        (
            assigned(json!({"guid": "g", "campaign": "c", "channel": "p", "clientId": true})),
            field(
                "data.clientId",
                Problem::WrongType {
                    expected: Kind::String,
                    found: Kind::Bool,
                },
            ),
        ),
        (
            assigned(json!({"guid": "g", "campaign": "c", "channel": {"x": 1}, "clientId": "1"})),
            field(
                "data.channel",
                Problem::WrongType {
                    expected: Kind::String,
                    found: Kind::Object,
                },
            ),
        ),
        (
            json!({"event": "finishedInteraction", "data": {"guid": "g"}}),
            field("data.finishDate", Problem::Missing),
        ),
        (
            json!({"event": "finishedInteraction", "data": {"guid": "g", "finishDate": "d".repeat(65)}}),
            field("data.finishDate", Problem::TooLong { max: MAX_DATE }),
        ),
        (
            json!({"event": "sentDisposition", "data": {"guid": "g", "comment": "c", "levelsId": "1", "levelsValue": []}}),
            field(
                "data.levelsId",
                Problem::WrongType {
                    expected: Kind::Array,
                    found: Kind::String,
                },
            ),
        ),
        (
            json!({"event": "sentDisposition", "data": {"guid": "g", "comment": "c", "levelsId": [], "levelsValue": [true]}}),
            field(
                "data.levelsValue[0]",
                Problem::WrongType {
                    expected: Kind::String,
                    found: Kind::Bool,
                },
            ),
        ),
        (
            json!({"event": "sentDisposition", "data": {"guid": "g", "comment": "c", "levelsId": [[]], "levelsValue": []}}),
            field(
                "data.levelsId[0]",
                Problem::WrongType {
                    expected: Kind::String,
                    found: Kind::Array,
                },
            ),
        ),
        (
            json!({"event": "sentDisposition", "data": {"guid": "g", "comment": "c", "levelsId": vec!["1"; 33], "levelsValue": []}}),
            field("data.levelsId", Problem::TooMany { max: MAX_LEVELS }),
        ),
        (
            json!({"event": "sentDisposition", "data": {"guid": "g", "levelsId": [], "levelsValue": []}}),
            field("data.comment", Problem::Missing),
        ),
        (
            json!({"event": "sentDisposition", "data": {"guid": "g", "comment": "a\u{7}", "levelsId": [], "levelsValue": []}}),
            field("data.comment", Problem::InvalidText),
        ),
        (
            json!({"event": "changedTheme", "data": {"dark": "true", "primary": "#fff"}}),
            field(
                "data.dark",
                Problem::WrongType {
                    expected: Kind::Bool,
                    found: Kind::String,
                },
            ),
        ),
        (
            json!({"event": "changedTheme", "data": {"dark": true}}),
            field("data.primary", Problem::Missing),
        ),
        (
            json!({"event": "changedTheme", "data": {"dark": false, "primary": "red; background: url(x)"}}),
            field("data.primary", Problem::BadColor),
        ),
        (
            json!({"event": "changedTheme", "data": {"dark": false, "primary": "var(--x)"}}),
            field("data.primary", Problem::BadColor),
        ),
        (
            json!({"event": "changedLanguage", "data": {"code": "es"}}),
            field(
                "data",
                Problem::WrongType {
                    expected: Kind::String,
                    found: Kind::Object,
                },
            ),
        ),
        (
            json!({"event": "changedLanguage", "data": ""}),
            field("data", Problem::BadLanguage),
        ),
        (
            json!({"event": "changedLanguage", "data": "<b>es</b>"}),
            field("data", Problem::BadLanguage),
        ),
        (
            json!({"event": "changedLanguage", "data": "e".repeat(36)}),
            field("data", Problem::TooLong { max: MAX_LANGUAGE }),
        ),
    ];
    for (message, expected) in table {
        assert_eq!(decoded(message.clone()), Err(expected), "{message}");
    }
}

/// Numeric `guid` and `clientId` are read as their decimal text when they are whole numbers
/// from 0 to 2^53 (exact in JavaScript); anything else is refused, naming the field.
#[test]
fn numeric_ids_are_read_as_text_where_the_meaning_is_certain() {
    let exact = 9_007_199_254_740_992_u64;
    type Row = (Value, Value, Result<(&'static str, &'static str), Rejected>);
    let table: Vec<Row> = vec![
        (json!(5), json!("1"), Ok(("5", "1"))),
        (json!("g"), json!(42), Ok(("g", "42"))),
        (json!(0), json!(0.0), Ok(("0", "0"))),
        (json!(-0.0), json!(1e3), Ok(("0", "1000"))),
        (
            json!(exact),
            json!(exact as f64),
            Ok(("9007199254740992", "9007199254740992")),
        ),
        (
            json!("g"),
            json!(1e16),
            Err(field("data.clientId", Problem::NotAnId)),
        ),
        (
            json!(-1),
            json!("1"),
            Err(field("data.guid", Problem::NotAnId)),
        ),
        (
            json!(5.5),
            json!("1"),
            Err(field("data.guid", Problem::NotAnId)),
        ),
        (
            json!("g"),
            json!(0.1),
            Err(field("data.clientId", Problem::NotAnId)),
        ),
    ];
    for (guid, client, expected) in table {
        let message = json!({"event": "assignedInteraction",
            "data": {"guid": guid, "campaign": "c", "channel": "p", "clientId": client}});
        let reading = read(&&message);
        let got = reading.result.map(|event| match event {
            Event::AssignedInteraction(a) => (a.guid, a.client_id),
            other => panic!("{other:?}"),
        });
        let want = expected.map(|(g, c)| (g.to_owned(), c.to_owned()));
        assert_eq!(got, want, "{message}");
        let numeric = guid.is_number() || client.is_number();
        assert_eq!(reading.coerced, numeric && got.is_ok(), "{message}");
        assert_eq!(reading.claimed, Some("assignedInteraction"));
    }
    let finished = json!({"event": "finishedInteraction", "data": {"guid": 77, "finishDate": "d"}});
    assert!(read(&&finished).coerced);
    let disposed = json!({"event": "sentDisposition",
        "data": {"guid": 77, "comment": "", "levelsId": [], "levelsValue": []}});
    assert!(read(&&disposed).coerced);
    let text = json!({"event": "finishedInteraction", "data": {"guid": "77", "finishDate": "d"}});
    assert!(!read(&&text).coerced);
}

#[test]
fn a_reading_names_the_event_a_refused_message_claimed_to_be() {
    let table = [
        (
            json!({"event": "assignedInteraction", "data": 1}),
            Some("assignedInteraction"),
        ),
        (
            json!({"event": "changedLanguage", "data": 1}),
            Some("changedLanguage"),
        ),
        (json!({"event": "somethingElse", "data": {}}), None),
        (json!({"data": {}}), None),
        (json!("assignedInteraction"), None),
    ];
    for (message, claimed) in table {
        let reading = read(&&message);
        assert!(reading.result.is_err());
        assert_eq!(reading.claimed, claimed, "{message}");
    }
}

#[test]
fn refuses_oversized_strings_without_reading_them_whole() {
    let huge = "é".repeat(5_000_000);
    let message =
        json!({"event": "finishedInteraction", "data": {"guid": huge, "finishDate": "d"}});
    assert_eq!(
        decoded(message),
        Err(field("data.guid", Problem::TooLong { max: MAX_GUID }))
    );
}

#[test]
fn keeps_markup_as_plain_text() {
    let message = json!({"event": "assignedInteraction", "data": {
        "guid": "<img src=x onerror=alert(1)>", "campaign": "<script>", "channel": "&amp;", "clientId": "\"'"}});
    let Ok(Event::AssignedInteraction(assigned)) = decoded(message) else {
        panic!("markup is text, not an error");
    };
    assert_eq!(assigned.guid, "<img src=x onerror=alert(1)>");
    assert_eq!(assigned.client_id, "\"'");
}

/// Values JSON cannot express but a structured clone can: NaN, lone surrogates, Dates, Maps.
#[derive(Debug)]
enum Clone_ {
    Object(Vec<(&'static str, Clone_)>),
    Array(Vec<Clone_>),
    Text(&'static str),
    /// A string holding lone UTF-16 surrogates.
    BrokenText,
    Number(f64),
    /// A Date, Map, typed array and the like.
    Other,
}

impl Untrusted for &Clone_ {
    fn kind(&self) -> Kind {
        match self {
            Clone_::Object(_) => Kind::Object,
            Clone_::Array(_) => Kind::Array,
            Clone_::Text(_) | Clone_::BrokenText => Kind::String,
            Clone_::Number(_) => Kind::Number,
            Clone_::Other => Kind::Other,
        }
    }
    fn field(&self, name: &str) -> Option<Self> {
        match self {
            Clone_::Object(fields) => fields.iter().find(|(k, _)| *k == name).map(|(_, v)| v),
            _ => None,
        }
    }
    fn string(&self, _: usize) -> Result<String, Problem> {
        match self {
            Clone_::Text(s) => Ok((*s).to_owned()),
            Clone_::BrokenText => Err(Problem::InvalidText),
            _ => Err(Problem::WrongType {
                expected: Kind::String,
                found: self.kind(),
            }),
        }
    }
    fn boolean(&self) -> Option<bool> {
        None
    }
    fn number(&self) -> Option<f64> {
        match self {
            Clone_::Number(n) => Some(*n),
            _ => None,
        }
    }
    fn array_len(&self) -> Option<usize> {
        match self {
            Clone_::Array(items) => Some(items.len()),
            _ => None,
        }
    }
    fn item(&self, index: usize) -> Option<Self> {
        match self {
            Clone_::Array(items) => items.get(index),
            _ => None,
        }
    }
}

fn disposition_with_levels(levels: Vec<Clone_>) -> Clone_ {
    Clone_::Object(vec![
        ("event", Clone_::Text("sentDisposition")),
        (
            "data",
            Clone_::Object(vec![
                ("guid", Clone_::Text("g")),
                ("comment", Clone_::Text("")),
                ("levelsId", Clone_::Array(levels)),
                ("levelsValue", Clone_::Array(vec![])),
            ]),
        ),
    ])
}

#[test]
fn refuses_what_only_a_structured_clone_can_carry() {
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(
            decode(&&disposition_with_levels(vec![Clone_::Number(bad)])),
            Err(field("data.levelsId[0]", Problem::InvalidText)),
            "{bad}"
        );
    }
    assert_eq!(
        decode(&&disposition_with_levels(vec![Clone_::BrokenText])),
        Err(field("data.levelsId[0]", Problem::InvalidText))
    );
    assert_eq!(
        decode(&&disposition_with_levels(vec![Clone_::Other])),
        Err(field(
            "data.levelsId[0]",
            Problem::WrongType {
                expected: Kind::String,
                found: Kind::Other
            }
        ))
    );
    let date_as_data = Clone_::Object(vec![
        ("event", Clone_::Text("assignedInteraction")),
        ("data", Clone_::Other),
    ]);
    assert_eq!(
        decode(&&date_as_data),
        Err(field(
            "data",
            Problem::WrongType {
                expected: Kind::Object,
                found: Kind::Other
            }
        ))
    );
    assert_eq!(
        decode(&&Clone_::Other),
        Err(Rejected::NotAnObject(Kind::Other))
    );
}

#[test]
fn finite_level_numbers_are_kept_as_text() {
    let message = json!({"event": "sentDisposition", "data": {"guid": "g", "comment": "",
        "levelsId": [1.5, 7, -0.0], "levelsValue": []}});
    let Ok(Event::SentDisposition(sent)) = decoded(message) else {
        panic!("finite numbers are levels");
    };
    assert_eq!(sent.levels_id, vec!["1.5", "7", "-0"]);

    // Written out, a huge number is longer than any level may be (and could not be stored).
    let huge = json!({"event": "sentDisposition", "data": {"guid": "g", "comment": "",
        "levelsId": [1e300], "levelsValue": []}});
    assert_eq!(
        decoded(huge),
        Err(field(
            "data.levelsId[0]",
            Problem::TooLong { max: MAX_NAME }
        ))
    );
}

#[test]
fn start_interaction_is_validated_and_encoded_exactly() {
    let request = StartInteraction::new("  Sales ", "Phone", "42").unwrap();
    let text = serde_json::to_string(&request.to_wire()).unwrap();
    assert_eq!(
        text,
        r#"{"event":"startInteraction","data":{"campaign":"Sales","channel":"Phone","clientId":"42"}}"#
    );
    let wire: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(StartInteraction::decode(&&wire), Ok(request));

    assert_eq!(
        StartInteraction::new("", " ", &"9".repeat(MAX_NAME + 1)),
        Err(DialErrors {
            campaign: Some(FieldError::Empty),
            channel: Some(FieldError::Empty),
            client_id: Some(FieldError::TooLong { max: MAX_NAME }),
        })
    );
    assert_eq!(
        StartInteraction::new("Sales", "Ph\none", "1"),
        Err(DialErrors {
            channel: Some(FieldError::ControlCharacter),
            ..DialErrors::default()
        })
    );
    assert!(StartInteraction::new("S", "P", &"9".repeat(MAX_NAME)).is_ok());

    let other = json!({"event": "assignedInteraction", "data": {}});
    assert_eq!(
        StartInteraction::decode(&&other),
        Err(Rejected::UnknownEvent("assignedInteraction".into()))
    );
}

#[test]
fn the_early_size_check_refuses_only_what_cannot_fit() {
    // A character takes at most four bytes: a string of more than four bytes per allowed
    // character is refused before it is copied; one of exactly that many bytes is handed to
    // the caller, who counts its characters.
    let emoji = |n: usize| Value::String("😀".repeat(n));
    assert_eq!((&emoji(3)).string(3), Ok("😀😀😀".to_owned()));
    let one_byte_more = Value::String(format!("{}a", "😀".repeat(3)));
    assert_eq!((&one_byte_more).string(3), Err(Problem::TooLong { max: 3 }));
    assert_eq!((&Value::String("abcd".into())).string(3), Ok("abcd".into()));
    assert_eq!(
        (&json!(5)).string(3),
        Err(Problem::WrongType {
            expected: Kind::String,
            found: Kind::Number
        })
    );
}

#[test]
fn kinds_are_named_as_javascript_names_them() {
    let table = [
        (Kind::Undefined, "undefined"),
        (Kind::Null, "null"),
        (Kind::Bool, "boolean"),
        (Kind::Number, "number"),
        (Kind::String, "string"),
        (Kind::Array, "array"),
        (Kind::Object, "object"),
        (Kind::Other, "non-plain object"),
    ];
    for (kind, name) in table {
        assert_eq!(kind.to_string(), name);
    }
}

#[test]
fn every_field_is_read_up_to_its_limit_and_refused_one_over() {
    let assigned = |guid: String, campaign: String| {
        json!({"event": "assignedInteraction",
            "data": {"guid": guid, "campaign": campaign, "channel": "Phone", "clientId": "1"}})
    };
    let disposition = |comment: String, levels: usize| {
        json!({"event": "sentDisposition", "data": {"guid": "g", "comment": comment,
            "levelsId": vec!["1"; levels], "levelsValue": vec!["v"; levels]}})
    };
    let finished = |date: String| json!({"event": "finishedInteraction", "data": {"guid": "g", "finishDate": date}});
    // Characters, not bytes: "é" is two bytes and one character.
    let text = |n: usize| "é".repeat(n);
    let table = [
        (
            assigned(text(MAX_GUID), "S".into()),
            assigned(text(MAX_GUID + 1), "S".into()),
            field("data.guid", Problem::TooLong { max: MAX_GUID }),
        ),
        (
            assigned("g".into(), text(MAX_NAME)),
            assigned("g".into(), text(MAX_NAME + 1)),
            field("data.campaign", Problem::TooLong { max: MAX_NAME }),
        ),
        (
            disposition(text(MAX_COMMENT), 1),
            disposition(text(MAX_COMMENT + 1), 1),
            field("data.comment", Problem::TooLong { max: MAX_COMMENT }),
        ),
        (
            disposition(String::new(), MAX_LEVELS),
            disposition(String::new(), MAX_LEVELS + 1),
            field("data.levelsId", Problem::TooMany { max: MAX_LEVELS }),
        ),
        (
            finished(text(MAX_DATE)),
            finished(text(MAX_DATE + 1)),
            field("data.finishDate", Problem::TooLong { max: MAX_DATE }),
        ),
    ];
    for (at_limit, over, rejection) in table {
        assert!(decoded(at_limit.clone()).is_ok(), "{at_limit:.100}");
        assert_eq!(decoded(over), Err(rejection));
    }
}

#[test]
fn a_refused_dial_names_its_first_refused_field() {
    let rejection = |campaign: &str, channel: &str, client: &str| {
        StartInteraction::new(campaign, channel, client)
            .err()
            .and_then(|errors| errors.rejection())
    };
    assert_eq!(
        rejection("", "", "x\u{7}"),
        Some(field("data.campaign", Problem::Empty))
    );
    assert_eq!(
        rejection("Sales", " ", "1"),
        Some(field("data.channel", Problem::Empty))
    );
    assert_eq!(
        rejection("Sales", "Phone", "x\u{7}"),
        Some(field("data.clientId", Problem::InvalidText))
    );
    assert_eq!(
        rejection("Sales", "Phone", &"1".repeat(MAX_NAME + 1)),
        Some(field("data.clientId", Problem::TooLong { max: MAX_NAME }))
    );
    assert!(StartInteraction::new("Sales", "Phone", &"1".repeat(MAX_NAME)).is_ok());
    assert_eq!(DialErrors::default().rejection(), None);
}
