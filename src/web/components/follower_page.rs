//! What a second tab shows while another tab is in charge: why, and a way to take over. It
//! loads no uContact, so nothing reaches it that could be lost or counted twice.

use yew::prelude::*;

use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct FollowerPageProps {
    pub locale: Locale,
    /// The tab in charge has closed.
    pub leader_gone: bool,
    /// A take-over is under way.
    pub taking_over: bool,
    pub ontakeover: Callback<()>,
}

#[component]
pub fn FollowerPage(props: &FollowerPageProps) -> Html {
    let texts = props.locale.lang.texts();
    let onclick = props.ontakeover.reform(|_: MouseEvent| ());
    html! {
        <main class="ck-card" id="ck-follower">
            <h1>{ if props.leader_gone { texts.follower_gone } else { texts.follower_title } }</h1>
            <p>{ texts.follower_body }</p>
            <button type="button" class="ck-primary" {onclick} disabled={props.taking_over}>
                { if props.taking_over { texts.taking_over } else { texts.take_over } }
            </button>
        </main>
    }
}
