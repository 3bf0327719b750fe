//! The panic banner, triggered by a real panic (test only): this binary runs on its own, since
//! a panic stops its WebAssembly instance's current call. The panic happens inside a timer
//! callback, the way it would inside an event handler of the cockpit.
//!
//! `cargo test --target wasm32-unknown-unknown --test panic`

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use js_sys::Promise;
use ucontact_cockpit::web::panic::{BANNER_ID, LAST_PANIC_KEY, install};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Installs the hook once: after a panic the instance counts as panicking for good, and the
/// standard library refuses to replace a hook then.
fn install_once() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(install);
}

/// Panics inside a timer callback, and resolves once the panic hook has run.
async fn panic_in_a_callback() {
    let window = web_sys::window().unwrap();
    let done = Promise::new(&mut |resolve, _| {
        let callback = Closure::once_into_js(move || {
            // Resolving first: the promise settles after this callback, panic included.
            resolve.call0(&wasm_bindgen::JsValue::NULL).unwrap();
            if resolve.is_function() {
                panic!("test-only trigger");
            }
        });
        window
            .set_timeout_with_callback(callback.unchecked_ref())
            .unwrap();
    });
    JsFuture::from(done).await.unwrap();
}

fn banner() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(BANNER_ID)
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_panic_shows_a_banner_that_offers_a_reload() {
    install_once();
    storage().remove_item(LAST_PANIC_KEY).unwrap();
    assert!(banner().is_none());

    panic_in_a_callback().await;

    let banner = banner().expect("the banner is shown");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let text = banner.text_content().unwrap();
    assert!(
        text.contains("The cockpit stopped because of an internal error."),
        "{text}"
    );
    assert!(
        text.contains("test-only trigger"),
        "the detail names the panic: {text}"
    );
    let reload = banner
        .query_selector("a.ck-reload")
        .unwrap()
        .expect("a reload link");
    let here = web_sys::window().unwrap().location().href().unwrap();
    assert_eq!(
        reload.get_attribute("href"),
        Some(here.split('#').next().unwrap().to_owned())
    );
    assert!(
        storage().get_item(LAST_PANIC_KEY).unwrap().is_some(),
        "the failure is remembered"
    );
    banner.remove();
}

#[wasm_bindgen_test]
async fn a_repeated_panic_stops_offering_reloads() {
    install_once();
    let a_moment_ago = js_sys::Date::now() - 5_000.0;
    storage()
        .set_item(LAST_PANIC_KEY, &a_moment_ago.to_string())
        .unwrap();

    panic_in_a_callback().await;

    let banner = banner().expect("the banner is shown");
    let text = banner.text_content().unwrap();
    assert!(text.contains("reloading is not helping"), "{text}");
    assert!(
        banner.query_selector("a.ck-reload").unwrap().is_none(),
        "no reload loop"
    );
    banner.remove();
}
