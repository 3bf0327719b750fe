//! The report view: its tools (a start time, print, export, back), the figures, then a section
//! per table (`super::table`). Computed only while it is shown, again when the shift or the
//! start time changes. Printed alone, on A4, in light colours (the cockpit page's print style).

use std::rc::Rc;

use yew::prelude::*;

use crate::export;
use crate::i18n::fill;
use crate::report::{self, Report};
use crate::state::{Cockpit, Dials, History, Interaction, Millis};
use crate::web::components::report::style::style;
use crate::web::components::report::table::section;
use crate::web::context::use_cockpit;
use crate::web::download::download;
use crate::web::intl::{self, Number, Style};
use crate::web::now;
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct ReportViewProps {
    pub history: History,
    /// Newest first.
    pub active: Vec<Rc<Interaction>>,
    pub dials: Dials,
    pub onclose: Callback<()>,
}

/// The report of `cockpit`'s shift now, from `since` (the whole shift when `None`), in the
/// browser's time zone.
pub fn shift_report(cockpit: &Cockpit, since: Option<Millis>, orphan_after: Millis) -> Report {
    report::compute(
        cockpit,
        &report::Options {
            since,
            now: now(),
            orphan_after,
            offset_minutes: &intl::offset_minutes,
        },
    )
}

fn compute(props: &ReportViewProps, since: Option<Millis>, orphan_after: Millis) -> Report {
    let cockpit = Cockpit {
        active: props.active.clone(),
        history: props.history.clone(),
        dials: props.dials.clone(),
        ..Cockpit::default()
    };
    shift_report(&cockpit, since, orphan_after)
}

#[component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let cockpit = use_cockpit();
    let styles = use_styles();
    let texts = cockpit.texts();
    let locale = &cockpit.locale;
    let orphan_after = Millis::from(cockpit.config.orphan_after_minutes) * 60_000;
    // `HH:MM` from the time field; empty: the whole shift.
    let from = use_state(String::new);
    let since = intl::today_at(&from);
    let report = {
        let deps = (
            props.history.clone(),
            props.active.clone(),
            props.dials.clone(),
            since,
        );
        use_memo(deps, |_| compute(props, since, orphan_after))
    };
    let onfrom = {
        let from = from.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            from.set(input.value());
        })
    };
    let onprint = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let onexport = {
        let (report, style) = (report.clone(), intl::csv_style(locale));
        Callback::from(move |_: MouseEvent| {
            let stamp: String = crate::datetime::iso_utc(now())
                .chars()
                .take(16)
                .filter(|c| *c != ':')
                .collect();
            download(
                &format!("ucontact-report-{stamp}.csv"),
                "text/csv;charset=utf-8",
                &export::report_csv(&report, style),
            );
        })
    };
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    let scope = match report.since {
        None => texts.report_scope_shift.to_owned(),
        Some(since) => fill(
            texts.report_scope_since,
            &[("time", &intl::moment(since.at, locale, Style::ShortTime))],
        ),
    };
    let count = |value: usize| intl::number(value as f64, locale, Number::Count);
    let tile = |label: &'static str, value: usize, class: &'static str| {
        html! {
            <div class={class}>
                <dt>{ label }</dt>
                <dd>{ count(value) }</dd>
            </div>
        }
    };
    let dials = report.dials;
    html! {
        <section class={classes!(style(&styles), "ck-report")} aria-labelledby="ck-report-heading">
            <header class="ck-report-head">
                <h2 id="ck-report-heading">{ texts.report_heading }</h2>
                <p class="ck-report-scope">{ scope }</p>
                <div class="ck-report-tools">
                    <label class="ck-report-from">
                        { texts.report_from }
                        <input type="time" value={(*from).clone()} onchange={onfrom}
                            aria-describedby="ck-report-from-hint" />
                    </label>
                    <span id="ck-report-from-hint" class="ck-hint">{ texts.report_from_hint }</span>
                    <button type="button" class="ck-button" onclick={onprint}>{ texts.report_print }</button>
                    <button type="button" class="ck-button" onclick={onexport}>{ texts.report_export }</button>
                    <button type="button" class="ck-button ck-report-close" onclick={onclose}>{ texts.report_close }</button>
                </div>
            </header>
            <dl class="ck-figures">
                { tile(texts.report_handled, report.handled, "ck-figure ck-figure-handled") }
                { tile(texts.report_active, report.active, "ck-figure") }
                { tile(texts.report_orphaned, report.possibly_orphaned, "ck-figure") }
                { tile(texts.report_reported_only, report.reported_only, "ck-figure") }
            </dl>
            <section class="ck-report-dials" aria-labelledby="ck-report-dials">
                <h3 id="ck-report-dials">{ texts.report_dials }</h3>
                <dl class="ck-figures">
                    { tile(texts.report_dials_sent, dials.sent, "ck-figure") }
                    { tile(texts.report_dials_answered, dials.answered, "ck-figure") }
                    { tile(texts.report_dials_not_answered, dials.not_answered, "ck-figure") }
                    { tile(texts.report_dials_not_sent, dials.not_sent, "ck-figure") }
                    { tile(texts.report_dials_pending, dials.pending, "ck-figure") }
                </dl>
            </section>
            if report.handled == 0 {
                <p class="ck-empty">{ texts.report_empty }</p>
            } else {
                { for report::tables(&report, texts).iter().map(|table| section(table, locale)) }
            }
        </section>
    }
}
