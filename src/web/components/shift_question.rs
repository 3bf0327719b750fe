//! Shown instead of the panel when the cockpit starts with a stored shift and no tab of it was
//! open (`Opening::Ask`): whoever sits at the desk now chooses to continue that shift or end
//! it, and sees nothing of it before choosing: no client, no count, only when it was last used.

use yew::prelude::*;

use crate::i18n::fill;
use crate::state::Millis;
use crate::web::context::use_cockpit;
use crate::web::intl::{Style, moment};
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct ShiftQuestionProps {
    /// When the stored shift was last saved.
    pub last_used: Millis,
    /// `true`: continue it; `false`: end it.
    pub onanswer: Callback<bool>,
}

#[component]
pub fn ShiftQuestion(props: &ShiftQuestionProps) -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let styles = use_styles();
    let when = moment(props.last_used, &cockpit.locale, Style::ShortDateTime);
    let answer = |keep: bool| props.onanswer.reform(move |_: MouseEvent| keep);
    html! {
        <section class={style(&styles)} id="ck-shift-question" aria-labelledby="ck-shift-question-title">
            <h1 id="ck-shift-question-title">{ texts.shift_stored_title }</h1>
            <p>{ fill(texts.shift_stored_body, &[("when", &when)]) }</p>
            <div class="ck-choices">
                <button type="button" class="ck-button" onclick={answer(false)}>{ texts.shift_end_stored }</button>
                <button type="button" class="ck-primary" onclick={answer(true)}>{ texts.shift_continue }</button>
            </div>
        </section>
    }
}

static_style!(
    style,
    "ck-shift-question",
    r#"
            max-width: 480px;
            margin: 64px auto;
            padding: 20px 24px;
            border: 1px solid var(--border);
            border-top: 4px solid var(--primary);
            border-radius: 6px;
            background: var(--surface);
            color: var(--text);
            h1 { font-size: 18px; margin: 0 0 8px; }
            p { margin: 0 0 16px; }
            .ck-choices { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
        "#
);
