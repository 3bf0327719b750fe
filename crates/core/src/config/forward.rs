//! The `forward` key: where the cockpit delivers what it learns, as CloudEvents
//! (`crate::integrations::forward`).

use serde_json::Value;

use super::{ConfigError, origin_of};
use crate::origin::is_loopback_http;

/// The keys of `forward`.
pub const KEYS: [&str; 3] = ["url", "mode", "credentials"];

/// How events are posted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Up to [`crate::integrations::forward::BATCH_MAX`] events per POST,
    /// `application/cloudevents-batch+json`.
    #[default]
    Batch,
    /// One structured event per POST, `application/cloudevents+json` (what a Knative broker
    /// takes).
    Single,
}

/// Whether the requests carry the collector origin's cookies (`fetch`'s `credentials`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Credentials {
    #[default]
    Omit,
    Include,
}

/// Forwarding events to the integrator's back end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forward {
    /// Absolute `https` (or `http` on a loopback host).
    pub url: String,
    /// The origin of `url`, for the policy and the inspector.
    pub origin: String,
    pub mode: Mode,
    pub credentials: Credentials,
}

pub(super) fn parse(value: &Value) -> Result<Forward, ConfigError> {
    let Value::Object(map) = value else {
        return Err(ConfigError::WrongType {
            key: "forward",
            expected: super::Expected::Object,
        });
    };
    if let Some(key) = map.keys().find(|key| !KEYS.contains(&key.as_str())) {
        return Err(ConfigError::UnknownKey {
            key: format!("forward.{}", key.chars().take(64).collect::<String>()),
            known: &KEYS,
        });
    }
    let Some(Value::String(url)) = map.get("url") else {
        return Err(ConfigError::BadForward { key: "url" });
    };
    let url = url.trim().to_owned();
    // As the error page shows it.
    let shown = || url.chars().take(200).collect::<String>();
    let origin = origin_of(&url).map_err(|problem| ConfigError::BadForwardUrl {
        url: shown(),
        problem,
    })?;
    if !(origin.starts_with("https://") || is_loopback_http(&origin)) {
        return Err(ConfigError::ForwardNotSecure { url: shown() });
    }
    let mode = match map.get("mode").map(Value::as_str) {
        None => Mode::Batch,
        Some(Some("batch")) => Mode::Batch,
        Some(Some("single")) => Mode::Single,
        Some(_) => return Err(ConfigError::BadForward { key: "mode" }),
    };
    let credentials = match map.get("credentials").map(Value::as_str) {
        None => Credentials::Omit,
        Some(Some("omit")) => Credentials::Omit,
        Some(Some("include")) => Credentials::Include,
        Some(_) => return Err(ConfigError::BadForward { key: "credentials" }),
    };
    Ok(Forward {
        url,
        origin,
        mode,
        credentials,
    })
}
