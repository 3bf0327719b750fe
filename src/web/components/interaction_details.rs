//! Everything known of one interaction, as a description list: the whole guid, campaign,
//! channel, client id, when it was assigned and finished, handle and wrap-up times. A view
//! function rather than a component: rows render it only while open, and a component of its own
//! would cost a mount for nothing (it holds no state).

use yew::prelude::*;

use crate::datetime::format_elapsed;
use crate::naming::{campaign, channel_name};
use crate::state::Interaction;
use crate::web::components::naming::{campaign_label, channel_label};
use crate::web::context::CockpitContext;
use crate::web::intl::{self, Style};
use crate::web::styles::Styles;

pub fn interaction_details(
    interaction: &Interaction,
    cockpit: &CockpitContext,
    styles: &Styles,
) -> Html {
    let locale = &cockpit.locale;
    let lang = locale.lang;
    let texts = lang.texts();
    let assignment = interaction.assignment.as_ref();
    let known = |value: Option<String>| match value {
        Some(value) => html! { <dd>{ value }</dd> },
        None => html! { <dd class="ck-unknown">{ texts.unknown_value }</dd> },
    };
    // As shown, then uContact's own value where it reads otherwise (`Ventas<-`, `telephony`).
    let named = |value: Option<(Html, &String, &str)>| match value {
        Some((shown, raw, name)) => html! {
            <dd>
                { shown }
                if raw.as_str() != name {
                    <code class="ck-raw">{ raw.clone() }</code>
                }
            </dd>
        },
        None => html! { <dd class="ck-unknown">{ texts.unknown_value }</dd> },
    };
    let finish = interaction.finish.as_ref();
    html! {
        <dl class={style(styles)}>
            <dt>{ texts.field_guid }</dt>
            <dd class="ck-guid-full">{ &interaction.guid }</dd>
            <dt>{ texts.field_campaign }</dt>
            { named(assignment.map(|a| (campaign_label(&a.campaign, texts), &a.campaign, campaign(&a.campaign).name))) }
            <dt>{ texts.field_channel }</dt>
            { named(assignment.map(|a| (channel_label(&a.channel, lang), &a.channel, channel_name(&a.channel, lang)))) }
            <dt>{ texts.field_client_id }</dt>
            { known(assignment.map(|a| a.client_id.clone())) }
            <dt>{ texts.field_assigned }</dt>
            { known(assignment.map(|a| intl::moment(a.at, locale, Style::DateTime))) }
            if let Some(finish) = finish {
                <dt>{ texts.field_finished }</dt>
                <dd class="ck-finish-date">{ intl::finish_date(&finish.date, cockpit.config.finish_date_zone, locale) }</dd>
                <dt>{ texts.field_handle }</dt>
                { known(interaction.handle_time().map(format_elapsed)) }
                <dt>{ texts.field_wrap_up }</dt>
                { known(interaction.wrap_up().map(format_elapsed)) }
            }
        </dl>
    }
}

static_style!(
    style,
    "ck-details",
    r#"
            display: grid;
            grid-template-columns: max-content 1fr;
            gap: 2px 12px;
            margin: 0;
            dt { color: var(--muted); }
            dd { margin: 0; overflow-wrap: anywhere; }
            .ck-guid-full { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 12px; }
            .ck-unknown { color: var(--muted); font-style: italic; }
            .ck-raw { margin-left: 8px; color: var(--muted); font-size: 12px; }
        "#
);
