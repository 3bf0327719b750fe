//! Framed mode: the cockpit's own page inside an intranet's `<iframe>`. When the framing page's
//! origin is one of `hostOrigins`, the cockpit takes `{"event": "startInteraction", "data": …}`
//! from it (exact origin, and sent by `window.parent`), validated as the dial form validates;
//! a refused one is counted in the inspector and answered with
//! `{"source": "ucontact-cockpit", "event": "dialRejected", "data": {"reason": …}}`. (What the
//! cockpit tells the parent goes through `Audience::Parent`.)

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::MessageEvent;
use yew::prelude::*;

use crate::host_api::FRAMED_SOURCE;
use crate::i18n::Lang;
use crate::protocol::{Problem, Rejected, StartInteraction};
use crate::state::{Action, Dials};
use crate::web::element::dial_errors;
use crate::web::host::from_parent;
use crate::web::message::JsMessage;
use crate::web::now;
use crate::web::store::Store;

/// Listens to the framing page at `origin`, when it is a listed host.
#[hook]
pub fn use_framed_host(
    origin: Option<String>,
    dispatcher: UseReducerDispatcher<Store>,
    dials: Dials,
    lang: Lang,
) {
    // The latest dials and language, for the listener made once.
    let current = use_mut_ref(|| (dials.clone(), lang));
    *current.borrow_mut() = (dials, lang);
    use_effect_with(origin, move |origin| {
        let listener = origin.clone().and_then(|origin| {
            let window = web_sys::window()?;
            Some(EventListener::new(&window, "message", move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else {
                    return;
                };
                if event.origin() != origin || !from_parent(event) {
                    return;
                }
                let (dials, lang) = current.borrow().clone();
                let texts = lang.texts();
                let pending = Rejected::Field {
                    field: "data".to_owned(),
                    problem: Problem::AlreadyPending,
                };
                let refusal = match StartInteraction::decode(&JsMessage::new(event.data())) {
                    Ok(request) => match StartInteraction::new(
                        &request.campaign,
                        &request.channel,
                        &request.client_id,
                    ) {
                        Ok(request) if dials.is_pending(&request) => {
                            Some((texts.dial_duplicate.to_owned(), pending))
                        }
                        Ok(request) => {
                            dispatcher.dispatch(Action::Dial { at: now(), request });
                            None
                        }
                        Err(errors) => errors
                            .rejection()
                            .map(|rejected| (dial_errors(&errors, texts), rejected)),
                    },
                    Err(rejected) => Some((texts.rejection(&rejected), rejected)),
                };
                if let Some((reason, rejected)) = refusal {
                    dispatcher.dispatch(Action::Received {
                        at: now(),
                        origin: origin.clone(),
                        message: rejected.into(),
                    });
                    answer(&origin, &reason);
                }
            }))
        });
        move || drop(listener)
    });
}

/// Tells the framing page why a request was refused.
fn answer(origin: &str, reason: &str) {
    let message = serde_json::json!({
        "source": FRAMED_SOURCE,
        "event": "dialRejected",
        "data": { "reason": reason },
    });
    let parent = web_sys::window().and_then(|window| window.parent().ok().flatten());
    if let (Some(parent), Ok(message)) = (parent, js_sys::JSON::parse(&message.to_string())) {
        let _ = parent.post_message(&message, origin);
    }
}
