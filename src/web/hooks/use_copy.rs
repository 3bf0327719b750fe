//! Copies a text to the clipboard, and says for a moment whether it worked.

use gloo::timers::callback::Timeout;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// How long "Copied" stays.
const SHOWN_MS: u32 = 2_000;

#[derive(Clone)]
pub struct UseCopyHandle {
    /// `Some(true)` just copied, `Some(false)` just failed.
    pub outcome: Option<bool>,
    set: UseStateSetter<Option<bool>>,
    timer: std::rc::Rc<std::cell::RefCell<Option<Timeout>>>,
}

impl UseCopyHandle {
    pub fn copy(&self, text: String) {
        let (set, timer) = (self.set.clone(), self.timer.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let copied = write(&text).await;
            set.set(Some(copied));
            let reset = set.clone();
            *timer.borrow_mut() = Some(Timeout::new(SHOWN_MS, move || reset.set(None)));
        });
    }
}

#[hook]
pub fn use_copy() -> UseCopyHandle {
    let outcome = use_state(|| None);
    let timer = use_mut_ref(|| None);
    UseCopyHandle {
        outcome: *outcome,
        set: outcome.setter(),
        timer,
    }
}

/// `navigator.clipboard.writeText`, where the browser offers it.
async fn write(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard =
        Reflect::get(&window.navigator(), &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    let written = Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|write| write.dyn_into::<Function>().ok())
        .and_then(|write| write.call1(&clipboard, &text.into()).ok())
        .and_then(|promise| promise.dyn_into::<Promise>().ok());
    match written {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
