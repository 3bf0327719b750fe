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

/// Who frames this cockpit, as far as the browser tells, against `hostOrigins`; and how the
/// framed integration tells when it learnt who from the parent's first message.
#[hook]
pub fn use_framing() -> (Framing, Callback<Framing>) {
    let mount = use_mount();
    let listed = use_cockpit().config.host_origins.clone();
    let framing = use_state(move || match mount {
        Mount::Page => Framing::at_start(is_framed(), framing_origin(), &listed),
        Mount::Element(_) => Framing::None,
    });
    let onlearnt = {
        let framing = framing.clone();
        use_callback((), move |learnt: Framing, _| framing.set(learnt))
    };
    ((*framing).clone(), onlearnt)
}

#[derive(Properties, PartialEq)]
pub struct FramedProps {
    pub framing: Framing,
    /// The framing page was learnt from its first message.
    pub onlearnt: Callback<Framing>,
}

/// Framed: talks to a listed framing page (learnt from its first message where the browser
/// does not tell), and counts what an unlisted one sends as refused.
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
    let (dispatch, onlearnt) = (cockpit.dispatch.clone(), props.onlearnt.clone());
    let listed = cockpit.config.host_origins.clone();
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
                let known = framing.borrow().clone();
                let now_known = known.heard(&origin, &listed);
                let learnt = now_known != known;
                if learnt {
                    // Introduced: from now on it hears everything.
                    *framing.borrow_mut() = now_known.clone();
                    onlearnt.emit(now_known.clone());
                }
                if !now_known.speaks(&origin) {
                    dispatch.dispatch(Action::Received {
                        at: now(),
                        origin: origin.chars().take(200).collect(),
                        message: Rejected::WrongOrigin(origin.chars().take(200).collect()).into(),
                    });
                    return;
                }
                let lang = dispatch.read(|c| c.locale.lang).unwrap_or_default();
                let message = read(&JsMessage::new(event.data()), lang.texts());
                // A page that just introduced itself is told the cockpit is ready, once.
                if (matches!(message, FromParent::Hello) || learnt)
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
