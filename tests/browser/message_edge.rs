//! The edge reads structured clones one level at a time: what only a browser can send is
//! refused with a reason, never followed into its depth, and never a panic.

use ucontact_cockpit::protocol::{Event, Kind, Problem, Rejected, decode};
use ucontact_cockpit::web::message::JsMessage;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::js;

fn decoded(source: &str) -> Result<Event, Rejected> {
    decode(&JsMessage::new(js(source)))
}

fn field(field: &str, problem: Problem) -> Rejected {
    Rejected::Field {
        field: field.into(),
        problem,
    }
}

const VALID_DATA: &str = r#"{guid: "g", campaign: "c", channel: "p", clientId: "1"}"#;

#[wasm_bindgen_test]
fn a_plain_message_decodes() {
    let event = decoded(&format!(
        r#"{{event: "assignedInteraction", data: {VALID_DATA}}}"#
    ))
    .unwrap();
    assert_eq!(event.name(), "assignedInteraction");
    let no_prototype = decoded(&format!(
        r#"Object.assign(Object.create(null), {{event: "assignedInteraction", data: {VALID_DATA}}})"#
    ));
    assert!(no_prototype.is_ok());
}

#[wasm_bindgen_test]
fn objects_that_are_not_plain_are_refused() {
    let table = [
        ("new Date()", Rejected::NotAnObject(Kind::Other)),
        (
            "new Map([['event', 'x']])",
            Rejected::NotAnObject(Kind::Other),
        ),
        ("new Uint8Array(4)", Rejected::NotAnObject(Kind::Other)),
        ("new String('x')", Rejected::NotAnObject(Kind::Other)),
        ("undefined", Rejected::NotAnObject(Kind::Undefined)),
        ("[]", Rejected::NotAnObject(Kind::Array)),
        ("10n", Rejected::NotAnObject(Kind::Other)),
        (
            r#"{event: "assignedInteraction", data: new Date()}"#,
            field(
                "data",
                Problem::WrongType {
                    expected: Kind::Object,
                    found: Kind::Other,
                },
            ),
        ),
        (
            r#"{event: "sentDisposition", data: {guid: "g", comment: "", levelsId: new Uint8Array(3), levelsValue: []}}"#,
            field(
                "data.levelsId",
                Problem::WrongType {
                    expected: Kind::Array,
                    found: Kind::Other,
                },
            ),
        ),
        (
            r#"{event: "sentDisposition", data: {guid: "g", comment: "", levelsId: [new Map()], levelsValue: []}}"#,
            field(
                "data.levelsId[0]",
                Problem::WrongType {
                    expected: Kind::String,
                    found: Kind::Other,
                },
            ),
        ),
        (
            r#"{event: "sentDisposition", data: {guid: "g", comment: "", levelsId: [NaN], levelsValue: []}}"#,
            field("data.levelsId[0]", Problem::InvalidText),
        ),
        (
            r#"{event: "sentDisposition", data: {guid: "g", comment: "", levelsId: new Array(1e6), levelsValue: []}}"#,
            field("data.levelsId", Problem::TooMany { max: 32 }),
        ),
        (
            r#"{event: "sentDisposition", data: {guid: "g", comment: "", levelsId: [,"x"], levelsValue: []}}"#,
            field(
                "data.levelsId[0]",
                Problem::WrongType {
                    expected: Kind::String,
                    found: Kind::Undefined,
                },
            ),
        ),
    ];
    for (source, expected) in table {
        assert_eq!(decoded(source), Err(expected), "{source}");
    }
}

#[wasm_bindgen_test]
fn inherited_and_prototype_keys_are_never_read() {
    let inherited =
        format!(r#"Object.create({{event: "assignedInteraction", data: {VALID_DATA}}})"#);
    assert_eq!(
        decoded(&inherited),
        Err(Rejected::NotAnObject(Kind::Other)),
        "a class instance, not plain"
    );
    let proto_key = r#"JSON.parse('{"__proto__": {"event": "assignedInteraction"}, "data": {}}')"#;
    assert_eq!(decoded(proto_key), Err(field("event", Problem::Missing)));
}

#[wasm_bindgen_test]
fn broken_and_oversized_strings_are_refused_without_copying() {
    let lone = r#"{event: "assignedInteraction", data: {guid: "a\uD800b", campaign: "c", channel: "p", clientId: "1"}}"#;
    assert_eq!(decoded(lone), Err(field("data.guid", Problem::InvalidText)));
    let huge = r#"{event: "assignedInteraction", data: {guid: "x".repeat(10 * 1024 * 1024), campaign: "c", channel: "p", clientId: "1"}}"#;
    assert_eq!(
        decoded(huge),
        Err(field("data.guid", Problem::TooLong { max: 128 }))
    );
    let nul = r#"{event: "assignedInteraction", data: {guid: "a\u0000", campaign: "c", channel: "p", clientId: "1"}}"#;
    assert_eq!(decoded(nul), Err(field("data.guid", Problem::InvalidText)));
}

#[wasm_bindgen_test]
fn untrusted_depth_is_never_walked() {
    let deep = |leaf: &str| {
        format!(
            "(() => {{ let v = {leaf}; for (let i = 0; i < 100000; i++) v = [v]; return v; }})()"
        )
    };
    // Deep nesting where a field is expected is a wrong type, found at the first level.
    let as_guid = format!(
        r#"{{event: "assignedInteraction", data: {{guid: {}, campaign: "c", channel: "p", clientId: "1"}}}}"#,
        deep("'g'")
    );
    assert_eq!(
        decoded(&as_guid),
        Err(field(
            "data.guid",
            Problem::WrongType {
                expected: Kind::String,
                found: Kind::Array
            }
        ))
    );
    // Deep nesting in a field the API does not have is simply not read.
    let beside = format!(
        r#"{{event: "assignedInteraction", extra: {}, data: {{...{VALID_DATA}, more: {}}}}}"#,
        deep("{}"),
        deep("{}")
    );
    assert!(decoded(&beside).is_ok());
}
