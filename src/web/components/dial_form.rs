//! The dial form: campaign, channel and client id, validated here and handed to the bridge,
//! which posts `startInteraction` to uContact.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{Locale, fill};
use crate::protocol::{DialErrors, FieldError, MAX_NAME, StartInteraction};
use crate::state::DialReceipt;
use crate::web::intl::{self, Style};
use crate::web::styles;

#[derive(Properties, PartialEq)]
pub struct DialFormProps {
    pub campaigns: Rc<Vec<String>>,
    pub channels: Rc<Vec<String>>,
    pub locale: Locale,
    /// The last request uContact was sent, for the confirmation line.
    pub receipt: Option<DialReceipt>,
    /// Posts a valid request; answers whether it could be handed to uContact.
    pub ondial: Callback<StartInteraction, bool>,
}

/// What the agent typed, field by field.
#[derive(Clone, Default, PartialEq)]
struct Typed {
    campaign: String,
    channel: String,
    client_id: String,
}

#[component]
pub fn DialForm(props: &DialFormProps) -> Html {
    let texts = props.locale.lang.texts();
    let typed = use_state(Typed::default);
    let errors = use_state(DialErrors::default);
    let unavailable = use_state(|| false);

    let onsubmit = {
        let (typed, errors, unavailable) = (typed.clone(), errors.clone(), unavailable.clone());
        let ondial = props.ondial.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match StartInteraction::new(&typed.campaign, &typed.channel, &typed.client_id) {
                Ok(request) => {
                    errors.set(DialErrors::default());
                    let sent = ondial.emit(request);
                    unavailable.set(!sent);
                }
                Err(found) => errors.set(found),
            }
        })
    };
    let edit = |change: fn(&mut Typed, String)| {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let mut next = (*typed).clone();
            change(&mut next, input.value());
            typed.set(next);
        })
    };
    let field = |id: &str,
                 label: &str,
                 value: &str,
                 list: Option<&str>,
                 error: Option<FieldError>,
                 oninput| {
        let error_id = format!("{id}-error");
        html! {
            <div class="ck-field">
                <label for={id.to_owned()}>{ label }</label>
                <input
                    id={id.to_owned()}
                    name={id.to_owned()}
                    type="text"
                    autocomplete="off"
                    required=true
                    maxlength={MAX_NAME.to_string()}
                    list={list.map(str::to_owned)}
                    value={value.to_owned()}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| error_id.clone())}
                    {oninput}
                />
                if let Some(error) = error {
                    <p id={error_id} class="ck-error">{ texts.dial_error(error) }</p>
                }
            </div>
        }
    };
    let receipt = props.receipt.as_ref().map(|receipt| {
        fill(
            texts.dial_sent,
            &[
                ("campaign", &receipt.request.campaign),
                ("channel", &receipt.request.channel),
                ("client", &receipt.request.client_id),
                (
                    "time",
                    &intl::moment(receipt.at, &props.locale, Style::Time),
                ),
            ],
        )
    });
    let suggestions = |id: &str, values: &[String]| {
        html! {
            <datalist id={id.to_owned()}>
                { for values.iter().map(|value| html! { <option value={value.clone()} /> }) }
            </datalist>
        }
    };
    html! {
        <form class={style()} novalidate=true aria-labelledby="ck-dial-heading" {onsubmit}>
            <h2 id="ck-dial-heading">{ texts.dial_heading }</h2>
            { field("ck-dial-campaign", texts.field_campaign, &typed.campaign, Some("ck-campaigns"),
                errors.campaign, edit(|typed, value| typed.campaign = value)) }
            { field("ck-dial-channel", texts.field_channel, &typed.channel, Some("ck-channels"),
                errors.channel, edit(|typed, value| typed.channel = value)) }
            { field("ck-dial-client", texts.field_client_id, &typed.client_id, None,
                errors.client_id, edit(|typed, value| typed.client_id = value)) }
            { suggestions("ck-campaigns", &props.campaigns) }
            { suggestions("ck-channels", &props.channels) }
            <button type="submit" class="ck-primary">{ texts.dial_submit }</button>
            <p class="ck-status" role="status">
                if *unavailable {
                    <span class="ck-error">{ texts.dial_unavailable }</span>
                } else if let Some(receipt) = receipt {
                    { receipt }
                }
            </p>
        </form>
    }
}

fn style() -> Classes {
    thread_local! {
        static STYLE: Classes = styles::register("ck-dial", stylist::css!(r#"
            display: grid;
            gap: 8px;
            padding: 10px;
            border: 1px solid var(--border);
            border-radius: 6px;
            background: var(--surface);
            h2 { font-size: 15px; }
            .ck-field { display: grid; gap: 2px; }
            label { color: var(--muted); font-size: 12px; }
            input {
                padding: 6px 8px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--bg);
            }
            input[aria-invalid="true"] { border-color: var(--danger); }
            .ck-error { margin: 0; color: var(--danger); font-size: 12px; }
            button[type="submit"] { justify-self: start; }
            .ck-status { margin: 0; min-height: 1.45em; font-size: 12px; color: var(--muted); }
        "#));
    }
    STYLE.with(Clone::clone)
}
