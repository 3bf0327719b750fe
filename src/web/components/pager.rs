//! Newer/Older buttons and "21–40 of 45" for a list shown a page at a time (active
//! interactions, history), when it needs them.

use yew::prelude::*;

use crate::i18n::Numbers;

use crate::i18n::fill;
use crate::web::context::use_cockpit;
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// The list's name, for the navigation landmark.
    pub label: AttrValue,
    /// The page shown, from 0.
    pub current: usize,
    pub size: usize,
    pub total: usize,
    /// How many rows the current page shows.
    pub shown: usize,
    pub onpage: Callback<usize>,
}

#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let numbers = cockpit.counts();
    let number = |n: usize| numbers.number(n as u64);
    let styles = use_styles();
    if props.total <= props.size {
        return Html::default();
    }
    let (current, size) = (props.current, props.size);
    let last_page = props.total.saturating_sub(1) / size;
    let go = |to: usize| props.onpage.reform(move |_: MouseEvent| to);
    let range = fill(
        texts.history_range,
        &[
            ("from", &number(current * size + 1)),
            ("to", &number(current * size + props.shown)),
            ("total", &number(props.total)),
        ],
    );
    html! {
        <nav class={tools_style(&styles)} aria-label={props.label.clone()}>
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

// The style of the pager and of the history's search bar.
static_style!(pub tools_style, "ck-history-tools", r#"
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
        "#);
