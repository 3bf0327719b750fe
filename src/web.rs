//! The browser side: the Yew app, its hooks and components, and the edge where browser values
//! become typed ones. Everything here is thin; the rules live in the pure core.

pub mod app;
pub mod components;
pub mod download;
pub mod hooks;
pub mod intl;
pub mod message;
pub mod panic;
pub mod store;
pub mod styles;

use wasm_bindgen::JsCast;

/// Mounts the cockpit into `#cockpit` (or `<body>` when the page has no such element).
pub fn start() {
    panic::install();
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            document
                .get_element_by_id("cockpit")
                .or_else(|| document.body().map(|body| body.unchecked_into()))
        });
    match root {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => web_sys::console::error_1(&"uContact cockpit: no element to mount into".into()),
    }
}

/// The first of the browser's preferred languages that the cockpit speaks.
pub fn browser_locale() -> crate::i18n::Locale {
    let languages: Vec<String> = web_sys::window()
        .map(|window| window.navigator().languages())
        .map(|list| list.iter().filter_map(|code| code.as_string()).collect())
        .unwrap_or_default();
    crate::i18n::Locale::preferred(languages.iter().map(String::as_str))
}

/// The time now, in milliseconds since the Unix epoch.
pub fn now() -> crate::state::Millis {
    js_sys::Date::now() as crate::state::Millis
}
