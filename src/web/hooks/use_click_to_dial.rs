//! Click to dial: with the element's `click-to-dial` attribute, a plain click on any
//! `<a href="tel:…">` of the host page (in other shadow roots too: the event's composed path is
//! read) is the cockpit's. With `dialDefaults` it dials at once, the number as client id;
//! without, it fills Client ID and leaves the rest to the agent. The rules (which clicks, which
//! number) are `crate::host_api`'s.

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};
use yew::prelude::*;

use crate::config::DialDefaults;
use crate::host_api::{client_from_tel, takes_click};
use crate::protocol::StartInteraction;

/// Listens while `enabled`; `ondial` gets a request to send, `onfill` a client id to complete.
#[hook]
pub fn use_click_to_dial(
    enabled: bool,
    defaults: Option<DialDefaults>,
    ondial: Callback<StartInteraction>,
    onfill: Callback<String>,
) {
    use_effect_with(enabled, move |&enabled| {
        let document = web_sys::window()
            .and_then(|window| window.document())
            .filter(|_| enabled);
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
                let request = defaults.as_ref().and_then(|defaults| {
                    StartInteraction::new(&defaults.campaign, &defaults.channel, &client).ok()
                });
                match request {
                    Some(request) => ondial.emit(request),
                    None => onfill.emit(client),
                }
            })
        });
        move || drop(listener)
    });
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
