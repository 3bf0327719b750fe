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
use crate::integrations::announcements::Announcement;
use crate::integrations::relay::{
    ANSWER_WAIT_MS, MAX_PAGE, RELAY_CHANNEL, Relay as Message, borne_out, of_fact,
};
use crate::protocol::StartInteraction;
use crate::state::CONFIRM_WAIT_MS;
use crate::state::{Action, DialSource};
use crate::storage::Restored;
use crate::web::context::use_cockpit;
use crate::web::hooks::{use_facts, use_latest};
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
                if let Some(Message::Dial { id, page, request }) = relayed(event) {
                    dispatch.dispatch(Action::Dial {
                        at: now(),
                        request,
                        source: DialSource::Relay { id, page },
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
    pending: Rc<RefCell<HashMap<String, Asked>>>,
}

/// A request sent, waiting for its answer.
struct Asked {
    settle: Settle,
    /// Gives up, saying so, when no answer came in time.
    timeout: Timeout,
    no_answer: String,
}

/// What this page says it is, for the agent in the tab in charge: its title and address.
fn this_page() -> String {
    let document = web_sys::window().and_then(|window| window.document());
    let title = document.as_ref().map(|d| d.title()).unwrap_or_default();
    let address = web_sys::window()
        .and_then(|window| {
            let location = window.location();
            Some(format!(
                "{}{}",
                location.origin().ok()?,
                location.pathname().ok()?
            ))
        })
        .unwrap_or_default();
    let page = match title.trim() {
        "" => address,
        title => format!("{title} — {address}"),
    };
    page.chars().take(MAX_PAGE).collect()
}

impl RelayClient {
    /// Asks the page in charge for `request`; `settle` hears its answer, or `no_answer` after
    /// [`ANSWER_WAIT_MS`].
    pub fn dial(&self, request: StartInteraction, settle: Settle, no_answer: &Texts) {
        let id = format!("{}:{}", self.prefix, self.next.get());
        self.next.set(self.next.get() + 1);
        let no_answer = fill(
            no_answer.relay_no_answer,
            &[("seconds", &(ANSWER_WAIT_MS / 1_000).to_string())],
        );
        let timeout = self.give_up(&id, ANSWER_WAIT_MS);
        self.pending.borrow_mut().insert(
            id.clone(),
            Asked {
                settle,
                timeout,
                no_answer,
            },
        );
        let page = this_page();
        self.channel.post(&Message::Dial { id, page, request });
    }

    /// A timer that gives up on request `id` after `ms`, saying why.
    fn give_up(&self, id: &str, ms: u32) -> Timeout {
        let (pending, id) = (Rc::downgrade(&self.pending), id.to_owned());
        Timeout::new(ms, move || {
            let asked = pending.upgrade().and_then(|p| p.borrow_mut().remove(&id));
            if let Some(asked) = asked {
                (asked.settle)(Err(asked.no_answer));
            }
        })
    }

    /// The answer to a request of this page's.
    fn answered(&self, id: &str, error: Option<String>) {
        let asked = self.pending.borrow_mut().remove(id);
        if let Some(asked) = asked {
            (asked.settle)(error.map_or(Ok(()), Err));
        }
    }

    /// The request waits for the agent's confirmation in the tab in charge: wait for as long
    /// as that may take, and a little more.
    fn waiting(&self, id: &str) {
        let timeout = self.give_up(id, (CONFIRM_WAIT_MS as u32).saturating_add(ANSWER_WAIT_MS));
        if let Some(asked) = self.pending.borrow_mut().get_mut(id) {
            asked.timeout = timeout;
        }
    }
}

/// How long an announcement waits to be borne out by the shift the page in charge saves (at most
/// a second behind): past it, it is dropped, never repeated.
const BEAR_OUT_MS: f64 = 5_000.0;

/// Announcements heard, not yet borne out by the stored shift, oldest first.
type Unconfirmed = Rc<RefCell<Vec<(Announcement, f64)>>>;

/// Tells `host` each announcement of `unconfirmed` that `shift` bears out, in order; drops
/// those waiting too long.
fn repeat(host: &HtmlElement, unconfirmed: &Unconfirmed, shift: Option<&Restored>) {
    let now = js_sys::Date::now();
    let mut waiting = unconfirmed.borrow_mut();
    waiting.retain(|(announcement, heard)| {
        if borne_out(announcement, shift) {
            dispatch_on(host, announcement);
            false
        } else {
            now - heard < BEAR_OUT_MS
        }
    });
}

/// Not in charge: tells `host` what the element in charge announced, once `shift` (what that
/// element saved) bears it out (a page of the origin forging an announcement fires nothing),
/// and gives `link` the way to ask it to dial. Returns that way, for the dial form.
#[hook]
pub fn use_relay_follower(
    host: Option<HtmlElement>,
    link: Option<Rc<ElementLink>>,
    shift: Option<Rc<Restored>>,
) -> Option<Rc<RelayClient>> {
    let unconfirmed: Unconfirmed = use_mut_ref(Vec::new);
    let latest = use_latest(shift.clone());
    {
        // A new save may bear out what waited.
        let (host, unconfirmed) = (host.clone(), unconfirmed.clone());
        use_effect_with(shift.as_ref().map(Rc::as_ptr), move |_| {
            if let Some(host) = &host {
                repeat(host, &unconfirmed, shift.as_deref());
            }
        });
    }
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
                        Some(Message::Announce(announcement)) => {
                            unconfirmed
                                .borrow_mut()
                                .push((announcement, js_sys::Date::now()));
                            let shift = latest.borrow().clone();
                            repeat(&host, &unconfirmed, shift.as_deref());
                        }
                        Some(Message::Dialled { id, error }) => client.answered(&id, error),
                        Some(Message::Waiting { id }) => client.waiting(&id),
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
