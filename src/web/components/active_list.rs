//! The region **Active interactions**: what is assigned to the agent and not yet finished,
//! newest first, each with its time since assignment.

use std::rc::Rc;

use yew::prelude::*;

use crate::datetime::format_elapsed;
use crate::i18n::Lang;
use crate::state::{Interaction, Millis};
use crate::web::components::{Dispositions, InteractionDetails, Region};
use crate::web::hooks::use_clock;

#[derive(Properties, PartialEq)]
pub struct ActiveListProps {
    /// Newest first.
    pub interactions: Vec<Rc<Interaction>>,
    pub lang: Lang,
}

#[component]
pub fn ActiveList(props: &ActiveListProps) -> Html {
    let texts = props.lang.texts();
    let now = use_clock(1_000);
    html! {
        <Region
            id="ck-active-heading"
            heading={texts.active_heading}
            count={props.interactions.len()}
            empty={texts.active_empty}
            class="ck-live"
        >
            { for props.interactions.iter().map(|interaction| html! {
                <ActiveRow
                    key={interaction.guid.clone()}
                    interaction={interaction.clone()}
                    lang={props.lang}
                    {now}
                />
            }) }
        </Region>
    }
}

#[derive(Properties, PartialEq)]
struct ActiveRowProps {
    interaction: Rc<Interaction>,
    lang: Lang,
    now: Millis,
}

#[component]
fn ActiveRow(props: &ActiveRowProps) -> Html {
    let texts = props.lang.texts();
    let since = props.interaction.assignment.as_ref().map(|a| a.at);
    let elapsed = since
        .map(|at| props.now.saturating_sub(at))
        .unwrap_or_default();
    html! {
        <li class="ck-row">
            <InteractionDetails interaction={props.interaction.clone()} lang={props.lang}>
                <dt>{ texts.field_elapsed }</dt>
                <dd class="ck-elapsed">
                    <time datetime={format!("PT{}S", elapsed / 1_000)}>{ format_elapsed(elapsed) }</time>
                </dd>
            </InteractionDetails>
            <Dispositions dispositions={props.interaction.dispositions.clone()} lang={props.lang} />
        </li>
    }
}
