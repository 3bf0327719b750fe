//! The link between a `<ucontact-cockpit>` element's methods (`dial()`, `interactions()`,
//! `report()`) and the cockpit running inside it. The integration that serves the element's
//! page fills it while the cockpit runs in charge here (`integrations::host_page`); the relay's
//! follower side while another page is in charge (`integrations::relay`). Each sets its part in
//! an effect and clears it in the cleanup.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Function;
use wasm_bindgen::JsValue;

use crate::protocol::StartInteraction;
use crate::web::integrations::relay::RelayClient;
use crate::web::store::Dispatch;

/// Told once whether a dial was posted (`Ok`) or why not.
pub type Settle = Box<dyn FnOnce(Result<(), String>)>;

/// A `dial()` promise's resolve and reject functions as the one to tell.
pub fn settle_promise(resolve: Function, reject: Function) -> Settle {
    Box::new(move |outcome| {
        let _ = match outcome {
            Ok(()) => resolve.call0(&JsValue::NULL),
            Err(message) => reject.call1(&JsValue::NULL, &js_sys::Error::new(&message).into()),
        };
    })
}

/// The cockpit running in charge in this element.
pub struct InCharge {
    /// Asks for a dial; `Settle` hears its answer.
    pub dial: Rc<dyn Fn(StartInteraction, Settle)>,
    /// Reads the state as it is now.
    pub dispatch: Dispatch,
    /// `orphanAfterMinutes`, in milliseconds, for `report()`.
    pub orphan_after: u64,
}

#[derive(Default)]
pub struct ElementLink {
    pub in_charge: RefCell<Option<InCharge>>,
    /// While this page's element is not in charge: how its `dial()` reaches the one that is.
    pub relay: RefCell<Option<Rc<RelayClient>>>,
}
