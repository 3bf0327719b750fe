//! A clock that ticks while a component shows it.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::state::Millis;
use crate::web::now;

/// The current time, refreshed every `period_ms` milliseconds.
#[hook]
pub fn use_clock(period_ms: u32) -> Millis {
    let time = use_state(now);
    {
        let time = time.clone();
        use_effect_with(period_ms, move |&period_ms| {
            let interval = Interval::new(period_ms, move || time.set(now()));
            move || drop(interval)
        });
    }
    *time
}
