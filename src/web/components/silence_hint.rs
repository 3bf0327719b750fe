//! Shown when uContact's frame has loaded but nothing valid came from it for a while: the usual
//! cause is uContact refusing to be framed, which the page cannot see. Names the exact origin to
//! add to uContact's `frame-ancestors`, and offers to reload the frame.

use yew::prelude::*;

use crate::i18n::fill;
use crate::web::context::use_cockpit;
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct SilenceHintProps {
    /// The cockpit's own origin, which uContact must allow to frame it.
    pub origin: AttrValue,
    pub onreload: Callback<()>,
}

#[component]
pub fn SilenceHint(props: &SilenceHintProps) -> Html {
    let texts = use_cockpit().texts();
    let styles = use_styles();
    let onclick = props.onreload.reform(|_: MouseEvent| ());
    html! {
        <div class={style(&styles)} role="status" id="ck-silence">
            <strong>{ texts.silence_title }</strong>
            <p>{ fill(texts.silence_body, &[("origin", &props.origin)]) }</p>
            <button type="button" class="ck-button" {onclick}>{ texts.silence_reload }</button>
        </div>
    }
}

static_style!(
    style,
    "ck-silence",
    r#"
            padding: 8px 10px;
            border: 1px solid var(--border);
            border-left: 4px solid var(--danger);
            border-radius: 6px;
            background: var(--surface);
            p { margin: 4px 0 8px; overflow-wrap: anywhere; }
        "#
);
