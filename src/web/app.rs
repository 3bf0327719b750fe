//! The root component: loads the configuration, then shows the cockpit or a page that says
//! precisely why it cannot start.

use yew::prelude::*;

use crate::i18n::Locale;
use crate::state::Theme;
use crate::web::browser_locale;
use crate::web::components::{CockpitPage, ErrorPage};
use crate::web::hooks::{ConfigState, use_config, use_document};
use crate::web::styles::GlobalStyle;

#[component]
pub fn App() -> Html {
    let locale = use_memo((), |_| browser_locale());
    let config = use_config();
    html! {
        <>
            <GlobalStyle />
            { match config {
                ConfigState::Loading => html! { <Loading locale={(*locale).clone()} /> },
                ConfigState::Failed(error) => html! {
                    <>
                        <Plain locale={(*locale).clone()} />
                        <ErrorPage {error} locale={(*locale).clone()} />
                    </>
                },
                ConfigState::Ready(config) => html! {
                    <CockpitPage {config} locale={(*locale).clone()} />
                },
            } }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PlainProps {
    locale: Locale,
}

/// Gives the page the default theme and the browser's language while there is no cockpit.
#[component]
fn Plain(props: &PlainProps) -> Html {
    use_document(Theme::default(), props.locale.clone());
    Html::default()
}

#[component]
fn Loading(props: &PlainProps) -> Html {
    html! {
        <>
            <Plain locale={props.locale.clone()} />
            <p role="status" style="margin: 24px;">{ props.locale.lang.texts().loading }</p>
        </>
    }
}
