//! The report's charts, inline SVG in the theme's colours: bars for counts by name, columns for
//! counts by hour. Each is an image labelled by its title; the table after it holds the same
//! figures for the keyboard and screen readers.

use yew::prelude::*;

use crate::i18n::{Locale, fill};
use crate::web::intl::{self, Number};

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
pub fn bar_chart(title: &str, items: &[(String, usize)], locale: &Locale) -> Html {
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
pub fn column_chart(title: &str, items: &[(String, usize)], locale: &Locale) -> Html {
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
