//! One interaction as one line: client id first, channel · campaign (each as the agent reads
//! it, icons first so they show however narrow the line), the guid (shortened only
//! by CSS: the whole guid stays in the text, for screen readers, Ctrl+F and selection, and shows
//! in full on focus and hover), a time at the end, and the row's actions. The row is focusable;
//! Enter (or its chevron) opens its details in place, arrow keys move between rows.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::i18n::Texts;
use crate::integrations::hubspot::Logged;
use crate::state::Interaction;
use crate::web::components::naming::{campaign_label, channel_label};
use crate::web::components::{dispositions, icons, interaction_details, row_actions};
use crate::web::context::use_cockpit;
use crate::web::hooks::{use_copy, use_prefill};
use crate::web::integrations::hubspot::HubSpotRows;
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct InteractionRowProps {
    pub interaction: Rc<Interaction>,
    /// At the line's end: elapsed time for an active interaction, finish time in history.
    pub time: Html,
    /// Under the line (history: handle and wrap-up times, the disposition).
    #[prop_or_default]
    pub summary: Html,
    /// Marks under the line (restored, possibly orphaned).
    #[prop_or_default]
    pub badges: Html,
    #[prop_or_default]
    pub class: Classes,
}

thread_local! {
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

#[component]
pub fn InteractionRow(props: &InteractionRowProps) -> Html {
    let cockpit = use_cockpit();
    let styles = use_styles();
    let prefill = use_prefill();
    let lang = cockpit.locale.lang;
    let texts = lang.texts();
    let open = use_state(|| false);
    let copy = use_copy();
    // A number for the details' id, unique in the page whatever the guid holds.
    let number = *use_state(|| {
        NEXT_ID.with(|next| {
            let number = next.get();
            next.set(number + 1);
            number
        })
    });
    let id = open.then(|| format!("ck-row-{number}"));
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Some(row) = event
                .target()
                .and_then(|target| target.dyn_into::<HtmlElement>().ok())
                .filter(|target| target.tag_name() == "LI")
            else {
                return;
            };
            let sibling = match event.key().as_str() {
                "Enter" | " " => {
                    event.prevent_default();
                    open.set(!*open);
                    return;
                }
                "ArrowDown" => row.next_element_sibling(),
                "ArrowUp" => row.previous_element_sibling(),
                _ => return,
            };
            if let Some(sibling) = sibling.and_then(|s| s.dyn_into::<HtmlElement>().ok()) {
                event.prevent_default();
                let _ = sibling.focus();
            }
        })
    };
    let interaction = &props.interaction;
    let hubspot = use_context::<HubSpotRows>().and_then(|rows| rows.of(&interaction.guid));
    let assignment = interaction.assignment.as_ref();
    let meta = assignment
        .map(|a| {
            html! {
                <>
                    { channel_label(&a.channel, lang) }
                    { " · " }
                    { campaign_label(&a.campaign, texts) }
                </>
            }
        })
        .unwrap_or_default();
    html! {
        <li class={classes!("ck-row", props.class.clone(), open.then_some("ck-open"))}
            tabindex="0" data-guid={interaction.guid.clone()} {onkeydown}>
            <div class="ck-line">
                <button type="button" class={classes!("ck-icon-button", "ck-expand", icons::CHEVRON)} onclick={toggle}
                    aria-expanded={open.to_string()}
                    aria-controls={id.clone()}
                    aria-label={texts.show_details}
                    title={texts.show_details}></button>
                { match assignment {
                    Some(a) => html! { <span class="ck-client">{ &a.client_id }</span> },
                    None => html! { <span class="ck-client ck-unknown">{ texts.unknown_value }</span> },
                } }
                <span class="ck-meta">{ meta }</span>
                if let Some(logged) = hubspot {
                    { hubspot_mark(logged, texts) }
                }
                <span class="ck-guid" title={interaction.guid.clone()}>{ &interaction.guid }</span>
                { props.time.clone() }
                { row_actions(interaction, lang, cockpit.config.screen_pop.as_ref(), &prefill, &copy) }
            </div>
            { props.summary.clone() }
            { props.badges.clone() }
            if let Some(id) = id {
                <div class="ck-more" {id}>
                    { interaction_details(interaction, &cockpit, &styles) }
                    { dispositions(&interaction.dispositions, lang, &styles) }
                </div>
            }
        </li>
    }
}

/// How the call stands in HubSpot: a short mark, its words as the tooltip and for screen readers.
fn hubspot_mark(logged: Logged, texts: &Texts) -> Html {
    let (class, words) = match logged {
        Logged::Logged => ("ck-hubspot-logged", texts.hubspot_logged),
        Logged::Logging => ("ck-hubspot-logging", texts.hubspot_logging),
        Logged::Failed => ("ck-hubspot-failed", texts.hubspot_not_logged),
    };
    html! {
        <span class={classes!("ck-hubspot", class)} title={words}>
            <span aria-hidden="true">{ "HubSpot" }</span>
            <span class="ck-sr-only">{ words }</span>
        </span>
    }
}
