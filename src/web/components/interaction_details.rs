//! The facts of one interaction as a description list: guid, campaign, channel, client id.
//! A view function rather than a component: rows render it, and a component of its own would
//! cost a mount per row for nothing (it holds no state).

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::Interaction;
use crate::web::styles;

/// The description list, with `extra` `<dt>`/`<dd>` pairs at its end (elapsed time, finish
/// date).
pub fn interaction_details(interaction: &Interaction, lang: Lang, extra: Html) -> Html {
    let texts = lang.texts();
    let assignment = interaction.assignment.as_ref();
    let known = |value: Option<&String>| match value {
        Some(value) => html! { <dd>{ value }</dd> },
        None => html! { <dd class="ck-unknown">{ texts.unknown_value }</dd> },
    };
    html! {
        <dl class={style()}>
            <dt>{ texts.field_guid }</dt>
            <dd class="ck-guid">{ &interaction.guid }</dd>
            <dt>{ texts.field_campaign }</dt>
            { known(assignment.map(|a| &a.campaign)) }
            <dt>{ texts.field_channel }</dt>
            { known(assignment.map(|a| &a.channel)) }
            <dt>{ texts.field_client_id }</dt>
            { known(assignment.map(|a| &a.client_id)) }
            { extra }
        </dl>
    }
}

fn style() -> Classes {
    thread_local! {
        static STYLE: Classes = styles::register("ck-details", stylist::css!(r#"
            display: grid;
            grid-template-columns: max-content 1fr;
            gap: 2px 12px;
            margin: 0;
            dt { color: var(--muted); }
            dd { margin: 0; overflow-wrap: anywhere; }
            .ck-guid { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 12px; }
            .ck-unknown { color: var(--muted); font-style: italic; }
        "#));
    }
    STYLE.with(Clone::clone)
}
