//! A deadline that restarts whenever its key changes.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Whether `after_ms` milliseconds have passed since `key` last changed; never while `key`
/// is 0 (not started).
#[hook]
pub fn use_deadline(key: u32, after_ms: u32) -> bool {
    let expired = use_state(|| false);
    {
        let expired = expired.clone();
        use_effect_with((key, after_ms), move |&(key, after_ms)| {
            expired.set(false);
            let timeout = (key > 0).then(|| Timeout::new(after_ms, move || expired.set(true)));
            move || drop(timeout)
        });
    }
    *expired
}
