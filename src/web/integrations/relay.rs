//! The relay between the elements of one site's pages (`crate::integrations::relay`), on a
//! BroadcastChannel of their origin. In charge ([`Relay`]): relays every announcement and
//! dials what the other pages' elements ask, answering each. Not in charge
//! ([`use_relay_follower`]): tells this page what the one in charge announced, and sends this
//! page's dials there.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, HtmlElement, MessageEvent};
use yew::prelude::*;

use crate::i18n::{Texts, fill};
use crate::integrations::relay::{ANSWER_WAIT_MS, RELAY_CHANNEL, Relay as Message, of_fact};
use crate::protocol::StartInteraction;
use crate::state::{Action, DialSource};
use crate::web::context::use_cockpit;
use crate::web::hooks::use_facts;
use crate::web::integrations::host_page::dispatch_on;
use crate::web::link::{ElementLink, Settle};
use crate::web::now;

fn relayed(event: &web_sys::Event) -> Option<Message> {
    let text = event.dyn_ref::<MessageEvent>()?.data().as_string()?;
    Message::decode(&text)
}

/// A channel of the relay, closed when dropped.
struct Channel(BroadcastChannel);

impl Channel {
    fn open() -> Option<Channel> {
        BroadcastChannel::new(RELAY_CHANNEL).ok().map(Channel)
    }

    fn post(&self, message: &Message) {
        let _ = self.0.post_message(&JsValue::from_str(&message.encode()));
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// In charge: relays announcements and answers, and dials what the other pages ask.
#[component]
pub fn Relay() -> Html {
    let cockpit = use_cockpit();
    let channel = use_memo((), |_| Channel::open());
    {
        let (channel, dispatch) = (channel.clone(), cockpit.dispatch.clone());
        use_facts(move |fact| {
            let Some(channel) = channel.as_ref() else {
                return;
            };
            let lang = dispatch.read(|c| c.locale.lang).unwrap_or_default();
            for message in of_fact(fact, lang.texts()) {
                channel.post(&message);
            }
        });
    }
    let dispatch = cockpit.dispatch.clone();
    use_effect_with((), move |_| {
        let listener = channel.as_ref().as_ref().map(|channel| {
            EventListener::new(&channel.0, "message", move |event| {
                if let Some(Message::Dial { id, request }) = relayed(event) {
                    dispatch.dispatch(Action::Dial {
                        at: now(),
                        request,
                        source: DialSource::Relay { id },
                    });
                }
            })
        });
        move || drop(listener)
    });
    Html::default()
}

/// How an element not in charge asks the one in charge to dial, over the relay.
pub struct RelayClient {
    channel: Channel,
    /// This page's prefix for request ids.
    prefix: String,
    next: Cell<u64>,
    /// Requests sent, by id: told when the answer comes, or when it does not come in time.
    pending: Rc<RefCell<HashMap<String, (Settle, Timeout)>>>,
}

impl RelayClient {
    /// Asks the page in charge for `request`; `settle` hears its answer, or `no_answer` after
    /// [`ANSWER_WAIT_MS`].
    pub fn dial(&self, request: StartInteraction, settle: Settle, no_answer: &Texts) {
        let id = format!("{}:{}", self.prefix, self.next.get());
        self.next.set(self.next.get() + 1);
        let timeout = {
            let (pending, id) = (Rc::downgrade(&self.pending), id.clone());
            let text = fill(
                no_answer.relay_no_answer,
                &[("seconds", &(ANSWER_WAIT_MS / 1_000).to_string())],
            );
            Timeout::new(ANSWER_WAIT_MS, move || {
                let waiting = pending.upgrade().and_then(|p| p.borrow_mut().remove(&id));
                if let Some((settle, _)) = waiting {
                    settle(Err(text));
                }
            })
        };
        self.pending
            .borrow_mut()
            .insert(id.clone(), (settle, timeout));
        self.channel.post(&Message::Dial { id, request });
    }

    /// The answer to a request of this page's.
    fn answered(&self, id: &str, error: Option<String>) {
        let waiting = self.pending.borrow_mut().remove(id);
        if let Some((settle, _)) = waiting {
            settle(error.map_or(Ok(()), Err));
        }
    }
}

/// Not in charge: tells `host` what the element in charge announced, and gives `link` the way
/// to ask it to dial. Returns that way, for the dial form.
#[hook]
pub fn use_relay_follower(
    host: Option<HtmlElement>,
    link: Option<Rc<ElementLink>>,
) -> Option<Rc<RelayClient>> {
    let enabled = host.is_some() && link.is_some();
    let client = use_memo((), |_| {
        Channel::open().filter(|_| enabled).map(|channel| {
            Rc::new(RelayClient {
                channel,
                prefix: format!("{:x}", (js_sys::Math::random() * 1e15) as u64),
                next: Cell::new(0),
                pending: Rc::default(),
            })
        })
    });
    {
        let client = (*client).clone();
        use_effect_with((), move |_| {
            let wiring = host.zip(link).zip(client).map(|((host, link), client)| {
                *link.relay.borrow_mut() = Some(client.clone());
                let channel = client.channel.0.clone();
                let listener =
                    EventListener::new(&channel, "message", move |event| match relayed(event) {
                        Some(Message::Announce(announcement)) => dispatch_on(&host, &announcement),
                        Some(Message::Dialled { id, error }) => client.answered(&id, error),
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
