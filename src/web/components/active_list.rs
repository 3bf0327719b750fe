//! The region **Active interactions**: what is assigned to the agent and not yet finished,
//! newest first, each with its time since assignment, marked when it was restored after a
//! reload and flagged when it has been active suspiciously long.

use std::rc::Rc;

use yew::prelude::*;

use crate::datetime::format_elapsed;
use crate::i18n::Lang;
use crate::state::{Interaction, Millis};
use crate::web::components::{Region, dispositions, interaction_details};
use crate::web::hooks::use_clock;

#[derive(Properties, PartialEq)]
pub struct ActiveListProps {
    /// Newest first.
    pub interactions: Vec<Rc<Interaction>>,
    pub lang: Lang,
    /// Active for longer than this (milliseconds), an interaction is flagged as possibly
    /// orphaned.
    pub orphan_after: Millis,
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
            is_empty={props.interactions.is_empty()}
            empty={texts.active_empty}
            class="ck-live"
        >
            { for props.interactions.iter().map(|interaction| html! {
                <ActiveRow
                    key={interaction.guid.clone()}
                    interaction={interaction.clone()}
                    lang={props.lang}
                    {now}
                    orphan_after={props.orphan_after}
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
    orphan_after: Millis,
}

#[component]
fn ActiveRow(props: &ActiveRowProps) -> Html {
    let texts = props.lang.texts();
    let since = props.interaction.assignment.as_ref().map(|a| a.at);
    let elapsed = since
        .map(|at| props.now.saturating_sub(at))
        .unwrap_or_default();
    let interaction = &props.interaction;
    let orphaned = interaction.is_possibly_orphaned(props.now, props.orphan_after);
    let minutes = (props.orphan_after / 60_000).to_string();
    html! {
        <li class={classes!("ck-row", orphaned.then_some("ck-orphaned"))}>
            if interaction.restored || orphaned {
                <p class="ck-badges">
                    if interaction.restored {
                        <span class="ck-badge ck-restored">{ texts.restored }</span>
                    }
                    if orphaned {
                        <span class="ck-badge ck-orphan">
                            { crate::i18n::fill(texts.orphaned, &[("minutes", &minutes)]) }
                        </span>
                    }
                </p>
            }
            { interaction_details(interaction, props.lang, html! {
                <>
                    <dt>{ texts.field_elapsed }</dt>
                    <dd class="ck-elapsed">
                        <time datetime={format!("PT{}S", elapsed / 1_000)}>{ format_elapsed(elapsed) }</time>
                    </dd>
                </>
            }) }
            { dispositions(&interaction.dispositions, props.lang) }
        </li>
    }
}
