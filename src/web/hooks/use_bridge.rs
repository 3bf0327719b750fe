//! The bridge to uContact, and only to it: listens for its messages, lets through only those
//! from uContact's exact origin and its iframe's window, reads them and dispatches the outcome
//! (the reducer's facts then reach every integration); and posts each dial the reducer admitted
//! to that window with that exact origin as the target, saying whether it could.
//!
//! Each message is read at once; the first of a burst is applied at once too, and the rest of
//! the burst together from a task queued behind them (`crate::coalesce`), so a burst costs two
//! renders, not one per message, and a lone message waits for nothing.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlIFrameElement, MessageEvent, Window};
use yew::prelude::*;

use crate::protocol::{self, Reading, Rejected, StartInteraction};
use crate::state::{Action, Fact};
use crate::web::hooks::use_facts;
use crate::web::integrations::framed::from_parent;
use crate::web::message::JsMessage;
use crate::web::now;
use crate::web::store::Dispatch;

mod batcher;

use batcher::Batcher;

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

/// Connects the cockpit to the uContact iframe behind `frame`, whose content must come from
/// `origin` (as `MessageEvent.origin` spells it). With `parent_speaks` (framed), messages
/// from `window.parent` are the framed integration's, not uContact's.
#[hook]
pub fn use_bridge(origin: Rc<str>, frame: NodeRef, dispatch: Dispatch, parent_speaks: bool) {
    {
        let frame = frame.clone();
        let dispatch = dispatch.clone();
        use_effect_with(origin.clone(), move |origin| {
            let origin = origin.clone();
            let batch = Batcher::new(dispatch);
            let listeners = web_sys::window().map(|window| {
                let on_message = {
                    let (origin, frame, batch) = (origin.clone(), frame.clone(), batch.clone());
                    EventListener::new(&window, "message", move |event| {
                        if let Some(event) = event.dyn_ref::<MessageEvent>() {
                            if parent_speaks && from_parent(event) {
                                return;
                            }
                            batch.push(received(event, admit(event, &origin, &frame)));
                        }
                    })
                };
                // A message the browser cannot deserialise arrives as `messageerror`.
                let on_message_error = {
                    let batch = batch.clone();
                    EventListener::new(&window, "messageerror", move |event| {
                        if let Some(event) = event.dyn_ref::<MessageEvent>() {
                            batch.push(received(event, Rejected::Unreadable.into()));
                        }
                    })
                };
                (on_message, on_message_error)
            });
            move || {
                drop(listeners);
                // What arrived last is not lost with the listener.
                batch.flush();
            }
        });
    }
    use_facts(move |fact| {
        if let Fact::DialAdmitted(dial) = fact {
            let id = dial.id;
            dispatch.dispatch(match post(&frame, &origin, &dial.request) {
                Ok(()) => Action::DialPosted { id },
                Err(_) => Action::DialFailed { id, at: now() },
            });
        }
    });
}

/// Posts `startInteraction` to the iframe's window, and only if that window still shows
/// uContact's origin (the browser checks `targetOrigin`).
fn post(frame: &NodeRef, origin: &str, request: &StartInteraction) -> Result<(), DialError> {
    let window = frame_window(frame).ok_or(DialError::NotLoaded)?;
    let message = serde_json::to_string(&request.to_wire())
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .ok_or(DialError::PostFailed)?;
    window
        .post_message(&message, origin)
        .map_err(|_| DialError::PostFailed)
}

fn received(event: &MessageEvent, message: Reading) -> Action {
    let origin: String = event.origin().chars().take(MAX_ORIGIN).collect();
    Action::Received {
        at: now(),
        origin,
        message,
    }
}

/// The checks every message passes before its content is even looked at: exact origin, then
/// the uContact iframe's window as its source.
fn admit(event: &MessageEvent, origin: &str, frame: &NodeRef) -> Reading {
    let sender = event.origin();
    if sender != origin {
        return Rejected::WrongOrigin(sender.chars().take(MAX_ORIGIN).collect()).into();
    }
    let from_frame = match (event.source(), frame_window(frame)) {
        (Some(source), Some(window)) => JsValue::from(source) == JsValue::from(window),
        _ => false,
    };
    if !from_frame {
        return Rejected::WrongSource.into();
    }
    protocol::read(&JsMessage::new(event.data()))
}

fn frame_window(frame: &NodeRef) -> Option<Window> {
    frame.cast::<HtmlIFrameElement>()?.content_window()
}
