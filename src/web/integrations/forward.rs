//! Forwarding events to the integrator's back end (`crate::integrations::forward`): each fact
//! becomes a CloudEvent in the core's outbox; this side only fetches, sets timers and stores.
//! The outbox is stored under its own key (End shift leaves it, so nothing waiting is lost;
//! it obeys `retentionHours`), saved within [`SAVE_WITHIN_MS`] of a change and at once when
//! the page is hidden or the cockpit goes away (another tab taking over reads it from there).
//! Only the tab in charge renders it, so only that tab sends. As the page goes away, what fits
//! is sent with `keepalive`.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::config::ForwardConfig;
use crate::integrations::forward::{self, Clock, Outbox, Request, Settled};
use crate::state::Millis;
use crate::web::context::{CockpitContext, use_cockpit};
use crate::web::hooks::{local_storage, use_facts};
use crate::web::{intl, now};

/// Where the outbox is stored: not under the shift's keys, which End shift deletes.
pub const OUTBOX_KEY: &str = "ucontact-cockpit-outbox";
/// The longest a queued event waits before it is stored.
const SAVE_WITHIN_MS: u32 = 250;
/// How often the inspector and End shift hear how the outbox stands, at most.
const STATUS_EVERY_MS: u32 = 500;
const HOUR_MS: Millis = 3_600_000;

mod post;
mod status;

use post::post;
pub use status::{ForwardFeed, ForwardStatus, use_forward_status};

#[derive(Properties, PartialEq)]
pub struct ForwardProps {
    pub config: ForwardConfig,
    /// Where the status is published.
    pub feed: ForwardFeed,
}

struct App {
    outbox: Outbox,
    config: ForwardConfig,
    clock: Clock,
    retention: Millis,
    context: CockpitContext,
    feed: ForwardFeed,
    wake: Option<Timeout>,
    save: Option<Timeout>,
    status: Option<Timeout>,
    /// The outbox changed since it was stored.
    dirty: bool,
    /// Whether the last save was refused (storage full): said once.
    unsaved: bool,
    /// What reading the stored outbox dropped, said once the panel is there.
    restored: forward::Restored,
}

type Shared = Rc<RefCell<App>>;

#[component]
pub fn Forward(props: &ForwardProps) -> Html {
    let cockpit = use_cockpit();
    let app: Shared = {
        let (config, context, feed) = (props.config.clone(), cockpit.clone(), props.feed.clone());
        (*use_memo((), move |_| open(config, context, feed))).clone()
    };
    app.borrow_mut().context = cockpit.clone();
    {
        let app = app.clone();
        use_facts(move |fact| {
            let mut shared = app.borrow_mut();
            let Some(draft) = forward::draft(fact, now(), shared.clock) else {
                return;
            };
            let dropped = shared.outbox.queue(draft, now());
            shared.dirty = true;
            drop(shared);
            if dropped {
                say_dropped(&app);
            }
            schedule_save(&app);
            schedule_status(&app);
            if app.borrow().wake.is_none() {
                pump(&app);
            }
        });
    }
    {
        let app = app.clone();
        use_effect_with((), move |_| {
            say_restored(&app);
            pump(&app);
            let listeners = web_sys::window().map(|window| {
                let weak = Rc::downgrade(&app);
                let hidden = EventListener::new(&window, "pagehide", move |_| {
                    if let Some(app) = weak.upgrade() {
                        save(&app);
                        let request = app.borrow_mut().outbox.take_keepalive(now());
                        if let Some(request) = request {
                            send(&app, request, true);
                        }
                    }
                });
                let weak = Rc::downgrade(&app);
                let document = window.document();
                let visibility = document.map(|document| {
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if let Some(app) = weak.upgrade() {
                            save(&app);
                        }
                    })
                });
                (hidden, visibility)
            });
            move || {
                // Another tab takes over, or the cockpit goes: the outbox as it stands, in
                // flight or not, for whoever comes next. An answer after this changes nothing.
                save(&app);
                let mut shared = app.borrow_mut();
                shared.wake = None;
                shared.save = None;
                shared.status = None;
                drop(listeners);
            }
        });
    }
    Html::default()
}

/// The outbox as stored, read back with what it dropped.
fn open(config: ForwardConfig, context: CockpitContext, feed: ForwardFeed) -> Shared {
    let retention = Millis::from(context.config.retention_hours) * HOUR_MS;
    let stored = local_storage()
        .and_then(|storage| storage.get_item(OUTBOX_KEY).ok().flatten())
        .unwrap_or_default();
    let (events, restored) = forward::decode(&stored, now(), retention);
    let outbox = Outbox::new(config.mode, source(&context), run_id(), events, now());
    Rc::new(RefCell::new(App {
        outbox,
        clock: Clock {
            zone: context.config.finish_date_zone,
            local_offset_minutes: i32::try_from(intl::offset_minutes(now())).unwrap_or(0),
        },
        retention,
        config,
        context,
        feed,
        wake: None,
        save: None,
        status: None,
        dirty: restored != forward::Restored::default(),
        unsaved: false,
        restored,
    }))
}

/// The CloudEvents `source`: the page the cockpit runs in and uContact's origin.
fn source(context: &CockpitContext) -> String {
    let location = web_sys::window().map(|window| window.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let ucontact = String::from(js_sys::encode_uri_component(
        &context.config.ucontact_origin,
    ));
    if origin.starts_with("http") {
        format!("{origin}{path}?ucontact={ucontact}")
    } else {
        format!("urn:ucontact-cockpit?ucontact={ucontact}")
    }
}

/// 128 random bits naming this run of the cockpit: its events' ids start with them.
fn run_id() -> String {
    web_sys::window()
        .map(|window| crate::web::mount::random_hex(&window))
        .unwrap_or_default()
}

/// Sends what is due, or sets the timer for when something will be.
fn pump(app: &Shared) {
    let request = {
        let mut shared = app.borrow_mut();
        let retention = shared.retention;
        let expired_before = shared.outbox.status().expired;
        let request = shared.outbox.take(now(), retention);
        if shared.outbox.status().expired != expired_before {
            shared.dirty = true;
        }
        shared.wake = None;
        if request.is_none()
            && let Some(at) = shared.outbox.next_wake()
        {
            let weak = Rc::downgrade(app);
            let wait = at.saturating_sub(now()).min(u64::from(u32::MAX)) as u32;
            shared.wake = Some(Timeout::new(wait, move || {
                if let Some(app) = weak.upgrade() {
                    pump(&app);
                }
            }));
        }
        request
    };
    if let Some(request) = request {
        send(app, request, false);
    }
    schedule_status(app);
}

/// POSTs `request`; its answer settles the outbox (if the cockpit is still there).
fn send(app: &Shared, request: Request, keepalive: bool) {
    let (url, credentials) = {
        let shared = app.borrow();
        (shared.config.url.clone(), shared.config.credentials)
    };
    let weak = Rc::downgrade(app);
    spawn_local(async move {
        let answer = post(&url, credentials, &request, keepalive).await;
        if let Some(app) = weak.upgrade() {
            settle(&app, answer);
        }
    });
}

fn settle(app: &Shared, answer: Result<(u16, Option<String>), ()>) {
    let settled = {
        let mut shared = app.borrow_mut();
        let (status, retry_after) = match &answer {
            Ok((status, retry_after)) => (Ok(*status), retry_after.as_deref()),
            Err(()) => (Err(()), None),
        };
        let settled = shared
            .outbox
            .settle(status, retry_after, now(), js_sys::Math::random());
        shared.dirty = true;
        settled
    };
    match settled {
        Some(Settled::Refused {
            status,
            first: true,
            ..
        }) => {
            app.borrow()
                .context
                .board
                .raise("forward-refused", true, move |texts| {
                    crate::i18n::fill(texts.forward_refused, &[("status", &status.to_string())])
                });
        }
        Some(Settled::Delivered { .. }) => app.borrow().context.board.dismiss("forward-refused"),
        _ => {}
    }
    save(app);
    pump(app);
}

/// Stores the outbox now, if it changed.
fn save(app: &Shared) {
    let mut shared = app.borrow_mut();
    shared.save = None;
    if !shared.dirty {
        return;
    }
    shared.dirty = false;
    let Some(storage) = local_storage() else {
        return;
    };
    let written = if shared.outbox.status().queued == 0 {
        storage.remove_item(OUTBOX_KEY)
    } else {
        storage.set_item(OUTBOX_KEY, &forward::encode(&shared.outbox))
    };
    let refused = written.is_err();
    if refused && !shared.unsaved {
        shared
            .context
            .board
            .raise("forward-unsaved", true, |texts| {
                texts.forward_unsaved.to_owned()
            });
    } else if !refused && shared.unsaved {
        shared.context.board.dismiss("forward-unsaved");
    }
    shared.unsaved = refused;
}

fn schedule_save(app: &Shared) {
    if app.borrow().save.is_some() {
        return;
    }
    let weak = Rc::downgrade(app);
    app.borrow_mut().save = Some(Timeout::new(SAVE_WITHIN_MS, move || {
        if let Some(app) = weak.upgrade() {
            save(&app);
        }
    }));
}

/// Tells the inspector and End shift how the outbox stands, at most every
/// [`STATUS_EVERY_MS`].
fn schedule_status(app: &Shared) {
    if app.borrow().status.is_some() {
        return;
    }
    emit_status(app);
    let weak: Weak<RefCell<App>> = Rc::downgrade(app);
    app.borrow_mut().status = Some(Timeout::new(STATUS_EVERY_MS, move || {
        if let Some(app) = weak.upgrade() {
            app.borrow_mut().status = None;
            emit_status(&app);
        }
    }));
}

fn emit_status(app: &Shared) {
    let shared = app.borrow();
    let status = ForwardStatus(Some(Rc::new((
        shared.config.origin.clone(),
        shared.outbox.status(),
    ))));
    shared.feed.publish(status);
}

fn say_dropped(app: &Shared) {
    let shared = app.borrow();
    let (dropped, counts) = (shared.outbox.status().dropped, shared.context.counts());
    shared
        .context
        .board
        .raise("forward-dropped", true, move |texts| {
            texts.forward_dropped.of(dropped, &counts)
        });
}

fn say_restored(app: &Shared) {
    let shared = app.borrow();
    let restored = shared.restored;
    let counts = shared.context.counts();
    let hours = shared.context.config.retention_hours.to_string();
    if restored.expired > 0 {
        let counts = counts.clone();
        shared
            .context
            .board
            .raise("forward-expired", false, move |texts| {
                texts.forward_expired.of_with(
                    restored.expired as u64,
                    &counts,
                    &[("hours", &hours)],
                )
            });
    }
    if restored.unreadable > 0 {
        shared
            .context
            .board
            .raise("forward-unreadable", true, move |texts| {
                texts
                    .forward_unreadable
                    .of(restored.unreadable as u64, &counts)
            });
    }
}
