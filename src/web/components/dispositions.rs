//! The dispositions sent for one interaction: comment and levels, id paired with value. A view
//! function rather than a component, like `interaction_details`.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::Disposition;
use crate::web::styles::Styles;

pub fn dispositions(dispositions: &[Disposition], lang: Lang, styles: &Styles) -> Html {
    let texts = lang.texts();
    let side = |value: &Option<String>| match value {
        Some(value) => html! { <span>{ value }</span> },
        None => html! { <span class="ck-missing">{ texts.missing_level }</span> },
    };
    dispositions
        .iter()
        .map(|disposition| {
            html! {
                <div class={style(styles)}>
                    <h4>{ texts.disposition }</h4>
                    <p class="ck-comment">
                        <span class="ck-sr-only">{ texts.disposition_comment }{ ": " }</span>
                        { &disposition.comment }
                    </p>
                    if !disposition.levels.is_empty() {
                        <ol aria-label={texts.disposition_levels}>
                            { for disposition.levels.iter().map(|level| html! {
                                <li class="ck-level">
                                    { side(&level.id) }{ " · " }{ side(&level.value) }
                                </li>
                            }) }
                        </ol>
                    }
                </div>
            }
        })
        .collect()
}

static_style!(
    style,
    "ck-disposition",
    r#"
            margin-top: 8px;
            padding: 6px 8px;
            border-left: 3px solid var(--primary);
            background: var(--bg);
            h4 { margin: 0; font-size: 12px; color: var(--muted); font-weight: 600; }
            .ck-comment { margin: 2px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
            ol { list-style: none; margin: 2px 0 0; padding: 0; }
            .ck-missing { color: var(--muted); font-style: italic; }
        "#
);
