//! The cockpit as a HubSpot calling app (`crate::integrations::hubspot`), through HubSpot's own
//! SDK: framed by a HubSpot origin of `config.hubspot`, the cockpit adds `hubspot.js` to the
//! page (which loads the SDK, copied into `dist/` by the build: pages not in HubSpot mode never
//! load it), starts the SDK's app side with handlers that feed the core's machine, and carries
//! out what the machine asks: SDK calls, dials through the admission path, notices. The calls
//! are stored under `ucontact-cockpit.hubspot`, so a reload mid-call loses nothing.
//!
//! The SDK accepts a handshake from any window and origin; a listener of the cockpit's, in the
//! capture phase, stops every SDK-shaped message before it unless it comes from
//! `window.parent` at the listed origin (and a handshake names that origin as its host).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::MessageEvent;
use yew::prelude::*;

use crate::config::HubSpotConfig;
use crate::integrations::hubspot::{self, Call, Effect, FromHost, HubSpot as Machine, Notice};
use crate::protocol::Rejected;
use crate::state::{Action, DialSource};
use crate::web::context::{CockpitContext, use_cockpit};
use crate::web::hooks::{local_storage, use_facts};
use crate::web::integrations::framed::from_parent;
use crate::web::now;

/// Where the calls are stored.
const CALLS_KEY: &str = "ucontact-cockpit.hubspot";
/// How long the SDK's handshake may take (HubSpot's own side gives up after 30 s).
const SYNC_WAIT_MS: u32 = 30_000;
/// The message types HubSpot's page sends (the SDK's `hostToThirdPartyEvents` and the rest).
const HOST_TYPES: [&str; 24] = [
    "SYNC",
    "SYNC_ACK",
    "SYNC_ACK_FAILED",
    "CALLER_ID_MATCH_FAILED",
    "CALLER_ID_MATCH_SUCCEEDED",
    "CREATE_ENGAGEMENT_FAILED",
    "CREATE_ENGAGEMENT_SUCCEEDED",
    "DIAL_NUMBER",
    "ENGAGEMENT_CREATED",
    "INITIATE_CALL_ID_FAILED",
    "INITIATE_CALL_ID_SUCCEEDED",
    "NAVIGATE_TO_RECORD_FAILED",
    "PUBLISH_TO_CHANNEL_FAILED",
    "PUBLISH_TO_CHANNEL_SUCCEEDED",
    "FINALIZE_ENGAGEMENT_FAILED",
    "FINALIZE_ENGAGEMENT_SUCCEEDED",
    "SET_WIDGET_URL_FAILED",
    "UPDATE_ENGAGEMENT_FAILED",
    "UPDATE_ENGAGEMENT_SUCCEEDED",
    "VISIBILITY_CHANGED",
    "END_CALL",
    "SET_CALL_STATE",
    "SET_WIDGET_URL",
    "FAILED",
];

/// Where each call stands in HubSpot, for the rows (by guid).
#[derive(Clone, Default)]
pub struct HubSpotRows(pub Rc<Vec<(String, hubspot::Logged)>>);

impl PartialEq for HubSpotRows {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl HubSpotRows {
    pub fn of(&self, guid: &str) -> Option<hubspot::Logged> {
        self.0
            .iter()
            .find(|(g, _)| g == guid)
            .map(|(_, logged)| *logged)
    }
}

#[derive(Properties, PartialEq)]
pub struct HubSpotProps {
    pub config: HubSpotConfig,
    /// The HubSpot origin framing the page.
    pub origin: AttrValue,
    /// Where the rows learn how each call stands.
    pub onrows: Callback<HubSpotRows>,
}

/// The machine, the SDK once loaded, and what was last stored.
struct App {
    machine: Machine,
    sdk: Option<JsValue>,
    stored: String,
    context: CockpitContext,
    onrows: Callback<HubSpotRows>,
    timer: Option<Timeout>,
}

type Shared = Rc<RefCell<App>>;

#[component]
pub fn HubSpot(props: &HubSpotProps) -> Html {
    let cockpit = use_cockpit();
    let app: Shared = {
        let (config, context, onrows) =
            (props.config.clone(), cockpit.clone(), props.onrows.clone());
        (*use_memo((), move |_| {
            let stored = local_storage()
                .and_then(|storage| storage.get_item(CALLS_KEY).ok().flatten())
                .unwrap_or_default();
            Rc::new(RefCell::new(App {
                machine: Machine::new(config, hubspot::decode(&stored)),
                sdk: None,
                stored,
                context,
                onrows,
                timer: None,
            }))
        }))
        .clone()
    };
    {
        // The latest context: its dispatch and texts.
        let mut app = app.borrow_mut();
        app.context = cockpit.clone();
    }
    {
        let app = app.clone();
        use_facts(move |fact| {
            let effects = app.borrow_mut().machine.fact(fact, now());
            carry_out(&app, effects);
        });
    }
    {
        let (app, origin) = (app.clone(), props.origin.to_string());
        use_effect_with((), move |_| {
            let guard = guard(&app, origin);
            let loaded = load_sdk(&app);
            let sync_wait = {
                let app = Rc::downgrade(&app);
                Timeout::new(SYNC_WAIT_MS, move || {
                    if let Some(app) = app.upgrade()
                        && !app.borrow().machine.synced()
                    {
                        host(&app, FromHost::SyncFailed);
                    }
                })
            };
            move || {
                drop((guard, loaded, sync_wait));
            }
        });
    }
    Html::default()
}

/// Stops, before HubSpot's SDK hears it, every message shaped like the SDK's that does not come
/// from the listed HubSpot page; counts it as refused.
fn guard(app: &Shared, origin: String) -> Option<EventListener> {
    let window = web_sys::window()?;
    let app = Rc::downgrade(app);
    let options = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: true,
    };
    Some(EventListener::new_with_options(
        &window,
        "message",
        options,
        move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else {
                return;
            };
            let data = event.data();
            let kind = Reflect::get(&data, &"type".into())
                .ok()
                .and_then(|kind| kind.as_string());
            let Some(kind) = kind.filter(|kind| HOST_TYPES.contains(&kind.as_str())) else {
                return;
            };
            let host_url = Reflect::get(&data, &"hostUrl".into())
                .ok()
                .and_then(|url| url.as_string());
            let from_host = from_parent(event)
                && event.origin() == origin
                && (kind != "SYNC" || host_url.as_deref() == Some(origin.as_str()));
            if from_host {
                return;
            }
            event.stop_immediate_propagation();
            if let Some(app) = app.upgrade() {
                let dispatch = app.borrow().context.dispatch.clone();
                let sender: String = event.origin().chars().take(200).collect();
                dispatch.dispatch(Action::Received {
                    at: now(),
                    origin: sender.clone(),
                    message: Rejected::WrongOrigin(sender).into(),
                });
            }
        },
    ))
}

/// Adds `hubspot.js` to the page, and starts the SDK's app side once it is there.
fn load_sdk(app: &Shared) -> Option<EventListener> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let started = {
        let app = Rc::downgrade(app);
        move || {
            if let Some(app) = app.upgrade() {
                start_sdk(&app);
            }
        }
    };
    let listener = EventListener::once(&window, "ucontact-hubspot-sdk", {
        let started = started.clone();
        move |_| started()
    });
    if Reflect::get(&window, &"ucontactHubSpotSdk".into()).is_ok_and(|sdk| sdk.is_object()) {
        started();
        return Some(listener);
    }
    let script = document.create_element("script").ok()?;
    let _ = script.set_attribute("type", "module");
    // Beside the cockpit's own files, whatever path it is served from.
    let _ = script.set_attribute("src", "hubspot.js");
    document.head()?.append_child(&script).ok()?;
    Some(listener)
}

/// The handlers HubSpot's SDK calls, by name: each feeds the machine.
fn start_sdk(app: &Shared) {
    if app.borrow().sdk.is_some() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(create) = Reflect::get(&window, &"ucontactHubSpotSdk".into())
        .ok()
        .and_then(|sdk| Reflect::get(&sdk, &"create".into()).ok())
        .and_then(|create| create.dyn_into::<Function>().ok())
    else {
        return;
    };
    let handlers = Object::new();
    let on = |name: &str, read: fn(&JsValue) -> Option<FromHost>| {
        let app = Rc::downgrade(app);
        let handler = Closure::<dyn Fn(JsValue)>::new(move |data: JsValue| {
            if let (Some(app), Some(from)) = (app.upgrade(), read(&data)) {
                host(&app, from);
            }
        });
        let _ = Reflect::set(&handlers, &name.into(), handler.as_ref());
        // The SDK keeps the handlers for the page's life.
        handler.forget();
    };
    on("onReady", |_| Some(FromHost::Ready));
    on("onDialNumber", |data| {
        text(data, "phoneNumber", 64).map(|phone| FromHost::DialNumber { phone })
    });
    on("onCreateEngagementSucceeded", engagement);
    on("onEngagementCreated", engagement);
    on("onCreateEngagementFailed", |_| {
        Some(FromHost::EngagementFailed)
    });
    on("onCallerIdMatchSucceeded", |data| {
        let record = Reflect::get(data, &"callerIdMatches".into())
            .ok()
            .and_then(|matches| Reflect::get(&matches, &0.into()).ok())
            .and_then(|first| Reflect::get(&first, &"objectCoordinates".into()).ok())
            .and_then(|coordinates| js_sys::JSON::stringify(&coordinates).ok())
            .and_then(|text| text.as_string())
            .filter(|text| text.len() <= 1_024)
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .filter(serde_json::Value::is_object);
        Some(FromHost::CallerMatched { record })
    });
    on("onCallerIdMatchFailed", |_| {
        Some(FromHost::CallerMatchFailed)
    });
    on("onEndCall", |_| Some(FromHost::EndCall));
    for failed in [
        "onNavigateToRecordFailed",
        "onUpdateEngagementFailed",
        "onFinalizeEngagementFailed",
        "onPublishToChannelFailed",
        "onFailed",
    ] {
        on(failed, |_| Some(FromHost::Failed));
    }
    // Anything else HubSpot sends needs nothing of the cockpit.
    let quiet = Closure::<dyn Fn(JsValue)>::new(|_: JsValue| {});
    let _ = Reflect::set(&handlers, &"defaultEventHandler".into(), quiet.as_ref());
    quiet.forget();
    if let Ok(sdk) = create.call1(&JsValue::NULL, &handlers) {
        app.borrow_mut().sdk = Some(sdk);
    }
}

fn text(data: &JsValue, key: &str, max: usize) -> Option<String> {
    Reflect::get(data, &key.into())
        .ok()?
        .as_string()
        .filter(|text| crate::protocol::plain_text(text, max, false))
}

/// An engagement's id, as HubSpot wrote it: a whole number, or a line of text.
fn engagement(data: &JsValue) -> Option<FromHost> {
    let id = Reflect::get(data, &"engagementId".into()).ok()?;
    let id = match id.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..crate::protocol::MAX_EXACT_INTEGER).contains(&n) => {
            serde_json::Value::from(n as u64)
        }
        _ => serde_json::Value::String(text(data, "engagementId", 64)?),
    };
    Some(FromHost::EngagementCreated { id })
}

fn host(app: &Shared, from: FromHost) {
    let effects = app.borrow_mut().machine.host(from, now());
    carry_out(app, effects);
}

/// Does what the machine asks, then stores the calls and tells the rows, and sets the timer.
fn carry_out(app: &Shared, effects: Vec<Effect>) {
    let (sdk, context) = {
        let app = app.borrow();
        (app.sdk.clone(), app.context.clone())
    };
    for effect in effects {
        match effect {
            Effect::Send { method, data } => {
                let Some(sdk) = &sdk else { continue };
                let Some(call) = Reflect::get(sdk, &method.into())
                    .ok()
                    .and_then(|call| call.dyn_into::<Function>().ok())
                else {
                    continue;
                };
                let argument = data
                    .and_then(|data| js_sys::JSON::parse(&data.to_string()).ok())
                    .unwrap_or(JsValue::UNDEFINED);
                let _ = call.call1(sdk, &argument);
            }
            Effect::Dial(request) => context.dispatch.dispatch(Action::Dial {
                at: now(),
                request,
                source: DialSource::HubSpot,
            }),
            Effect::Notice(notice) => raise(&context, notice),
        }
    }
    let mut shared = app.borrow_mut();
    let encoded = hubspot::encode(shared.machine.calls());
    if encoded != shared.stored {
        if let Some(storage) = local_storage() {
            // No call left (the shift ended): no key left either.
            let _ = if shared.machine.calls().is_empty() {
                storage.remove_item(CALLS_KEY)
            } else {
                storage.set_item(CALLS_KEY, &encoded)
            };
        }
        shared.stored = encoded;
        let rows = shared
            .machine
            .calls()
            .iter()
            .map(|call: &Call| (call.guid.clone(), call.logged()))
            .collect();
        shared.onrows.emit(HubSpotRows(Rc::new(rows)));
    }
    let due = shared.machine.next_deadline();
    shared.timer = due.map(|due| {
        let app = Rc::downgrade(app);
        let wait = due.saturating_sub(now()).min(u64::from(u32::MAX)) as u32;
        Timeout::new(wait, move || {
            if let Some(app) = app.upgrade() {
                let effects = app.borrow_mut().machine.tick(now());
                carry_out(&app, effects);
            }
        })
    });
}

fn raise(context: &CockpitContext, notice: Notice) {
    let board = &context.board;
    match notice {
        Notice::NotConnected => {
            board.raise("hubspot-sync", true, |t| t.hubspot_not_connected.to_owned())
        }
        Notice::LogFailed { client } => {
            board.raise(&format!("hubspot-log-{client}"), true, move |t| {
                crate::i18n::fill(t.hubspot_log_failed, &[("client", &client)])
            })
        }
        Notice::EndCallAsked => {
            board.raise("hubspot-end", false, |t| t.hubspot_end_call.to_owned())
        }
        Notice::Refused => board.raise("hubspot-refused", true, |t| t.hubspot_refused.to_owned()),
        Notice::BadNumber => {
            board.raise("hubspot-number", true, |t| t.hubspot_bad_number.to_owned())
        }
    }
}
