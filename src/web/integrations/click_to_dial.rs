//! Click to dial (`crate::integrations::click_to_dial`): with the element's `click-to-dial`
//! attribute, a plain click on any `<a href="tel:…">` of the host page (in other shadow roots
//! too: the event's composed path is read) is the cockpit's: it dials at once with
//! `dialDefaults`, or fills the dial form's client id.

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};
use yew::prelude::*;

use crate::integrations::click_to_dial::{Click, client_from_tel, decide, takes_click};
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
                let Some(client) = tel_link(click).and_then(|href| client_from_tel(&href)) else {
                    return;
                };
                click.prevent_default();
                match decide(cockpit.config.dial_defaults.as_ref(), client) {
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

/// The `href` of the `tel:` link the click went through, if any.
fn tel_link(click: &MouseEvent) -> Option<String> {
    click
        .composed_path()
        .iter()
        .filter_map(|target| target.dyn_into::<Element>().ok())
        .find(|element| element.tag_name().eq_ignore_ascii_case("a"))
        .and_then(|link| link.get_attribute("href"))
        .filter(|href| {
            href.get(..4)
                .is_some_and(|scheme| scheme.eq_ignore_ascii_case("tel:"))
        })
}
