//! The stylesheets every cockpit shares, not scoped to a component.

use std::cell::RefCell;

use stylist::StyleSource;
use yew::prelude::*;

use crate::web::styles::print::print_style;
use crate::web::styles::{Styles, use_styles};

/// A global stylesheet (selectors not scoped to a class), registered once per manager.
struct RegisteredGlobal(RefCell<Option<u64>>);

impl RegisteredGlobal {
    const fn new() -> RegisteredGlobal {
        RegisteredGlobal(RefCell::new(None))
    }

    fn ensure(&self, styles: &Styles, css: impl FnOnce() -> StyleSource) {
        if *self.0.borrow() == Some(styles.id) {
            return;
        }
        // Kept for as long as the manager: never unregistered.
        match stylist::GlobalStyle::new_with_manager(css(), styles.manager.clone()) {
            Ok(style) => std::mem::forget(style),
            Err(error) => web_sys::console::error_1(&format!("cockpit styles: {error}").into()),
        }
        *self.0.borrow_mut() = Some(styles.id);
    }
}

/// The base every cockpit shares, whichever way it is mounted: type, focus rings and links,
/// and what several components share: buttons (`ck-button`, `ck-primary`, `ck-icon-button`),
/// the icons, notices and the card of a page shown instead of the cockpit (`ck-card`). On its
/// own page it also styles `<html>` and `<body>`; in the element, the element itself (`:host`)
/// and the cockpit's root, reset so that no style of the host page reaches in.
#[component]
pub fn GlobalStyle(props: &GlobalStyleProps) -> Html {
    let styles = use_styles();
    thread_local! {
        static SHARED: RegisteredGlobal = const { RegisteredGlobal::new() };
        static PAGE: RegisteredGlobal = const { RegisteredGlobal::new() };
        static ELEMENT: RegisteredGlobal = const { RegisteredGlobal::new() };
        static PRINT: RegisteredGlobal = const { RegisteredGlobal::new() };
    }
    SHARED.with(|style| style.ensure(&styles, || stylist::css!(r#"
*, *::before, *::after { box-sizing: border-box; }
            
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
            .ck-i::before {
                content: "";
                display: block;
                width: 16px;
                height: 16px;
                background-color: currentColor;
                -webkit-mask: var(--ck-icon) center / 16px 16px no-repeat;
                mask: var(--ck-icon) center / 16px 16px no-repeat;
            }
            .ck-tagged::before {
                content: "";
                display: inline-block;
                width: 14px;
                height: 14px;
                margin-right: 3px;
                vertical-align: -2px;
                background-color: currentColor;
                -webkit-mask: var(--ck-icon) center / 14px 14px no-repeat;
                mask: var(--ck-icon) center / 14px 14px no-repeat;
            }
            .ck-ch-telephony { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M5.2 2.5H3.6a1.1 1.1 0 0 0-1.1 1.2 10.5 10.5 0 0 0 9.8 9.8 1.1 1.1 0 0 0 1.2-1.1v-1.6a1 1 0 0 0-.8-1l-2-.5a1 1 0 0 0-1 .3l-.7.8a7.8 7.8 0 0 1-3.4-3.4l.8-.7a1 1 0 0 0 .3-1l-.5-2a1 1 0 0 0-1-.8z'/></svg>"); }
            .ck-ch-whatsapp { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M2.8 13.2l.9-2.7a5.6 5.6 0 1 1 2 2z'/><path d='M6 6.2c.2 1.6 1.3 2.8 3.4 3.5'/></svg>"); }
            .ck-ch-webchat { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M2.5 3.5h11v7.5h-6l-3 2.5V11h-2z'/><path d='M5.5 7.3h.01M8 7.3h.01M10.5 7.3h.01'/></svg>"); }
            .ck-ch-sms { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M2.5 3.5h11v7.5h-6l-3 2.5V11h-2z'/><path d='M5 6.3h6M5 8.5h4'/></svg>"); }
            .ck-ch-email { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><rect x='2' y='3.5' width='12' height='9' rx='1.2'/><path d='M2.5 4.5 8 9l5.5-4.5'/></svg>"); }
            .ck-ch-messenger { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M8 2.2c3.3 0 6 2.4 6 5.4s-2.7 5.4-6 5.4c-.6 0-1.2-.1-1.7-.2L3.5 14v-2.6A5.3 5.3 0 0 1 2 7.6c0-3 2.7-5.4 6-5.4z'/><path d='M5 9.3l2-2 2 1.4 2-2'/></svg>"); }
            .ck-ch-instagram { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><rect x='2.5' y='2.5' width='11' height='11' rx='3.2'/><circle cx='8' cy='8' r='2.6'/><path d='M11.3 4.7h.01'/></svg>"); }
            .ck-dir-in { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M12.5 3.5 4.5 11.5M4.5 6v5.5H10'/></svg>"); }
            .ck-dir-out { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M3.5 12.5l8-8M6 4.5h5.5V10'/></svg>"); }
            .ck-i-copy { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><rect x='5.5' y='5.5' width='8' height='8' rx='1.5'/><path d='M10.5 3.5v-.5a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 3v5A1.5 1.5 0 0 0 4 9.5h.5'/></svg>"); }
            .ck-i-phone { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M5.2 2.5H3.6a1.1 1.1 0 0 0-1.1 1.2 10.5 10.5 0 0 0 9.8 9.8 1.1 1.1 0 0 0 1.2-1.1v-1.6a1 1 0 0 0-.8-1l-2-.5a1 1 0 0 0-1 .3l-.7.8a7.8 7.8 0 0 1-3.4-3.4l.8-.7a1 1 0 0 0 .3-1l-.5-2a1 1 0 0 0-1-.8z'/></svg>"); }
            .ck-i-external { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M9.5 2.5h4v4M13.5 2.5l-6 6M11.5 9.5v3a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3'/></svg>"); }
            .ck-i-chevron { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M6 3.5 10.5 8 6 12.5'/></svg>"); }
            .ck-i-bell { --ck-icon: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.6' stroke-linecap='round' stroke-linejoin='round'><path d='M4 11.5V7a4 4 0 0 1 8 0v4.5l1 1H3zM6.5 14a1.5 1.5 0 0 0 3 0'/></svg>"); }
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
        "#)));
    PRINT.with(|style| style.ensure(&styles, print_style));
    if props.element {
        ELEMENT.with(|style| {
            style.ensure(&styles, || {
                stylist::css!(
                    r#"
            :host {
                display: block !important;
                min-height: 320px !important;
                height: 640px;
                contain: content;
            }
            :host([hidden]) { display: none !important; }
            .ck-root {
                all: initial;
                display: block;
                box-sizing: border-box;
                height: 100%;
                overflow: hidden;
                background: var(--bg, #f3f5f8);
                color: var(--text, #1b1f24);
                font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                text-align: start;
            }
        "#
                )
            })
        });
    } else {
        PAGE.with(|style| {
            style.ensure(&styles, || {
                stylist::css!(
                    r#"

            margin: 0;
            height: 100%;
            background: var(--bg, #f3f5f8);
            color: var(--text, #1b1f24);
            font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
            body {
                margin: 0;
                height: 100%;
                background: var(--bg, #f3f5f8);
                color: var(--text, #1b1f24);
            }
            .ck-root { height: 100%; container-type: inline-size; }
        "#
                )
            })
        });
    }
    Html::default()
}

#[derive(Properties, PartialEq, Default)]
pub struct GlobalStyleProps {
    /// Inside a `<ucontact-cockpit>` element rather than on the cockpit's own page.
    #[prop_or_default]
    pub element: bool,
}
