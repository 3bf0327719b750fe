//! The clock the reducer does not have: tells it when the next pending dial's answer window
//! closes, and, every few minutes, to forget what is older than the retention period.

use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use crate::state::{Action, Millis};
use crate::web::now;
use crate::web::store::Dispatch;

/// How often retention is applied while the cockpit runs.
const RETENTION_EVERY_MS: u32 = 10 * 60_000;

/// Dispatches [`Action::Tick`] at `next_deadline` (when a dial is pending) and
/// [`Action::Forget`] every ten minutes for data older than `retention_ms`.
#[hook]
pub fn use_timekeeping(dispatcher: Dispatch, next_deadline: Option<Millis>, retention_ms: Millis) {
    {
        let dispatcher = dispatcher.clone();
        use_effect_with(next_deadline, move |deadline| {
            let timeout = deadline.map(|deadline| {
                let wait = deadline.saturating_sub(now()).min(u64::from(u32::MAX));
                // A timer may fire a hair early: it is the deadline's tick all the same.
                Timeout::new(wait as u32, move || {
                    dispatcher.dispatch(Action::Tick {
                        at: now().max(deadline),
                    });
                })
            });
            move || drop(timeout)
        });
    }
    use_effect_with(retention_ms, move |&retention_ms| {
        let interval = Interval::new(RETENTION_EVERY_MS, move || {
            dispatcher.dispatch(Action::Forget {
                before: now().saturating_sub(retention_ms),
            });
        });
        move || drop(interval)
    });
}
