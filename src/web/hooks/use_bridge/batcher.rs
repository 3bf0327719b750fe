//! Incoming messages applied as `crate::coalesce` says: the first of a burst at once, the rest
//! together when a task queued behind them runs, so a burst costs two renders.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::MessageChannel;

use crate::coalesce::{Arrival, Coalescer};
use crate::state::Action;
use crate::web::store::Dispatch;

/// Applies incoming messages as `crate::coalesce` says: the first of a burst at once, the
/// rest when a task queued behind them (a message on a `MessageChannel`) runs.
#[derive(Clone)]
pub struct Batcher(Rc<BatchInner>);

struct BatchInner {
    dispatch: Dispatch,
    coalescer: RefCell<Coalescer<Action>>,
    channel: Option<MessageChannel>,
    _onmessage: Option<Closure<dyn FnMut()>>,
}

impl Batcher {
    pub fn new(dispatch: Dispatch) -> Batcher {
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

    pub fn push(&self, action: Action) {
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
    pub fn flush(&self) {
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
