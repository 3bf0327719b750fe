//! For a tab that is not in charge: how many interactions are active in the tab that is, read
//! from what that tab saves (at most a second old) and kept current through `storage` events.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::storage::{self, KEY};
use crate::web::hooks::local_storage;

/// The count, or `None` when nothing readable is saved.
#[hook]
pub fn use_leader_activity() -> Option<usize> {
    let count = use_state(read);
    {
        let count = count.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let ours = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .is_none_or(|event| event.key().is_none_or(|key| key == KEY));
                    if ours {
                        count.set(read());
                    }
                })
            });
            move || drop(listener)
        });
    }
    *count
}

fn read() -> Option<usize> {
    let manifest = local_storage()?.get_item(KEY).ok().flatten()?;
    storage::active_count(&manifest)
}
