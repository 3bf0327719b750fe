//! Where a cockpit is mounted: on its own page (`index.html`), or inside a `<ucontact-cockpit>`
//! element's shadow root on someone else's page. Components and hooks never assume
//! `document.body`, `<html>` or `document.head`: they ask the mount.

use std::rc::Rc;

use crate::i18n::Locale;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::web::link::ElementLink;
use crate::web::styles;

/// A `<ucontact-cockpit>` element: the element in the host page, the cockpit's root inside its
/// shadow root, and the link its methods reach the cockpit through.
pub struct ElementMount {
    pub host: HtmlElement,
    pub root: HtmlElement,
    pub link: Rc<ElementLink>,
    /// The module a popped-out window loads the element from.
    pub module_url: String,
    /// The WebAssembly's URL (a popped-out window is told it: in a bundle, the module cannot
    /// find it by itself).
    pub wasm_url: Option<String>,
    /// The configuration's URL, absolute.
    pub config_url: String,
}

impl ElementMount {
    /// Whether this element is the cockpit's own window, popped out of an intranet page.
    pub fn popped_out(&self) -> bool {
        self.host.has_attribute(POPPED_OUT)
    }

    /// Opens the cockpit in a window of its own (same origin as this page, so the same storage
    /// and election), which takes charge of uContact; false when the browser blocked it.
    /// The window speaks `locale` (the agent's, as uContact last named it) from its first
    /// paint.
    pub fn pop_out(&self, locale: &Locale) -> bool {
        self.open_window(locale).is_some()
    }

    fn open_window(&self, locale: &Locale) -> Option<()> {
        let window = web_sys::window()?;
        // A name nobody can guess: no link (`target=…`) or other site can navigate this window
        // away, with uContact and a call in it.
        let name = format!("ucontact-cockpit-{}", random_hex(&window));
        let popup = window
            .open_with_url_and_target_and_features("", &name, "popup,width=1280,height=800")
            .ok()??;
        // Reached through Reflect, which catches: a window the page cannot read must not throw
        // through the WebAssembly.
        let document = Reflect::get(&popup, &"document".into()).ok()?;
        // In the agent's language from its first paint (the new cockpit reads `<html lang>`).
        let title = locale.lang.texts().app_title;
        // Written with document.open/write, so the window's address is this page's (not
        // about:blank): uContact inside it sees a real referrer, as in any intranet page.
        let page = format!(
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <title>{title}</title><script type=\"module\" src=\"{module}\"></script></head>\
             <body style=\"margin: 0\"><ucontact-cockpit {popped} config=\"{config}\"{wasm} \
             style=\"height: 100vh\"></ucontact-cockpit></body></html>",
            lang = escape(&locale.tag),
            title = escape(title),
            module = escape(&self.module_url),
            popped = POPPED_OUT,
            config = escape(&self.config_url),
            wasm = self
                .wasm_url
                .as_ref()
                .map(|url| format!(" wasm-url=\"{}\"", escape(url)))
                .unwrap_or_default(),
        );
        let call = |name: &str, args: &js_sys::Array| {
            Reflect::get(&document, &name.into())
                .ok()
                .and_then(|method| method.dyn_into::<js_sys::Function>().ok())
                .and_then(|method| method.apply(&document, args).ok())
        };
        call("open", &js_sys::Array::new())?;
        call("write", &js_sys::Array::of1(&page.into()))?;
        call("close", &js_sys::Array::new())?;
        // No way back into this page from the window.
        let _ = Reflect::set(&popup, &"opener".into(), &JsValue::NULL);
        Some(())
    }
}

/// Text safe inside an HTML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The attribute of the element in a popped-out window.
pub const POPPED_OUT: &str = "popped-out";

impl std::fmt::Debug for ElementMount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ElementMount")
    }
}

#[derive(Debug, Clone, Default)]
pub enum Mount {
    /// The cockpit's own page: it owns `<html>` (theme, `lang`), the title and the icon.
    #[default]
    Page,
    /// An element in a host page: it owns its shadow root and nothing else.
    Element(Rc<ElementMount>),
}

impl PartialEq for Mount {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Mount::Page, Mount::Page) => true,
            (Mount::Element(a), Mount::Element(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Mount {
    /// The element the theme's custom properties and `lang` go on.
    pub fn root(&self) -> Option<HtmlElement> {
        match self {
            Mount::Page => styles::page_root(),
            Mount::Element(element) => Some(element.root.clone()),
        }
    }

    /// The element, when mounted in one.
    pub fn element(&self) -> Option<&Rc<ElementMount>> {
        match self {
            Mount::Element(element) => Some(element),
            Mount::Page => None,
        }
    }

    /// Whether the cockpit owns the whole page (its title and icon).
    pub fn owns_page(&self) -> bool {
        matches!(self, Mount::Page)
    }
}

/// The mount of the cockpit being rendered; its own page when no mount was provided (a
/// component rendered alone, as the browser tests do).
#[hook]
pub fn use_mount() -> Mount {
    use_context::<Mount>().unwrap_or_default()
}

/// 128 random bits from the browser's cryptographic generator, in hex (never a guessable
/// sequence: `Math.random` only where the browser has no `crypto`).
pub(crate) fn random_hex(window: &web_sys::Window) -> String {
    let mut bytes = [0u8; 16];
    let filled = window
        .crypto()
        .ok()
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
