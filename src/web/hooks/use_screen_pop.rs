//! The CRM screen pop: with `screenPop.auto`, the record of each interaction that **arrives**
//! (a guid never seen: see `crate::state`) opens in a new window, so never twice for one
//! interaction, whether it is assigned again, restored after a reload, reopened from history or
//! taken over by another tab. A window the browser blocked is said once.

use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::screen_pop::ScreenPop;
use crate::state::{Feed, Interaction};

/// Whether the panel should say pop-ups are blocked, and how to stop saying it.
pub struct UseScreenPopHandle {
    pub blocked: bool,
    pub ondismiss: Callback<()>,
}

#[hook]
pub fn use_screen_pop(
    arrivals: &Feed<Rc<Interaction>>,
    screen_pop: Option<ScreenPop>,
) -> UseScreenPopHandle {
    // None: nothing blocked yet; Some(true): say so; Some(false): said and dismissed.
    let blocked = use_state(|| None::<bool>);
    let cursor = use_mut_ref(|| arrivals.count());
    {
        let (arrivals, blocked) = (arrivals.clone(), blocked.clone());
        use_effect_with(arrivals.count(), move |&count| {
            let from = std::mem::replace(&mut *cursor.borrow_mut(), count);
            let Some(pop) = screen_pop.filter(|pop| pop.auto) else {
                return;
            };
            for interaction in arrivals.since(from) {
                let url = pop.url.fill(&interaction.link_values());
                if !open(&url) && blocked.is_none() {
                    blocked.set(Some(true));
                }
            }
        });
    }
    let ondismiss = {
        let blocked = blocked.clone();
        Callback::from(move |()| blocked.set(Some(false)))
    };
    UseScreenPopHandle {
        blocked: *blocked == Some(true),
        ondismiss,
    }
}

/// Opens `url` in a new window with no way back to the cockpit (`opener` cleared before it
/// navigates); false when the browser blocked it.
fn open(url: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.open_with_url_and_target("", "_blank") {
        Ok(Some(popup)) => {
            let _ = Reflect::set(&popup, &"opener".into(), &JsValue::NULL);
            let _ = popup.location().set_href(url);
            true
        }
        _ => false,
    }
}
