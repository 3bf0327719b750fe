//! What a tab shows while another tab is in charge: why, how many interactions are active
//! there (as that tab last saved them, at most a second ago), and a way to take over that always
//! asks first: taking over closes uContact in the other tab. When the tab in charge closes, it says this tab takes charge, which
//! it then does by itself. It loads no uContact, so nothing reaches it that could be lost or
//! counted twice.

use yew::prelude::*;

use crate::web::intl::Counts;

use crate::election::Role;
use crate::i18n::Locale;

#[derive(Properties, PartialEq)]
pub struct FollowerPageProps {
    pub locale: Locale,
    /// `Follower` or `TakingOver`.
    pub role: Role,
    /// Another page took the lock from this tab without asking.
    #[prop_or_default]
    pub stolen: bool,
    /// Interactions active in the tab in charge, when known.
    pub active: Option<usize>,
    pub ontakeover: Callback<()>,
}

#[component]
pub fn FollowerPage(props: &FollowerPageProps) -> Html {
    let texts = props.locale.lang.texts();
    let confirming = use_state(|| false);
    let take_over = {
        let ontakeover = props.ontakeover.clone();
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            ontakeover.emit(());
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let counts = Counts(props.locale.clone());
    let active = texts
        .follower_active
        .of(props.active.unwrap_or_default() as u64, &counts);
    let body = match props.role {
        Role::Follower { leader_gone: true } => html! {
            <>
                <h1>{ texts.follower_gone }</h1>
                <p>{ texts.follower_gone_body }</p>
                <button type="button" class="ck-primary" onclick={take_over}>{ texts.take_charge_now }</button>
            </>
        },
        Role::TakingOver => html! {
            <>
                <h1>{ texts.follower_title }</h1>
                <p>{ texts.follower_body }</p>
                <button type="button" class="ck-primary" disabled=true>{ texts.taking_over }</button>
            </>
        },
        _ if *confirming => html! {
            <>
                <h1>{ texts.follower_title }</h1>
                <p class="ck-active-there"><strong>{ active }</strong></p>
                <p role="alert">{ texts.take_over_confirm }</p>
                <div class="ck-choices">
                    <button type="button" class="ck-primary" onclick={take_over}>{ texts.take_over_anyway }</button>
                    <button type="button" class="ck-button" onclick={cancel}>{ texts.cancel }</button>
                </div>
            </>
        },
        _ => html! {
            <>
                <h1>{ texts.follower_title }</h1>
                <p class="ck-active-there">{ active }</p>
                <p>{ texts.follower_body }</p>
                <button type="button" class="ck-primary" onclick={ask}>{ texts.take_over }</button>
            </>
        },
    };
    html! {
        <main class="ck-card" id="ck-follower">
            if props.stolen {
                <p class="ck-notice ck-warning" role="alert">{ texts.lock_stolen }</p>
            }
            { body }
        </main>
    }
}
