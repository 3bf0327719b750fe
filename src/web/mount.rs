//! Where a cockpit is mounted: on its own page (`index.html`), or inside a `<ucontact-cockpit>`
//! element's shadow root on someone else's page. Components and hooks never assume
//! `document.body`, `<html>` or `document.head`: they ask the mount.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::web::host::HostLink;
use crate::web::styles;

/// A `<ucontact-cockpit>` element: the element in the host page, the cockpit's root inside its
/// shadow root, and the link its methods reach the cockpit through.
pub struct ElementMount {
    pub host: HtmlElement,
    pub root: HtmlElement,
    pub link: Rc<HostLink>,
    /// The module's own URL (a popped-out window loads it again).
    pub module_url: String,
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
    pub fn pop_out(&self) -> bool {
        self.open_window().is_some()
    }

    fn open_window(&self) -> Option<()> {
        let window = web_sys::window()?;
        let popup = window
            .open_with_url_and_target_and_features(
                "",
                POP_OUT_WINDOW,
                "popup,width=1280,height=800",
            )
            .ok()??;
        let document = popup.document()?;
        if document.query_selector("ucontact-cockpit").ok()?.is_some() {
            // Already open: bring it forward.
            let _ = popup.focus();
            return Some(());
        }
        document.set_title(crate::i18n::EN.app_title);
        let body = document.body()?;
        body.set_attribute("style", "margin: 0").ok()?;
        let element = document.create_element("ucontact-cockpit").ok()?;
        element.set_attribute(POPPED_OUT, "").ok()?;
        element.set_attribute("config", &self.config_url).ok()?;
        element.set_attribute("style", "height: 100vh").ok()?;
        body.append_child(&element).ok()?;
        let script = document.create_element("script").ok()?;
        script.set_attribute("type", "module").ok()?;
        script.set_attribute("src", &self.module_url).ok()?;
        document.head()?.append_child(&script).ok()?;
        Some(())
    }
}

/// The attribute of the element in a popped-out window.
pub const POPPED_OUT: &str = "popped-out";
/// The name of the popped-out window (one per browser).
pub const POP_OUT_WINDOW: &str = "ucontact-cockpit";

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
