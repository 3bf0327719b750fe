//! How the cockpit is styled: static stylesheets (Stylist) that read CSS custom properties, and
//! the one place that writes those properties when the theme changes. A theme change therefore
//! only sets a few properties on the cockpit's root (`<html>` on its own page, the element's root
//! inside its shadow root); it never creates a `<style>` element.
//!
//! Each mount owns its `StyleManager` ([`Styles`], provided by the app to everything it
//! renders): the page's `<head>` on the cockpit's own page, the element's shadow root inside a
//! `<ucontact-cockpit>`. A component's static style ([`static_style!`]) is registered once per
//! manager, on first use.

use std::cell::{Cell, RefCell};

use stylist::manager::StyleManager;
use stylist::{Style, StyleSource};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::palette;
use crate::state::Theme;

mod global;
mod print;

pub use global::{GlobalStyle, GlobalStyleProps};

/// A mount's style manager, and a number that tells it from any other.
#[derive(Clone)]
pub struct Styles {
    manager: StyleManager,
    id: u64,
}

impl PartialEq for Styles {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

thread_local! {
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
    /// For what is rendered without a mount (the browser tests): the page's `<head>`.
    static DEFAULT: Styles = Styles { manager: StyleManager::default(), id: 0 };
}

impl Styles {
    /// A manager writing into `container` (an element's shadow root), or into the page's
    /// `<head>` without one.
    pub fn new(container: Option<web_sys::Node>) -> Styles {
        let manager = match container {
            Some(node) => StyleManager::builder().container(node).build(),
            None => Ok(StyleManager::default()),
        };
        let manager = manager.unwrap_or_else(|error| {
            web_sys::console::error_1(&format!("cockpit styles: {error}").into());
            StyleManager::default()
        });
        let id = NEXT_ID.with(|next| next.replace(next.get() + 1));
        Styles { manager, id }
    }
}

/// The styles of the mount being rendered.
#[hook]
pub fn use_styles() -> Styles {
    use_context::<Styles>().unwrap_or_else(|| DEFAULT.with(Styles::clone))
}

/// A static style, registered with each manager on first use; kept in a `thread_local!` (see
/// [`static_style!`]).
pub struct Registered(RefCell<Option<(u64, Classes)>>);

impl Registered {
    pub const fn new() -> Registered {
        Registered(RefCell::new(None))
    }

    /// The style's class with `styles`; `css` is built only when the style must be registered.
    pub fn class(
        &self,
        styles: &Styles,
        prefix: &'static str,
        css: impl FnOnce() -> StyleSource,
    ) -> Classes {
        if let Some((registered, class)) = self.0.borrow().as_ref()
            && *registered == styles.id
        {
            return class.clone();
        }
        let class = match Style::create_with_manager(prefix, css(), styles.manager.clone()) {
            Ok(style) => Classes::from(style.get_class_name().to_owned()),
            Err(error) => {
                web_sys::console::error_1(&format!("cockpit style {prefix}: {error}").into());
                Classes::new()
            }
        };
        *self.0.borrow_mut() = Some((styles.id, class.clone()));
        class
    }
}

impl Default for Registered {
    fn default() -> Self {
        Registered::new()
    }
}

/// A component's static style: `static_style!(style, "ck-dial", r#"…css…"#);` defines
/// `fn style(styles: &Styles) -> Classes`, registering the stylesheet once per mount's manager.
macro_rules! static_style {
    ($vis:vis $name:ident, $prefix:literal, $css:tt) => {
        $vis fn $name(styles: &$crate::web::styles::Styles) -> ::yew::Classes {
            ::std::thread_local! {
                static STYLE: $crate::web::styles::Registered =
                    const { $crate::web::styles::Registered::new() };
            }
            STYLE.with(|style| style.class(styles, $prefix, || ::stylist::css!($css)))
        }
    };
}

/// Writes the theme's custom properties onto `root` (the element every stylesheet reads them
/// from).
pub fn apply_theme(theme: &Theme, root: &HtmlElement) {
    let style = root.style();
    for (name, value) in palette::custom_properties(theme) {
        // Values come from `Color::to_css`, so the browser accepts every one of them.
        let _ = style.set_property(name, &value);
    }
    let _ = root.set_attribute("data-theme", if theme.dark { "dark" } else { "light" });
}

/// The page's `<html>`, where a cockpit on its own page keeps its theme.
pub fn page_root() -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into::<HtmlElement>()
        .ok()
}
