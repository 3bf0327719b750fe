//! The shift's downloads: CSV and JSON of every interaction, dispositions included.

use yew::prelude::*;

use crate::datetime::iso_utc;
use crate::export;
use crate::i18n::Lang;
use crate::state::Cockpit;
use crate::web::download::download;
use crate::web::{now, styles};

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
            &export::to_csv(cockpit, cockpit.locale.lang),
        ),
        ExportFormat::Json => download(
            &format!("ucontact-shift-{stamp}.json"),
            "application/json",
            &export::to_json(cockpit, at),
        ),
    };
}

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub lang: Lang,
    pub onexport: Callback<ExportFormat>,
}

#[component]
pub fn Exports(props: &ExportsProps) -> Html {
    let texts = props.lang.texts();
    let button = |format: ExportFormat, label: &'static str| {
        let onclick = props.onexport.reform(move |_: MouseEvent| format);
        html! { <button type="button" class="ck-button" {onclick}>{ label }</button> }
    };
    html! {
        <div class={style()}>
            { button(ExportFormat::Csv, texts.export_csv) }
            { button(ExportFormat::Json, texts.export_json) }
        </div>
    }
}

fn style() -> Classes {
    thread_local! {
        static STYLE: styles::Registered = const { styles::Registered::new() };
    }
    STYLE.with(|style| {
        style.class("ck-exports", || {
            stylist::css!(
                r#"
            display: flex;
            gap: 8px;
        "#
            )
        })
    })
}
