//! The cockpit's side of the host API: who hears the announcements (`crate::host_api`), and the
//! link through which an element's methods (`dial()`, `interactions()`) reach the cockpit that
//! runs inside it.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::{Function, Object};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::prelude::*;

use crate::host_api::Announcement;
use crate::protocol::StartInteraction;
use crate::web::components::Prefill;
use crate::web::store::Store;

/// Who the cockpit tells what happened.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Audience {
    /// The cockpit on its own page, not framed by a host it may talk to.
    #[default]
    Nobody,
    /// The page around a `<ucontact-cockpit>` element: DOM events on the element.
    Element(HtmlElement),
    /// The page framing the cockpit, at this exact origin (framed mode).
    Parent { origin: String },
}

impl Audience {
    pub fn tell(&self, announcement: &Announcement) {
        match self {
            Audience::Nobody => {}
            Audience::Element(host) => {
                let detail = frozen(&announcement.detail_json());
                let init = CustomEventInit::new();
                init.set_bubbles(true);
                init.set_composed(true);
                init.set_detail(&detail);
                if let Ok(event) = CustomEvent::new_with_event_init_dict(announcement.event, &init)
                {
                    let _ = host.dispatch_event(&event);
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

/// A `dial()` waiting for its request to be posted.
pub struct Waiting {
    pub request: StartInteraction,
    pub resolve: Function,
    pub reject: Function,
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
    /// Fills the dial form (click-to-dial without defaults).
    pub prefill: RefCell<Option<Callback<Prefill>>>,
}

impl HostLink {
    /// The request `request` was posted (`Ok`) or could not be (`Err(message)`): settles the
    /// oldest `dial()` waiting for it.
    pub fn settle(&self, request: &StartInteraction, outcome: Result<(), &str>) {
        let mut waiting = self.waiting.borrow_mut();
        let Some(index) = waiting.iter().position(|w| w.request == *request) else {
            return;
        };
        if let Some(waiting) = waiting.remove(index) {
            let _ = match outcome {
                Ok(()) => waiting.resolve.call0(&JsValue::NULL),
                Err(message) => waiting
                    .reject
                    .call1(&JsValue::NULL, &js_sys::Error::new(message).into()),
            };
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
