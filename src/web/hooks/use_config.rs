//! Loads the configuration once, at start: `config.json` beside `index.html` on the cockpit's
//! own page, or the element's `config` URL (by default `config.json` beside its module).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestCache, RequestInit, Response};
use yew::prelude::*;

use crate::config::{Config, ConfigError, MAX_CONFIG_BYTES, simulator_fallback_allowed};

/// How long `config.json` may take to arrive.
const FETCH_TIMEOUT_MS: u32 = 15_000;

/// Where the configuration stands.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigState {
    Loading,
    Ready(Rc<Config>),
    Failed(ConfigError),
}

#[hook]
pub fn use_config(url: AttrValue) -> ConfigState {
    let state = use_state(|| ConfigState::Loading);
    {
        let state = state.clone();
        use_effect_with(url, move |url| {
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match load(&url).await {
                    Ok(config) => ConfigState::Ready(Rc::new(config)),
                    Err(error) => ConfigState::Failed(error),
                });
            });
        });
    }
    (*state).clone()
}

/// Fetches and validates the configuration at `url`; a missing file (404) means the
/// development simulator on a development page, an error elsewhere.
async fn load(url: &str) -> Result<Config, ConfigError> {
    let unreachable = |error: wasm_bindgen::JsValue| ConfigError::Unreachable(describe(&error));
    let window = web_sys::window().ok_or_else(|| ConfigError::Unreachable("no window".into()))?;
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    // A server that never answers must not leave the agent on the loading page.
    init.set_signal(Some(&AbortSignal::timeout_with_u32(FETCH_TIMEOUT_MS)));
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(unreachable)?
        .dyn_into()
        .map_err(unreachable)?;
    if response.status() == 404 {
        // The simulator only for a development page (`./dev serve`); in production, say so.
        let host = window.location().hostname().unwrap_or_default();
        return if simulator_fallback_allowed(&host) {
            Ok(Config::simulator_default())
        } else {
            Err(ConfigError::Missing(
                absolute(url).chars().take(300).collect(),
            ))
        };
    }
    if !response.ok() {
        return Err(ConfigError::HttpStatus(response.status()));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    if header("content-type").is_some_and(|kind| kind.contains("text/html")) {
        return Err(ConfigError::HtmlInsteadOfJson);
    }
    let declared_length = header("content-length").and_then(|length| length.parse::<usize>().ok());
    if declared_length.is_some_and(|length| length > MAX_CONFIG_BYTES) {
        return Err(ConfigError::TooLarge {
            max_bytes: MAX_CONFIG_BYTES,
        });
    }
    let text = JsFuture::from(response.text().map_err(unreachable)?)
        .await
        .map_err(unreachable)?
        .as_string()
        .unwrap_or_default();
    if text.trim_start().starts_with('<') {
        return Err(ConfigError::HtmlInsteadOfJson);
    }
    Config::parse(&text)
}

/// `url` resolved against the page, as the agent would type it.
fn absolute(url: &str) -> String {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map_or_else(|| url.to_owned(), |url| url.href())
}

/// A short description of a JavaScript error.
fn describe(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
        .chars()
        .take(200)
        .collect()
}
