//! The panel's top bar: its name, the shift report's button, the notifications switch, and the
//! button that collapses the panel to a rail. Collapsed, the rail still shows how many interactions are active and marks
//! one that arrived since, so nothing new goes unseen.

use yew::prelude::*;

use crate::attention::badge_text;
use crate::web::context::use_cockpit;
use crate::web::integrations::notifications::NotifyButton;

#[derive(Properties, PartialEq)]
pub struct PanelBarProps {
    pub collapsed: bool,
    pub active: usize,
    /// Interactions that arrived while the panel was collapsed.
    pub unseen: u64,
    pub ontoggle: Callback<()>,
    /// The report is shown instead of the interactions.
    #[prop_or_default]
    pub reporting: bool,
    /// Shows the report, or the interactions again.
    #[prop_or_default]
    pub onreport: Option<Callback<()>>,
    /// In an element: opens the cockpit in a window of its own.
    #[prop_or_default]
    pub onpopout: Option<Callback<()>>,
}

#[component]
pub fn PanelBar(props: &PanelBarProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let collapsed = props.collapsed;
    let label = if collapsed {
        texts.expand_panel
    } else {
        texts.collapse_panel
    };
    let ontoggle = props.ontoggle.reform(|_: MouseEvent| ());
    let count = texts
        .active_count
        .of(props.active as u64, &cockpit.counts());
    let unseen = texts.rail_unseen.of(props.unseen, &cockpit.counts());
    html! {
        <div class="ck-bar">
            if !collapsed {
                <h1>{ texts.app_title }</h1>
                if let Some(onreport) = &props.onreport {
                    <button type="button" class="ck-button ck-report-button"
                        aria-pressed={props.reporting.to_string()} aria-controls="ck-panel-body"
                        onclick={onreport.reform(|_: MouseEvent| ())}>{ texts.report_button }</button>
                }
                if let Some(onpopout) = &props.onpopout {
                    <button type="button" class="ck-button ck-pop-out" title={texts.pop_out_title}
                        onclick={onpopout.reform(|_: MouseEvent| ())}>{ texts.pop_out }</button>
                }
                <NotifyButton />
            }
            <button
                type="button"
                class="ck-toggle"
                aria-expanded={(!collapsed).to_string()}
                aria-controls="ck-panel-body"
                title={label}
                onclick={ontoggle.clone()}
            >
                <span aria-hidden="true">{ if collapsed { "«" } else { "»" } }</span>
                <span class="ck-sr-only">{ label }</span>
            </button>
            if collapsed {
                <button type="button" class="ck-rail" onclick={ontoggle} title={count.clone()}>
                    <span class="ck-rail-count" aria-hidden="true">{ badge_text(props.active as u64) }</span>
                    <span class="ck-sr-only">{ count }</span>
                    if props.unseen > 0 {
                        <span class="ck-rail-new" title={unseen.clone()}>
                            <span aria-hidden="true">{ format!("+{}", badge_text(props.unseen)) }</span>
                            <span class="ck-sr-only">{ unseen }</span>
                        </span>
                    }
                </button>
            }
        </div>
    }
}
