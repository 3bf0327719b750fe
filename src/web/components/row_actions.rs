//! What can be done with an interaction from its row: copy its client id, call the client
//! again (fills the dial form, sends nothing), open its CRM record. A view function: the row
//! holds the one piece of state (whether the copy just worked), so a new row costs one
//! component, not two.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::screen_pop::ScreenPop;
use crate::state::Interaction;
use crate::web::components::icons;
use crate::web::hooks::{Prefills, UseCopyHandle};

pub fn row_actions(
    interaction: &Rc<Interaction>,
    lang: Lang,
    crm: Option<&ScreenPop>,
    prefill: &Prefills,
    copy: &UseCopyHandle,
) -> Html {
    let texts = lang.texts();
    let client_id = interaction.assignment.as_ref().map(|a| a.client_id.clone());
    let unknown = client_id.is_none();
    let oncopy = {
        let copy = copy.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(client_id) = &client_id {
                copy.copy(client_id.clone());
            }
        })
    };
    let oncall = {
        let (interaction, prefill) = (interaction.clone(), prefill.clone());
        Callback::from(move |_: MouseEvent| prefill.call_again(&interaction))
    };
    let crm = crm.map(|crm| {
        let label = crm
            .label
            .clone()
            .unwrap_or_else(|| texts.open_crm.to_owned());
        let href = crm.url.fill(&interaction.link_values());
        html! {
            <a class={classes!("ck-icon-button", icons::EXTERNAL)} {href} target="_blank"
                rel="noopener noreferrer" aria-label={label.clone()} title={label}></a>
        }
    });
    let (copied, outcome) = match copy.outcome {
        Some(true) => (texts.copied, Some("ck-done")),
        Some(false) => (texts.copy_failed, Some("ck-failed")),
        None => ("", None),
    };
    html! {
        <span class="ck-actions">
            <button type="button" class={classes!("ck-icon-button", icons::COPY, outcome)}
                aria-label={texts.copy_client} title={texts.copy_client} disabled={unknown}
                onclick={oncopy}></button>
            <button type="button" class={classes!("ck-icon-button", "ck-call-again", icons::PHONE)}
                aria-label={texts.call_again} title={texts.call_again} disabled={unknown}
                onclick={oncall}></button>
            { crm.unwrap_or_default() }
            <span class="ck-sr-only" role="status">{ copied }</span>
        </span>
    }
}
