//! One of the report's tables (`crate::report::tables`) on screen: its section, its chart, and
//! a real `<table>` with headers (grouped where the columns are), numbers and times formatted by
//! the browser's `Intl` in the agent's language; a tree's rows carry their parents' values for
//! a screen reader reading one row alone.

use yew::prelude::*;

use crate::datetime::format_elapsed;
use crate::i18n::Locale;
use crate::naming::channel_name;
use crate::report::tables::Kind;
use crate::report::{Cell, Label, Report, Table};
use crate::web::components::naming::{campaign_label, campaign_text, channel_label};
use crate::web::components::report::charts::{bar_chart, column_chart};
use crate::web::intl::{self, Number, Style};

/// The section's id: its heading's, which labels it.
fn id(kind: Kind) -> &'static str {
    match kind {
        Kind::ByChannel => "ck-report-channel",
        Kind::ByCampaign => "ck-report-campaign",
        Kind::Times => "ck-report-times",
        Kind::Dispositions => "ck-report-dispositions",
        Kind::PerHour => "ck-report-hours",
    }
}

/// A row's name in words (a chart's label).
fn label(label: &Label, locale: &Locale) -> String {
    match label {
        Label::Text(text) => text.clone(),
        Label::Channel(id) => channel_name(id, locale.lang).to_owned(),
        Label::Campaign(raw) => campaign_text(raw, locale.lang.texts()),
        Label::Hour(start) => intl::moment(start.at, locale, Style::ShortTime),
    }
}

/// A row's name in the table: a channel or campaign with its icon.
fn label_html(row_label: &Label, locale: &Locale) -> Html {
    match row_label {
        Label::Channel(id) => channel_label(id, locale.lang),
        Label::Campaign(raw) => campaign_label(raw, locale.lang.texts()),
        other => html! { { label(other, locale) } },
    }
}

fn cell(cell: &Cell, locale: &Locale) -> String {
    match cell {
        Cell::Count(count) => intl::number(*count as f64, locale, Number::Count),
        Cell::Share { part, whole } => {
            intl::number(Report::share(*part, *whole), locale, Number::Percent)
        }
        Cell::Duration(ms) => ms.map(format_elapsed).unwrap_or_else(|| "—".to_owned()),
    }
}

/// A table's section: heading, chart, table.
pub fn section(table: &Table, locale: &Locale) -> Html {
    let texts = locale.lang.texts();
    let id = id(table.kind);
    let chart = table.chart().map(|items| {
        let items: Vec<(String, usize)> = items
            .into_iter()
            .map(|(name, count)| (label(name, locale), count))
            .collect();
        match table.kind {
            Kind::PerHour => column_chart(table.title, &items, locale),
            _ => bar_chart(table.title, &items, locale),
        }
    });
    html! {
        <section class="ck-report-section" aria-labelledby={id}>
            <h3 {id}>{ table.title }</h3>
            if table.kind == Kind::Times {
                <p class="ck-hint">{ texts.report_times_note }</p>
            }
            { chart.unwrap_or_default() }
            { view(table, locale) }
        </section>
    }
}

fn view(table: &Table, locale: &Locale) -> Html {
    // Groups of adjacent columns under one heading.
    let mut groups: Vec<(&str, usize)> = Vec::new();
    for column in &table.columns {
        let group = column.group.unwrap_or_default();
        match groups.last_mut() {
            Some((last, span)) if *last == group => *span += 1,
            _ => groups.push((group, 1)),
        }
    }
    let grouped = table.columns.iter().any(|column| column.group.is_some());
    let class = match table.kind {
        Kind::Times => "ck-table ck-times",
        Kind::Dispositions => "ck-table ck-tree",
        _ => "ck-table",
    };
    let rows = table.rows.iter().map(|row| {
        let depth = row.path.len();
        // The parent's values, for a screen reader reading one row alone.
        let context = (depth > 0).then(|| format!("{} › ", row.path.join(" › ")));
        let (class, depth) = if table.is_tree() {
            (
                format!("ck-depth-{}", depth.min(5)),
                Some(depth.to_string()),
            )
        } else {
            (if row.total { "ck-total" } else { "" }.to_owned(), None)
        };
        html! {
            <tr {class} data-depth={depth}>
                <th scope="row">
                    if let Some(context) = context {
                        <span class="ck-sr-only">{ context }</span>
                    }
                    { label_html(&row.label, locale) }
                </th>
                { for row.cells.iter().map(|value| html! {
                    <td class="ck-number">{ cell(value, locale) }</td>
                }) }
            </tr>
        }
    });
    let table_html = html! {
        <table {class}>
            <caption class="ck-sr-only">{ table.title }</caption>
            <thead>
                if grouped {
                    <tr>
                        <td></td>
                        { for groups.iter().map(|(group, span)| html! {
                            <th scope="colgroup" colspan={span.to_string()}>{ *group }</th>
                        }) }
                    </tr>
                }
                <tr>
                    <th scope="col">{ table.label }</th>
                    { for table.columns.iter().map(|column| html! {
                        <th scope="col" class="ck-number">{ column.label }</th>
                    }) }
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    };
    if grouped {
        html! { <div class="ck-table-scroll">{ table_html }</div> }
    } else {
        table_html
    }
}
