//! Desktop notifications of new interactions, opt-in: the browser is asked for permission only
//! when the agent presses the button, never on load. While on, each arrival while the page is
//! out of sight shows a notification; a click on it brings the cockpit to the front.

use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Notification, NotificationOptions, NotificationPermission};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::{Feed, Interaction};
use crate::storage::KEY;
use crate::web::hooks::use_persistence::local_storage;

/// Where the agent's choice is kept (one of the cockpit's own keys: End shift clears it).
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

#[derive(Clone)]
pub struct UseNotificationsHandle {
    pub state: NotifyState,
    set: UseStateSetter<NotifyState>,
}

impl UseNotificationsHandle {
    /// Asks the browser for permission (this is the only place that does), then turns them on.
    pub fn enable(&self) {
        let set = self.set.clone();
        let Ok(request) = Notification::request_permission() else {
            set.set(NotifyState::Unsupported);
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let answer = JsFuture::from(request)
                .await
                .ok()
                .and_then(|a| a.as_string());
            let state = match answer.as_deref() {
                Some("granted") => {
                    remember(true);
                    NotifyState::On
                }
                Some("denied") => NotifyState::Denied,
                _ => NotifyState::Off,
            };
            set.set(state);
        });
    }

    pub fn disable(&self) {
        remember(false);
        self.set.set(NotifyState::Off);
    }
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

/// Notifies each interaction of `arrivals` that arrives while the page is out of sight, when on.
#[hook]
pub fn use_notifications(arrivals: &Feed<Rc<Interaction>>, lang: Lang) -> UseNotificationsHandle {
    let state = use_state(initial);
    let shown = use_mut_ref(VecDeque::<(Notification, Closure<dyn FnMut()>)>::new);
    let cursor = use_mut_ref(|| arrivals.count());
    {
        let (arrivals, on) = (arrivals.clone(), *state == NotifyState::On);
        use_effect_with(arrivals.count(), move |&count| {
            let from = std::mem::replace(&mut *cursor.borrow_mut(), count);
            // Out of sight: another tab, a minimised window, or another application in front.
            let away = web_sys::window()
                .and_then(|window| window.document())
                .is_some_and(|document| document.hidden() || !document.has_focus().unwrap_or(true));
            if !(on && away) {
                return;
            }
            let texts = lang.texts();
            for interaction in arrivals.since(from) {
                let body = interaction
                    .assignment
                    .as_ref()
                    .map(|a| format!("{} · {} · {}", a.client_id, a.campaign, a.channel))
                    .unwrap_or_else(|| interaction.guid.clone());
                let options = NotificationOptions::new();
                options.set_body(&body);
                options.set_tag(&format!("{KEY}:{}", interaction.guid));
                let Ok(notification) =
                    Notification::new_with_options(texts.notification_title, &options)
                else {
                    continue;
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
            }
        });
    }
    UseNotificationsHandle {
        state: *state,
        set: state.setter(),
    }
}
