//! The shift's downloads: CSV and JSON of every interaction, dispositions included.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::web::styles;

/// A download format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
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
        static STYLE: Classes = styles::register("ck-exports", stylist::css!(r#"
            display: flex;
            gap: 8px;
        "#));
    }
    STYLE.with(Clone::clone)
}
