//! What became of the agent's dials: waiting for uContact, answered (with the interaction it
//! became), not answered (and why) or not sent, with Retry. The newest shows under the dial
//! form; the last twenty are listed in **Recent dials**.

use yew::prelude::*;

use crate::i18n::Numbers;

use crate::i18n::{Locale, fill};
use crate::naming::channel_name;
use crate::protocol::StartInteraction;
use crate::state::{Dial, DialSource, Dials, Outcome};
use crate::web::components::naming::campaign_text;
use crate::web::context::use_cockpit;
use crate::web::intl::{self, Style};
use crate::web::styles::{Styles, use_styles};

/// How a dial's outcome is told.
pub struct Telling<'a> {
    pub locale: &'a Locale,
    pub styles: &'a Styles,
    /// uContact has been silent since its frame loaded (the silence hint is up).
    pub silent: bool,
    pub answer_seconds: u32,
    pub onretry: &'a Callback<StartInteraction>,
    /// Shows the interaction with this guid.
    pub onshow: &'a Callback<String>,
}

/// One dial and its outcome, with what can be done about it.
pub fn dial_outcome(dial: &Dial, telling: &Telling<'_>) -> Html {
    let texts = telling.locale.lang.texts();
    let request = &dial.request;
    let (state, class, reason, action) = match &dial.outcome {
        Outcome::Pending if telling.silent => (texts.dial_pending_silent, "ck-pending", None, None),
        Outcome::Pending => (texts.dial_pending, "ck-pending", None, None),
        Outcome::Answered { guid, .. } => {
            let guid = guid.clone();
            let onclick = telling.onshow.reform(move |_: MouseEvent| guid.clone());
            let show = html! {
                <button type="button" class="ck-link" {onclick}>{ texts.dial_show }</button>
            };
            (texts.dial_answered, "ck-answered", None, Some(show))
        }
        Outcome::NotAnswered { heard, .. } => {
            let reason = if *heard {
                fill(
                    texts.dial_reason_timeout,
                    &[(
                        "seconds",
                        &crate::web::intl::Counts(telling.locale.clone())
                            .number(u64::from(telling.answer_seconds)),
                    )],
                )
            } else {
                texts.dial_reason_unheard.to_owned()
            };
            (
                texts.dial_not_answered,
                "ck-not-answered",
                Some(reason),
                Some(retry(request, telling)),
            )
        }
        Outcome::NotSent { .. } => (
            texts.dial_not_sent,
            "ck-not-answered",
            Some(texts.dial_unavailable.to_owned()),
            Some(retry(request, telling)),
        ),
    };
    html! {
        <div class={classes!(style(telling.styles), class)} data-dial={dial.id.to_string()}>
            <span class="ck-chip">{ state }</span>
            <span class="ck-what">
                { format!(
                    "{} · {} · {}",
                    request.client_id,
                    campaign_text(&request.campaign, texts),
                    channel_name(&request.channel, telling.locale.lang)
                ) }
            </span>
            <time class="ck-when">{ intl::moment(dial.sent_at, telling.locale, Style::ShortTime) }</time>
            if let DialSource::Relay { page, .. } = &dial.source && !page.is_empty() {
                <span class="ck-from">{ fill(texts.dial_from_page, &[("page", page)]) }</span>
            }
            if let Some(reason) = reason {
                <span class="ck-reason">{ reason }</span>
            }
            { action.unwrap_or_default() }
        </div>
    }
}

fn retry(request: &StartInteraction, telling: &Telling<'_>) -> Html {
    let texts = telling.locale.lang.texts();
    let request = request.clone();
    let onclick = telling.onretry.reform(move |_: MouseEvent| request.clone());
    html! { <button type="button" class="ck-link ck-retry" {onclick}>{ texts.dial_retry }</button> }
}

#[derive(Properties, PartialEq)]
pub struct DialLogProps {
    pub dials: Dials,
    pub silent: bool,
    pub onretry: Callback<StartInteraction>,
    pub onshow: Callback<String>,
}

/// **Recent dials**: every dial kept, newest first; folded unless opened.
#[component]
pub fn DialLog(props: &DialLogProps) -> Html {
    let cockpit = use_cockpit();
    let styles = use_styles();
    let texts = cockpit.texts();
    if props.dials.is_empty() {
        return Html::default();
    }
    let telling = Telling {
        locale: &cockpit.locale,
        styles: &styles,
        silent: props.silent,
        answer_seconds: cockpit.config.dial_answer_seconds,
        onretry: &props.onretry,
        onshow: &props.onshow,
    };
    html! {
        <details class="ck-dial-log" id="ck-dials">
            <summary>{ texts.dials_heading }{ " " }<span class="ck-count-inline">{ props.dials.len() }</span></summary>
            <ol>
                { for props.dials.iter().map(|dial| html! {
                    <li key={dial.id}>{ dial_outcome(dial, &telling) }</li>
                }) }
            </ol>
        </details>
    }
}

static_style!(
    style,
    "ck-dial-outcome",
    r#"
            display: flex;
            flex-wrap: wrap;
            align-items: baseline;
            gap: 2px 8px;
            font-size: 12px;
            .ck-chip {
                padding: 0 6px;
                border-radius: 4px;
                border: 1px solid var(--border);
                font-weight: 600;
            }
            &.ck-pending .ck-chip { border-style: dashed; }
            &.ck-answered .ck-chip { border-color: var(--success); color: var(--success); }
            &.ck-not-answered .ck-chip { border-color: var(--danger); color: var(--danger); }
            .ck-what { min-width: 0; overflow-wrap: anywhere; }
            .ck-when { color: var(--muted); font-variant-numeric: tabular-nums; }
            .ck-reason, .ck-from { flex-basis: 100%; color: var(--muted); overflow-wrap: anywhere; }
        "#
);
