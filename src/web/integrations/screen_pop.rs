//! The CRM screen pop (`crate::integrations::screen_pop`): with `screenPop.auto`, the record of
//! each interaction that arrives opens in a new window, once, with no way back to the cockpit.
//! A window the browser blocked is said once on the panel.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::integrations::screen_pop::to_open;
use crate::web::context::use_cockpit;
use crate::web::hooks::use_facts;

#[component]
pub fn ScreenPop() -> Html {
    let cockpit = use_cockpit();
    // Said once: dismissed, it stays dismissed.
    let said = use_mut_ref(|| false);
    use_facts(move |fact| {
        let Some(pop) = cockpit.config.screen_pop.as_ref() else {
            return;
        };
        if let Some(url) = to_open(fact, pop)
            && !open(&url)
            && !std::mem::replace(&mut *said.borrow_mut(), true)
        {
            cockpit.board.raise("popup-blocked", true, |texts| {
                texts.popup_blocked.to_owned()
            });
        }
    });
    Html::default()
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
