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
}

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
