//! Framed mode (`crate::integrations::framed`): the cockpit's own page inside an intranet's
//! `<iframe>`. Framed by a listed origin, [`Framed`] posts every announcement to
//! `window.parent` with that exact origin as target, and takes the dials it sends (exact
//! origin, and sent by `window.parent`), answering a refused one. Where the browser does not
//! tell who frames the page (Firefox has no `ancestorOrigins`; `Referrer-Policy: no-referrer`
//! sends no referrer), the parent's first message (`{"event": "hello"}`, or a dial) does: its
//! `origin` is the browser's word.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::MessageEvent;
use yew::prelude::*;

use crate::integrations::announcements::ready;
pub use crate::integrations::framed::Framing;
use crate::integrations::framed::{FromParent, of_fact, read, rejection};
use crate::protocol::Rejected;
use crate::state::{Action, DialSource};
use crate::web::context::use_cockpit;
use crate::web::hooks::{use_facts, use_latest};
use crate::web::message::JsMessage;
use crate::web::mount::{Mount, use_mount};
use crate::web::now;

/// Who frames this page, against `listed` (`hostOrigins`; `None` while the configuration
/// loads, when a framed page cannot tell yet). Where the browser does not tell who frames the
/// page, the parent's first message does: its `origin` is the browser's word. An element is
/// never framed: its page is its host.
#[hook]
pub fn use_framing(listed: Option<&[String]>) -> Option<Framing> {
    let mount = use_mount();
    // `None`: not framed; `Some(None)`: framed, by a page the browser does not name.
    let told = use_memo((), move |_| match mount {
        Mount::Page if is_framed() => Some(framing_origin()),
        _ => None,
    });
    let heard = use_state(|| None::<String>);
    let listening = matches!(*told, Some(None)) && heard.is_none();
    {
        let heard = heard.setter();
        use_effect_with(listening, move |&listening| {
            let listener = listening.then(web_sys::window).flatten().map(|window| {
                // The first message is the introduction; what follows changes nothing.
                let introduced = std::cell::Cell::new(false);
                EventListener::new(&window, "message", move |event| {
                    if let Some(event) = event.dyn_ref::<MessageEvent>()
                        && from_parent(event)
                        && !introduced.replace(true)
                    {
                        heard.set(Some(event.origin().chars().take(200).collect()));
                    }
                })
            });
            move || drop(listener)
        });
    }
    match (&*told, listed) {
        (None, _) => Some(Framing::None),
        (Some(_), None) => None,
        (Some(told), Some(listed)) => Some(Framing::at_start(
            true,
            told.clone().or_else(|| (*heard).clone()),
            listed,
        )),
    }
}

#[derive(Properties, PartialEq)]
pub struct FramedProps {
    /// Who frames the page: the cockpit runs framed only by a listed page.
    pub framing: Framing,
}

/// Framed by a listed page: talks to it, and counts what else the parent sends as refused.
#[component]
pub fn Framed(props: &FramedProps) -> Html {
    let cockpit = use_cockpit();
    let framing = use_latest(props.framing.clone());
    // Whether the framing page was told the cockpit is ready: said once, at mount or in answer
    // to the first hello (one sent before the cockpit listened is lost).
    let told_ready = use_mut_ref(|| false);
    {
        let (framing, dispatch, told_ready) = (
            framing.clone(),
            cockpit.dispatch.clone(),
            told_ready.clone(),
        );
        use_facts(move |fact| {
            let Framing::Listed(origin) = framing.borrow().clone() else {
                return;
            };
            let lang = dispatch.read(|c| c.locale.lang).unwrap_or_default();
            if let Some(message) = of_fact(fact, lang.texts()) {
                if matches!(fact, crate::state::Fact::Ready) {
                    *told_ready.borrow_mut() = true;
                }
                post_to_parent(&message, &origin);
            }
        });
    }
    let dispatch = cockpit.dispatch.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "message", move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else {
                    return;
                };
                if !from_parent(event) {
                    return;
                }
                let origin = event.origin();
                if !framing.borrow().speaks(&origin) {
                    dispatch.dispatch(Action::Received {
                        at: now(),
                        origin: origin.chars().take(200).collect(),
                        message: Rejected::WrongOrigin(origin.chars().take(200).collect()).into(),
                    });
                    return;
                }
                let lang = dispatch.read(|c| c.locale.lang).unwrap_or_default();
                let message = read(&JsMessage::new(event.data()), lang.texts());
                // A page that says hello is told the cockpit is ready, once.
                if matches!(message, FromParent::Hello)
                    && !std::mem::replace(&mut *told_ready.borrow_mut(), true)
                {
                    post_to_parent(&ready().framed_message(), &origin);
                }
                match message {
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

/// Whether this page is in a frame.
fn is_framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| JsValue::from(parent) != JsValue::from(window))
}

/// The origin of the page framing this one, as far as the browser tells:
/// `location.ancestorOrigins` where it has it, else the referrer's origin (none with
/// `Referrer-Policy: no-referrer`).
fn framing_origin() -> Option<String> {
    let window = web_sys::window()?;
    if !is_framed() {
        return None;
    }
    let location = window.location();
    let ancestors = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok();
    let first = ancestors
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
        .and_then(|origin| origin.as_string());
    first.or_else(|| {
        let referrer = window.document()?.referrer();
        web_sys::Url::new(&referrer)
            .ok()
            .map(|url| url.origin())
            .filter(|origin| origin != "null")
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
