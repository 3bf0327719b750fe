//! Everything known of one interaction, as a description list: the whole guid, campaign,
//! channel, client id, when it was assigned and finished, handle and wrap-up times. A view
//! function rather than a component: rows render it only while open, and a component of its own
//! would cost a mount for nothing (it holds no state).

use yew::prelude::*;

use crate::datetime::format_elapsed;
use crate::i18n::Locale;
use crate::state::Interaction;
use crate::web::intl::{self, Style};
use crate::web::styles::Styles;

pub fn interaction_details(interaction: &Interaction, locale: &Locale, styles: &Styles) -> Html {
    let texts = locale.lang.texts();
    let assignment = interaction.assignment.as_ref();
    let known = |value: Option<String>| match value {
        Some(value) => html! { <dd>{ value }</dd> },
        None => html! { <dd class="ck-unknown">{ texts.unknown_value }</dd> },
    };
    let finish = interaction.finish.as_ref();
    html! {
        <dl class={style(styles)}>
            <dt>{ texts.field_guid }</dt>
            <dd class="ck-guid-full">{ &interaction.guid }</dd>
            <dt>{ texts.field_campaign }</dt>
            { known(assignment.map(|a| a.campaign.clone())) }
            <dt>{ texts.field_channel }</dt>
            { known(assignment.map(|a| a.channel.clone())) }
            <dt>{ texts.field_client_id }</dt>
            { known(assignment.map(|a| a.client_id.clone())) }
            <dt>{ texts.field_assigned }</dt>
            { known(assignment.map(|a| intl::moment(a.at, locale, Style::DateTime))) }
            if let Some(finish) = finish {
                <dt>{ texts.field_finished }</dt>
                <dd class="ck-finish-date">{ intl::finish_date(&finish.date, locale) }</dd>
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
        "#
);
