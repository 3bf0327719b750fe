//! The `hubspot` key: the cockpit as a HubSpot calling app (`crate::integrations::hubspot`).

use serde_json::{Map, Value};

use super::{ConfigError, Expected, origin_of, usable_name};

/// HubSpot's app origins, which frame a calling app, when `hostOrigins` does not say.
pub const DEFAULT_HOST_ORIGINS: [&str; 2] =
    ["https://app.hubspot.com", "https://app-eu1.hubspot.com"];
/// The keys of `hubspot`.
pub const KEYS: [&str; 6] = [
    "hostOrigins",
    "campaign",
    "channel",
    "callChannels",
    "dispositions",
    "openRecord",
];
/// At most this many dispositions mapped to HubSpot call outcomes.
pub const MAX_DISPOSITIONS: usize = 200;

/// The cockpit as a HubSpot calling app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubSpot {
    /// The HubSpot origins whose page may frame the cockpit and talk to it as HubSpot.
    pub host_origins: Vec<String>,
    /// What a HubSpot click-to-call dials with.
    pub campaign: String,
    pub channel: String,
    /// Which interactions are HubSpot calls, by channel id.
    pub call_channels: Vec<String>,
    /// A uContact level value (or level id) → HubSpot call outcome id.
    pub dispositions: Vec<(String, String)>,
    /// Open the caller's record when HubSpot matches an incoming number.
    pub open_record: bool,
}

pub(super) fn parse(value: &Value) -> Result<HubSpot, ConfigError> {
    let Value::Object(map) = value else {
        return Err(ConfigError::WrongType {
            key: "hubspot",
            expected: Expected::Object,
        });
    };
    if let Some(key) = map.keys().find(|key| !KEYS.contains(&key.as_str())) {
        return Err(ConfigError::UnknownKey {
            key: format!("hubspot.{}", key.chars().take(64).collect::<String>()),
            known: &KEYS,
        });
    }
    let text = |key: &'static str, default: Option<&str>| -> Result<String, ConfigError> {
        match (map.get(key), default) {
            (None, Some(default)) => Ok(default.to_owned()),
            (Some(Value::String(text)), _) if usable_name(text) => Ok(text.trim().to_owned()),
            _ => Err(ConfigError::BadHubSpot { key }),
        }
    };
    Ok(HubSpot {
        host_origins: host_origins(map)?,
        campaign: text("campaign", None)?,
        channel: text("channel", Some("telephony"))?,
        call_channels: match map.get("callChannels") {
            None => vec!["telephony".to_owned()],
            Some(Value::Array(list))
                if !list.is_empty() && list.len() <= super::MAX_SUGGESTIONS =>
            {
                list.iter()
                    .map(|item| match item {
                        Value::String(id) if usable_name(id) => Ok(id.trim().to_owned()),
                        _ => Err(ConfigError::BadHubSpot {
                            key: "callChannels",
                        }),
                    })
                    .collect::<Result<_, _>>()?
            }
            Some(_) => {
                return Err(ConfigError::BadHubSpot {
                    key: "callChannels",
                });
            }
        },
        dispositions: match map.get("dispositions") {
            None => Vec::new(),
            Some(Value::Object(pairs)) if pairs.len() <= MAX_DISPOSITIONS => pairs
                .iter()
                .map(|(level, outcome)| match outcome {
                    Value::String(outcome) if usable_name(level) && usable_name(outcome) => {
                        Ok((level.trim().to_owned(), outcome.trim().to_owned()))
                    }
                    _ => Err(ConfigError::BadHubSpot {
                        key: "dispositions",
                    }),
                })
                .collect::<Result<_, _>>()?,
            Some(_) => {
                return Err(ConfigError::BadHubSpot {
                    key: "dispositions",
                });
            }
        },
        open_record: match map.get("openRecord") {
            None => true,
            Some(Value::Bool(open)) => *open,
            Some(_) => {
                return Err(ConfigError::WrongType {
                    key: "hubspot.openRecord",
                    expected: Expected::Boolean,
                });
            }
        },
    })
}

/// `hubspot.hostOrigins`: exact `https` origins, each once; HubSpot's own by default.
fn host_origins(map: &Map<String, Value>) -> Result<Vec<String>, ConfigError> {
    let Some(value) = map.get("hostOrigins") else {
        return Ok(DEFAULT_HOST_ORIGINS.map(str::to_owned).to_vec());
    };
    let bad = |index| ConfigError::BadHubSpotOrigin { index };
    let Value::Array(list) = value else {
        return Err(bad(0));
    };
    if list.is_empty() || list.len() > super::MAX_HOST_ORIGINS {
        return Err(bad(0));
    }
    let mut origins: Vec<String> = Vec::with_capacity(list.len());
    for (index, item) in list.iter().enumerate() {
        let text = item.as_str().ok_or_else(|| bad(index))?;
        let origin = origin_of(text).map_err(|_| bad(index))?;
        let loopback = crate::origin::is_loopback_http(&origin);
        let written_as_origin = text.trim_end_matches('/').to_ascii_lowercase() == origin;
        // HubSpot is served over https; plain http only on a loopback host (a stand-in).
        if !written_as_origin
            || origins.contains(&origin)
            || !(origin.starts_with("https://") || loopback)
        {
            return Err(bad(index));
        }
        origins.push(origin);
    }
    Ok(origins)
}
