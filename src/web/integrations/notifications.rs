//! Desktop notifications of new interactions (`crate::integrations::notify`), opt-in: the bell
//! in the panel's bar asks the browser for permission only when the agent presses it, never on
//! load. While on, each arrival while the page is out of sight shows a notification; a click on
//! it brings the cockpit to the front. The choice is kept in one of the cockpit's own keys
//! (End shift clears it).

use std::collections::VecDeque;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Notification, NotificationOptions, NotificationPermission};
use yew::prelude::*;

use crate::integrations::notify::of_fact;
use crate::web::components::icons;
use crate::web::context::use_cockpit;
use crate::web::hooks::{local_storage, use_facts, use_latest};

/// Where the agent's choice is kept.
pub const NOTIFY_KEY: &str = "ucontact-cockpit.notify";
/// Notifications kept open at once; older ones close.
const KEPT: usize = 5;

/// Where notifications stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotifyState {
    /// The browser has no notifications here (or not in this context).
    Unsupported,
    Off,
    On,
    /// The agent or an administrator blocked them in the browser.
    Denied,
}

fn remember(on: bool) {
    if let Some(storage) = local_storage() {
        let _ = if on {
            storage.set_item(NOTIFY_KEY, "on")
        } else {
            storage.remove_item(NOTIFY_KEY)
        };
    }
}

fn initial() -> NotifyState {
    let supported = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"Notification".into()).ok())
        .is_some_and(|notification| notification.is_function());
    if !supported {
        return NotifyState::Unsupported;
    }
    let chosen = local_storage()
        .and_then(|storage| storage.get_item(NOTIFY_KEY).ok().flatten())
        .is_some_and(|value| value == "on");
    match Notification::permission() {
        NotificationPermission::Denied => NotifyState::Denied,
        NotificationPermission::Granted if chosen => NotifyState::On,
        _ => NotifyState::Off,
    }
}

/// Asks the browser for permission (this is the only place that does), then turns them on.
fn enable(set: UseStateSetter<NotifyState>) {
    let Ok(request) = Notification::request_permission() else {
        set.set(NotifyState::Unsupported);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let answer = JsFuture::from(request)
            .await
            .ok()
            .and_then(|a| a.as_string());
        set.set(match answer.as_deref() {
            Some("granted") => {
                remember(true);
                NotifyState::On
            }
            Some("denied") => NotifyState::Denied,
            _ => NotifyState::Off,
        });
    });
}

/// The bell, and the notifications it turns on.
#[component]
pub fn NotifyButton() -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let state = use_state(initial);
    let shown = use_mut_ref(VecDeque::<(Notification, Closure<dyn FnMut()>)>::new);
    let on = use_latest(*state == NotifyState::On);
    {
        let lang = use_latest(cockpit.locale.lang);
        use_facts(move |fact| {
            // Out of sight: another tab, a minimised window, or another application in front.
            let away = web_sys::window()
                .and_then(|window| window.document())
                .is_some_and(|document| document.hidden() || !document.has_focus().unwrap_or(true));
            let texts = lang.borrow().texts();
            let Some(wanted) = of_fact(fact, texts).filter(|_| *on.borrow() && away) else {
                return;
            };
            let options = NotificationOptions::new();
            options.set_body(&wanted.body);
            options.set_tag(&wanted.tag);
            let Ok(notification) = Notification::new_with_options(wanted.title, &options) else {
                return;
            };
            let target = notification.clone();
            let onclick = Closure::<dyn FnMut()>::new(move || {
                if let Some(window) = web_sys::window() {
                    let _ = window.focus();
                }
                target.close();
            });
            notification.set_onclick(Some(onclick.as_ref().unchecked_ref()));
            let mut shown = shown.borrow_mut();
            shown.push_back((notification, onclick));
            while shown.len() > KEPT {
                if let Some((old, _)) = shown.pop_front() {
                    old.set_onclick(None);
                    old.close();
                }
            }
        });
    }
    if *state == NotifyState::Unsupported {
        return Html::default();
    }
    let (pressed, title) = match *state {
        NotifyState::On => (true, texts.notify_off),
        NotifyState::Denied => (false, texts.notify_denied),
        _ => (false, texts.notify_enable),
    };
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| match *state {
            NotifyState::On => {
                remember(false);
                state.set(NotifyState::Off);
            }
            _ => enable(state.setter()),
        })
    };
    html! {
        <button type="button" class={classes!("ck-icon-button", "ck-notify", icons::BELL)}
            aria-pressed={pressed.to_string()} aria-label={texts.notify_enable} {title}
            disabled={*state == NotifyState::Denied} {onclick}></button>
    }
}
