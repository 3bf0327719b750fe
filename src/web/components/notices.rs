//! The notices at the top of the panel, in plain words: the development simulator, a tab that took charge, storage problems, a refused interaction
//! event, and whatever the integrations raised on the board (a blocked pop-up, an ended shift,
//! …). Each dismissible one goes when dismissed.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::fill;
use crate::state::{Logged, Verdict};
use crate::stored::StorageNotice;
use crate::web::components::Notice;
use crate::web::context::{Notices as Raised, use_cockpit};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub stored: Vec<StorageNotice>,
    pub took_charge: bool,
    /// The browser refuses Web Locks: this tab leads alone.
    pub alone: bool,
    /// The refused interaction event last remembered.
    pub lost: Option<Rc<Logged>>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let raised = use_context::<Raised>().unwrap_or_default();
    let took_charge = use_state(|| props.took_charge);
    // The refused interaction event last dismissed, by its message number.
    let lost_dismissed = use_state(|| 0u64);
    let mut notices: Vec<Html> = Vec::new();
    if cockpit.config.is_simulator_default {
        let text = fill(
            texts.simulator_notice,
            &[("url", &cockpit.config.ucontact_url)],
        );
        notices.push(html! { <Notice {text} /> });
    }
    if *took_charge {
        let ondismiss = Callback::from(move |()| took_charge.set(false));
        notices.push(html! { <Notice text={texts.took_charge} {ondismiss} /> });
    }
    if props.alone {
        notices.push(html! { <Notice warning=true text={texts.locks_refused} /> });
    }
    for notice in &props.stored {
        let text = texts.storage_notice(notice, &cockpit.counts());
        notices.push(html! { <Notice class="ck-storage" {text} /> });
    }
    for notice in &raised.0 {
        let board = cockpit.board.clone();
        let key = notice.key.clone();
        let ondismiss = Callback::from(move |()| board.dismiss(&key));
        let text = (notice.text)(texts);
        notices.push(html! { <Notice warning={notice.warning} {text} {ondismiss} /> });
    }
    if let Some(lost) = props
        .lost
        .as_ref()
        .filter(|lost| lost.seq > *lost_dismissed)
        && let Verdict::Rejected { reason, claimed } = &lost.verdict
    {
        let text = fill(
            texts.lost_notice,
            &[
                ("event", claimed.unwrap_or_default()),
                ("reason", &texts.rejection(reason)),
            ],
        );
        let seq = lost.seq;
        let ondismiss = Callback::from(move |()| lost_dismissed.set(seq));
        notices.push(html! { <Notice warning=true class="ck-lost" {text} {ondismiss} /> });
    }
    html! { <>{ for notices }</> }
}
