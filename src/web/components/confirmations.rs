//! Dials other pages of the site asked for, waiting for the agent (`relayDials: "confirm"`):
//! each says which page asks, to call whom, and waits for Call or Decline in the tab in charge.
//! Nothing is sent before; one not answered within a minute lapses (the page is told).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::fill;
use crate::naming::channel_name;
use crate::state::{Action, Awaiting, DialSource};
use crate::web::components::naming::campaign_text;
use crate::web::context::use_cockpit;
use crate::web::now;
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct ConfirmationsProps {
    pub awaiting: Vec<Rc<Awaiting>>,
}

#[component]
pub fn Confirmations(props: &ConfirmationsProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let styles = use_styles();
    let card = |awaiting: &Rc<Awaiting>| {
        let page = match &awaiting.source {
            DialSource::Relay { page, .. } if !page.is_empty() => page.clone(),
            _ => "?".to_owned(),
        };
        let request = &awaiting.request;
        let body = fill(
            texts.dial_confirm_body,
            &[
                ("page", &page),
                ("client", &request.client_id),
                ("campaign", &campaign_text(&request.campaign, texts)),
                (
                    "channel",
                    channel_name(&request.channel, cockpit.locale.lang),
                ),
            ],
        );
        let id = awaiting.id;
        let (call, decline) = (cockpit.dispatch.clone(), cockpit.dispatch.clone());
        let oncall = Callback::from(move |_: MouseEvent| {
            call.dispatch(Action::ConfirmDial { id, at: now() })
        });
        let ondecline =
            Callback::from(move |_: MouseEvent| decline.dispatch(Action::DeclineDial { id }));
        html! {
            <div class={classes!("ck-notice", "ck-warning", "ck-confirm", style(&styles))} role="alertdialog" key={id}
                aria-label={texts.dial_confirm_title}>
                <p><strong>{ texts.dial_confirm_title }</strong>{ " " }{ body }</p>
                <button type="button" class="ck-primary" onclick={oncall}>{ texts.dial_confirm_call }</button>
                <button type="button" class="ck-button" onclick={ondecline}>{ texts.dial_confirm_decline }</button>
            </div>
        }
    };
    html! { <>{ for props.awaiting.iter().map(card) }</> }
}

static_style!(
    style,
    "ck-confirm",
    r#"
            flex-wrap: wrap;
            p { flex-basis: 100%; overflow-wrap: anywhere; }
            button { margin-right: 8px; }
        "#
);
