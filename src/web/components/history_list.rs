//! The region **History**: finished interactions (and whatever uContact reported about
//! interactions it never assigned), newest first, a page at a time so the cost of a render does
//! not grow with the shift.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Locale, fill};
use crate::state::{History, Interaction};
use crate::web::components::{Dispositions, InteractionDetails, Region};
use crate::web::intl;
use crate::web::styles;

/// Entries per page.
pub const PAGE: usize = 20;

#[derive(Properties, PartialEq)]
pub struct HistoryListProps {
    pub history: History,
    pub locale: Locale,
}

#[component]
pub fn HistoryList(props: &HistoryListProps) -> Html {
    let texts = props.locale.lang.texts();
    let page = use_state(|| 0usize);
    let total = props.history.len();
    let last_page = total.saturating_sub(1) / PAGE;
    let current = (*page).min(last_page);
    let entries = props.history.page(current * PAGE, PAGE);
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    let range = fill(
        texts.history_range,
        &[
            ("from", &(current * PAGE + 1).to_string()),
            ("to", &(current * PAGE + entries.len()).to_string()),
            ("total", &total.to_string()),
        ],
    );
    let pager = (total > PAGE).then(|| {
        html! {
            <nav class={style()} aria-label={texts.history_heading}>
                <button type="button" disabled={current == 0} onclick={go(current.saturating_sub(1))}>
                    { texts.history_newer }
                </button>
                <span>{ range }</span>
                <button type="button" disabled={current >= last_page} onclick={go(current + 1)}>
                    { texts.history_older }
                </button>
            </nav>
        }
    });
    html! {
        <Region
            id="ck-history-heading"
            heading={texts.history_heading}
            count={total}
            empty={texts.history_empty}
            footer={pager.unwrap_or_default()}
        >
            { for entries.iter().map(|interaction| html! {
                <HistoryRow
                    key={interaction.guid.clone()}
                    interaction={interaction.clone()}
                    locale={props.locale.clone()}
                />
            }) }
        </Region>
    }
}

#[derive(Properties, PartialEq)]
struct HistoryRowProps {
    interaction: Rc<Interaction>,
    locale: Locale,
}

#[component]
fn HistoryRow(props: &HistoryRowProps) -> Html {
    let texts = props.locale.lang.texts();
    let finish = props
        .interaction
        .finish
        .as_ref()
        .map(|finish| finish.date.clone());
    let finished = use_memo((finish, props.locale.clone()), |(finish, locale)| {
        finish.as_deref().map(|raw| intl::finish_date(raw, locale))
    });
    html! {
        <li class="ck-row">
            <InteractionDetails interaction={props.interaction.clone()} lang={props.locale.lang}>
                <dt>{ texts.field_finished }</dt>
                <dd class="ck-finished">
                    { match finished.as_ref() {
                        Some(date) => html! { <>{ date.clone() }</> },
                        None => html! { <span class="ck-unknown">{ texts.not_finished }</span> },
                    } }
                </dd>
            </InteractionDetails>
            <Dispositions dispositions={props.interaction.dispositions.clone()} lang={props.locale.lang} />
        </li>
    }
}

/// The pager's style.
fn style() -> Classes {
    thread_local! {
        static STYLE: Classes = styles::register("ck-pager", stylist::css!(r#"
            display: flex;
            align-items: center;
            justify-content: space-between;
            gap: 8px;
            margin-top: 8px;
            button {
                padding: 4px 10px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--surface);
                cursor: pointer;
            }
            button:disabled { opacity: 0.5; cursor: default; }
        "#));
    }
    STYLE.with(Clone::clone)
}
