//! The region **Active interactions**: what is assigned to the agent and not yet finished,
//! newest first, each with its time since assignment.

use std::rc::Rc;

use yew::prelude::*;

use crate::datetime::format_elapsed;
use crate::i18n::Lang;
use crate::state::{Interaction, Millis};
use crate::web::components::{Dispositions, InteractionDetails};
use crate::web::hooks::use_clock;
use crate::web::styles;

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
        <section class={style()} aria-labelledby="ck-active-heading">
            <header>
                <h2 id="ck-active-heading">{ texts.active_heading }</h2>
                <span class="ck-count" data-count={props.interactions.len().to_string()}>
                    { props.interactions.len() }
                </span>
            </header>
            if props.interactions.is_empty() {
                <p class="ck-empty">{ texts.active_empty }</p>
            } else {
                <ul>
                    { for props.interactions.iter().map(|interaction| html! {
                        <ActiveRow
                            key={interaction.guid.clone()}
                            interaction={interaction.clone()}
                            lang={props.lang}
                            {now}
                        />
                    }) }
                </ul>
            }
        </section>
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

fn style() -> Classes {
    thread_local! {
        static STYLE: Classes = styles::register("ck-active", stylist::css!(r#"
            header { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
            h2 { font-size: 15px; }
            .ck-count {
                min-width: 20px;
                padding: 0 6px;
                border-radius: 10px;
                background: var(--primary);
                color: var(--on-primary);
                font-size: 12px;
                text-align: center;
            }
            ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
            .ck-row {
                padding: 8px 10px;
                border: 1px solid var(--border);
                border-left: 4px solid var(--success);
                border-radius: 6px;
                background: var(--surface);
            }
            .ck-elapsed { font-variant-numeric: tabular-nums; font-weight: 600; }
            .ck-empty { color: var(--muted); margin: 0; }
        "#));
    }
    STYLE.with(Clone::clone)
}
