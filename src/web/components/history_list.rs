//! The region **History**: finished interactions (and whatever uContact reported about
//! interactions it never assigned), newest first, a page at a time so the cost of a render does
//! not grow with the shift. Each is a line with its finish time, then handle and wrap-up times
//! and the disposition; the search reads client ids, campaigns, channels, guids and
//! dispositions.

use std::rc::Rc;

use yew::prelude::*;

use crate::datetime::format_elapsed;
use crate::i18n::{Locale, fill};
use crate::screen_pop::ScreenPop;
use crate::state::{History, Interaction};
use crate::web::components::{InteractionRow, Region};
use crate::web::intl;
use crate::web::styles;

/// Entries per page.
pub const PAGE: usize = 20;

#[derive(Properties, PartialEq)]
pub struct HistoryListProps {
    pub history: History,
    pub locale: Locale,
    #[prop_or_default]
    pub crm: Option<Rc<ScreenPop>>,
    #[prop_or_default]
    pub oncallagain: Callback<Rc<Interaction>>,
}

#[component]
pub fn HistoryList(props: &HistoryListProps) -> Html {
    let texts = props.locale.lang.texts();
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
    let pager = pager(
        props.locale.lang,
        texts.history_heading,
        &page,
        current,
        PAGE,
        total,
        entries.len(),
    );
    let found = fill(texts.search_results, &[("count", &total.to_string())]);
    let tools = (!props.history.is_empty()).then(|| {
        html! {
            <div class={style()} role="search">
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
                    locale={props.locale.clone()}
                    crm={props.crm.clone()}
                    oncallagain={props.oncallagain.clone()}
                />
            }) }
        </Region>
    }
}

#[derive(Properties, PartialEq)]
struct HistoryRowProps {
    interaction: Rc<Interaction>,
    locale: Locale,
    crm: Option<Rc<ScreenPop>>,
    oncallagain: Callback<Rc<Interaction>>,
}

#[component]
fn HistoryRow(props: &HistoryRowProps) -> Html {
    let texts = props.locale.lang.texts();
    let interaction = &props.interaction;
    let finish = interaction
        .finish
        .as_ref()
        .map(|finish| finish.date.clone());
    let finished = use_memo((finish, props.locale.clone()), |(finish, locale)| {
        finish
            .as_deref()
            .map(|raw| intl::finish_date_short(raw, locale))
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
    // The newest disposition, as its levels' values (or its comment).
    let disposition = interaction.dispositions.last().map(|d| {
        let values: Vec<&str> = d.levels.iter().filter_map(|l| l.value.as_deref()).collect();
        if values.is_empty() {
            d.comment.clone()
        } else {
            values.join(" › ")
        }
    });
    let summary = html! {
        <p class="ck-sub">
            { duration(texts.field_handle, interaction.handle_time()) }
            { duration(texts.field_wrap_up, interaction.wrap_up()) }
            if let Some(disposition) = disposition.filter(|d| !d.trim().is_empty()) {
                <span class="ck-disposed">{ disposition }</span>
            }
        </p>
    };
    html! {
        <InteractionRow
            interaction={interaction.clone()}
            locale={props.locale.clone()}
            {time}
            {summary}
            crm={props.crm.clone()}
            oncallagain={props.oncallagain.clone()}
        />
    }
}

/// Newer/Older buttons and "21–40 of 45" for a list shown `size` at a time, when it needs them;
/// `shown` rows are on the `current` page.
pub fn pager(
    lang: crate::i18n::Lang,
    label: &'static str,
    page: &UseStateHandle<usize>,
    current: usize,
    size: usize,
    total: usize,
    shown: usize,
) -> Html {
    if total <= size {
        return Html::default();
    }
    let texts = lang.texts();
    let last_page = total.saturating_sub(1) / size;
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    let range = fill(
        texts.history_range,
        &[
            ("from", &(current * size + 1).to_string()),
            ("to", &(current * size + shown).to_string()),
            ("total", &total.to_string()),
        ],
    );
    html! {
        <nav class={style()} aria-label={label}>
            <button type="button" class="ck-button" disabled={current == 0} onclick={go(current.saturating_sub(1))}>
                { texts.history_newer }
            </button>
            <span>{ range }</span>
            <button type="button" class="ck-button" disabled={current >= last_page} onclick={go(current + 1)}>
                { texts.history_older }
            </button>
        </nav>
    }
}

/// The style of the pager and the search bar.
fn style() -> Classes {
    thread_local! {
        static STYLE: styles::Registered = const { styles::Registered::new() };
    }
    STYLE.with(|style| {
        style.class("ck-history-tools", || {
            stylist::css!(
                r#"
            display: flex;
            align-items: center;
            justify-content: space-between;
            gap: 8px;
            margin: 8px 0;
            .ck-search {
                flex: 1 1 auto;
                min-width: 0;
                padding: 5px 8px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--surface);
            }
            .ck-found { color: var(--muted); font-size: 12px; white-space: nowrap; }
        "#
            )
        })
    })
}
