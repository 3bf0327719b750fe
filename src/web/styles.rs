//! How the cockpit is styled: static stylesheets (Stylist) that read CSS custom properties, and
//! the one place that writes those properties when the theme changes. A theme change therefore
//! only sets a few properties on `<html>`; it never creates a `<style>` element.

use stylist::{Style, StyleSource};
use yew::prelude::*;

use crate::palette;
use crate::state::Theme;

/// Registers a component's static style once and returns its class; called from a
/// `thread_local!` so the style is built on first use and never again.
pub fn register(prefix: &'static str, css: StyleSource) -> Classes {
    match Style::create(prefix, css) {
        Ok(style) => Classes::from(style.get_class_name().to_owned()),
        Err(error) => {
            web_sys::console::error_1(&format!("cockpit style {prefix}: {error}").into());
            Classes::new()
        }
    }
}

/// Writes the theme's custom properties onto `<html>`, where every stylesheet reads them.
pub fn apply_theme(theme: &Theme) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root).ok())
    else {
        return;
    };
    let style = root.style();
    for (name, value) in palette::custom_properties(theme) {
        // Values come from `Color::to_css`, so the browser accepts every one of them.
        let _ = style.set_property(name, &value);
    }
    let _ = root.set_attribute("data-theme", if theme.dark { "dark" } else { "light" });
}

/// The page-wide base: colours from the custom properties, type, focus rings and links, and
/// what several components share: buttons (`ck-button`, `ck-primary`) and the card of a page
/// shown instead of the cockpit (`ck-card`).
#[component]
pub fn GlobalStyle() -> Html {
    html! {
        <stylist::yew::Global css={stylist::css!(r#"
            margin: 0;
            height: 100%;
            background: var(--bg, #f3f5f8);
            color: var(--text, #1b1f24);
            font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;

            *, *::before, *::after { box-sizing: border-box; }
            body {
                margin: 0;
                height: 100%;
                background: var(--bg, #f3f5f8);
                color: var(--text, #1b1f24);
            }
            a { color: var(--primary); }
            :focus-visible {
                outline: 2px solid var(--primary);
                outline-offset: 2px;
            }
            h1, h2, h3 { margin: 0; font-weight: 600; }
            button, input { font: inherit; color: inherit; }
            dialog { color: inherit; }
            .ck-button, .ck-primary {
                padding: 4px 10px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--surface);
                cursor: pointer;
            }
            .ck-primary {
                padding: 7px 14px;
                border: 0;
                background: var(--primary);
                color: var(--on-primary);
                font-weight: 600;
            }
            .ck-button:disabled, .ck-primary:disabled { opacity: 0.6; cursor: default; }
            .ck-icon { display: block; flex: 0 0 auto; }
            .ck-icon-button {
                display: grid;
                place-items: center;
                width: 24px;
                height: 24px;
                padding: 0;
                border: 0;
                border-radius: 4px;
                background: none;
                color: var(--muted);
                cursor: pointer;
            }
            .ck-icon-button:hover:not(:disabled) { background: var(--bg); color: var(--primary); }
            .ck-icon-button:disabled { opacity: 0.35; cursor: default; }
            .ck-icon-button[aria-pressed="true"] { color: var(--primary); background: var(--bg); }
            .ck-icon-button.ck-done { color: var(--success); }
            .ck-icon-button.ck-failed { color: var(--danger); }
            .ck-link {
                padding: 0;
                border: 0;
                background: none;
                color: var(--primary);
                text-decoration: underline;
                cursor: pointer;
            }
            .ck-notice {
                display: flex;
                align-items: baseline;
                gap: 8px;
                margin: 0;
                padding: 6px 8px;
                border-radius: 4px;
                border: 1px dashed var(--border);
                color: var(--muted);
                font-size: 12px;
            }
            .ck-notice p { flex: 1 1 auto; margin: 0; overflow-wrap: anywhere; }
            .ck-notice.ck-warning {
                border: 1px solid var(--danger);
                border-left-width: 4px;
                background: var(--surface);
                color: var(--text);
            }
            .ck-card {
                max-width: 600px;
                margin: 15vh auto 0;
                padding: 24px 28px;
                border: 1px solid var(--border);
                border-top: 4px solid var(--primary);
                border-radius: 6px;
                background: var(--surface);
            }
            .ck-card.ck-danger { border-top-color: var(--danger); }
            .ck-card h1 { font-size: 20px; margin-bottom: 12px; }
            .ck-sr-only {
                position: absolute;
                width: 1px;
                height: 1px;
                overflow: hidden;
                clip: rect(0 0 0 0);
                white-space: nowrap;
            }
        "#)} />
    }
}
