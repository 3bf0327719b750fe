//! Framed mode (`crate::integrations::framed`): the cockpit's own page inside an intranet's
//! `<iframe>`. Framed by a listed origin, [`Framed`] posts every announcement to
//! `window.parent` with that exact origin as target, and takes the dials it sends (exact
//! origin, and sent by `window.parent`), answering a refused one.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::MessageEvent;
use yew::prelude::*;

use crate::integrations::framed::{FromParent, of_fact, read, rejection};
use crate::state::{Action, DialSource};
use crate::web::context::use_cockpit;
use crate::web::hooks::use_facts;
use crate::web::message::JsMessage;
use crate::web::mount::{Mount, use_mount};
use crate::web::now;

/// Who frames the cockpit's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Framing {
    /// Not framed (or an element: its page is its host).
    None,
    /// Framed by an origin of `hostOrigins`: it is talked to.
    Listed(String),
    /// Framed by another origin: nobody is talked to, and the panel says so.
    Unlisted(String),
}

impl Framing {
    /// The framing page's origin, listed or not.
    pub fn origin(&self) -> Option<&str> {
        match self {
            Framing::None => None,
            Framing::Listed(origin) | Framing::Unlisted(origin) => Some(origin),
        }
    }
}

/// Who frames this cockpit, as far as the browser tells, against `hostOrigins`.
#[hook]
pub fn use_framing() -> Framing {
    let mount = use_mount();
    let listed = use_cockpit().config.host_origins.clone();
    let framing = use_memo((), move |_| match (mount, framing_origin()) {
        (Mount::Page, Some(origin)) if listed.contains(&origin) => Framing::Listed(origin),
        (Mount::Page, Some(origin)) => Framing::Unlisted(origin),
        _ => Framing::None,
    });
    (*framing).clone()
}

#[derive(Properties, PartialEq)]
pub struct FramedProps {
    /// The framing page's exact origin (listed).
    pub origin: String,
}

#[component]
pub fn Framed(props: &FramedProps) -> Html {
    let cockpit = use_cockpit();
    {
        let (origin, dispatch) = (props.origin.clone(), cockpit.dispatch.clone());
        use_facts(move |fact| {
            let lang = dispatch.read(|c| c.locale.lang).unwrap_or_default();
            if let Some(message) = of_fact(fact, lang.texts()) {
                post_to_parent(&message, &origin);
            }
        });
    }
    let dispatch = cockpit.dispatch.clone();
    use_effect_with(props.origin.clone(), move |origin| {
        let origin = origin.clone();
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "message", move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else {
                    return;
                };
                if event.origin() != origin || !from_parent(event) {
                    return;
                }
                let lang = dispatch.read(|c| c.locale.lang).unwrap_or_default();
                match read(&JsMessage::new(event.data()), lang.texts()) {
                    FromParent::Hello => {}
                    FromParent::Dial(request) => dispatch.dispatch(Action::Dial {
                        at: now(),
                        request,
                        source: DialSource::Parent,
                    }),
                    FromParent::Refused { rejected, reason } => {
                        dispatch.dispatch(Action::Received {
                            at: now(),
                            origin: origin.clone(),
                            message: rejected.into(),
                        });
                        post_to_parent(&rejection(&reason), &origin);
                    }
                }
            })
        });
        move || drop(listener)
    });
    Html::default()
}

/// Posts `message` to the framing page, only if it still shows `origin`.
fn post_to_parent(message: &serde_json::Value, origin: &str) {
    let parent = web_sys::window().and_then(|window| window.parent().ok().flatten());
    if let Some(parent) = parent {
        let _ = parent.post_message(&super::host_page::frozen(message), origin);
    }
}

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
pub fn from_parent(event: &MessageEvent) -> bool {
    let parent = web_sys::window().and_then(|window| window.parent().ok().flatten());
    match (event.source(), parent) {
        (Some(source), Some(parent)) => JsValue::from(source) == JsValue::from(parent),
        _ => false,
    }
}
