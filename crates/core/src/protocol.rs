//! The uContact Events API on the wire: typed messages, their decoding and validation, and the
//! encoding of the one action the cockpit sends.
//!
//! Decoding reads a message through [`Untrusted`], a read-only view that is implemented both for
//! `serde_json::Value` (native tests, the fuzzer) and, in the browser, for the structured clone a
//! `MessageEvent` carries. The decoder only ever reads the fixed shape of each event (`event`, then
//! the known fields of `data`), so it never follows untrusted nesting, however deep it goes.

use std::fmt;

use serde::Serialize;

use crate::color::Color;
pub use crate::color::MAX_COLOR;

mod untrusted;

pub use untrusted::{Kind, Untrusted};

/// Longest guid accepted, in characters.
pub const MAX_GUID: usize = 128;
/// Longest campaign, channel or client id accepted, in characters.
pub const MAX_NAME: usize = 256;
/// Longest `finishDate` accepted, in characters.
pub const MAX_DATE: usize = 64;
/// Longest disposition comment accepted, in characters.
pub const MAX_COMMENT: usize = 4096;
/// Most disposition levels accepted in each of `levelsId` and `levelsValue`.
pub const MAX_LEVELS: usize = 32;
/// Longest language code accepted (the longest well-formed BCP 47 tags stay below it).
pub const MAX_LANGUAGE: usize = 35;
/// Longest event name worth reading; anything longer is not one of ours.
const MAX_EVENT_NAME: usize = 64;

/// One event uContact dispatches to the page that embeds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    AssignedInteraction(AssignedInteraction),
    FinishedInteraction(FinishedInteraction),
    SentDisposition(SentDisposition),
    ChangedTheme(ChangedTheme),
    ChangedLanguage(ChangedLanguage),
}

impl Event {
    /// The event's name as the wire spells it.
    pub fn name(&self) -> &'static str {
        match self {
            Event::AssignedInteraction(_) => "assignedInteraction",
            Event::FinishedInteraction(_) => "finishedInteraction",
            Event::SentDisposition(_) => "sentDisposition",
            Event::ChangedTheme(_) => "changedTheme",
            Event::ChangedLanguage(_) => "changedLanguage",
        }
    }
}

/// An interaction was assigned to the agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignedInteraction {
    pub guid: String,
    pub campaign: String,
    pub channel: String,
    pub client_id: String,
}

/// An interaction was closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinishedInteraction {
    pub guid: String,
    /// As uContact wrote it; [`crate::datetime`] reads it for display.
    pub finish_date: String,
}

/// The agent sent a disposition for an interaction. The two level lists are kept exactly as
/// sent, even when their lengths differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentDisposition {
    pub guid: String,
    pub comment: String,
    pub levels_id: Vec<String>,
    pub levels_value: Vec<String>,
}

/// uContact's theme changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangedTheme {
    pub dark: bool,
    pub primary: Color,
}

/// uContact's language changed; the code is well-formed but may name any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedLanguage {
    pub code: String,
}

/// The action the cockpit dispatches: ask uContact to start an interaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartInteraction {
    pub campaign: String,
    pub channel: String,
    pub client_id: String,
}

/// `startInteraction` as it goes on the wire.
#[derive(Debug, Serialize)]
pub struct Wire<'a> {
    pub event: &'static str,
    pub data: WireData<'a>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WireData<'a> {
    pub campaign: &'a str,
    pub channel: &'a str,
    pub client_id: &'a str,
}

/// Why one field of a dial request is not acceptable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Empty,
    TooLong { max: usize },
    ControlCharacter,
}

impl From<FieldError> for Problem {
    fn from(error: FieldError) -> Problem {
        match error {
            FieldError::Empty => Problem::Empty,
            FieldError::TooLong { max } => Problem::TooLong { max },
            FieldError::ControlCharacter => Problem::InvalidText,
        }
    }
}

impl DialErrors {
    /// The first field refused, as a message's rejection names it (`data.clientId`).
    pub fn rejection(&self) -> Option<Rejected> {
        [
            ("data.campaign", self.campaign),
            ("data.channel", self.channel),
            ("data.clientId", self.client_id),
        ]
        .into_iter()
        .find_map(|(field, error)| {
            error.map(|error| Rejected::Field {
                field: field.to_owned(),
                problem: error.into(),
            })
        })
    }
}

/// The problems of a dial request, field by field; `None` means the field is fine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DialErrors {
    pub campaign: Option<FieldError>,
    pub channel: Option<FieldError>,
    pub client_id: Option<FieldError>,
}

impl StartInteraction {
    /// Validates what an agent typed: each field is trimmed, must not be empty, must fit
    /// [`MAX_NAME`] and must be a single line of text.
    pub fn new(campaign: &str, channel: &str, client_id: &str) -> Result<Self, DialErrors> {
        let check = |raw: &str| -> Result<String, FieldError> {
            let value = raw.trim();
            if value.is_empty() {
                Err(FieldError::Empty)
            } else if value.chars().count() > MAX_NAME {
                Err(FieldError::TooLong { max: MAX_NAME })
            } else if value.chars().any(char::is_control) {
                Err(FieldError::ControlCharacter)
            } else {
                Ok(value.to_owned())
            }
        };
        match (check(campaign), check(channel), check(client_id)) {
            (Ok(campaign), Ok(channel), Ok(client_id)) => Ok(Self {
                campaign,
                channel,
                client_id,
            }),
            (campaign, channel, client_id) => Err(DialErrors {
                campaign: campaign.err(),
                channel: channel.err(),
                client_id: client_id.err(),
            }),
        }
    }

    /// The message exactly as uContact expects it, serialised in this order:
    /// `{"event":"startInteraction","data":{"campaign":…,"channel":…,"clientId":…}}`.
    pub fn to_wire(&self) -> Wire<'_> {
        Wire {
            event: "startInteraction",
            data: WireData {
                campaign: &self.campaign,
                channel: &self.channel,
                client_id: &self.client_id,
            },
        }
    }

    /// Reads a `startInteraction` message (what the simulator and the tests receive).
    pub fn decode<V: Untrusted>(message: &V) -> Result<Self, Rejected> {
        let (name, data) = envelope(message)?;
        if name != "startInteraction" {
            return Err(Rejected::UnknownEvent(name));
        }
        let coerced = std::cell::Cell::new(false);
        let data = Fields::of(data, &coerced)?;
        Ok(Self {
            campaign: data.text("campaign", MAX_NAME, Lines::One)?,
            channel: data.text("channel", MAX_NAME, Lines::One)?,
            client_id: data.text("clientId", MAX_NAME, Lines::One)?,
        })
    }
}

/// Why a message was not processed. Every rejection is counted and shown in the inspector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    /// Sent from an origin other than uContact's (the origin is kept for the inspector).
    WrongOrigin(String),
    /// Sent from uContact's origin, but not by the uContact iframe's window.
    WrongSource,
    /// The browser could not deserialise the message (a `messageerror` event).
    Unreadable,
    /// The message is not a plain object.
    NotAnObject(Kind),
    /// `event` names no event of the API (shortened for display).
    UnknownEvent(String),
    /// A field is missing, mistyped or out of bounds.
    Field { field: String, problem: Problem },
}

/// What is wrong with one field of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Missing,
    WrongType {
        expected: Kind,
        found: Kind,
    },
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    Empty,
    /// Lone UTF-16 surrogates or control characters.
    InvalidText,
    /// Not a colour by the strict grammar of [`crate::color`].
    BadColor,
    /// Not shaped like a language code.
    BadLanguage,
    /// A number that is no whole number from 0 to 2^53, where an id was expected.
    NotAnId,
    /// The same dial request is still waiting for uContact.
    AlreadyPending,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Undefined => "undefined",
            Kind::Null => "null",
            Kind::Bool => "boolean",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Array => "array",
            Kind::Object => "object",
            Kind::Other => "non-plain object",
        })
    }
}

/// The largest integer a JavaScript number holds exactly: numeric ids up to it are read as
/// their decimal text.
pub const MAX_EXACT_INTEGER: f64 = 9_007_199_254_740_992.0;

/// Event names of the API, as the wire spells them.
pub const EVENT_NAMES: [&str; 5] = [
    "assignedInteraction",
    "finishedInteraction",
    "sentDisposition",
    "changedTheme",
    "changedLanguage",
];

/// One message as read at the edge: its event or why it was refused, which event it claimed
/// to be (for a refusal worth telling the agent about), and whether a numeric id was read as
/// text.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub result: Result<Event, Rejected>,
    /// The API event named by the message's `event` field, when it names one.
    pub claimed: Option<&'static str>,
    /// A `guid` or `clientId` arrived as a number and was read as its decimal text.
    pub coerced: bool,
}

impl From<Result<Event, Rejected>> for Reading {
    /// A reading with nothing claimed or coerced (refusals before the content is looked at,
    /// and tests).
    fn from(result: Result<Event, Rejected>) -> Reading {
        let claimed = result.as_ref().ok().map(Event::name);
        Reading {
            result,
            claimed,
            coerced: false,
        }
    }
}

impl From<Event> for Reading {
    fn from(event: Event) -> Reading {
        Reading::from(Ok(event))
    }
}

impl From<Rejected> for Reading {
    fn from(rejected: Rejected) -> Reading {
        Reading::from(Err(rejected))
    }
}

/// Decodes one message from uContact into a typed event, or says why it cannot.
pub fn decode<V: Untrusted>(message: &V) -> Result<Event, Rejected> {
    read(message).result
}

/// Reads one message from uContact: [`decode`], plus what the inspector and the panel tell
/// about it.
pub fn read<V: Untrusted>(message: &V) -> Reading {
    let coerced = std::cell::Cell::new(false);
    let mut claimed = None;
    let result = envelope(message).and_then(|(name, data)| {
        claimed = EVENT_NAMES.iter().copied().find(|known| *known == name);
        event(name, data, &coerced)
    });
    Reading {
        result,
        claimed,
        coerced: coerced.get(),
    }
}

fn event<V: Untrusted>(
    name: String,
    data: V,
    coerced: &std::cell::Cell<bool>,
) -> Result<Event, Rejected> {
    if name == "changedLanguage" {
        return Ok(Event::ChangedLanguage(ChangedLanguage {
            code: language(&data)?,
        }));
    }
    let event = match name.as_str() {
        "assignedInteraction" => {
            let data = Fields::of(data, coerced)?;
            Event::AssignedInteraction(AssignedInteraction {
                guid: data.guid()?,
                campaign: data.text("campaign", MAX_NAME, Lines::One)?,
                channel: data.text("channel", MAX_NAME, Lines::One)?,
                client_id: data.id("clientId", MAX_NAME)?,
            })
        }
        "finishedInteraction" => {
            let data = Fields::of(data, coerced)?;
            Event::FinishedInteraction(FinishedInteraction {
                guid: data.guid()?,
                finish_date: data.text("finishDate", MAX_DATE, Lines::One)?,
            })
        }
        "sentDisposition" => {
            let data = Fields::of(data, coerced)?;
            Event::SentDisposition(SentDisposition {
                guid: data.guid()?,
                comment: data.text("comment", MAX_COMMENT, Lines::Many)?,
                levels_id: data.levels("levelsId")?,
                levels_value: data.levels("levelsValue")?,
            })
        }
        "changedTheme" => {
            let data = Fields::of(data, coerced)?;
            Event::ChangedTheme(ChangedTheme {
                dark: data.boolean("dark")?,
                primary: data.color("primary")?,
            })
        }
        _ => return Err(Rejected::UnknownEvent(name)),
    };
    Ok(event)
}

/// Reads `{event, data}`: the event's name and its (still untrusted) data.
fn envelope<V: Untrusted>(message: &V) -> Result<(String, V), Rejected> {
    match message.kind() {
        Kind::Object => {}
        other => return Err(Rejected::NotAnObject(other)),
    }
    let event = message
        .field("event")
        .ok_or_else(|| field_problem("event", Problem::Missing))?;
    let name = match event.string(MAX_EVENT_NAME) {
        Ok(name) => checked_text(name, MAX_EVENT_NAME, Lines::One),
        Err(problem) => Err(problem),
    };
    let name = match name {
        Ok(name) => name,
        Err(Problem::TooLong { .. }) => {
            return Err(Rejected::UnknownEvent(format!(
                "(over {MAX_EVENT_NAME} characters)"
            )));
        }
        Err(problem) => return Err(field_problem("event", problem)),
    };
    let data = message
        .field("data")
        .ok_or_else(|| field_problem("data", Problem::Missing))?;
    Ok((name, data))
}

fn field_problem(field: impl Into<String>, problem: Problem) -> Rejected {
    Rejected::Field {
        field: field.into(),
        problem,
    }
}

/// Whether a text field may span lines.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    One,
    Many,
}

/// Checks what a string field holds: at most `max` characters and no control characters
/// (`\t`, `\n` and `\r` are allowed where the field may span lines).
fn checked_text(value: String, max: usize, lines: Lines) -> Result<String, Problem> {
    if value.chars().count() > max {
        return Err(Problem::TooLong { max });
    }
    if has_control(&value, lines == Lines::Many) {
        return Err(Problem::InvalidText);
    }
    Ok(value)
}

/// Control characters other than `\t`, `\n` and `\r` where text may span lines.
fn has_control(value: &str, multiline: bool) -> bool {
    value
        .chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\t' | '\n' | '\r')))
}

/// Whether `value` passes the checks a text field of a message passes: at most `max`
/// characters, no control characters (but `\t`, `\n` and `\r` when `multiline`). For other
/// untrusted text held to the same rules, such as stored state.
pub fn plain_text(value: &str, max: usize, multiline: bool) -> bool {
    value.chars().count() <= max && !has_control(value, multiline)
}

/// `changedLanguage` carries a bare string: 1 to 35 ASCII letters, digits, `-` or `_`.
fn language<V: Untrusted>(data: &V) -> Result<String, Rejected> {
    let code = data
        .string(MAX_LANGUAGE)
        .and_then(|code| checked_text(code, MAX_LANGUAGE, Lines::One))
        .map_err(|problem| field_problem("data", problem))?;
    let well_formed = !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if well_formed {
        Ok(code)
    } else {
        Err(field_problem("data", Problem::BadLanguage))
    }
}

/// The `data` object of an event, read one known field at a time; notes in `coerced` when an
/// id arrived as a number.
struct Fields<'a, V> {
    data: V,
    coerced: &'a std::cell::Cell<bool>,
}

impl<'a, V: Untrusted> Fields<'a, V> {
    fn of(data: V, coerced: &'a std::cell::Cell<bool>) -> Result<Self, Rejected> {
        match data.kind() {
            Kind::Object => Ok(Self { data, coerced }),
            found => Err(field_problem(
                "data",
                Problem::WrongType {
                    expected: Kind::Object,
                    found,
                },
            )),
        }
    }

    fn get(&self, name: &str) -> Result<V, Rejected> {
        self.data
            .field(name)
            .ok_or_else(|| field_problem(format!("data.{name}"), Problem::Missing))
    }

    /// A string field, bounded and checked by [`checked_text`].
    fn text(&self, name: &str, max: usize, lines: Lines) -> Result<String, Rejected> {
        self.get(name)?
            .string(max)
            .and_then(|value| checked_text(value, max, lines))
            .map_err(|problem| field_problem(format!("data.{name}"), problem))
    }

    /// An identifier: a string, or a whole number from 0 to 2^53 (some uContact setups send
    /// numeric ids; where the meaning is certain they are read as their decimal text).
    fn id(&self, name: &str, max: usize) -> Result<String, Rejected> {
        let value = self.get(name)?;
        if value.kind() == Kind::Number {
            let number = value.number().unwrap_or(f64::NAN);
            if !(number.is_finite()
                && number.fract() == 0.0
                && (0.0..=MAX_EXACT_INTEGER).contains(&number))
            {
                return Err(field_problem(format!("data.{name}"), Problem::NotAnId));
            }
            self.coerced.set(true);
            // Whole and at most 2^53: exact as an integer, and written without exponent.
            return Ok(format!("{}", number as u64));
        }
        self.text(name, max, Lines::One)
    }

    /// The interaction's guid: a non-blank string of at most [`MAX_GUID`] characters, or a
    /// numeric id (see [`Fields::id`]).
    fn guid(&self) -> Result<String, Rejected> {
        let guid = self.id("guid", MAX_GUID)?;
        if guid.trim().is_empty() {
            return Err(field_problem("data.guid", Problem::Empty));
        }
        Ok(guid)
    }

    fn boolean(&self, name: &str) -> Result<bool, Rejected> {
        let value = self.get(name)?;
        value.boolean().ok_or_else(|| {
            field_problem(
                format!("data.{name}"),
                Problem::WrongType {
                    expected: Kind::Bool,
                    found: value.kind(),
                },
            )
        })
    }

    fn color(&self, name: &str) -> Result<Color, Rejected> {
        let raw = self.text(name, MAX_COLOR, Lines::One)?;
        Color::parse(&raw).ok_or_else(|| field_problem(format!("data.{name}"), Problem::BadColor))
    }

    /// A list of disposition levels: at most [`MAX_LEVELS`] strings or finite numbers (level
    /// ids are numeric in some uContact setups; they are kept as their decimal text).
    fn levels(&self, name: &str) -> Result<Vec<String>, Rejected> {
        let path = format!("data.{name}");
        let list = self.get(name)?;
        let len = list.array_len().ok_or_else(|| {
            field_problem(
                path.clone(),
                Problem::WrongType {
                    expected: Kind::Array,
                    found: list.kind(),
                },
            )
        })?;
        if len > MAX_LEVELS {
            return Err(field_problem(path, Problem::TooMany { max: MAX_LEVELS }));
        }
        (0..len)
            .map(|index| {
                let item_problem = |problem| field_problem(format!("{path}[{index}]"), problem);
                let item = list
                    .item(index)
                    .ok_or_else(|| item_problem(Problem::Missing))?;
                match item.kind() {
                    // Held to the same bound as text: 1e300 is 301 digits written out.
                    Kind::Number => item
                        .number()
                        .filter(|n| n.is_finite())
                        .ok_or(Problem::InvalidText)
                        .and_then(|n| checked_text(n.to_string(), MAX_NAME, Lines::One))
                        .map_err(item_problem),
                    _ => item
                        .string(MAX_NAME)
                        .and_then(|s| checked_text(s, MAX_NAME, Lines::One))
                        .map_err(item_problem),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
