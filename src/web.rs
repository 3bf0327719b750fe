//! The browser side: the Yew app, its hooks, components and integrations, and the edge where
//! browser values become typed ones. Everything here is thin; the rules live in the pure core.

// First: the components below use its `static_style!`.
#[macro_use]
pub mod styles;

pub mod app;
pub mod components;
pub mod context;
pub mod download;
pub mod element;
pub mod focus;
pub mod hooks;
pub mod integrations;
pub mod intl;
pub mod link;
pub mod message;
pub mod mount;
pub mod panic;
pub mod store;

/// The element of the cockpit's own page (`index.html`) it mounts into.
pub const PAGE_ROOT_ID: &str = "ucontact-cockpit-page";

/// Mounts the cockpit into its own page, when this is it (`#ucontact-cockpit-page`); on any
/// other page the module only defines `<ucontact-cockpit>` (see `element`).
pub fn start() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(PAGE_ROOT_ID));
    if let Some(root) = root {
        panic::install();
        let props = app::AppProps {
            mount: mount::Mount::Page,
            config_url: yew::AttrValue::Static("config.json"),
        };
        yew::Renderer::<app::App>::with_root_and_props(root, props).render();
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
