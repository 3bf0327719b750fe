//! The deployment's `config.json`, read as untrusted input: where uContact lives (and so the one
//! origin whose messages are processed), the suggestions the dial form offers, the CRM link,
//! and the limits of a shift.
//!
//! ```json
//! { "ucontactUrl": "https://acme.ucontactcloud.com/", "campaigns": ["Sales"], "channels": ["Phone"] }
//! ```

use std::ops::RangeInclusive;

use serde_json::{Map, Value};

pub use crate::datetime::FinishZone;
pub use forward::Forward as ForwardConfig;
pub use hubspot::HubSpot as HubSpotConfig;

pub mod forward;
pub mod hubspot;
pub use crate::origin::{MAX_URL, UrlProblem, origin_of};
use crate::screen_pop::{MAX_LABEL, ScreenPop, TemplateProblem, UrlTemplate};

/// Where the bundled simulator listens when the README's serve command runs it; used when a
/// deployment has no `config.json`.
pub const SIMULATOR_URL: &str = "http://127.0.0.1:8081/";
/// Where the example intranet of the README's serve command runs; the simulator default lets
/// it frame the cockpit.
pub const EXAMPLE_INTRANET_ORIGIN: &str = "http://127.0.0.1:8082";
/// Where `./dev serve` serves its stand-in HubSpot page, which frames the cockpit as HubSpot does.
pub const EXAMPLE_HUBSPOT_ORIGIN: &str = "http://127.0.0.1:8083";
/// Where `./dev serve` runs its stand-in collector, which prints every event forwarded to it.
pub const EXAMPLE_COLLECTOR_ORIGIN: &str = "http://127.0.0.1:8084";
/// Largest `config.json` read, in bytes.
pub const MAX_CONFIG_BYTES: usize = 64 * 1024;
/// Most suggestions in each list.
pub const MAX_SUGGESTIONS: usize = 200;
/// How long after the uContact frame loads, by default, the cockpit waits for a first valid
/// message before it suggests that uContact may be refusing to be framed.
pub const DEFAULT_CONNECT_TIMEOUT_SECONDS: u32 = 20;
/// The bounds of `connectTimeoutSeconds`.
pub const CONNECT_TIMEOUT_RANGE: RangeInclusive<u32> = 1..=600;
/// How many finished interactions history keeps by default, and the bounds of `historyLimit`.
pub const DEFAULT_HISTORY_LIMIT: u32 = 20_000;
pub const HISTORY_LIMIT_RANGE: RangeInclusive<u32> = 100..=100_000;
/// After how long an active interaction is flagged as possibly orphaned, by default, and the
/// bounds of `orphanAfterMinutes`.
pub const DEFAULT_ORPHAN_AFTER_MINUTES: u32 = 120;
pub const ORPHAN_AFTER_RANGE: RangeInclusive<u32> = 1..=1_440;
/// How long a dial waits for uContact's answer by default, and the bounds of
/// `dialAnswerSeconds`.
pub const DEFAULT_DIAL_ANSWER_SECONDS: u32 = 30;
pub const DIAL_ANSWER_RANGE: RangeInclusive<u32> = 1..=600;
/// How long stored data is kept by default, and the bounds of `retentionHours`.
pub const DEFAULT_RETENTION_HOURS: u32 = 12;
pub const RETENTION_RANGE: RangeInclusive<u32> = 1..=168;
/// When an active interaction's time is emphasised, then emphasised more, by default; and the
/// bounds of each of `attentionMinutes`.
pub const DEFAULT_ATTENTION_MINUTES: [u32; 2] = [5, 15];
pub const ATTENTION_RANGE: RangeInclusive<u32> = 1..=1_440;
/// What the uContact frame may use by default (its `allow` attribute): the softphone's camera
/// and microphone, ringing after a reload, and uContact's own copy buttons.
pub const DEFAULT_FRAME_ALLOW: [&str; 4] = ["camera", "microphone", "autoplay", "clipboard-write"];
/// The permission names `frameAllow` may list: the policy-controlled features browsers know.
pub const PERMISSIONS: [&str; 33] = [
    "accelerometer",
    "ambient-light-sensor",
    "autoplay",
    "bluetooth",
    "camera",
    "clipboard-read",
    "clipboard-write",
    "compute-pressure",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "gamepad",
    "geolocation",
    "gyroscope",
    "hid",
    "identity-credentials-get",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "picture-in-picture",
    "publickey-credentials-create",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "speaker-selection",
    "storage-access",
    "usb",
    "web-share",
    "window-management",
];
/// Most origins in `hostOrigins`.
pub const MAX_HOST_ORIGINS: usize = 20;
/// The keys `config.json` may hold.
pub const KEYS: [&str; 17] = [
    "ucontactUrl",
    "campaigns",
    "channels",
    "connectTimeoutSeconds",
    "historyLimit",
    "orphanAfterMinutes",
    "screenPop",
    "dialAnswerSeconds",
    "attentionMinutes",
    "retentionHours",
    "frameAllow",
    "dialDefaults",
    "hostOrigins",
    "relayDials",
    "finishDateZone",
    "hubspot",
    "forward",
];
/// The keys of `dialDefaults`.
pub const DIAL_DEFAULTS_KEYS: [&str; 2] = ["campaign", "channel"];
/// The keys of `screenPop`.
pub const SCREEN_POP_KEYS: [&str; 3] = ["url", "label", "auto"];

/// What a key of `config.json` must be, when it is something else (its words are the
/// agent's language's: `Texts::expected`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Boolean,
    Object,
    TextList,
    /// `"send"` or `"confirm"`.
    RelayMode,
}

/// `relayDials`: what the tab in charge does with a dial another page of the site asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RelayDials {
    /// Sent, shown with the page it came from, rate-limited (the default).
    #[default]
    Send,
    /// Each waits for the agent's confirmation in the tab in charge.
    Confirm,
}

/// `dialDefaults`: what a click on a `tel:` link dials with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialDefaults {
    pub campaign: String,
    pub channel: String,
}

/// A validated configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The URL the uContact iframe loads.
    pub ucontact_url: String,
    /// The exact origin of `ucontact_url`, as browsers serialise it in `MessageEvent.origin`.
    pub ucontact_origin: String,
    pub campaigns: Vec<String>,
    pub channels: Vec<String>,
    /// Seconds to wait, after the uContact frame loads, for a first valid message.
    pub connect_timeout_seconds: u32,
    /// The most finished interactions history keeps.
    pub history_limit: u32,
    /// Minutes after which an active interaction is flagged as possibly orphaned.
    pub orphan_after_minutes: u32,
    /// The CRM record link, if the deployment has one.
    pub screen_pop: Option<ScreenPop>,
    /// Seconds a dial waits for uContact to assign an interaction for its client.
    pub dial_answer_seconds: u32,
    /// Minutes after which an active interaction's time is emphasised, then more; increasing.
    pub attention_minutes: Vec<u32>,
    /// Hours stored data is kept.
    pub retention_hours: u32,
    /// The uContact frame's `allow` attribute, as written.
    pub frame_allow: String,
    /// Campaign and channel a `tel:` link dials with at once (click-to-dial); without them, the
    /// link fills the dial form.
    pub dial_defaults: Option<DialDefaults>,
    /// What the tab in charge does with another page's dial.
    pub relay_dials: RelayDials,
    /// The exact origins allowed to frame the cockpit and talk to it (framed mode).
    pub host_origins: Vec<String>,
    /// How a `finishDate` without a zone is read.
    pub finish_date_zone: FinishZone,
    /// The cockpit as a HubSpot calling app, when framed by one of its origins.
    pub hubspot: Option<HubSpotConfig>,
    /// Where events are forwarded as CloudEvents, if anywhere.
    pub forward: Option<ForwardConfig>,
    /// True when no `config.json` was found and the development simulator stands in.
    pub is_simulator_default: bool,
}

impl Config {
    /// The configuration used when a deployment ships no `config.json`.
    pub fn simulator_default() -> Config {
        Config {
            ucontact_url: SIMULATOR_URL.to_owned(),
            ucontact_origin: SIMULATOR_URL.trim_end_matches('/').to_owned(),
            // As real uContact names them: v6 campaigns carry their direction's arrow, channels
            // are lowercase ids.
            campaigns: ["Ventas<-", "Soporte<-", "Cobranzas->", "Retención"]
                .map(str::to_owned)
                .to_vec(),
            channels: ["telephony", "whatsapp", "email", "webchat", "sms"]
                .map(str::to_owned)
                .to_vec(),
            connect_timeout_seconds: DEFAULT_CONNECT_TIMEOUT_SECONDS,
            history_limit: DEFAULT_HISTORY_LIMIT,
            orphan_after_minutes: DEFAULT_ORPHAN_AFTER_MINUTES,
            // The simulator serves a stand-in CRM page, so the link can be tried.
            screen_pop: UrlTemplate::parse(&format!(
                "{SIMULATOR_URL}crm.html?client={{clientId}}&campaign={{campaign}}&guid={{guid}}"
            ))
            .ok()
            .map(|url| ScreenPop {
                url,
                label: None,
                auto: false,
            }),
            dial_answer_seconds: DEFAULT_DIAL_ANSWER_SECONDS,
            attention_minutes: DEFAULT_ATTENTION_MINUTES.to_vec(),
            retention_hours: DEFAULT_RETENTION_HOURS,
            frame_allow: DEFAULT_FRAME_ALLOW.join("; "),
            dial_defaults: None,
            relay_dials: RelayDials::Send,
            // The example intranet of `./dev serve` frames the cockpit from here.
            host_origins: vec![EXAMPLE_INTRANET_ORIGIN.to_owned()],
            finish_date_zone: FinishZone::Local,
            // The stand-in HubSpot page of `./dev serve` frames the cockpit from here.
            hubspot: Some(HubSpotConfig {
                host_origins: vec![EXAMPLE_HUBSPOT_ORIGIN.to_owned()],
                campaign: "Salientes->".to_owned(),
                channel: "telephony".to_owned(),
                call_channels: vec!["telephony".to_owned()],
                dispositions: vec![
                    (
                        "Venta".to_owned(),
                        "f240bbac-87c9-4f6e-bf70-924b57d47db7".to_owned(),
                    ),
                    (
                        "No venta".to_owned(),
                        "a4c4c377-d246-4b32-a13b-75a56a4cd0ff".to_owned(),
                    ),
                    (
                        "Volver a llamar".to_owned(),
                        "9d9162e7-6cf3-4944-bf63-4dff82258764".to_owned(),
                    ),
                ],
                open_record: true,
            }),
            // The stand-in collector of `./dev serve` prints every event.
            forward: Some(ForwardConfig {
                url: format!("{EXAMPLE_COLLECTOR_ORIGIN}/events"),
                origin: EXAMPLE_COLLECTOR_ORIGIN.to_owned(),
                mode: forward::Mode::Batch,
                credentials: forward::Credentials::Omit,
            }),
            is_simulator_default: true,
        }
    }

    /// Reads and validates the text of `config.json`.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        if text.len() > MAX_CONFIG_BYTES {
            return Err(ConfigError::TooLarge {
                max_bytes: MAX_CONFIG_BYTES,
            });
        }
        let value: Value = serde_json::from_str(text).map_err(|error| ConfigError::NotJson {
            line: error.line(),
            column: error.column(),
        })?;
        let Value::Object(map) = value else {
            return Err(ConfigError::NotAnObject);
        };
        if let Some(key) = map.keys().find(|key| !KEYS.contains(&key.as_str())) {
            return Err(ConfigError::UnknownKey {
                key: key.chars().take(64).collect(),
                known: &KEYS,
            });
        }
        let url = match map.get("ucontactUrl") {
            None => return Err(ConfigError::MissingUrl),
            Some(Value::String(url)) => url,
            Some(_) => {
                return Err(ConfigError::WrongType {
                    key: "ucontactUrl",
                    expected: Expected::Text,
                });
            }
        };
        let origin = origin_of(url).map_err(|problem| ConfigError::BadUrl {
            url: url.chars().take(200).collect(),
            problem,
        })?;
        Ok(Config {
            ucontact_url: url.clone(),
            ucontact_origin: origin,
            campaigns: suggestions(&map, "campaigns")?,
            channels: suggestions(&map, "channels")?,
            connect_timeout_seconds: bounded(
                &map,
                "connectTimeoutSeconds",
                CONNECT_TIMEOUT_RANGE,
                DEFAULT_CONNECT_TIMEOUT_SECONDS,
            )?,
            history_limit: bounded(
                &map,
                "historyLimit",
                HISTORY_LIMIT_RANGE,
                DEFAULT_HISTORY_LIMIT,
            )?,
            orphan_after_minutes: bounded(
                &map,
                "orphanAfterMinutes",
                ORPHAN_AFTER_RANGE,
                DEFAULT_ORPHAN_AFTER_MINUTES,
            )?,
            screen_pop: map.get("screenPop").map(screen_pop).transpose()?,
            dial_answer_seconds: bounded(
                &map,
                "dialAnswerSeconds",
                DIAL_ANSWER_RANGE,
                DEFAULT_DIAL_ANSWER_SECONDS,
            )?,
            attention_minutes: attention(&map)?,
            retention_hours: bounded(
                &map,
                "retentionHours",
                RETENTION_RANGE,
                DEFAULT_RETENTION_HOURS,
            )?,
            frame_allow: frame_allow(&map)?,
            dial_defaults: map.get("dialDefaults").map(dial_defaults).transpose()?,
            relay_dials: match map.get("relayDials") {
                None => RelayDials::Send,
                Some(Value::String(mode)) if mode == "send" => RelayDials::Send,
                Some(Value::String(mode)) if mode == "confirm" => RelayDials::Confirm,
                Some(_) => {
                    return Err(ConfigError::WrongType {
                        key: "relayDials",
                        expected: Expected::RelayMode,
                    });
                }
            },
            host_origins: host_origins(&map)?,
            finish_date_zone: match map.get("finishDateZone") {
                None => FinishZone::Local,
                Some(Value::String(zone)) => FinishZone::parse(zone).ok_or(ConfigError::BadZone)?,
                Some(_) => return Err(ConfigError::BadZone),
            },
            hubspot: map.get("hubspot").map(hubspot::parse).transpose()?,
            forward: map.get("forward").map(forward::parse).transpose()?,
            is_simulator_default: false,
        })
    }
}

fn screen_pop(value: &Value) -> Result<ScreenPop, ConfigError> {
    let Value::Object(map) = value else {
        return Err(ConfigError::WrongType {
            key: "screenPop",
            expected: Expected::Object,
        });
    };
    if let Some(key) = map
        .keys()
        .find(|key| !SCREEN_POP_KEYS.contains(&key.as_str()))
    {
        return Err(ConfigError::UnknownKey {
            key: format!("screenPop.{}", key.chars().take(64).collect::<String>()),
            known: &SCREEN_POP_KEYS,
        });
    }
    let url = match map.get("url") {
        Some(Value::String(url)) => url,
        None => return Err(ConfigError::MissingScreenPopUrl),
        Some(_) => {
            return Err(ConfigError::WrongType {
                key: "screenPop.url",
                expected: Expected::Text,
            });
        }
    };
    let template = UrlTemplate::parse(url).map_err(|problem| ConfigError::BadScreenPop {
        url: url.chars().take(200).collect(),
        problem,
    })?;
    let label = match map.get("label") {
        None => None,
        Some(Value::String(label))
            if !label.trim().is_empty()
                && label.chars().count() <= MAX_LABEL
                && !label.chars().any(char::is_control) =>
        {
            Some(label.trim().to_owned())
        }
        Some(_) => return Err(ConfigError::BadLabel { max: MAX_LABEL }),
    };
    let auto = match map.get("auto") {
        None => false,
        Some(Value::Bool(auto)) => *auto,
        Some(_) => {
            return Err(ConfigError::WrongType {
                key: "screenPop.auto",
                expected: Expected::Boolean,
            });
        }
    };
    Ok(ScreenPop {
        url: template,
        label,
        auto,
    })
}

fn dial_defaults(value: &Value) -> Result<DialDefaults, ConfigError> {
    let Value::Object(map) = value else {
        return Err(ConfigError::WrongType {
            key: "dialDefaults",
            expected: Expected::Object,
        });
    };
    if let Some(key) = map
        .keys()
        .find(|key| !DIAL_DEFAULTS_KEYS.contains(&key.as_str()))
    {
        return Err(ConfigError::UnknownKey {
            key: format!("dialDefaults.{}", key.chars().take(64).collect::<String>()),
            known: &DIAL_DEFAULTS_KEYS,
        });
    }
    let field = |key: &'static str| -> Result<String, ConfigError> {
        match map.get(key) {
            Some(Value::String(text)) if usable_name(text) => Ok(text.trim().to_owned()),
            _ => Err(ConfigError::BadDialDefault { key }),
        }
    };
    Ok(DialDefaults {
        campaign: field("campaign")?,
        channel: field("channel")?,
    })
}

/// `hostOrigins`: exact origins (`https://intranet.acme.com`), each once.
fn host_origins(map: &Map<String, Value>) -> Result<Vec<String>, ConfigError> {
    let Some(value) = map.get("hostOrigins") else {
        return Ok(Vec::new());
    };
    let Value::Array(list) = value else {
        return Err(ConfigError::WrongType {
            key: "hostOrigins",
            expected: Expected::TextList,
        });
    };
    if list.len() > MAX_HOST_ORIGINS {
        return Err(ConfigError::TooManySuggestions {
            key: "hostOrigins",
            max: MAX_HOST_ORIGINS,
        });
    }
    let mut origins: Vec<String> = Vec::with_capacity(list.len());
    for (index, item) in list.iter().enumerate() {
        let bad = || ConfigError::BadHostOrigin { index };
        let text = item.as_str().ok_or_else(bad)?;
        let origin = origin_of(text).map_err(|_| bad())?;
        // An origin, written as one: nothing after the host and port but an optional `/`.
        if text.trim_end_matches('/').to_ascii_lowercase() != origin || origins.contains(&origin) {
            return Err(bad());
        }
        origins.push(origin);
    }
    Ok(origins)
}

/// A line of text the dial form would accept.
fn usable_name(text: &str) -> bool {
    !text.trim().is_empty()
        && text.chars().count() <= crate::protocol::MAX_NAME
        && !text.chars().any(char::is_control)
}

/// `attentionMinutes`: up to two whole numbers of minutes, increasing.
fn attention(map: &Map<String, Value>) -> Result<Vec<u32>, ConfigError> {
    let Some(value) = map.get("attentionMinutes") else {
        return Ok(DEFAULT_ATTENTION_MINUTES.to_vec());
    };
    let error = ConfigError::BadAttention {
        min: *ATTENTION_RANGE.start(),
        max: *ATTENTION_RANGE.end(),
    };
    let list = value
        .as_array()
        .filter(|list| list.len() <= 2)
        .ok_or(error.clone())?;
    let minutes = list
        .iter()
        .map(|item| {
            item.as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .filter(|n| ATTENTION_RANGE.contains(n))
        })
        .collect::<Option<Vec<u32>>>()
        .ok_or(error.clone())?;
    if minutes
        .windows(2)
        .any(|pair| matches!(pair, [a, b] if a >= b))
    {
        return Err(error);
    }
    Ok(minutes)
}

/// `frameAllow`: permission names browsers know, each once, as the frame's `allow` attribute.
fn frame_allow(map: &Map<String, Value>) -> Result<String, ConfigError> {
    let Some(value) = map.get("frameAllow") else {
        return Ok(DEFAULT_FRAME_ALLOW.join("; "));
    };
    let Value::Array(list) = value else {
        return Err(ConfigError::WrongType {
            key: "frameAllow",
            expected: Expected::TextList,
        });
    };
    let mut names: Vec<&str> = Vec::with_capacity(list.len());
    for (index, item) in list.iter().enumerate() {
        let name = item
            .as_str()
            .and_then(|name| PERMISSIONS.iter().find(|known| **known == name))
            .ok_or(ConfigError::UnknownPermission { index })?;
        if names.contains(name) {
            return Err(ConfigError::UnknownPermission { index });
        }
        names.push(name);
    }
    Ok(names.join("; "))
}

/// An optional whole number within `range`.
fn bounded(
    map: &Map<String, Value>,
    key: &'static str,
    range: RangeInclusive<u32>,
    default: u32,
) -> Result<u32, ConfigError> {
    let Some(value) = map.get(key) else {
        return Ok(default);
    };
    value
        .as_u64()
        .and_then(|number| u32::try_from(number).ok())
        .filter(|number| range.contains(number))
        .ok_or(ConfigError::OutOfRange {
            key,
            min: *range.start(),
            max: *range.end(),
        })
}

fn suggestions(map: &Map<String, Value>, key: &'static str) -> Result<Vec<String>, ConfigError> {
    let list = match map.get(key) {
        None => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(_) => {
            return Err(ConfigError::WrongType {
                key,
                expected: Expected::TextList,
            });
        }
    };
    if list.len() > MAX_SUGGESTIONS {
        return Err(ConfigError::TooManySuggestions {
            key,
            max: MAX_SUGGESTIONS,
        });
    }
    list.iter()
        .enumerate()
        .map(|(index, item)| match item {
            Value::String(s) if usable_name(s) => Ok(s.trim().to_owned()),
            _ => Err(ConfigError::BadSuggestion { key, index }),
        })
        .collect()
}

/// Why a configuration cannot be used. Each names the problem precisely enough to fix it.
/// Whether a page served from `host` (a URL's host name, as `location.hostname` spells it) may
/// fall back to the development simulator when its configuration is missing: only a loopback
/// host (`localhost`, `127.x.y.z`, `[::1]`), where `./dev serve` runs. In production a missing
/// `config.json` is an error that says so, never a silent switch to a simulator.
pub fn simulator_fallback_allowed(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.to_ascii_lowercase().ends_with(".localhost")
        || host == "::1"
        || host.strip_prefix("127.").is_some_and(|rest| {
            let parts: Vec<&str> = rest.split('.').collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.parse::<u8>().is_ok())
        })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// `config.json` could not be fetched at all.
    Unreachable(String),
    /// The server answered with an error status other than 404.
    HttpStatus(u16),
    /// There is no configuration at this URL (HTTP 404), and the page is not a development
    /// one (served from a loopback host) that would fall back to the simulator.
    Missing(String),
    /// The server answered with an HTML page (a rewrite of missing files to `index.html`).
    HtmlInsteadOfJson,
    TooLarge {
        max_bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    NotAnObject,
    /// A key not among `known` (a typo must not go unnoticed).
    UnknownKey {
        key: String,
        known: &'static [&'static str],
    },
    MissingUrl,
    WrongType {
        key: &'static str,
        expected: Expected,
    },
    BadUrl {
        url: String,
        problem: UrlProblem,
    },
    TooManySuggestions {
        key: &'static str,
        max: usize,
    },
    BadSuggestion {
        key: &'static str,
        index: usize,
    },
    /// A number outside its bounds, or not a whole number.
    OutOfRange {
        key: &'static str,
        min: u32,
        max: u32,
    },
    /// `screenPop` without its `url`.
    MissingScreenPopUrl,
    /// `finishDateZone` is not `"local"`, `"UTC"` or an offset.
    BadZone,
    /// A key of `hubspot` is missing or not usable.
    BadHubSpot {
        key: &'static str,
    },
    /// An entry of `hubspot.hostOrigins` is not an `https` origin, or repeats one.
    BadHubSpotOrigin {
        index: usize,
    },
    /// A key of `forward` is missing or not one of its values.
    BadForward {
        key: &'static str,
    },
    /// `forward.url` is not an absolute URL the cockpit can post to.
    BadForwardUrl {
        url: String,
        problem: UrlProblem,
    },
    /// `forward.url` is plain http on a host other than this computer.
    ForwardNotSecure {
        url: String,
    },
    BadScreenPop {
        url: String,
        problem: TemplateProblem,
    },
    /// `screenPop.label` is not a non-empty line of at most `max` characters.
    BadLabel {
        max: usize,
    },
    /// `attentionMinutes` is not up to two increasing whole numbers from `min` to `max`.
    BadAttention {
        min: u32,
        max: u32,
    },
    /// Entry `index` of `frameAllow` is no permission name browsers know, or repeats one.
    UnknownPermission {
        index: usize,
    },
    /// `dialDefaults.<key>` is missing or not a non-empty line of text.
    BadDialDefault {
        key: &'static str,
    },
    /// Entry `index` of `hostOrigins` is not an origin (`https://intranet.acme.com`), or repeats
    /// one.
    BadHostOrigin {
        index: usize,
    },
}

#[cfg(test)]
mod tests;
