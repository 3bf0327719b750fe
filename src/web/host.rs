//! The cockpit's side of the host API: who hears the announcements (`crate::host_api`), and the
//! link through which an element's methods (`dial()`, `interactions()`) reach the cockpit that
//! runs inside it.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::{Function, Object};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, CustomEvent, CustomEventInit, HtmlElement};
use yew::prelude::*;

use crate::host_api::{Announcement, Relay};
use crate::protocol::StartInteraction;
use crate::web::store::Store;

/// Who the cockpit tells what happened.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Audience {
    /// The cockpit on its own page, not framed by a host it may talk to.
    #[default]
    Nobody,
    /// The page around a `<ucontact-cockpit>` element: DOM events on the element; and, through
    /// `relay`, the elements of this site's other pages (which are not in charge).
    Element {
        host: HtmlElement,
        relay: Option<BroadcastChannel>,
    },
    /// The page framing the cockpit, at this exact origin (framed mode).
    Parent { origin: String },
}

impl Audience {
    pub fn tell(&self, announcement: &Announcement) {
        match self {
            Audience::Nobody => {}
            Audience::Element { host, relay } => {
                dispatch(host, announcement);
                if let Some(relay) = relay {
                    let message = Relay::Announce(announcement.clone()).encode();
                    let _ = relay.post_message(&JsValue::from_str(&message));
                }
            }
            Audience::Parent { origin } => {
                let parent = web_sys::window().and_then(|window| window.parent().ok().flatten());
                let message = js_sys::JSON::parse(&announcement.framed_message().to_string());
                if let (Some(parent), Ok(message)) = (parent, message) {
                    let _ = parent.post_message(&frozen_value(message), origin);
                }
            }
        }
    }
}

/// Dispatches `announcement` on `host` as a DOM event: bubbling, composed (it leaves the host's
/// own shadow roots too), its detail frozen.
pub fn dispatch(host: &HtmlElement, announcement: &Announcement) {
    let detail = frozen(&announcement.detail_json());
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(announcement.event, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// A JSON value as a deeply frozen JavaScript object: the host can read it, not change what
/// another listener sees.
fn frozen(value: &serde_json::Value) -> JsValue {
    match js_sys::JSON::parse(&value.to_string()) {
        Ok(parsed) => frozen_value(parsed),
        Err(_) => JsValue::NULL,
    }
}

fn frozen_value(value: JsValue) -> JsValue {
    if let Some(object) = value.dyn_ref::<Object>() {
        let values = Object::values(object);
        for item in values.iter() {
            frozen_value(item);
        }
        Object::freeze(object);
    }
    value
}

/// Told once whether a dial was posted (`Ok`) or why not.
pub type Settle = Box<dyn FnOnce(Result<(), String>)>;

/// A dial waiting for its request to be posted: an element's `dial()`, or one relayed from
/// another page's element.
pub struct Waiting {
    pub request: StartInteraction,
    pub settle: Settle,
}

impl Waiting {
    /// A `dial()` promise's resolve and reject functions as the one to tell.
    pub fn promise(request: StartInteraction, resolve: Function, reject: Function) -> Waiting {
        Waiting {
            request,
            settle: Box::new(move |outcome| {
                let _ = match outcome {
                    Ok(()) => resolve.call0(&JsValue::NULL),
                    Err(message) => {
                        reject.call1(&JsValue::NULL, &js_sys::Error::new(&message).into())
                    }
                };
            }),
        }
    }
}

/// What the running cockpit shares with the element's methods and click-to-dial.
#[derive(Default)]
pub struct HostLink {
    /// The cockpit's store while a cockpit runs in charge here (renewed on every render).
    pub store: RefCell<Option<UseReducerHandle<Store>>>,
    /// Whether uContact's frame has a window to post to.
    pub frame: RefCell<Option<NodeRef>>,
    /// `dial()` calls whose request was queued, oldest first.
    pub waiting: RefCell<VecDeque<Waiting>>,
    /// While this page's element is not in charge: how its `dial()` reaches the one that is.
    pub relay: RefCell<Option<Rc<RelayClient>>>,
    /// The configuration's `orphanAfterMinutes`, in milliseconds, for `report()`.
    pub orphan_after: std::cell::Cell<u64>,
}

impl HostLink {
    /// The request `request` was posted (`Ok`) or could not be (`Err(message)`): settles the
    /// oldest `dial()` waiting for it.
    pub fn settle(&self, request: &StartInteraction, outcome: Result<(), &str>) {
        let waiting = {
            let mut waiting = self.waiting.borrow_mut();
            let index = waiting.iter().position(|w| w.request == *request);
            index.and_then(|index| waiting.remove(index))
        };
        if let Some(waiting) = waiting {
            (waiting.settle)(outcome.map_err(str::to_owned));
        }
    }
}

/// The host link of the cockpit being rendered, when it runs in an element.
pub type SharedLink = Rc<HostLink>;

/// The origin of the page framing this one, when it is framed: `location.ancestorOrigins`
/// where the browser has it, else the referrer's origin.
pub fn framing_origin() -> Option<String> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if JsValue::from(parent) == JsValue::from(window.clone()) {
        return None;
    }
    let location = window.location();
    let ancestors = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok();
    let first = ancestors
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
        .and_then(|origin| origin.as_string());
    first.or_else(|| {
        let referrer = window.document()?.referrer();
        web_sys::Url::new(&referrer).ok().map(|url| url.origin())
    })
}

/// Whether `event` came from the window framing this page.
pub fn from_parent(event: &web_sys::MessageEvent) -> bool {
    let parent = web_sys::window().and_then(|window| window.parent().ok().flatten());
    match (event.source(), parent) {
        (Some(source), Some(parent)) => JsValue::from(source) == JsValue::from(parent),
        _ => false,
    }
}

/// How an element not in charge asks the one in charge to dial, over the relay channel.
pub struct RelayClient {
    pub channel: BroadcastChannel,
    /// This page's prefix for request ids.
    pub prefix: String,
    pub next: std::cell::Cell<u64>,
    /// Requests sent, by id: told when the answer comes.
    pub pending: RefCell<std::collections::HashMap<String, Settle>>,
}

impl RelayClient {
    pub fn dial(&self, request: StartInteraction, settle: Settle) {
        let id = format!("{}:{}", self.prefix, self.next.get());
        self.next.set(self.next.get() + 1);
        let message = Relay::Dial {
            id: id.clone(),
            request,
        }
        .encode();
        self.pending.borrow_mut().insert(id, settle);
        let _ = self.channel.post_message(&JsValue::from_str(&message));
    }

    /// The answer to a request of this page's.
    pub fn answered(&self, id: &str, error: Option<String>) {
        let settle = self.pending.borrow_mut().remove(id);
        if let Some(settle) = settle {
            settle(error.map_or(Ok(()), Err));
        }
    }
}
