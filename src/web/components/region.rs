//! A named region of the panel: a `<section>` labelled by its heading, with a count beside the
//! heading, the list of interaction rows (or a line saying there are none), and what follows.
//! Active interactions and History are both one.

use yew::prelude::*;

use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct RegionProps {
    /// The heading's id; the section is labelled by it.
    pub id: AttrValue,
    pub heading: AttrValue,
    /// Shown beside the heading.
    pub count: usize,
    /// Whether there are no rows to show.
    pub is_empty: bool,
    /// Shown instead of the rows when there are none.
    pub empty: AttrValue,
    /// Between the heading and the rows (a search field).
    #[prop_or_default]
    pub tools: Html,
    /// The rows: `<li class="ck-row">` elements (see `InteractionRow`).
    pub children: Html,
    /// Anything below the list (a pager).
    #[prop_or_default]
    pub footer: Html,
    /// Set on the section, for variants of the row style.
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn Region(props: &RegionProps) -> Html {
    let styles = use_styles();
    html! {
        <section class={classes!(style(&styles), props.class.clone())} aria-labelledby={props.id.clone()}>
            <header>
                <h2 id={props.id.clone()}>{ props.heading.clone() }</h2>
                <span class="ck-count" data-count={props.count.to_string()}>{ props.count }</span>
            </header>
            { props.tools.clone() }
            if props.is_empty {
                <p class="ck-empty">{ props.empty.clone() }</p>
            } else {
                <ul>{ props.children.clone() }</ul>
                { props.footer.clone() }
            }
        </section>
    }
}

static_style!(
    style,
    "ck-region",
    r#"
            contain: content;
            header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
            h2 { font-size: 14px; }
            .ck-count {
                min-width: 20px;
                padding: 0 6px;
                border-radius: 10px;
                background: var(--border);
                font-size: 12px;
                text-align: center;
            }
            ul {
                list-style: none;
                margin: 0;
                padding: 0;
                border: 1px solid var(--border);
                border-radius: 6px;
                background: var(--surface);
                overflow: hidden;
            }
            .ck-row { contain: content; border-top: 1px solid var(--border); }
            .ck-row:first-child { border-top: 0; }
            .ck-row:focus-visible { outline-offset: -2px; }
            .ck-line {
                display: flex;
                align-items: center;
                gap: 0 3px;
                min-height: 32px;
                padding: 2px 2px 2px 4px;
            }
            .ck-row:focus-within .ck-line { flex-wrap: wrap; }
            .ck-expand { flex: 0 0 auto; width: 20px; }
            .ck-expand::before { transition: transform 0.12s; }
            .ck-open .ck-expand::before { transform: rotate(90deg); }
            .ck-client {
                flex: 0 0 auto;
                max-width: 38%;
                overflow: hidden;
                text-overflow: ellipsis;
                white-space: nowrap;
                font-weight: 600;
            }
            .ck-meta {
                flex: 1 1 0;
                min-width: 0;
                overflow: hidden;
                text-overflow: ellipsis;
                white-space: nowrap;
                color: var(--muted);
                font-size: 12px;
            }
            .ck-hubspot {
                flex: 0 0 auto;
                padding: 0 4px;
                border: 1px solid var(--border);
                border-radius: 4px;
                font-size: 11px;
                color: var(--muted);
            }
            .ck-hubspot-logged { border-color: var(--success); color: var(--success); }
            .ck-hubspot-failed { border-color: var(--danger); color: var(--danger); }
            .ck-hubspot-logging { border-style: dashed; }
            .ck-guid {
                flex: 0 1 48px;
                min-width: 14px;
                overflow: hidden;
                text-overflow: ellipsis;
                white-space: nowrap;
                color: var(--muted);
                font: 11px ui-monospace, "SF Mono", Menlo, Consolas, monospace;
            }
            .ck-row:focus-within .ck-guid {
                order: 10;
                flex-basis: 100%;
                padding: 0 0 2px 28px;
                white-space: normal;
                overflow-wrap: anywhere;
            }
            .ck-elapsed, .ck-finished {
                flex: 0 0 auto;
                font-variant-numeric: tabular-nums;
                font-size: 13px;
            }
            .ck-elapsed { font-weight: 600; min-width: 34px; text-align: right; }
            .ck-elapsed.ck-raised { color: var(--warning); }
            .ck-elapsed.ck-urgent { color: var(--danger); font-weight: 800; }
            .ck-finished { color: var(--muted); font-size: 12px; }
            .ck-actions { flex: 0 0 auto; display: flex; gap: 1px; }
            .ck-sub {
                display: flex;
                flex-wrap: wrap;
                gap: 0 10px;
                margin: -4px 0 0;
                padding: 0 8px 5px 32px;
                color: var(--muted);
                font-size: 12px;
            }
            .ck-sub b { color: var(--text); font-weight: 600; font-variant-numeric: tabular-nums; }
            .ck-disposed {
                min-width: 0;
                max-width: 100%;
                overflow: hidden;
                text-overflow: ellipsis;
                white-space: nowrap;
            }
            .ck-said { flex: 1 1 0; font-style: italic; }
            .ck-more {
                padding: 4px 10px 10px 32px;
                font-size: 13px;
            }
            .ck-empty { color: var(--muted); margin: 0; }
            &.ck-live .ck-count { background: var(--primary); color: var(--on-primary); }
            &.ck-live .ck-row { box-shadow: inset 3px 0 0 var(--success); }
            &.ck-live .ck-row.ck-raised { box-shadow: inset 3px 0 0 var(--warning); }
            &.ck-live .ck-row.ck-urgent, &.ck-live .ck-row.ck-orphaned {
                box-shadow: inset 3px 0 0 var(--danger);
            }
            .ck-badges { display: flex; flex-wrap: wrap; gap: 4px; margin: -2px 0 0; padding: 0 8px 6px 32px; }
            .ck-badge {
                padding: 0 6px;
                border-radius: 4px;
                border: 1px solid var(--border);
                font-size: 11px;
                color: var(--muted);
            }
            .ck-orphan { border-color: var(--danger); color: var(--danger); }
        "#
);
