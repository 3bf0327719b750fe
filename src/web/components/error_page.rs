//! The page shown instead of the cockpit when its configuration cannot be used: what is wrong,
//! precisely, and who can fix it. Never a blank page.

use yew::prelude::*;

use crate::config::ConfigError;
use crate::i18n::Locale;
use crate::web::styles;

#[derive(Properties, PartialEq)]
pub struct ErrorPageProps {
    pub error: ConfigError,
    pub locale: Locale,
}

#[component]
pub fn ErrorPage(props: &ErrorPageProps) -> Html {
    let texts = props.locale.lang.texts();
    html! {
        <main class={style()} role="alert">
            <h1>{ texts.config_error_title }</h1>
            <p class="ck-problem">{ texts.config_error(&props.error) }</p>
            <p>{ texts.config_error_help }</p>
        </main>
    }
}

fn style() -> Classes {
    thread_local! {
        static STYLE: Classes = styles::register("ck-error-page", stylist::css!(r#"
            max-width: 640px;
            margin: 15vh auto 0;
            padding: 24px 28px;
            border: 1px solid var(--border);
            border-top: 4px solid var(--danger);
            border-radius: 6px;
            background: var(--surface);
            h1 { font-size: 20px; margin-bottom: 12px; }
            .ck-problem { font-weight: 600; overflow-wrap: anywhere; }
        "#));
    }
    STYLE.with(Clone::clone)
}
