//! The message inspector, for integrators: counts of accepted and rejected messages and the
//! most recent ones with their origin and verdict. Collapsed unless opened; while collapsed it
//! renders only the counts.

use std::rc::Rc;

use yew::prelude::*;

use crate::integrations::forward::Failure;
use crate::state::{Inspector as Record, Logged, Verdict};
use crate::web::context::use_cockpit;
use crate::web::integrations::forward::use_forward_status;
use crate::web::intl::{self, Style};
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    pub record: Record,
}

#[component]
pub fn Inspector(props: &InspectorProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let styles = use_styles();
    let record = &props.record;
    // The list is built only while the inspector is open: closed, a message costs one count.
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            open.set(details.open());
        })
    };
    let numbers = cockpit.counts();
    let mut counts = format!(
        "{}, {}",
        texts.inspector_accepted_count.of(record.accepted, &numbers),
        texts.inspector_rejected_count.of(record.rejected, &numbers)
    );
    if record.coerced > 0 {
        counts = format!(
            "{counts} · {}",
            texts.inspector_coerced.of(record.coerced, &numbers)
        );
    }
    html! {
        <details
            class={style(&styles)}
            id="ck-inspector"
            data-accepted={record.accepted.to_string()}
            data-rejected={record.rejected.to_string()}
            data-coerced={record.coerced.to_string()}
            {ontoggle}
        >
            <summary>{ texts.inspector_heading }{ " · " }<span class="ck-counts">{ counts }</span></summary>
            <Forwarding />
            if !*open {
            } else if record.recent.is_empty() {
                <p class="ck-empty">{ texts.inspector_empty }</p>
            } else {
                <ol>
                    { for record.recent.iter().map(|logged| html! {
                        <Entry key={logged.seq} logged={logged.clone()} />
                    }) }
                </ol>
            }
        </details>
    }
}

/// How forwarding to the integrator's back end stands: waiting, delivered, the next attempt
/// and the last error (nothing when the cockpit forwards nothing).
#[component]
fn Forwarding() -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let status = use_forward_status();
    let Some(forwarding) = status.0.as_ref() else {
        return Html::default();
    };
    let (origin, status) = (&forwarding.0, &forwarding.1);
    let numbers = cockpit.counts();
    let mut parts = vec![
        texts.forward_queued.of(status.queued as u64, &numbers),
        texts.forward_delivered.of(status.delivered, &numbers),
    ];
    if let Some(at) = status.retry_at {
        parts.push(crate::i18n::fill(
            texts.forward_retrying,
            &[("time", &intl::moment(at, &cockpit.locale, Style::Time))],
        ));
    }
    match status.last_error {
        Some(Failure::Network) => parts.push(texts.forward_error_network.to_owned()),
        Some(Failure::Status(code)) => parts.push(crate::i18n::fill(
            texts.forward_error_status,
            &[("status", &code.to_string())],
        )),
        None => {}
    }
    let heading = crate::i18n::fill(texts.inspector_forward, &[("origin", origin)]);
    html! {
        <p class="ck-forward" id="ck-forward"
            data-queued={status.queued.to_string()}
            data-delivered={status.delivered.to_string()}
            data-requests={status.requests.to_string()}
            data-dropped={status.dropped.to_string()}
            data-retrying={status.retry_at.is_some().to_string()}>
            <strong>{ heading }</strong>{ ": " }{ parts.join(" · ") }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct EntryProps {
    logged: Rc<Logged>,
}

#[component]
fn Entry(props: &EntryProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let logged = &props.logged;
    let (class, verdict, detail) = match &logged.verdict {
        Verdict::Accepted {
            event,
            detail,
            coerced,
        } => (
            "ck-accepted",
            texts.inspector_accepted,
            if *coerced {
                format!("{event} {detail} ({})", texts.coerced_note)
            } else {
                format!("{event} {detail}")
            },
        ),
        Verdict::Rejected { reason, claimed } => (
            "ck-rejected",
            texts.inspector_rejected,
            match claimed {
                Some(event) => format!("{event}: {}", texts.rejection(reason)),
                None => texts.rejection(reason),
            },
        ),
    };
    html! {
        <li class={class}>
            <time>{ intl::moment(logged.at, &cockpit.locale, Style::Time) }</time>
            <strong>{ verdict }</strong>
            <span class="ck-detail">{ detail }</span>
            <span class="ck-origin">{ &logged.origin }</span>
        </li>
    }
}

static_style!(
    style,
    "ck-inspector",
    r#"
            font-size: 12px;
            summary { cursor: pointer; color: var(--muted); }
            ol { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 4px; }
            li {
                display: grid;
                grid-template-columns: max-content max-content 1fr;
                gap: 0 8px;
                padding: 4px 6px;
                border-radius: 4px;
                background: var(--surface);
                overflow-wrap: anywhere;
            }
            .ck-accepted strong { color: var(--success); }
            .ck-rejected strong { color: var(--danger); }
            .ck-origin { grid-column: 2 / 4; color: var(--muted); }
            .ck-empty { color: var(--muted); }
        "#
);
