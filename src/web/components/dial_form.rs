//! The dial form: campaign, channel and client id, validated here and handed up as a request
//! (the reducer queues it for posting to uContact, once: the same request is not sent again
//! while it is pending). Under it, what became of the newest dial. "Call again" on a row fills
//! the form and puts the focus on its button, sending nothing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::naming::channel_name;
use crate::protocol::{DialErrors, FieldError, MAX_NAME, StartInteraction};
use crate::state::Dials;
use crate::web::components::dial_log::{Telling, dial_outcome};
use crate::web::components::naming::campaign_text;
use crate::web::context::use_cockpit;
use crate::web::hooks::{Prefill, use_latest_prefill};
use crate::web::styles::use_styles;

/// Why the form's last request was not sent (the same one waiting already, …); `seq` tells one
/// refusal from the next, so the form shows each until the agent edits a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub seq: u32,
    pub text: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct DialFormProps {
    /// The dials so far: the newest is shown.
    #[prop_or_default]
    pub dials: Dials,
    /// uContact has been silent since its frame loaded.
    #[prop_or_default]
    pub silent: bool,
    /// Why the last request was not sent, if it was not.
    #[prop_or_default]
    pub refusal: Option<Refusal>,
    /// A valid request, to be sent (the cockpit admits it or says why not).
    pub ondial: Callback<StartInteraction>,
    /// Shows the interaction with this guid.
    #[prop_or_default]
    pub onshow: Callback<String>,
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
    let cockpit = use_cockpit();
    let styles = use_styles();
    let texts = cockpit.texts();
    let lang = cockpit.locale.lang;
    let typed = use_state(Typed::default);
    let errors = use_state(DialErrors::default);
    // The refusal last dismissed (by an edit), by its number.
    let dismissed = use_state(|| 0u32);
    let prefill = use_latest_prefill();
    let submit = use_node_ref();

    let campaign = use_node_ref();
    {
        let (typed, errors) = (typed.clone(), errors.clone());
        let (submit, campaign) = (submit.clone(), campaign.clone());
        use_effect_with(prefill, move |prefill| {
            if let Some(Prefill {
                request,
                focus_campaign,
                ..
            }) = prefill
            {
                let keep = |given: &str, typed: &str| {
                    if given.is_empty() { typed } else { given }.to_owned()
                };
                typed.set(Typed {
                    campaign: keep(&request.campaign, &typed.campaign),
                    channel: keep(&request.channel, &typed.channel),
                    client_id: keep(&request.client_id, &typed.client_id),
                });
                errors.set(DialErrors::default());
                let focused = if *focus_campaign {
                    campaign.cast::<web_sys::HtmlElement>()
                } else {
                    submit.cast::<web_sys::HtmlElement>()
                };
                if let Some(focused) = focused {
                    let _ = focused.focus();
                }
            }
        });
    }

    let onsubmit = {
        let (typed, errors, ondial) = (typed.clone(), errors.clone(), props.ondial.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match StartInteraction::new(&typed.campaign, &typed.channel, &typed.client_id) {
                Ok(request) => {
                    errors.set(DialErrors::default());
                    ondial.emit(request);
                }
                Err(found) => errors.set(found),
            }
        })
    };
    let edit = |change: fn(&mut Typed, String)| {
        let (typed, dismissed) = (typed.clone(), dismissed.clone());
        let refused = props.refusal.as_ref().map_or(0, |refusal| refusal.seq);
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let mut next = (*typed).clone();
            change(&mut next, input.value());
            typed.set(next);
            dismissed.set(refused);
        })
    };
    let field = |id: &str,
                 label: &str,
                 value: &str,
                 list: Option<&str>,
                 error: Option<FieldError>,
                 oninput,
                 node: NodeRef| {
        let error_id = format!("{id}-error");
        html! {
            <div class="ck-field">
                <label for={id.to_owned()}>{ label }</label>
                <input
                    ref={node}
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
    // Each suggestion is uContact's own value (what is sent), labelled as the agent reads it.
    let suggestions = |id: &str, values: &[String], shown: &dyn Fn(&str) -> String| {
        html! {
            <datalist id={id.to_owned()}>
                { for values.iter().map(|value| {
                    let label = shown(value);
                    let label = (label != *value).then_some(label);
                    html! { <option value={value.clone()} {label} /> }
                }) }
            </datalist>
        }
    };
    let telling = Telling {
        locale: &cockpit.locale,
        styles: &styles,
        silent: props.silent,
        answer_seconds: cockpit.config.dial_answer_seconds,
        onretry: &props.ondial,
        onshow: &props.onshow,
    };
    let newest = props.dials.iter().next();
    let refused = props
        .refusal
        .as_ref()
        .filter(|refusal| refusal.seq > *dismissed);
    html! {
        <form class={style(&styles)} novalidate=true aria-labelledby="ck-dial-heading" {onsubmit}>
            <h2 id="ck-dial-heading">{ texts.dial_heading }</h2>
            <div class="ck-fields">
                { field("ck-dial-campaign", texts.field_campaign, &typed.campaign, Some("ck-campaigns"),
                    errors.campaign, edit(|typed, value| typed.campaign = value), campaign.clone()) }
                { field("ck-dial-channel", texts.field_channel, &typed.channel, Some("ck-channels"),
                    errors.channel, edit(|typed, value| typed.channel = value), NodeRef::default()) }
                { field("ck-dial-client", texts.field_client_id, &typed.client_id, None,
                    errors.client_id, edit(|typed, value| typed.client_id = value), NodeRef::default()) }
                <button type="submit" class="ck-primary" ref={submit}>{ texts.dial_submit }</button>
            </div>
            { suggestions("ck-campaigns", &cockpit.config.campaigns, &|raw| campaign_text(raw, texts)) }
            { suggestions("ck-channels", &cockpit.config.channels, &|id| channel_name(id, lang).to_owned()) }
            <div class="ck-status" role="status">
                if let Some(refusal) = refused {
                    <p class="ck-error">{ refusal.text.clone() }</p>
                } else if let Some(dial) = newest {
                    { dial_outcome(dial, &telling) }
                }
            </div>
        </form>
    }
}

static_style!(
    style,
    "ck-dial",
    r#"
            display: grid;
            gap: 6px;
            h2 { font-size: 13px; }
            .ck-fields {
                display: grid;
                grid-template-columns: 1fr 1fr;
                gap: 4px 8px;
                align-items: end;
            }
            .ck-field { display: grid; gap: 1px; min-width: 0; }
            label { color: var(--muted); font-size: 12px; }
            input {
                width: 100%;
                padding: 5px 8px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--bg);
            }
            input[aria-invalid="true"] { border-color: var(--danger); }
            .ck-error { margin: 0; color: var(--danger); font-size: 12px; }
            .ck-primary { padding: 6px 12px; }
            .ck-status { min-height: 1.45em; font-size: 12px; color: var(--muted); }
            .ck-status p { margin: 0; }
        "#
);
