//! The region **Active interactions**: what is assigned to the agent and not yet finished,
//! newest first, one line each with its time since assignment, emphasised past the configured
//! thresholds; marked when restored after a reload, and flagged when a restored one has not been
//! confirmed for suspiciously long. Fifty at a time: an agent has a handful, but a stuck
//! uContact or a restored backlog can hold hundreds, and the page must stay quick then too.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Numbers;

use crate::attention::{Emphasis, emphasis};
use crate::datetime::format_elapsed;
use crate::i18n::fill;
use crate::state::{Interaction, Millis};
use crate::web::components::pager::Pager;
use crate::web::components::{InteractionRow, Region};
use crate::web::context::{CockpitContext, use_cockpit};
use crate::web::hooks::use_clock;

#[derive(Properties, PartialEq)]
pub struct ActiveListProps {
    /// Newest first.
    pub interactions: Vec<Rc<Interaction>>,
}

/// Rows shown at a time.
pub const ACTIVE_PAGE: usize = 50;

#[component]
pub fn ActiveList(props: &ActiveListProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let now = use_clock(1_000);
    let page = use_state(|| 0usize);
    let total = props.interactions.len();
    let current = (*page).min(total.saturating_sub(1) / ACTIVE_PAGE);
    let shown = props
        .interactions
        .iter()
        .skip(current * ACTIVE_PAGE)
        .take(ACTIVE_PAGE);
    let on_page = total.saturating_sub(current * ACTIVE_PAGE).min(ACTIVE_PAGE);
    let footer = html! {
        <Pager label={texts.active_heading} {current} size={ACTIVE_PAGE} {total} shown={on_page}
            onpage={Callback::from(move |to| page.set(to))} />
    };
    html! {
        <Region
            id="ck-active-heading"
            heading={texts.active_heading}
            count={total}
            is_empty={props.interactions.is_empty()}
            empty={texts.active_empty}
            class="ck-live"
            {footer}
        >
            { for shown.map(|interaction| active_row(interaction, &cockpit, now)) }
        </Region>
    }
}

/// One active interaction: its line, with the elapsed time emphasised past the thresholds, and
/// its marks. A view function: the row is one component, `InteractionRow`.
fn active_row(interaction: &Rc<Interaction>, cockpit: &CockpitContext, now: Millis) -> Html {
    let texts = cockpit.texts();
    // A restored interaction not confirmed for this long may be orphaned.
    let orphan_after = Millis::from(cockpit.config.orphan_after_minutes) * 60_000;
    let elapsed = interaction
        .assignment
        .as_ref()
        .map(|a| now.saturating_sub(a.at))
        .unwrap_or_default();
    let orphaned = interaction.is_possibly_orphaned(now, orphan_after);
    let level = match emphasis(elapsed, &cockpit.config.attention_minutes) {
        Emphasis::Normal => None,
        Emphasis::Raised => Some("ck-raised"),
        Emphasis::Urgent => Some("ck-urgent"),
    };
    let time = html! {
        <time class={classes!("ck-elapsed", level)} datetime={format!("PT{}S", elapsed / 1_000)}
            title={texts.field_elapsed}>
            { format_elapsed(elapsed) }
        </time>
    };
    let badges = (interaction.restored || orphaned).then(|| {
        let minutes = cockpit
            .counts()
            .number(u64::from(cockpit.config.orphan_after_minutes));
        html! {
            <p class="ck-badges">
                if interaction.restored {
                    <span class="ck-badge ck-restored">{ texts.restored }</span>
                }
                if orphaned {
                    <span class="ck-badge ck-orphan">
                        { fill(texts.orphaned, &[("minutes", &minutes)]) }
                    </span>
                }
            </p>
        }
    });
    html! {
        <InteractionRow
            key={interaction.guid.clone()}
            interaction={interaction.clone()}
            {time}
            badges={badges.unwrap_or_default()}
            class={classes!(orphaned.then_some("ck-orphaned"), level)}
        />
    }
}
