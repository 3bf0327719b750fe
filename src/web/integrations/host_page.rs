//! The page around a `<ucontact-cockpit>` element: each announcement
//! (`crate::integrations::announcements`) is a DOM event on the element, bubbling and composed,
//! its detail deeply frozen; `el.dial()` calls are dials of the element's source, each promise
//! settled by the answer its call gets (`crate::integrations::host_page`). While this runs, the
//! element's methods reach this cockpit through its link.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::Object;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::prelude::*;

use crate::integrations::announcements::{self, Announcement};
use crate::integrations::host_page::settlement;
use crate::protocol::StartInteraction;
use crate::state::{Action, DialSource};
use crate::web::context::use_cockpit;
use crate::web::hooks::use_facts;
use crate::web::link::{InCharge, Settle};
use crate::web::mount::ElementMount;
use crate::web::now;

#[derive(Properties)]
pub struct HostPageProps {
    pub element: Rc<ElementMount>,
}

impl PartialEq for HostPageProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.element, &other.element)
    }
}

/// The `el.dial()` calls waiting for their answer, by call number.
#[derive(Default)]
struct Calls {
    next: Cell<u64>,
    waiting: RefCell<HashMap<u64, Settle>>,
}

#[component]
pub fn HostPage(props: &HostPageProps) -> Html {
    let cockpit = use_cockpit();
    let calls = use_memo((), |_| Calls::default());
    {
        let (host, calls, dispatch) = (
            props.element.host.clone(),
            calls.clone(),
            cockpit.dispatch.clone(),
        );
        use_facts(move |fact| {
            if let Some(announcement) = announcements::of_fact(fact) {
                dispatch_on(&host, &announcement);
            }
            if let Some((call, answer)) = settlement(fact) {
                let settle = calls.waiting.borrow_mut().remove(&call);
                if let Some(settle) = settle {
                    let lang = dispatch.read(|c| c.locale.lang).unwrap_or_default();
                    settle(answer.text(lang.texts()).map_err(str::to_owned));
                }
            }
        });
    }
    {
        let (element, dispatch) = (props.element.clone(), cockpit.dispatch.clone());
        let orphan_after = u64::from(cockpit.config.orphan_after_minutes) * 60_000;
        use_effect_with((), move |_| {
            let dial = {
                let (calls, dispatch) = (calls.clone(), dispatch.clone());
                Rc::new(move |request: StartInteraction, settle: Settle| {
                    let call = calls.next.get() + 1;
                    calls.next.set(call);
                    calls.waiting.borrow_mut().insert(call, settle);
                    dispatch.dispatch(Action::Dial {
                        at: now(),
                        request,
                        source: DialSource::Element { call },
                    });
                })
            };
            *element.link.in_charge.borrow_mut() = Some(InCharge {
                dial,
                dispatch: dispatch.clone(),
                orphan_after,
            });
            move || {
                element.link.in_charge.borrow_mut().take();
                // Calls still waiting will not be answered here any more.
                let lang = dispatch.read(|c| c.locale.lang).unwrap_or_default();
                let waiting: Vec<Settle> =
                    calls.waiting.borrow_mut().drain().map(|(_, s)| s).collect();
                for settle in waiting {
                    settle(Err(lang.texts().host_not_in_charge.to_owned()));
                }
            }
        });
    }
    Html::default()
}

/// Dispatches `announcement` on `host` as a DOM event: bubbling, composed (it leaves the host's
/// own shadow roots too), its detail frozen.
pub fn dispatch_on(host: &HtmlElement, announcement: &Announcement) {
    let detail = frozen(&announcement.detail_json());
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(announcement.event, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// A JSON value as a deeply frozen JavaScript object: the host can read it, not change what
/// another listener sees.
pub fn frozen(value: &serde_json::Value) -> JsValue {
    match js_sys::JSON::parse(&value.to_string()) {
        Ok(parsed) => frozen_value(parsed),
        Err(_) => JsValue::NULL,
    }
}

fn frozen_value(value: JsValue) -> JsValue {
    if let Some(object) = value.dyn_ref::<Object>() {
        for item in Object::values(object).iter() {
            frozen_value(item);
        }
        Object::freeze(object);
    }
    value
}
