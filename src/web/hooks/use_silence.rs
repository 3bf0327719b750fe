//! uContact's silence after its frame loads: the page cannot see uContact refusing to be
//! framed, only that nothing valid came from it. Counts from each load of the frame.

use yew::prelude::*;

use crate::web::hooks::use_deadline;

/// Whether uContact has been silent too long, and what the frame and the hint need.
pub struct UseSilenceHandle {
    /// True once `timeout_seconds` passed since the frame loaded, until uContact is heard.
    pub silent: bool,
    /// For the frame's `onload`.
    pub onload: Callback<Event>,
    /// Loads the frame again.
    pub onreload: Callback<()>,
}

/// Watches the uContact frame behind `frame`, which loads `url`; `heard` is whether a valid
/// message has arrived.
#[hook]
pub fn use_silence(
    frame: NodeRef,
    url: AttrValue,
    timeout_seconds: u32,
    heard: bool,
) -> UseSilenceHandle {
    let loads = use_state(|| 0u32);
    let expired = use_deadline(*loads, timeout_seconds.saturating_mul(1_000));
    let onload = {
        let loads = loads.clone();
        Callback::from(move |_: Event| loads.set(loads.saturating_add(1)))
    };
    let onreload = Callback::from(move |()| {
        if let Some(frame) = frame.cast::<web_sys::HtmlIFrameElement>() {
            frame.set_src(&url);
        }
    });
    UseSilenceHandle {
        silent: expired && !heard,
        onload,
        onreload,
    }
}
