//! Hands the cockpit's keyboard shortcuts (`crate::shortcuts` says which key is which, and
//! when a key is not one) to `onshortcut`. Listens where the cockpit is: its page's document, or
//! its element (keys pressed inside the shadow root reach the element), so keys pressed in an
//! intranet page around the element, or in uContact's frame, are never taken.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{EventTarget, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::shortcuts::{Press, Shortcut, shortcut};
use crate::web::mount::{Mount, use_mount};

#[hook]
pub fn use_shortcuts(onshortcut: Callback<Shortcut>) {
    let mount = use_mount();
    // The listener stays; the callback it calls is the latest one.
    let latest = use_mut_ref(|| onshortcut.clone());
    *latest.borrow_mut() = onshortcut;
    use_effect_with((), move |_| {
        let target: Option<EventTarget> = match &mount {
            Mount::Element(element) => Some(element.host.clone().into()),
            Mount::Page => web_sys::window()
                .and_then(|window| window.document())
                .map(Into::into),
        };
        let listener = target.map(|target| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&target, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let key = event.key();
                let press = Press {
                    key: &key,
                    ctrl: event.ctrl_key(),
                    alt: event.alt_key(),
                    meta: event.meta_key(),
                    typing: is_typing(event),
                    handled: event.default_prevented(),
                };
                if let Some(shortcut) = shortcut(press) {
                    event.prevent_default();
                    let callback = latest.borrow().clone();
                    callback.emit(shortcut);
                }
            })
        });
        move || drop(listener)
    });
}

/// Whether the key goes to a field (the first element on the event's path, inside a shadow
/// root too): a text input, a text area, a select, editable content.
fn is_typing(event: &KeyboardEvent) -> bool {
    event
        .composed_path()
        .get(0)
        .dyn_into::<HtmlElement>()
        .is_ok_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element.is_content_editable()
        })
}
