//! The bridge to uContact, and only to it: listens for its messages, lets through only those
//! from uContact's exact origin and its iframe's window, reads them and dispatches the outcome
//! (the reducer's facts then reach every integration); and posts each dial the reducer admitted
//! to that window with that exact origin as the target, saying whether it could.
//!
//! Each message is read at once; the first of a burst is applied at once too, and the rest of
//! the burst together from a task queued behind them (`crate::coalesce`), so a burst costs two
//! renders, not one per message, and a lone message waits for nothing.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlIFrameElement, MessageChannel, MessageEvent, Window};
use yew::prelude::*;

use crate::coalesce::{Arrival, Coalescer};
use crate::protocol::{self, Reading, Rejected, StartInteraction};
use crate::state::{Action, Fact};
use crate::web::hooks::use_facts;
use crate::web::integrations::framed::from_parent;
use crate::web::message::JsMessage;
use crate::web::now;
use crate::web::store::Dispatch;

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
/// `origin` (as `MessageEvent.origin` spells it). With `parent_speaks` (framed by a listed
/// host), messages from `window.parent` are the framing page's integration's, not uContact's.
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

/// Applies incoming messages as `crate::coalesce` says: the first of a burst at once, the
/// rest when a task queued behind them (a message on a `MessageChannel`) runs.
#[derive(Clone)]
struct Batcher(Rc<BatchInner>);

struct BatchInner {
    dispatch: Dispatch,
    coalescer: RefCell<Coalescer<Action>>,
    channel: Option<MessageChannel>,
    _onmessage: Option<Closure<dyn FnMut()>>,
}

impl Batcher {
    fn new(dispatch: Dispatch) -> Batcher {
        let channel = MessageChannel::new().ok();
        let inner = Rc::new_cyclic(|weak: &std::rc::Weak<BatchInner>| {
            let onmessage = channel.as_ref().map(|channel| {
                let weak = weak.clone();
                let closure = Closure::<dyn FnMut()>::new(move || {
                    if let Some(inner) = weak.upgrade() {
                        Batcher(inner).flush();
                    }
                });
                channel
                    .port1()
                    .set_onmessage(Some(closure.as_ref().unchecked_ref()));
                closure
            });
            BatchInner {
                dispatch,
                coalescer: RefCell::new(Coalescer::default()),
                channel,
                _onmessage: onmessage,
            }
        });
        Batcher(inner)
    }

    fn push(&self, action: Action) {
        let arrival = self.0.coalescer.borrow_mut().arrive(action);
        if let Arrival::ApplyAndQueue(action) = arrival {
            self.0.dispatch.dispatch(action);
            let queued = self
                .0
                .channel
                .as_ref()
                .is_some_and(|channel| channel.port2().post_message(&JsValue::NULL).is_ok());
            if !queued {
                self.flush();
            }
        }
    }

    /// Applies what waited, as one action.
    fn flush(&self) {
        let mut actions = self.0.coalescer.borrow_mut().run();
        match actions.len() {
            0 => {}
            1 => {
                if let Some(action) = actions.pop() {
                    self.0.dispatch.dispatch(action);
                }
            }
            _ => self.0.dispatch.dispatch(Action::Batch(actions)),
        }
    }
}

impl Drop for BatchInner {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            channel.port1().set_onmessage(None);
        }
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
