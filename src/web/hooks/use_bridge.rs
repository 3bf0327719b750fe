//! The bridge to uContact: listens for its messages, lets through only those from uContact's
//! exact origin and its iframe's window, decodes them, and dispatches the outcome; and posts
//! the dial action to that window with that exact origin as the target.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlIFrameElement, MessageEvent, Window};
use yew::prelude::*;

use crate::protocol::{self, Event, Rejected, StartInteraction};
use crate::state::Action;
use crate::web::message::JsMessage;
use crate::web::now;
use crate::web::store::Store;

/// Longest origin kept for the inspector.
const MAX_ORIGIN: usize = 200;

/// Why a dial request could not be posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialError {
    /// The uContact iframe has no window yet.
    NotLoaded,
    /// The browser refused to post the message.
    PostFailed,
}

/// The bridge, with the verb the dial form needs.
#[derive(Clone)]
pub struct UseBridgeHandle {
    frame: NodeRef,
    origin: Rc<str>,
    dispatcher: UseReducerDispatcher<Store>,
}

impl UseBridgeHandle {
    /// Asks uContact to start an interaction. The message goes to the iframe's window and only
    /// if that window still shows uContact's origin (the browser checks `targetOrigin`).
    pub fn dial(&self, request: StartInteraction) -> Result<(), DialError> {
        let window = frame_window(&self.frame).ok_or(DialError::NotLoaded)?;
        let message = serde_json::to_string(&request.to_wire())
            .ok()
            .and_then(|text| js_sys::JSON::parse(&text).ok())
            .ok_or(DialError::PostFailed)?;
        window
            .post_message(&message, &self.origin)
            .map_err(|_| DialError::PostFailed)?;
        self.dispatcher
            .dispatch(Action::DialSent { at: now(), request });
        Ok(())
    }
}

/// Connects the cockpit to the uContact iframe behind `frame`, whose content must come from
/// `origin` (as `MessageEvent.origin` spells it).
#[hook]
pub fn use_bridge(
    origin: Rc<str>,
    frame: NodeRef,
    dispatcher: UseReducerDispatcher<Store>,
) -> UseBridgeHandle {
    {
        let frame = frame.clone();
        let dispatcher = dispatcher.clone();
        use_effect_with(origin.clone(), move |origin| {
            let origin = origin.clone();
            let listeners = web_sys::window().map(|window| {
                let on_message = {
                    let (origin, frame, dispatcher) =
                        (origin.clone(), frame.clone(), dispatcher.clone());
                    EventListener::new(&window, "message", move |event| {
                        if let Some(event) = event.dyn_ref::<MessageEvent>() {
                            let result = admit(event, &origin, &frame);
                            dispatch(&dispatcher, event, result);
                        }
                    })
                };
                // A message the browser cannot deserialise arrives as `messageerror`.
                let on_message_error = {
                    let dispatcher = dispatcher.clone();
                    EventListener::new(&window, "messageerror", move |event| {
                        if let Some(event) = event.dyn_ref::<MessageEvent>() {
                            dispatch(&dispatcher, event, Err(Rejected::Unreadable));
                        }
                    })
                };
                (on_message, on_message_error)
            });
            move || drop(listeners)
        });
    }
    UseBridgeHandle {
        frame,
        origin,
        dispatcher,
    }
}

fn dispatch(
    dispatcher: &UseReducerDispatcher<Store>,
    event: &MessageEvent,
    result: Result<Event, Rejected>,
) {
    let origin: String = event.origin().chars().take(MAX_ORIGIN).collect();
    dispatcher.dispatch(Action::Received {
        at: now(),
        origin,
        result,
    });
}

/// The checks every message passes before its content is even looked at: exact origin, then
/// the uContact iframe's window as its source.
fn admit(event: &MessageEvent, origin: &str, frame: &NodeRef) -> Result<Event, Rejected> {
    let sender = event.origin();
    if sender != origin {
        return Err(Rejected::WrongOrigin(
            sender.chars().take(MAX_ORIGIN).collect(),
        ));
    }
    let from_frame = match (event.source(), frame_window(frame)) {
        (Some(source), Some(window)) => JsValue::from(source) == JsValue::from(window),
        _ => false,
    };
    if !from_frame {
        return Err(Rejected::WrongSource);
    }
    protocol::decode(&JsMessage::new(event.data()))
}

fn frame_window(frame: &NodeRef) -> Option<Window> {
    frame.cast::<HtmlIFrameElement>()?.content_window()
}
