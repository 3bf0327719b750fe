//! A named region of the panel: a `<section>` labelled by its heading, with a count beside the
//! heading, the list of interaction rows (or a line saying there are none), and what follows.
//! Active interactions and History are both one.

use yew::prelude::*;

use crate::web::styles;

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
    /// The rows: `<li class="ck-row">` elements.
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
    html! {
        <section class={classes!(style(), props.class.clone())} aria-labelledby={props.id.clone()}>
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

fn style() -> Classes {
    thread_local! {
        static STYLE: Classes = styles::register("ck-region", stylist::css!(r#"
            contain: content;
            header { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
            h2 { font-size: 15px; }
            .ck-count {
                min-width: 20px;
                padding: 0 6px;
                border-radius: 10px;
                background: var(--border);
                font-size: 12px;
                text-align: center;
            }
            ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
            .ck-row {
                contain: content;
                padding: 8px 10px;
                border: 1px solid var(--border);
                border-radius: 6px;
                background: var(--surface);
            }
            .ck-empty { color: var(--muted); margin: 0; }
            &.ck-live .ck-count { background: var(--primary); color: var(--on-primary); }
            &.ck-live .ck-row { border-left: 4px solid var(--success); }
            .ck-elapsed { font-variant-numeric: tabular-nums; font-weight: 600; }
            .ck-badges { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 6px; }
            .ck-badge {
                padding: 1px 6px;
                border-radius: 4px;
                border: 1px solid var(--border);
                font-size: 12px;
                color: var(--muted);
            }
            .ck-orphan { border-color: var(--danger); color: var(--danger); }
            &.ck-live .ck-orphaned { border-left-color: var(--danger); }
        "#));
    }
    STYLE.with(Clone::clone)
}
