//! What a second tab shows while another tab is in charge: why, and a way to take over. It
//! loads no uContact, so nothing reaches it that could be lost or counted twice.

use yew::prelude::*;

use crate::i18n::Locale;
use crate::web::styles;

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
        <main class={style()} id="ck-follower">
            <h1>{ if props.leader_gone { texts.follower_gone } else { texts.follower_title } }</h1>
            <p>{ texts.follower_body }</p>
            <button type="button" {onclick} disabled={props.taking_over}>
                { if props.taking_over { texts.taking_over } else { texts.take_over } }
            </button>
        </main>
    }
}

fn style() -> Classes {
    thread_local! {
        static STYLE: Classes = styles::register("ck-follower", stylist::css!(r#"
            max-width: 560px;
            margin: 15vh auto 0;
            padding: 24px 28px;
            border: 1px solid var(--border);
            border-top: 4px solid var(--primary);
            border-radius: 6px;
            background: var(--surface);
            h1 { font-size: 20px; margin-bottom: 12px; }
            button {
                padding: 7px 14px;
                border: 0;
                border-radius: 4px;
                background: var(--primary);
                color: var(--on-primary);
                font-weight: 600;
                cursor: pointer;
            }
            button:disabled { opacity: 0.6; cursor: default; }
        "#));
    }
    STYLE.with(Clone::clone)
}
