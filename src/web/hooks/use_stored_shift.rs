//! For an element not in charge: the shift as the element in charge keeps it (this site's
//! storage), read again whenever that one saves (`storage` events: at most a second behind).

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::storage::{self, KEY, Restored};
use crate::web::hooks::local_storage;

/// The stored shift; `None` while nothing readable is stored.
#[hook]
pub fn use_stored_shift() -> Option<Rc<Restored>> {
    let shift = use_state(read);
    {
        let shift = shift.setter();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    // The manifest is written last: once it changed, all is there.
                    let manifest = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .is_none_or(|event| event.key().is_none_or(|key| key == KEY));
                    if manifest {
                        shift.set(read());
                    }
                })
            });
            move || drop(listener)
        });
    }
    (*shift).clone()
}

fn read() -> Option<Rc<Restored>> {
    let storage = local_storage()?;
    let manifest = storage.get_item(KEY).ok().flatten()?;
    let value = |key: &str| storage.get_item(key).ok().flatten();
    let mut shift = storage::decode(&manifest, value).ok()?;
    // Active in the page in charge right now, not restored after a reload.
    for entry in &mut shift.active {
        if entry.restored {
            Rc::make_mut(entry).restored = false;
        }
    }
    Some(Rc::new(shift))
}
