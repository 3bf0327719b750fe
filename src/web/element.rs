//! `<ucontact-cockpit>`: the cockpit as an element of someone else's page. The small JavaScript
//! class in `widget/ucontact-cockpit.js` defines the element (WebAssembly cannot subclass
//! `HTMLElement`) and hands each lifecycle callback and method to a [`CockpitElement`].
//!
//! - The whole cockpit renders inside the element's open shadow root, its stylesheets too.
//! - One per page: while one element runs the cockpit, another shows a short notice instead of
//!   a second uContact frame; it takes over if the first is removed.
//! - Removing the element stops everything the cockpit started (listeners, timers, the frame,
//!   channels, locks) after saving; adding it again restores the shift. Moving it (removed and
//!   added in the same task) keeps it running.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::i18n::{Texts, fill};
use crate::protocol::{DialErrors, StartInteraction};
use crate::state::{Action, Cockpit};
use crate::web::app::{App, AppProps};
use crate::web::components::report::shift_report;
use crate::web::host::{HostLink, Waiting};
use crate::web::mount::{ElementMount, Mount};
use crate::web::{browser_locale, now, styles};

/// The attribute naming the configuration's URL.
pub const CONFIG_ATTRIBUTE: &str = "config";

thread_local! {
    /// The element running the cockpit on this page, and those waiting to.
    static ACTIVE: RefCell<Option<Weak<Inner>>> = const { RefCell::new(None) };
    static WAITING: RefCell<Vec<Weak<Inner>>> = const { RefCell::new(Vec::new()) };
    /// The shadow root the style manager writes into.
    static STYLED: RefCell<Option<ShadowRoot>> = const { RefCell::new(None) };
}

enum State {
    Idle,
    /// Another element runs the cockpit: this one says so.
    Notice(web_sys::Element),
    Running(AppHandle<App>, HtmlElement),
}

struct Inner {
    host: HtmlElement,
    shadow: ShadowRoot,
    /// The module's own URL: `config.json` is beside it unless the element names another.
    module_url: String,
    link: Rc<HostLink>,
    state: RefCell<State>,
    /// A removal not yet carried out: the element may only be moving.
    teardown: RefCell<Option<Timeout>>,
}

/// One `<ucontact-cockpit>` element, as the JavaScript class drives it.
#[wasm_bindgen]
pub struct CockpitElement {
    inner: Rc<Inner>,
}

#[wasm_bindgen]
impl CockpitElement {
    /// Prepares `host` (its open shadow root); `module_url` is `import.meta.url` of the module.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, module_url: String) -> Result<CockpitElement, JsValue> {
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        crate::web::panic::install();
        Ok(CockpitElement {
            inner: Rc::new(Inner {
                host,
                shadow,
                module_url,
                link: Rc::default(),
                state: RefCell::new(State::Idle),
                teardown: RefCell::new(None),
            }),
        })
    }

    /// `connectedCallback`.
    pub fn connect(&self) {
        let inner = &self.inner;
        if inner.teardown.borrow_mut().take().is_some() {
            // Moved: removed and added again before the removal was carried out.
            return;
        }
        if matches!(*inner.state.borrow(), State::Running(..)) {
            return;
        }
        let taken = ACTIVE.with(|active| {
            active
                .borrow()
                .as_ref()
                .and_then(Weak::upgrade)
                .is_some_and(|other| !Rc::ptr_eq(&other, inner))
        });
        if taken {
            inner.show_notice();
            WAITING.with(|waiting| waiting.borrow_mut().push(Rc::downgrade(inner)));
        } else {
            inner.start();
        }
    }

    /// `disconnectedCallback`: carried out after the current task, unless the element is back
    /// by then (moved).
    pub fn disconnect(&self) {
        let weak = Rc::downgrade(&self.inner);
        let timeout = Timeout::new(0, move || {
            if let Some(inner) = weak.upgrade() {
                inner.teardown.borrow_mut().take();
                if !inner.host.is_connected() {
                    inner.stop();
                }
            }
        });
        *self.inner.teardown.borrow_mut() = Some(timeout);
    }

    /// `attributeChangedCallback` for `config`: a running cockpit starts again with it.
    #[wasm_bindgen(js_name = configChanged)]
    pub fn config_changed(&self) {
        let inner = &self.inner;
        if matches!(*inner.state.borrow(), State::Running(..)) {
            inner.stop_running();
            inner.start();
        }
    }

    /// `el.dial({campaign, channel, clientId})`: resolves once the request was posted to
    /// uContact; rejects, with nothing sent, naming the problem.
    pub fn dial(&self, request: JsValue) -> Promise {
        let link = self.inner.link.clone();
        Promise::new(&mut |resolve, reject| {
            if let Err(message) = queue_dial(&link, &request, resolve, reject.clone()) {
                let _ = reject.call1(&JsValue::NULL, &js_sys::Error::new(&message).into());
            }
        })
    }

    /// `el.interactions()`: `{active: [...], history: [...]}` as plain data.
    pub fn interactions(&self) -> JsValue {
        let store = self.inner.link.store.borrow().clone();
        let value = match store {
            Some(store) => crate::export::to_value(&store),
            None => serde_json::json!({"active": [], "history": []}),
        };
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
        let store = self.inner.link.store.borrow().clone();
        let empty = Cockpit::default();
        let cockpit: &Cockpit = store.as_deref().map_or(&empty, |store| store);
        let report = shift_report(cockpit, since, self.inner.link.orphan_after.get());
        let value = crate::export::report_value(&report);
        Ok(js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL))
    }
}

/// Validates a `dial()` request and queues it; `Err` names why nothing was sent.
fn queue_dial(
    link: &HostLink,
    request: &JsValue,
    resolve: Function,
    reject: Function,
) -> Result<(), String> {
    let store = link.store.borrow().clone();
    let texts = match &store {
        Some(store) => store.locale.lang.texts(),
        None => browser_locale().lang.texts(),
    };
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
        .map_err(|errors| dial_errors(&errors, texts))?;
    let Some(store) = store else {
        // Not in charge here: the element in charge (another page, a popped-out window) dials.
        let relay = link.relay.borrow().clone();
        let relay = relay.ok_or_else(|| texts.host_not_in_charge.to_owned())?;
        let waiting = Waiting::promise(request, resolve, reject);
        relay.dial(waiting.request.clone(), waiting.settle);
        return Ok(());
    };
    let loaded = link
        .frame
        .borrow()
        .as_ref()
        .and_then(|frame| frame.cast::<web_sys::HtmlIFrameElement>())
        .and_then(|frame| frame.content_window())
        .is_some();
    if !loaded {
        return Err(texts.dial_unavailable.to_owned());
    }
    let queued = link.waiting.borrow().iter().any(|w| w.request == request);
    if queued || store.dials.is_pending(&request) {
        return Err(texts.dial_duplicate.to_owned());
    }
    link.waiting
        .borrow_mut()
        .push_back(Waiting::promise(request.clone(), resolve, reject));
    store.dispatch(Action::Dial { at: now(), request });
    Ok(())
}

/// What is wrong with a request, field by field, as the dial form says it.
pub fn dial_errors(errors: &DialErrors, texts: &Texts) -> String {
    [
        (texts.field_campaign, errors.campaign),
        (texts.field_channel, errors.channel),
        (texts.field_client_id, errors.client_id),
    ]
    .into_iter()
    .filter_map(|(label, error)| {
        error.map(|error| {
            fill(
                "{label}: {error}",
                &[("label", label), ("error", &texts.dial_error(error))],
            )
        })
    })
    .collect::<Vec<_>>()
    .join(" ")
}

impl Inner {
    fn config_url(&self) -> String {
        let base = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.base_uri().ok().flatten())
            .unwrap_or_default();
        let resolve = |url: &str, base: &str| {
            web_sys::Url::new_with_base(url, base)
                .map(|url| url.href())
                .ok()
        };
        match self.host.get_attribute(CONFIG_ATTRIBUTE) {
            Some(url) => resolve(&url, &base).unwrap_or(url),
            None => {
                resolve("config.json", &self.module_url).unwrap_or_else(|| "config.json".into())
            }
        }
    }

    fn show_notice(&self) {
        self.clear_notice();
        let texts = browser_locale().lang.texts();
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        if let Ok(notice) = document.create_element("p") {
            notice.set_text_content(Some(texts.element_duplicate));
            let _ = notice.set_attribute("role", "status");
            let _ = notice.set_attribute(
                "style",
                "all: initial; display: block; padding: 8px 12px; font: 13px/1.4 system-ui, sans-serif; color: #57606a; border: 1px dashed #d0d7de;",
            );
            let _ = self.shadow.append_child(&notice);
            *self.state.borrow_mut() = State::Notice(notice);
        }
    }

    fn clear_notice(&self) {
        if let State::Notice(notice) = &*self.state.borrow() {
            notice.remove();
        }
        let mut state = self.state.borrow_mut();
        if matches!(*state, State::Notice(_)) {
            *state = State::Idle;
        }
    }

    /// Runs the cockpit in this element.
    fn start(self: &Rc<Self>) {
        self.clear_notice();
        ACTIVE.with(|active| *active.borrow_mut() = Some(Rc::downgrade(self)));
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let Some(root) = document
            .create_element("div")
            .ok()
            .and_then(|root| root.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        root.set_class_name("ck-root");
        if self.shadow.append_child(&root).is_err() {
            return;
        }
        let styled = STYLED.with(|styled| {
            styled
                .borrow()
                .as_ref()
                .is_some_and(|shadow| shadow == &self.shadow)
        });
        if !styled {
            styles::use_shadow_root(&self.shadow);
            STYLED.with(|styled| *styled.borrow_mut() = Some(self.shadow.clone()));
        }
        crate::web::panic::show_in(Some(self.shadow.clone().into()));
        let config_url = self.config_url();
        let props = AppProps {
            mount: Mount::Element(Rc::new(ElementMount {
                host: self.host.clone(),
                root: root.clone(),
                link: self.link.clone(),
                module_url: self.module_url.clone(),
                config_url: config_url.clone(),
            })),
            config_url: config_url.into(),
        };
        let app = yew::Renderer::<App>::with_root_and_props(root.clone().into(), props).render();
        *self.state.borrow_mut() = State::Running(app, root);
    }

    /// Stops the cockpit in this element (it saves on its way out) and lets a waiting element
    /// run it.
    fn stop(self: &Rc<Self>) {
        self.clear_notice();
        WAITING.with(|waiting| {
            waiting.borrow_mut().retain(|other| {
                other
                    .upgrade()
                    .is_some_and(|other| !Rc::ptr_eq(&other, self))
            })
        });
        let was_running = matches!(*self.state.borrow(), State::Running(..));
        self.stop_running();
        if !was_running {
            return;
        }
        ACTIVE.with(|active| *active.borrow_mut() = None);
        crate::web::panic::show_in(None);
        let next = WAITING.with(|waiting| {
            let mut waiting = waiting.borrow_mut();
            waiting.retain(|other| other.upgrade().is_some_and(|o| o.host.is_connected()));
            (!waiting.is_empty()).then(|| waiting.remove(0))
        });
        if let Some(next) = next.and_then(|next| next.upgrade()) {
            next.start();
        }
    }

    fn stop_running(&self) {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), State::Idle);
        if let State::Running(app, root) = state {
            app.destroy();
            root.remove();
        }
        *self.link.store.borrow_mut() = None;
        *self.link.frame.borrow_mut() = None;
        let waiting: Vec<Waiting> = self.link.waiting.borrow_mut().drain(..).collect();
        for waiting in waiting {
            (waiting.settle)(Err(browser_locale()
                .lang
                .texts()
                .host_not_in_charge
                .to_owned()));
        }
    }
}
