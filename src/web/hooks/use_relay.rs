//! The relay between the elements of one site's pages (`crate::host_api::Relay`). The element
//! in charge of uContact announces on it (through `Audience::Element`) and dials what the others
//! ask; an element not in charge tells its host what the one in charge announced, and sends its
//! `dial()` and its dial form's requests there.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, HtmlElement, MessageEvent};
use yew::prelude::*;

use crate::host_api::{RELAY_CHANNEL, Relay};
use crate::i18n::Lang;
use crate::protocol::StartInteraction;
use crate::state::{Action, Dials};
use crate::web::host::{Audience, HostLink, RelayClient, Waiting, dispatch};
use crate::web::now;
use crate::web::store::Store;

fn relayed(event: &web_sys::Event) -> Option<Relay> {
    let text = event.dyn_ref::<MessageEvent>()?.data().as_string()?;
    Relay::decode(&text)
}

/// In charge: dials what the other pages' elements ask, answering each once its request was
/// posted (through `link`'s waiting dials), or at once with why not.
#[hook]
pub fn use_relay_in_charge(
    audience: Rc<Audience>,
    link: Option<Rc<HostLink>>,
    dispatcher: UseReducerDispatcher<Store>,
    dials: Dials,
    lang: Lang,
) {
    let current = use_mut_ref(|| (dials.clone(), lang));
    *current.borrow_mut() = (dials, lang);
    use_effect_with((), move |_| {
        let channel = match &*audience {
            Audience::Element { relay, .. } => relay.clone(),
            _ => None,
        };
        let listener = channel.zip(link).map(|(channel, link)| {
            let answers = channel.clone();
            EventListener::new(&channel, "message", move |event| {
                let Some(Relay::Dial { id, request }) = relayed(event) else {
                    return;
                };
                let answer = {
                    let (answers, id) = (answers.clone(), id.clone());
                    move |outcome: Result<(), String>| {
                        let message = Relay::Dialled {
                            id,
                            error: outcome.err(),
                        };
                        let _ = answers.post_message(&JsValue::from_str(&message.encode()));
                    }
                };
                let (dials, lang) = current.borrow().clone();
                let queued = link.waiting.borrow().iter().any(|w| w.request == request);
                if queued || dials.is_pending(&request) {
                    answer(Err(lang.texts().dial_duplicate.to_owned()));
                    return;
                }
                link.waiting.borrow_mut().push_back(Waiting {
                    request: request.clone(),
                    settle: Box::new(answer),
                });
                dispatcher.dispatch(Action::Dial { at: now(), request });
            })
        });
        move || drop(listener)
    });
}

/// Not in charge: tells `host` what the element in charge announced, and gives `link` the way
/// to ask it to dial. Returns that way, for the dial form.
#[hook]
pub fn use_relay_follower(
    host: Option<HtmlElement>,
    link: Option<Rc<HostLink>>,
) -> Option<Rc<RelayClient>> {
    let enabled = host.is_some() && link.is_some();
    let client = use_memo((), |_| {
        let channel = BroadcastChannel::new(RELAY_CHANNEL)
            .ok()
            .filter(|_| enabled);
        channel.map(|channel| {
            Rc::new(RelayClient {
                channel,
                prefix: format!("{:x}", (js_sys::Math::random() * 1e15) as u64),
                next: Cell::new(0),
                pending: std::cell::RefCell::new(HashMap::new()),
            })
        })
    });
    {
        let client = (*client).clone();
        use_effect_with((), move |_| {
            let wiring = host.zip(link).zip(client).map(|((host, link), client)| {
                *link.relay.borrow_mut() = Some(client.clone());
                let channel = client.channel.clone();
                let listener =
                    EventListener::new(&channel, "message", move |event| match relayed(event) {
                        Some(Relay::Announce(announcement)) => dispatch(&host, &announcement),
                        Some(Relay::Dialled { id, error }) => client.answered(&id, error),
                        _ => {}
                    });
                (listener, link)
            });
            move || {
                if let Some((listener, link)) = wiring {
                    drop(listener);
                    link.relay.borrow_mut().take();
                }
            }
        });
    }
    (*client).clone()
}

/// Sends `request` to the element in charge; `onanswer` hears why not, if it was refused.
pub fn relay_dial(
    client: &RelayClient,
    request: StartInteraction,
    onanswer: Callback<Option<String>>,
) {
    client.dial(
        request,
        Box::new(move |outcome| onanswer.emit(outcome.err())),
    );
}
