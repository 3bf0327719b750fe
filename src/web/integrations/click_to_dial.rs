//! Click to dial (`crate::integrations::click_to_dial`): with the element's `click-to-dial`
//! attribute, a plain click on any `<a href="tel:…">` of the host page (in other shadow roots
//! too: the event's composed path is read) is the cockpit's: it dials at once with
//! `dialDefaults` when the agent clicked a visible link showing that number, and otherwise
//! fills the dial form's client id.

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};
use yew::prelude::*;

use crate::integrations::click_to_dial::{Click, Link, client_from_tel, decide, takes_click};
use crate::state::{Action, DialSource};
use crate::web::context::use_cockpit;
use crate::web::hooks::use_prefill;
use crate::web::now;

#[component]
pub fn ClickToDial() -> Html {
    let cockpit = use_cockpit();
    let prefill = use_prefill();
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|window| window.document());
        let listener = document.map(|document| {
            // Not passive: a taken click's navigation is prevented.
            let options = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: false,
            };
            EventListener::new_with_options(&document, "click", options, move |event| {
                let Some(click) = event.dyn_ref::<MouseEvent>() else {
                    return;
                };
                let modified =
                    click.ctrl_key() || click.meta_key() || click.shift_key() || click.alt_key();
                if !takes_click(click.button(), modified, click.default_prevented()) {
                    return;
                }
                let Some((link, client)) = tel_link(click)
                    .and_then(|link| Some((client_from_tel(&link.get_attribute("href")?)?, link)))
                    .map(|(client, link)| (shown(&link, click.is_trusted()), client))
                else {
                    return;
                };
                click.prevent_default();
                match decide(cockpit.config.dial_defaults.as_ref(), client, &link) {
                    Click::Dial(request) => cockpit.dispatch.dispatch(Action::Dial {
                        at: now(),
                        request,
                        source: DialSource::Link,
                    }),
                    Click::Fill(client) => prefill.fill(client),
                }
            })
        });
        move || drop(listener)
    });
    Html::default()
}

/// The `tel:` link the click went through, if any.
fn tel_link(click: &MouseEvent) -> Option<Element> {
    click
        .composed_path()
        .iter()
        .filter_map(|target| target.dyn_into::<Element>().ok())
        .find(|element| element.tag_name().eq_ignore_ascii_case("a"))
        .filter(|link| {
            link.get_attribute("href").is_some_and(|href| {
                href.get(..4)
                    .is_some_and(|scheme| scheme.eq_ignore_ascii_case("tel:"))
            })
        })
}

/// The link as the agent sees it: visible (rendered, not hidden or transparent, and not
/// covering most of the page), and its visible text.
fn shown(link: &Element, trusted: bool) -> Link {
    let options = js_sys::Object::new();
    for flag in [
        "opacityProperty",
        "visibilityProperty",
        "contentVisibilityAuto",
    ] {
        let _ = js_sys::Reflect::set(&options, &flag.into(), &wasm_bindgen::JsValue::TRUE);
    }
    let rendered = js_sys::Reflect::get(link, &"checkVisibility".into())
        .ok()
        .and_then(|check| check.dyn_into::<js_sys::Function>().ok())
        .and_then(|check| check.call1(link, &options).ok())
        .is_some_and(|visible| visible.is_truthy());
    let rect = link.get_bounding_client_rect();
    let viewport = web_sys::window()
        .map(|window| {
            let size = |value: Result<wasm_bindgen::JsValue, _>| {
                value.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
            };
            size(window.inner_width()) * size(window.inner_height())
        })
        .unwrap_or(0.0);
    let area = rect.width() * rect.height();
    let visible = rendered && area > 0.0 && (viewport <= 0.0 || area < viewport / 2.0);
    let text = link
        .dyn_ref::<web_sys::HtmlElement>()
        .map(|link| link.inner_text())
        .unwrap_or_default();
    Link {
        trusted,
        visible,
        text,
    }
}
