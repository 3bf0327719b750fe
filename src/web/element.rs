//! `<ucontact-cockpit>`: the cockpit as an element of someone else's page. The small JavaScript
//! class in `widget/ucontact-cockpit.js` defines the element (WebAssembly cannot subclass
//! `HTMLElement`) and hands each lifecycle callback and method to a [`CockpitElement`].
//!
//! The whole cockpit renders inside the element's open shadow root, its stylesheets too.
//! Which element runs the cockpit is `crate::lifecycle`'s pure state machine (one per page,
//! the others waiting behind a notice; a removal carried out after the task, so a moved element
//! keeps running; a swapped one handing over by itself); this file carries out its effects and
//! the element's methods. Removing the element stops everything the cockpit started
//! (listeners, timers, the frame, channels, locks) after saving; adding it again restores the
//! shift.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

use crate::lifecycle::{Effect, ElementId, Elements, Input};
use crate::protocol::StartInteraction;
use crate::state::Cockpit;
use crate::web::browser_locale;
use crate::web::components::report::shift_report;
use crate::web::link::{ElementLink, settle_promise};

mod inner;

use inner::{Inner, State};

/// The attribute naming the configuration's URL.
pub const CONFIG_ATTRIBUTE: &str = "config";

thread_local! {
    /// Which element runs the cockpit (the rules: `crate::lifecycle`), and the elements by id.
    static ELEMENTS: RefCell<Elements> = RefCell::new(Elements::default());
    static BY_ID: RefCell<HashMap<ElementId, Weak<Inner>>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<ElementId> = const { Cell::new(1) };
}

/// Hands `input` to the page's lifecycle machine and carries out what it says.
fn step(input: Input) {
    let effects = ELEMENTS.with(|elements| elements.borrow_mut().step(input));
    for effect in effects {
        let id = match effect {
            Effect::Start(id)
            | Effect::Stop(id)
            | Effect::ShowNotice(id)
            | Effect::ClearNotice(id)
            | Effect::SettleLater(id) => id,
        };
        let inner = BY_ID.with(|by_id| by_id.borrow().get(&id).and_then(Weak::upgrade));
        let Some(inner) = inner else {
            continue;
        };
        match effect {
            Effect::Start(_) => inner.start(),
            Effect::Stop(_) => inner.stop(),
            Effect::ShowNotice(_) => inner.show_notice(),
            Effect::ClearNotice(_) => inner.clear_notice(),
            // After the current task: the element may only be moving.
            Effect::SettleLater(_) => {
                Timeout::new(0, move || step(Input::Settled(id))).forget();
            }
        }
    }
}

/// One `<ucontact-cockpit>` element, as the JavaScript class drives it.
#[wasm_bindgen]
pub struct CockpitElement {
    inner: Rc<Inner>,
}

impl Drop for CockpitElement {
    fn drop(&mut self) {
        BY_ID.with(|by_id| by_id.borrow_mut().remove(&self.inner.id));
    }
}

#[wasm_bindgen]
impl CockpitElement {
    /// Prepares `host` (its open shadow root); `module_url` is the module a popped-out window
    /// loads the element from, `wasm_url` the WebAssembly's URL.
    #[wasm_bindgen(constructor)]
    pub fn new(
        host: HtmlElement,
        module_url: String,
        wasm_url: Option<String>,
    ) -> Result<CockpitElement, JsValue> {
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        crate::web::panic::install();
        let id = NEXT_ID.with(|next| next.replace(next.get() + 1));
        let inner = Rc::new(Inner {
            id,
            host,
            shadow,
            module_url,
            wasm_url,
            link: Rc::default(),
            state: RefCell::new(State::Idle),
        });
        BY_ID.with(|by_id| by_id.borrow_mut().insert(id, Rc::downgrade(&inner)));
        Ok(CockpitElement { inner })
    }

    /// `connectedCallback`.
    pub fn connect(&self) {
        step(Input::Connected(self.inner.id));
    }

    /// `disconnectedCallback`: carried out after the current task, unless the element is back
    /// by then (moved).
    pub fn disconnect(&self) {
        step(Input::Disconnected(self.inner.id));
    }

    /// `attributeChangedCallback` for `config`: a running cockpit starts again with it.
    #[wasm_bindgen(js_name = configChanged)]
    pub fn config_changed(&self) {
        step(Input::ConfigChanged(self.inner.id));
    }

    /// `el.dial({campaign, channel, clientId})`: resolves once the request was posted to
    /// uContact; rejects, with nothing sent, naming the problem.
    pub fn dial(&self, request: JsValue) -> Promise {
        let link = self.inner.link.clone();
        Promise::new(&mut |resolve, reject| {
            if let Err(message) = dial(&link, &request, resolve, reject.clone()) {
                let _ = reject.call1(&JsValue::NULL, &js_sys::Error::new(&message).into());
            }
        })
    }

    /// `el.interactions()`: `{active: [...], history: [...]}` as plain data.
    pub fn interactions(&self) -> JsValue {
        let value = self
            .read(|cockpit, _| crate::export::to_value(cockpit))
            .unwrap_or_else(|| serde_json::json!({"active": [], "history": []}));
        js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL)
    }

    /// `el.report(options?)`: the shift report's figures as plain data, of the whole shift
    /// kept, or from `options.since` (milliseconds since the epoch, or a `Date`). Throws a
    /// `TypeError` for a `since` that is neither.
    pub fn report(&self, options: JsValue) -> Result<JsValue, JsValue> {
        let since = match Reflect::get(&options, &"since".into()) {
            Ok(since) if since.is_undefined() || since.is_null() => None,
            Ok(since) => {
                let millis = since
                    .dyn_ref::<js_sys::Date>()
                    .map(js_sys::Date::get_time)
                    .or_else(|| since.as_f64());
                match millis.filter(|ms| ms.is_finite() && *ms >= 0.0 && *ms < 9.007e15) {
                    Some(ms) => Some(ms as u64),
                    None => {
                        return Err(js_sys::TypeError::new(
                            "report(): `since` must be a Date or milliseconds since the epoch",
                        )
                        .into());
                    }
                }
            }
            Err(_) => None,
        };
        let report = self
            .read(|cockpit, orphan_after| shift_report(cockpit, since, orphan_after))
            .unwrap_or_else(|| shift_report(&Cockpit::default(), since, 0));
        let value = crate::export::report_value(&report);
        Ok(js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL))
    }
}

impl CockpitElement {
    /// Reads the shift of the cockpit running in charge here, with `orphanAfterMinutes` in
    /// milliseconds; `None` when none runs here.
    fn read<R>(&self, read: impl FnOnce(&Cockpit, u64) -> R) -> Option<R> {
        let in_charge = self.inner.link.in_charge.borrow();
        let in_charge = in_charge.as_ref()?;
        in_charge
            .dispatch
            .read(|cockpit| read(cockpit, in_charge.orphan_after))
    }
}

/// Validates a `dial()` request and asks the cockpit in charge, here or on another page, for
/// it; `Err` names why nothing was sent.
fn dial(
    link: &ElementLink,
    request: &JsValue,
    resolve: Function,
    reject: Function,
) -> Result<(), String> {
    let in_charge = link
        .in_charge
        .borrow()
        .as_ref()
        .map(|in_charge| (in_charge.dial.clone(), in_charge.dispatch.clone()));
    let lang = in_charge
        .as_ref()
        .and_then(|(_, dispatch)| dispatch.read(|c| c.locale.lang))
        .unwrap_or_else(|| browser_locale().lang);
    let texts = lang.texts();
    let field = |name: &str| -> String {
        let value = Reflect::get(request, &name.into()).unwrap_or(JsValue::UNDEFINED);
        value
            .as_string()
            .or_else(|| {
                value
                    .as_f64()
                    .filter(|n| n.is_finite() && n.fract() == 0.0 && n.abs() < 9.007e15)
                    .map(|n| format!("{n:.0}"))
            })
            .unwrap_or_default()
    };
    let request = StartInteraction::new(&field("campaign"), &field("channel"), &field("clientId"))
        .map_err(|errors| texts.dial_errors(&errors))?;
    let settle = settle_promise(resolve, reject);
    if let Some((dial, _)) = in_charge {
        dial(request, settle);
        return Ok(());
    }
    // Not in charge here: the element in charge (another page, a popped-out window) dials.
    let relay = link.relay.borrow().clone();
    let relay = relay.ok_or_else(|| texts.host_not_in_charge.to_owned())?;
    relay.dial(request, settle, texts);
    Ok(())
}
