//! Keeps the cockpit in `localStorage` so a reload loses nothing: restored once, before the
//! first paint; saved at most once a second while events arrive, and at once when the page is
//! hidden or closed or the cockpit goes away (another tab takes over). A full quota keeps the
//! newest history that fits and says how much stays in this tab only; blocked storage keeps
//! everything in memory and says so.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Storage;
use yew::prelude::*;

use crate::i18n::Locale;
use crate::state::Cockpit;
use crate::storage::{self, KEY, StorageNotice};
use crate::web::now;

/// The longest a change waits before it is written.
const SAVE_EVERY_MS: u32 = 1_000;

/// The cockpit as it was saved, or a clean one with the reason it could not be restored.
pub fn restore(locale: Locale, history_limit: usize) -> (Cockpit, Option<StorageNotice>) {
    let clean = Cockpit {
        history_limit,
        ..Cockpit::new(locale.clone())
    };
    let Some(storage) = local_storage() else {
        return (clean, Some(StorageNotice::Blocked));
    };
    let text = match storage.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return (clean, None),
        Err(_) => return (clean, Some(StorageNotice::Blocked)),
    };
    match storage::decode(&text) {
        Ok(restored) => {
            let mut history = restored.history;
            history.trim_oldest(history_limit);
            let cockpit = Cockpit {
                active: restored.active,
                history,
                theme: restored.theme,
                locale: restored.locale.unwrap_or(locale),
                ..clean
            };
            (cockpit, None)
        }
        Err(error) => (clean, Some(StorageNotice::Discarded(error))),
    }
}

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Writes the cockpit, keeping as much history as fits; says what could not be kept.
fn write(cockpit: &Cockpit, keep_hint: &mut usize) -> Option<StorageNotice> {
    let Some(storage) = local_storage() else {
        return Some(StorageNotice::Blocked);
    };
    let total = cockpit.history.len();
    let mut keep = total.min(*keep_hint);
    loop {
        let text = storage::encode(cockpit, now(), keep);
        match storage.set_item(KEY, &text) {
            Ok(()) => {
                *keep_hint = if keep < total { keep } else { usize::MAX };
                return (keep < total).then_some(StorageNotice::Full {
                    dropped: total - keep,
                });
            }
            Err(error) if is_quota(&error) && keep > 0 => keep /= 2,
            Err(error) if is_quota(&error) => {
                return Some(StorageNotice::Full { dropped: total });
            }
            Err(_) => return Some(StorageNotice::Blocked),
        }
    }
}

fn is_quota(error: &wasm_bindgen::JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|error| error.name() == "QuotaExceededError")
}

/// What is waiting to be written, and how.
struct Saver {
    latest: Option<Cockpit>,
    /// Whether `timer` is still to fire.
    pending: bool,
    /// The last timer started; kept after it fired, and replaced by the next one (dropping a
    /// timer from inside its own callback is not allowed).
    timer: Option<Timeout>,
    /// How much history fitted last time storage was full.
    keep_hint: usize,
    notice: UseStateSetter<Option<StorageNotice>>,
}

impl Saver {
    /// Writes what is waiting, if anything.
    fn flush(&mut self) {
        if let Some(cockpit) = self.latest.take() {
            let notice = write(&cockpit, &mut self.keep_hint);
            self.notice.set(notice);
        }
    }
}

/// Saves the cockpit as it changes; returns what the agent should know about storage.
#[hook]
pub fn use_persistence(cockpit: &Cockpit) -> Option<StorageNotice> {
    let notice = use_state(|| None);
    let saver = {
        let setter = notice.setter();
        use_mut_ref(move || Saver {
            latest: None,
            pending: false,
            timer: None,
            keep_hint: usize::MAX,
            notice: setter,
        })
    };

    // Only what is saved: the inspector's counters change on every message and are not.
    let saved = (
        cockpit.active.clone(),
        cockpit.history.clone(),
        cockpit.theme,
        cockpit.locale.clone(),
    );
    {
        let saver = saver.clone();
        let cockpit = cockpit.clone();
        use_effect_with(saved, move |_| {
            let mut guard = saver.borrow_mut();
            guard.latest = Some(cockpit);
            if !guard.pending {
                guard.pending = true;
                let weak: Weak<RefCell<Saver>> = Rc::downgrade(&saver);
                guard.timer = Some(Timeout::new(SAVE_EVERY_MS, move || {
                    if let Some(saver) = weak.upgrade() {
                        let mut saver = saver.borrow_mut();
                        saver.pending = false;
                        saver.flush();
                    }
                }));
            }
        });
    }

    {
        let saver = saver.clone();
        use_effect_with((), move |_| {
            let flush_now = {
                let saver = saver.clone();
                move || saver.borrow_mut().flush()
            };
            let listeners = web_sys::window().map(|window| {
                let on_hide = {
                    let flush_now = flush_now.clone();
                    EventListener::new(&window, "pagehide", move |_| flush_now())
                };
                let on_hidden = window.document().map(|document| {
                    let flush_now = flush_now.clone();
                    let hidden = document.clone();
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if hidden.hidden() {
                            flush_now();
                        }
                    })
                });
                (on_hide, on_hidden)
            });
            move || {
                drop(listeners);
                let mut saver = saver.borrow_mut();
                saver.flush();
                saver.pending = false;
                saver.timer = None;
            }
        });
    }
    (*notice).clone()
}
