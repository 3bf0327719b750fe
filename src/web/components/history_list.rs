//! The region **History**: finished interactions (and whatever uContact reported about
//! interactions it never assigned), newest first, a page at a time so the cost of a render does
//! not grow with the shift. Each is a line with its finish time, then handle and wrap-up times
//! and the disposition; the search reads client ids, campaigns, channels, guids and
//! dispositions.

use std::rc::Rc;

use yew::prelude::*;

use crate::datetime::format_elapsed;
use crate::state::{History, Interaction};
use crate::web::components::pager::{Pager, tools_style};
use crate::web::components::{InteractionRow, Region};
use crate::web::context::use_cockpit;
use crate::web::intl;
use crate::web::styles::use_styles;

/// Entries per page.
pub const PAGE: usize = 20;

#[derive(Properties, PartialEq)]
pub struct HistoryListProps {
    pub history: History,
}

#[component]
pub fn HistoryList(props: &HistoryListProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let styles = use_styles();
    let page = use_state(|| 0usize);
    let query = use_state(String::new);
    // Matches are found once per change of history or query, not on every page turn.
    let matches = use_memo(
        (props.history.clone(), (*query).clone()),
        |(history, query)| (!query.trim().is_empty()).then(|| history.search(query)),
    );
    let total = matches
        .as_ref()
        .as_ref()
        .map_or(props.history.len(), Vec::len);
    let last_page = total.saturating_sub(1) / PAGE;
    let current = (*page).min(last_page);
    let entries = match matches.as_ref() {
        Some(found) => found
            .iter()
            .skip(current * PAGE)
            .take(PAGE)
            .cloned()
            .collect(),
        None => props.history.page(current * PAGE, PAGE),
    };
    let oninput = {
        let (query, page) = (query.clone(), page.clone());
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            query.set(input.value());
            page.set(0);
        })
    };
    let pager = html! {
        <Pager label={texts.history_heading} {current} size={PAGE} {total} shown={entries.len()}
            onpage={Callback::from(move |to| page.set(to))} />
    };
    let found = texts.search_results.of(total as u64, &cockpit.counts());
    let tools = (!props.history.is_empty()).then(|| {
        html! {
            <div class={tools_style(&styles)} role="search">
                <input
                    type="search"
                    class="ck-search"
                    aria-label={texts.search_label}
                    placeholder={texts.search_placeholder}
                    value={(*query).clone()}
                    {oninput}
                />
                if matches.is_some() {
                    <span class="ck-found" role="status">{ found.clone() }</span>
                }
            </div>
        }
    });
    html! {
        <Region
            id="ck-history-heading"
            heading={texts.history_heading}
            count={props.history.len()}
            is_empty={entries.is_empty()}
            empty={if matches.is_some() { AttrValue::from(found) } else { AttrValue::from(texts.history_empty) }}
            tools={tools.unwrap_or_default()}
            footer={pager}
        >
            { for entries.iter().map(|interaction| html! {
                <HistoryRow
                    key={interaction.guid.clone()}
                    interaction={interaction.clone()}
                />
            }) }
        </Region>
    }
}

#[derive(Properties, PartialEq)]
struct HistoryRowProps {
    interaction: Rc<Interaction>,
}

#[component]
fn HistoryRow(props: &HistoryRowProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let interaction = &props.interaction;
    let finish = interaction
        .finish
        .as_ref()
        .map(|finish| finish.date.clone());
    let zone = cockpit.config.finish_date_zone;
    let finished = use_memo((finish, cockpit.locale.clone()), |(finish, locale)| {
        finish
            .as_deref()
            .map(|raw| intl::finish_date_short(raw, zone, locale))
    });
    let time = match finished.as_ref() {
        Some(date) => {
            html! { <span class="ck-finished" title={texts.field_finished}>{ date.clone() }</span> }
        }
        None => html! { <span class="ck-finished ck-unknown">{ texts.not_finished }</span> },
    };
    let duration = |label: &str, value: Option<u64>| {
        let value = value.map_or_else(|| texts.unknown_value.to_owned(), format_elapsed);
        html! { <span>{ label }{ " " }<b>{ value }</b></span> }
    };
    // The newest disposition: its levels' values, then the comment the agent typed (shortened
    // on screen only: the whole comment stays in the text, as the guid does).
    let newest = interaction.dispositions.last();
    let levels = newest
        .map(|d| {
            let values: Vec<&str> = d.levels.iter().filter_map(|l| l.value.as_deref()).collect();
            values.join(" › ")
        })
        .filter(|levels| !levels.trim().is_empty());
    let comment = newest
        .map(|d| d.comment.clone())
        .filter(|comment| !comment.trim().is_empty());
    let summary = html! {
        <p class="ck-sub">
            { duration(texts.field_handle, interaction.handle_time()) }
            { duration(texts.field_wrap_up, interaction.wrap_up()) }
            if let Some(levels) = levels {
                <span class="ck-disposed">{ levels }</span>
            }
            if let Some(comment) = comment {
                <span class="ck-disposed ck-said" title={comment.clone()}>{ comment }</span>
            }
        </p>
    };
    html! {
        <InteractionRow
            interaction={interaction.clone()}
            {time}
            {summary}
        />
    }
}
