//! The shift's downloads: CSV and JSON of every interaction, dispositions included.

use yew::prelude::*;

use crate::datetime::iso_utc;
use crate::export;
use crate::state::Cockpit;
use crate::web::context::use_cockpit;
use crate::web::download::download;
use crate::web::intl;
use crate::web::now;
use crate::web::styles::use_styles;

/// A download format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
}

/// Downloads the shift as `ucontact-shift-<date>T<hhmm>.<csv|json>`.
pub fn export_shift(cockpit: &Cockpit, format: ExportFormat) {
    let at = now();
    let stamp: String = iso_utc(at).chars().take(16).filter(|c| *c != ':').collect();
    match format {
        ExportFormat::Csv => download(
            &format!("ucontact-shift-{stamp}.csv"),
            "text/csv;charset=utf-8",
            &export::to_csv(cockpit, intl::csv_style(&cockpit.locale)),
        ),
        ExportFormat::Json => download(
            &format!("ucontact-shift-{stamp}.json"),
            "application/json",
            &export::to_json(cockpit, at),
        ),
    };
}

/// A button that downloads the shift as it is when clicked (it reads the store then, so it need
/// not render with every message).
pub fn export_button(format: ExportFormat, label: &'static str) -> Html {
    html! { <ExportButton {format} {label} /> }
}

#[derive(Properties, PartialEq)]
struct ExportButtonProps {
    format: ExportFormat,
    label: &'static str,
}

#[component]
fn ExportButton(props: &ExportButtonProps) -> Html {
    let dispatch = use_cockpit().dispatch;
    let format = props.format;
    let onclick = Callback::from(move |_: MouseEvent| {
        dispatch.read(|cockpit| export_shift(cockpit, format));
    });
    html! { <button type="button" class="ck-button" {onclick}>{ props.label }</button> }
}

#[component]
pub fn Exports() -> Html {
    let texts = use_cockpit().texts();
    let styles = use_styles();
    let button = export_button;
    html! {
        <div class={style(&styles)}>
            { button(ExportFormat::Csv, texts.export_csv) }
            { button(ExportFormat::Json, texts.export_json) }
        </div>
    }
}

static_style!(
    style,
    "ck-exports",
    r#"
            display: flex;
            gap: 8px;
        "#
);
