//! The page shown instead of the cockpit when its configuration cannot be used: what is wrong,
//! precisely, and who can fix it. Never a blank page.

use yew::prelude::*;

use crate::config::ConfigError;
use crate::i18n::Locale;
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct ErrorPageProps {
    pub error: ConfigError,
    pub locale: Locale,
}

#[component]
pub fn ErrorPage(props: &ErrorPageProps) -> Html {
    let texts = props.locale.lang.texts();
    let styles = use_styles();
    html! {
        <main class={classes!("ck-card", "ck-danger", style(&styles))} role="alert">
            <h1>{ texts.config_error_title }</h1>
            <p class="ck-problem">{ texts.config_error(&props.error) }</p>
            <p>{ texts.config_error_help }</p>
        </main>
    }
}

static_style!(
    style,
    "ck-error-page",
    r#"
            .ck-problem { font-weight: 600; overflow-wrap: anywhere; }
        "#
);
