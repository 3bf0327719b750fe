//! If the cockpit ever panics, WebAssembly stops and Yew with it. This hook (installed the way
//! Yew allows, before the app renders) logs the panic and puts a plain-DOM banner at the top of
//! the page that says what happened and offers a reload. It never reloads by itself; and when
//! the cockpit fails again within a minute of the last failure, it says that reloading is not
//! helping instead of offering it again, so an agent is never led round a reload loop.

use std::panic::PanicHookInfo;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::web::browser_locale;

/// The banner's element id.
pub const BANNER_ID: &str = "ck-panic";
/// Where the time of the last failure is kept, for this tab only.
pub const LAST_PANIC_KEY: &str = "ucontact-cockpit.last-panic";
/// A failure this soon after the previous one counts as a repeat.
const REPEAT_WINDOW_MS: f64 = 60_000.0;

thread_local! {
    /// Where the banner goes instead of the page's `<body>`: a cockpit element's shadow root.
    static PARENT: std::cell::RefCell<Option<web_sys::Node>> = const { std::cell::RefCell::new(None) };
}

/// Installs the hook; call before rendering.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(on_panic));
}

/// Shows the banner in `parent` (a cockpit element's shadow root) rather than at the top of the
/// page; `None` goes back to the page.
pub fn show_in(parent: Option<web_sys::Node>) {
    PARENT.with(|current| *current.borrow_mut() = parent);
}

fn on_panic(info: &PanicHookInfo<'_>) {
    console_error_panic_hook::hook(info);
    show_banner(&info.to_string());
}

/// Shows the banner (once) with the technical detail folded away.
pub fn show_banner(detail: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    if document.get_element_by_id(BANNER_ID).is_some() {
        return;
    }
    let now = js_sys::Date::now();
    let storage = window.session_storage().ok().flatten();
    let previous = storage
        .as_ref()
        .and_then(|storage| storage.get_item(LAST_PANIC_KEY).ok().flatten())
        .and_then(|at| at.parse::<f64>().ok());
    if let Some(storage) = &storage {
        let _ = storage.set_item(LAST_PANIC_KEY, &now.to_string());
    }
    let repeated = previous.is_some_and(|at| (0.0..REPEAT_WINDOW_MS).contains(&(now - at)));
    let reload_to = window
        .location()
        .href()
        .ok()
        .map(|href| href.split('#').next().unwrap_or_default().to_owned());
    let _ = build(&document, detail, repeated, reload_to.as_deref());
}

/// Builds the banner with the DOM alone: nothing here depends on the stopped app, and the
/// reload is a plain link, which needs no script under a strict Content-Security-Policy.
fn build(document: &Document, detail: &str, repeated: bool, reload_to: Option<&str>) -> Option<()> {
    let texts = browser_locale().lang.texts();
    // Appends a new element holding `text` to `parent`.
    let add = |parent: &Element, tag: &str, text: &str| -> Option<Element> {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        parent.append_child(&element).ok()?;
        Some(element)
    };
    let banner = document.create_element("div").ok()?;
    banner.set_id(BANNER_ID);
    banner.set_attribute("role", "alert").ok()?;
    banner
        .dyn_ref::<web_sys::HtmlElement>()?
        .style()
        .set_css_text(
            "position: fixed; inset: 0 0 auto 0; z-index: 2147483647; padding: 16px 20px; \
             background: #fff4e5; color: #1b1f24; border-bottom: 3px solid #b42318; \
             font: 14px/1.45 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);",
        );
    add(&banner, "strong", texts.panic_title)?;
    add(&banner, "p", texts.panic_body)?;
    if repeated {
        add(&banner, "p", texts.panic_repeated)?;
    } else if let Some(href) = reload_to {
        let link = add(&banner, "a", texts.panic_reload)?;
        link.set_attribute("href", href).ok()?;
        link.set_attribute("class", "ck-reload").ok()?;
    }
    let details = add(&banner, "details", "")?;
    add(&details, "summary", texts.panic_detail)?;
    add(&details, "pre", detail)?;
    match PARENT.with(|parent| parent.borrow().clone()) {
        Some(parent) => parent
            .insert_before(&banner, parent.first_child().as_ref())
            .ok()
            .map(|_| ()),
        None => document.body()?.prepend_with_node_1(&banner).ok(),
    }
}
