//! What can be done with an interaction from its row: copy its client id, call the client
//! again (fills the dial form, sends nothing), open its CRM record.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::screen_pop::{ScreenPop, Values};
use crate::state::Interaction;
use crate::web::components::icons;
use crate::web::hooks::use_copy;

#[derive(Properties, PartialEq)]
pub struct RowActionsProps {
    pub interaction: Rc<Interaction>,
    pub lang: Lang,
    /// The CRM link, when the deployment has one.
    pub crm: Option<Rc<ScreenPop>>,
    pub oncallagain: Callback<Rc<Interaction>>,
}

#[component]
pub fn RowActions(props: &RowActionsProps) -> Html {
    let texts = props.lang.texts();
    let copy = use_copy();
    let client_id = props
        .interaction
        .assignment
        .as_ref()
        .map(|a| a.client_id.clone());
    let oncopy = {
        let (copy, client_id) = (copy.clone(), client_id.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(client_id) = &client_id {
                copy.copy(client_id.clone());
            }
        })
    };
    let oncall = {
        let interaction = props.interaction.clone();
        props
            .oncallagain
            .reform(move |_: MouseEvent| interaction.clone())
    };
    let unknown = client_id.is_none();
    let crm = props.crm.as_ref().map(|crm| {
        let label = crm
            .label
            .clone()
            .unwrap_or_else(|| texts.open_crm.to_owned());
        let href = crm.url.fill(&Values::of(&props.interaction));
        html! {
            <a class="ck-icon-button" {href} target="_blank" rel="noopener noreferrer"
                aria-label={label.clone()} title={label}>
                { icons::external() }
            </a>
        }
    });
    let copied = match copy.outcome {
        Some(true) => texts.copied,
        Some(false) => texts.copy_failed,
        None => "",
    };
    html! {
        <span class="ck-actions">
            <button type="button" class={classes!("ck-icon-button", copy.outcome.map(|ok| if ok { "ck-done" } else { "ck-failed" }))}
                aria-label={texts.copy_client} title={texts.copy_client} disabled={unknown} onclick={oncopy}>
                { icons::copy() }
            </button>
            <button type="button" class="ck-icon-button ck-call-again"
                aria-label={texts.call_again} title={texts.call_again} disabled={unknown} onclick={oncall}>
                { icons::phone() }
            </button>
            { crm.unwrap_or_default() }
            <span class="ck-sr-only" role="status">{ copied }</span>
        </span>
    }
}
