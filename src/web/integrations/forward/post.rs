//! One POST of events to the collector, with the configured credentials and a timeout.

use js_sys::Reflect;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestCredentials, RequestInit, RequestMode, Response};

use crate::config::forward::Credentials;
use crate::integrations::forward::Request;

/// A collector that does not answer within this is a network error (retried).
const FETCH_TIMEOUT_MS: u32 = 30_000;

/// The status and `Retry-After` of the answer; `Err` when none came (network, CORS, timeout).
pub(super) async fn post(
    url: &str,
    credentials: Credentials,
    request: &Request,
    keepalive: bool,
) -> Result<(u16, Option<String>), ()> {
    let window = web_sys::window().ok_or(())?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_mode(RequestMode::Cors);
    init.set_credentials(match credentials {
        Credentials::Omit => RequestCredentials::Omit,
        Credentials::Include => RequestCredentials::Include,
    });
    let headers = js_sys::Object::new();
    let _ = Reflect::set(
        &headers,
        &"content-type".into(),
        &request.content_type.into(),
    );
    init.set_headers(&headers);
    init.set_body(&request.body.as_str().into());
    // (web-sys has no setter for it: the init is a plain object.)
    let _ = Reflect::set(&init, &"keepalive".into(), &keepalive.into());
    init.set_signal(Some(&AbortSignal::timeout_with_u32(FETCH_TIMEOUT_MS)));
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    // Read to the end, so the connection is free for the next request.
    if let Ok(text) = response.text() {
        let _ = JsFuture::from(text).await;
    }
    let retry_after = response.headers().get("retry-after").ok().flatten();
    Ok((response.status(), retry_after))
}
