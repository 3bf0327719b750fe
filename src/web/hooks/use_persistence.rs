//! Keeps the shift in `localStorage` so a reload loses nothing. The rules are the core's
//! (`crate::storage::saver`: what to restore, what a save writes); this hook only says when:
//! restored once, before the first paint; saved at most once a second while events arrive, and
//! at once when the page is hidden or closed or the cockpit goes away (another tab takes over),
//! and at once when the shift is emptied (ended) or storage lists chunks the restore left out.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Storage;
use yew::prelude::*;

use crate::config::Config;
use crate::i18n::Locale;
use crate::state::Cockpit;
use crate::storage::is_own_key;
use crate::storage::saver::{self, KeyValue, Restoration, Saver, WriteError};
use crate::stored::StorageNotice;
use crate::web::now;

/// The longest a change waits before it is written.
const SAVE_EVERY_MS: u32 = 1_000;

/// This origin's `localStorage`, if the browser lets the cockpit use it.
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// `localStorage` as the core's key-value store.
pub struct LocalStore(pub Storage);

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, WriteError> {
        self.0.get_item(key).map_err(|_| WriteError::Refused)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        self.0.set_item(key, value).map_err(|error| {
            let quota = error
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|error| error.name() == "QuotaExceededError");
            if quota {
                WriteError::Quota
            } else {
                WriteError::Refused
            }
        })
    }

    fn remove(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let count = self.0.length().unwrap_or(0);
        (0..count)
            .filter_map(|index| self.0.key(index).ok().flatten())
            .collect()
    }
}

fn with_store<R>(use_store: impl FnOnce(Option<&mut dyn KeyValue>) -> R) -> R {
    match local_storage() {
        Some(storage) => use_store(Some(&mut LocalStore(storage))),
        None => use_store(None),
    }
}

/// The shift as it was saved (see `crate::storage::saver::restore`).
pub fn restore(locale: Locale, config: &Config) -> Restoration {
    with_store(|store| saver::restore(store, locale, config, now()))
}

/// What is waiting to be written.
struct Pending {
    saver: Saver,
    latest: Option<Cockpit>,
    /// The shift as last handed to the saver (to write again if storage is changed under it).
    saved: Option<Cockpit>,
    /// Whether `timer` is still to fire.
    pending: bool,
    /// The last timer started; kept after it fired, and replaced by the next one (dropping a
    /// timer from inside its own callback is not allowed).
    timer: Option<Timeout>,
    notice: UseStateSetter<Option<StorageNotice>>,
}

impl Pending {
    /// Writes what is waiting, if anything.
    fn flush(&mut self) {
        if let Some(cockpit) = self.latest.take() {
            let notice = with_store(|store| self.saver.save(&cockpit, now(), store));
            self.saved = Some(cockpit);
            self.notice.set(notice);
        }
    }
}

/// Saves the cockpit as it changes; returns what the agent should know about storage.
/// `restored` says what storage holds.
#[hook]
pub fn use_persistence(cockpit: &Cockpit, restored: &Restoration) -> Option<StorageNotice> {
    let notice = use_state(|| None);
    let pending = {
        let (setter, saver) = (notice.setter(), Saver::new(restored));
        use_mut_ref(move || Pending {
            saver,
            latest: None,
            saved: Some(restored.cockpit.clone()),
            pending: false,
            timer: None,
            notice: setter,
        })
    };

    // Only what is saved: the inspector's counters change on every message and are not.
    let saved = (
        cockpit.active.clone(),
        cockpit.history.clone(),
        cockpit.dials.clone(),
        cockpit.theme,
        cockpit.locale.clone(),
    );
    {
        let pending = pending.clone();
        let cockpit = cockpit.clone();
        use_effect_with(saved, move |_| {
            let mut guard = pending.borrow_mut();
            let now_or_never = saver::is_empty(&cockpit) || guard.saver.has_stale();
            guard.latest = Some(cockpit);
            if now_or_never {
                // A shift just ended (or nothing happened yet): nothing may stay stored. Or the
                // stored shift lists chunks the cockpit left out: list them no longer.
                guard.flush();
            } else if !guard.pending {
                guard.pending = true;
                let weak: Weak<RefCell<Pending>> = Rc::downgrade(&pending);
                guard.timer = Some(Timeout::new(SAVE_EVERY_MS, move || {
                    if let Some(pending) = weak.upgrade() {
                        let mut pending = pending.borrow_mut();
                        pending.pending = false;
                        pending.flush();
                    }
                }));
            }
        });
    }

    use_effect_with((), move |_| {
        let flush_now = {
            let pending = pending.clone();
            move || pending.borrow_mut().flush()
        };
        // Another page of the origin changed or cleared one of the cockpit's keys: everything
        // is written again, from memory, at once.
        let on_changed = web_sys::window().map(|window| {
            let pending = pending.clone();
            EventListener::new(&window, "storage", move |event| {
                let local = local_storage();
                let ours = event
                    .dyn_ref::<web_sys::StorageEvent>()
                    .is_some_and(|event| {
                        event.storage_area() == local
                            && event.key().is_none_or(|key| is_own_key(&key))
                    });
                let Ok(mut pending) = pending.try_borrow_mut() else {
                    return;
                };
                if ours && let Some(cockpit) = pending.saved.clone() {
                    pending.saver.invalidate();
                    pending.latest.get_or_insert(cockpit);
                    pending.flush();
                }
            })
        });
        let listeners = web_sys::window().map(|window| {
            let on_hide = {
                let flush_now = flush_now.clone();
                EventListener::new(&window, "pagehide", move |_| flush_now())
            };
            let on_hidden = window.document().map(|document| {
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
            drop(on_changed);
            let mut pending = pending.borrow_mut();
            pending.flush();
            pending.pending = false;
            pending.timer = None;
        }
    });
    (*notice).clone()
}
