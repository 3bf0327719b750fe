//! The shift report (`crate::report`), in the panel: the figures, then a section per table, each
//! chart drawn as inline SVG in the theme's colours and followed by a real `<table>` with the same
//! figures. Computed only while it is shown, again when the shift or the start time changes.
//! Printed alone, on A4, in light colours (the cockpit page's print style).

use std::rc::Rc;

use yew::prelude::*;

use crate::datetime::format_elapsed;
use crate::export;
use crate::i18n::{Locale, Texts, fill};
use crate::report::{self, Count, Node, Report, Times};
use crate::state::{Cockpit, Dials, History, Interaction, Millis};
use crate::web::download::download;
use crate::web::intl::{self, Number, Style};
use crate::web::{now, styles};

#[derive(Properties, PartialEq)]
pub struct ReportViewProps {
    pub history: History,
    /// Newest first.
    pub active: Vec<Rc<Interaction>>,
    pub dials: Dials,
    pub locale: Locale,
    /// A restored active interaction unconfirmed for longer than this may be orphaned.
    pub orphan_after: Millis,
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

fn compute(props: &ReportViewProps, since: Option<Millis>) -> Report {
    let cockpit = Cockpit {
        active: props.active.clone(),
        history: props.history.clone(),
        dials: props.dials.clone(),
        ..Cockpit::default()
    };
    shift_report(&cockpit, since, props.orphan_after)
}

#[component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let texts = props.locale.lang.texts();
    let locale = &props.locale;
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
        use_memo(deps, |_| compute(props, since))
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
        let (report, lang) = (report.clone(), locale.lang);
        Callback::from(move |_: MouseEvent| {
            let stamp: String = crate::datetime::iso_utc(now())
                .chars()
                .take(16)
                .filter(|c| *c != ':')
                .collect();
            download(
                &format!("ucontact-report-{stamp}.csv"),
                "text/csv;charset=utf-8",
                &export::report_csv(&report, lang),
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
        <section class={classes!(style(), "ck-report")} aria-labelledby="ck-report-heading">
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
                    { tile(texts.dial_answered, dials.answered, "ck-figure") }
                    { tile(texts.dial_not_answered, dials.not_answered, "ck-figure") }
                    { tile(texts.dial_not_sent, dials.not_sent, "ck-figure") }
                    { tile(texts.dial_pending, dials.pending, "ck-figure") }
                </dl>
            </section>
            if report.handled == 0 {
                <p class="ck-empty">{ texts.report_empty }</p>
            } else {
                { counts_section("ck-report-channel", texts.report_by_channel, texts.field_channel, &report.by_channel, report.handled, locale) }
                { counts_section("ck-report-campaign", texts.report_by_campaign, texts.field_campaign, &report.by_campaign, report.handled, locale) }
                { times_section(&report, locale) }
                { dispositions_section(&report, locale) }
                { hours_section(&report, locale) }
            }
        </section>
    }
}

/// A section: its heading, a chart, and the table with the same figures.
fn section(id: &'static str, title: &'static str, chart: Html, table: Html) -> Html {
    html! {
        <section class="ck-report-section" aria-labelledby={id}>
            <h3 {id}>{ title }</h3>
            { chart }
            { table }
        </section>
    }
}

fn name(name: &Option<String>, texts: &Texts) -> String {
    name.clone()
        .unwrap_or_else(|| texts.report_unknown.to_owned())
}

fn percent(part: usize, whole: usize, locale: &Locale) -> String {
    intl::number(Report::share(part, whole), locale, Number::Percent)
}

fn counts_section(
    id: &'static str,
    title: &'static str,
    column: &'static str,
    counts: &[Count],
    total: usize,
    locale: &Locale,
) -> Html {
    let texts = locale.lang.texts();
    let items: Vec<(String, usize)> = counts
        .iter()
        .map(|count| (name(&count.name, texts), count.count))
        .collect();
    let table = html! {
        <table class="ck-table">
            <caption class="ck-sr-only">{ title }</caption>
            <thead>
                <tr>
                    <th scope="col">{ column }</th>
                    <th scope="col" class="ck-number">{ texts.report_count }</th>
                    <th scope="col" class="ck-number">{ texts.report_share }</th>
                </tr>
            </thead>
            <tbody>
                { for items.iter().map(|(label, count)| html! {
                    <tr>
                        <th scope="row">{ label.clone() }</th>
                        <td class="ck-number">{ intl::number(*count as f64, locale, Number::Count) }</td>
                        <td class="ck-number">{ percent(*count, total, locale) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    section(id, title, bar_chart(title, &items, locale), table)
}

fn duration(ms: Option<Millis>) -> String {
    ms.map(format_elapsed).unwrap_or_else(|| "—".to_owned())
}

fn times_section(report: &Report, locale: &Locale) -> Html {
    let texts = locale.lang.texts();
    let cells = |times: &Times| {
        html! {
            <>
                <td class="ck-number">{ duration(times.median) }</td>
                <td class="ck-number">{ duration(times.p90) }</td>
                <td class="ck-number">{ duration(times.mean) }</td>
                <td class="ck-number">{ intl::number(times.unknown as f64, locale, Number::Count) }</td>
            </>
        }
    };
    let row = |label: String, handle: &Times, wrap_up: &Times, class: &'static str| {
        html! {
            <tr {class}>
                <th scope="row">{ label }</th>
                { cells(handle) }
                { cells(wrap_up) }
            </tr>
        }
    };
    let headers = html! {
        <>
            <th scope="col" class="ck-number">{ texts.report_median }</th>
            <th scope="col" class="ck-number">{ texts.report_p90 }</th>
            <th scope="col" class="ck-number">{ texts.report_mean }</th>
            <th scope="col" class="ck-number">{ texts.report_unknown_times }</th>
        </>
    };
    let table = html! {
        <div class="ck-table-scroll">
            <table class="ck-table ck-times">
                <caption class="ck-sr-only">{ texts.report_times }</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="colgroup" colspan="4">{ texts.field_handle }</th>
                        <th scope="colgroup" colspan="4">{ texts.field_wrap_up }</th>
                    </tr>
                    <tr>
                        <th scope="col">{ texts.field_channel }</th>
                        { headers.clone() }
                        { headers }
                    </tr>
                </thead>
                <tbody>
                    { row(texts.report_all.to_owned(), &report.handle, &report.wrap_up, "ck-total") }
                    { for report.channel_times.iter().map(|times| {
                        row(name(&times.channel, texts), &times.handle, &times.wrap_up, "")
                    }) }
                </tbody>
            </table>
        </div>
    };
    html! {
        <section class="ck-report-section" aria-labelledby="ck-report-times">
            <h3 id="ck-report-times">{ texts.report_times }</h3>
            <p class="ck-hint">{ texts.report_times_note }</p>
            { table }
        </section>
    }
}

fn dispositions_section(report: &Report, locale: &Locale) -> Html {
    let texts = locale.lang.texts();
    let label = |node: &Node| {
        node.label
            .clone()
            .unwrap_or_else(|| texts.report_no_level.to_owned())
    };
    let items: Vec<(String, usize)> = report
        .dispositions
        .iter()
        .map(|node| (label(node), node.count))
        .collect();
    let mut rows = Vec::new();
    fn walk(
        nodes: &[Node],
        parent: usize,
        path: &mut Vec<String>,
        locale: &Locale,
        rows: &mut Vec<Html>,
    ) {
        let texts = locale.lang.texts();
        for node in nodes {
            let label = node
                .label
                .clone()
                .unwrap_or_else(|| texts.report_no_level.to_owned());
            let depth = path.len();
            // The parent's values, for a screen reader reading one row alone.
            let context = (depth > 0).then(|| format!("{} › ", path.join(" › ")));
            rows.push(html! {
                <tr class={format!("ck-depth-{}", depth.min(5))} data-depth={depth.to_string()}>
                    <th scope="row">
                        if let Some(context) = context {
                            <span class="ck-sr-only">{ context }</span>
                        }
                        { label.clone() }
                    </th>
                    <td class="ck-number">{ intl::number(node.count as f64, locale, Number::Count) }</td>
                    <td class="ck-number">{ percent(node.count, parent, locale) }</td>
                </tr>
            });
            path.push(label);
            walk(&node.children, node.count, path, locale, rows);
            path.pop();
        }
    }
    walk(
        &report.dispositions,
        report.disposed,
        &mut Vec::new(),
        locale,
        &mut rows,
    );
    let table = html! {
        <table class="ck-table ck-tree">
            <caption class="ck-sr-only">{ texts.report_dispositions }</caption>
            <thead>
                <tr>
                    <th scope="col">{ texts.report_csv_path }</th>
                    <th scope="col" class="ck-number">{ texts.report_count }</th>
                    <th scope="col" class="ck-number">{ texts.report_share }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    };
    if report.disposed == 0 {
        return Html::default();
    }
    section(
        "ck-report-dispositions",
        texts.report_dispositions,
        bar_chart(texts.report_dispositions, &items, locale),
        table,
    )
}

fn hours_section(report: &Report, locale: &Locale) -> Html {
    let texts = locale.lang.texts();
    let hour = |at: Millis| intl::moment(at, locale, Style::ShortTime);
    let items: Vec<(String, usize)> = report
        .per_hour
        .iter()
        .map(|h| (hour(h.start.at), h.count))
        .collect();
    let table = html! {
        <table class="ck-table">
            <caption class="ck-sr-only">{ texts.report_per_hour }</caption>
            <thead>
                <tr>
                    <th scope="col">{ texts.report_hour }</th>
                    <th scope="col" class="ck-number">{ texts.report_count }</th>
                </tr>
            </thead>
            <tbody>
                { for items.iter().map(|(label, count)| html! {
                    <tr>
                        <th scope="row">{ label.clone() }</th>
                        <td class="ck-number">{ intl::number(*count as f64, locale, Number::Count) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    };
    section(
        "ck-report-hours",
        texts.report_per_hour,
        column_chart(texts.report_per_hour, &items, locale),
        table,
    )
}

/// At most `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

const ROW: usize = 22;

/// Horizontal bars, one per item, each labelled and with its value at its end.
fn bar_chart(title: &str, items: &[(String, usize)], locale: &Locale) -> Html {
    let texts = locale.lang.texts();
    let max = items
        .iter()
        .map(|(_, value)| *value)
        .max()
        .unwrap_or(0)
        .max(1);
    let height = items.len() * ROW + 4;
    let (label_width, bar_start, bar_width) = (136, 142, 200);
    html! {
        <svg class="ck-chart" viewBox={format!("0 0 400 {height}")} width="400" height={height.to_string()}
            role="img" aria-label={fill(texts.report_chart, &[("title", title)])}>
            { for items.iter().enumerate().map(|(index, (label, value))| {
                let y = index * ROW + 4;
                let width = (bar_width * value).div_ceil(max).max(1);
                html! {
                    <g>
                        <text class="ck-chart-label" x={label_width.to_string()} y={(y + 14).to_string()}
                            text-anchor="end">{ shorten(label, 22) }</text>
                        <rect class="ck-chart-bar" x={bar_start.to_string()} y={(y + 2).to_string()}
                            width={width.to_string()} height={(ROW - 6).to_string()} rx="2"
                            data-label={label.clone()} data-value={value.to_string()}>
                            <title>{ format!("{label}: {value}") }</title>
                        </rect>
                        <text class="ck-chart-value" x={(bar_start + width + 5).to_string()}
                            y={(y + 14).to_string()}>{ intl::number(*value as f64, locale, Number::Count) }</text>
                    </g>
                }
            }) }
        </svg>
    }
}

/// Columns, one per item (an hour), labelled below every few.
fn column_chart(title: &str, items: &[(String, usize)], locale: &Locale) -> Html {
    let texts = locale.lang.texts();
    let max = items
        .iter()
        .map(|(_, value)| *value)
        .max()
        .unwrap_or(0)
        .max(1);
    let column = 30;
    let width = (items.len() * column).max(240);
    let (top, plot) = (16, 110);
    // A label every few columns, so they never overlap (about 7 units a character).
    let widest = items
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0);
    let every = (widest * 7 + 8).div_ceil(column).max(1);
    html! {
        <svg class="ck-chart" viewBox={format!("0 0 {width} {}", top + plot + 22)} width={width.to_string()}
            height={(top + plot + 22).to_string()} role="img"
            aria-label={fill(texts.report_chart, &[("title", title)])}>
            <line class="ck-chart-axis" x1="0" x2={width.to_string()} y1={(top + plot).to_string()}
                y2={(top + plot).to_string()} />
            { for items.iter().enumerate().map(|(index, (label, value))| {
                let height = (plot * value).div_ceil(max);
                let x = index * column + 3;
                html! {
                    <g>
                        <rect class="ck-chart-bar" x={x.to_string()} y={(top + plot - height).to_string()}
                            width={(column - 6).to_string()} height={height.to_string()} rx="2"
                            data-label={label.clone()} data-value={value.to_string()}>
                            <title>{ format!("{label}: {value}") }</title>
                        </rect>
                        if items.len() <= 16 && *value > 0 {
                            <text class="ck-chart-value" x={(x + (column - 6) / 2).to_string()}
                                y={(top + plot - height - 4).to_string()} text-anchor="middle">
                                { intl::number(*value as f64, locale, Number::Count) }
                            </text>
                        }
                        if index % every == 0 {
                            <text class="ck-chart-label" x={x.to_string()} y={(top + plot + 16).to_string()}>
                                { label.clone() }
                            </text>
                        }
                    </g>
                }
            }) }
        </svg>
    }
}

fn style() -> Classes {
    thread_local! {
        static STYLE: styles::Registered = const { styles::Registered::new() };
    }
    STYLE.with(|style| style.class("ck-report", || stylist::css!(r#"
            display: grid;
            gap: 16px;
            .ck-report-head { display: grid; gap: 6px; }
            h2 { font-size: 16px; }
            h3 { font-size: 14px; margin-bottom: 6px; }
            .ck-report-scope, .ck-hint { color: var(--muted); font-size: 12px; margin: 0; }
            .ck-report-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
            .ck-report-from { display: inline-flex; align-items: center; gap: 6px; }
            .ck-report-from input {
                font: inherit;
                padding: 4px 6px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--surface);
                color: var(--text);
            }
            .ck-report-close { margin-left: auto; }
            .ck-report-dials h3 { margin-bottom: 6px; }
            .ck-figures {
                display: grid;
                grid-template-columns: repeat(auto-fill, minmax(130px, 1fr));
                gap: 8px;
                margin: 0;
            }
            .ck-figure {
                padding: 8px 10px;
                border: 1px solid var(--border);
                border-radius: 6px;
                background: var(--surface);
            }
            .ck-figure dt { font-size: 12px; color: var(--muted); }
            .ck-figure dd { margin: 2px 0 0; font-size: 20px; font-weight: 700; font-variant-numeric: tabular-nums; }
            .ck-report-section {
                padding: 10px;
                border: 1px solid var(--border);
                border-radius: 6px;
                background: var(--surface);
                break-inside: avoid;
            }
            .ck-chart { display: block; max-width: 100%; height: auto; margin-bottom: 8px; }
            .ck-chart-bar { fill: var(--primary); }
            .ck-chart-label, .ck-chart-value { fill: var(--text); font-size: 12px; }
            .ck-chart-axis { stroke: var(--border); }
            .ck-table-scroll { overflow-x: auto; }
            .ck-table { border-collapse: collapse; width: 100%; font-size: 13px; }
            .ck-table th, .ck-table td {
                padding: 4px 6px;
                border-bottom: 1px solid var(--border);
                text-align: left;
                font-weight: normal;
            }
            .ck-table thead th { font-weight: 700; color: var(--muted); font-size: 12px; }
            .ck-table .ck-number { text-align: right; font-variant-numeric: tabular-nums; }
            .ck-table .ck-total th, .ck-table .ck-total td { font-weight: 700; }
            .ck-tree .ck-depth-1 th { padding-left: 22px; }
            .ck-tree .ck-depth-2 th { padding-left: 38px; }
            .ck-tree .ck-depth-3 th { padding-left: 54px; }
            .ck-tree .ck-depth-4 th, .ck-tree .ck-depth-5 th { padding-left: 70px; }
            .ck-tree .ck-depth-0 th { font-weight: 700; }
        "#)))
}
