//! Keep the latest value: for a listener made once that must read what the component holds
//! now, not what it held when the listener was made (jetli/yew-hooks' `use_latest`).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// A cell holding `value` as of the latest render.
#[hook]
pub fn use_latest<T: Clone + 'static>(value: T) -> Rc<RefCell<T>> {
    let latest = use_mut_ref(|| value.clone());
    *latest.borrow_mut() = value;
    latest
}
