//! The root component: loads the configuration, then shows the cockpit or a page that says
//! precisely why it cannot start; on the cockpit's own page or in a `<ucontact-cockpit>`
//! element (its mount, given to every component as a context).

use yew::prelude::*;

use crate::i18n::{Locale, fill};
use crate::state::Theme;
use crate::web::browser_locale;
use std::rc::Rc;

use crate::config::Config;
use crate::election::Role;
use crate::web::components::{CockpitPage, ErrorPage, FollowerPage, RemotePanel};
use crate::web::hooks::{
    ConfigState, Standing, use_config, use_document, use_leader_activity, use_leadership,
};
use crate::web::integrations::framed::{Framing, use_framing};
use crate::web::mount::{Mount, use_mount};
use crate::web::styles::{GlobalStyle, Styles};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub mount: Mount,
    /// Where the configuration is.
    pub config_url: AttrValue,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // This mount's own style manager: the page's `<head>`, or the element's shadow root.
    let styles = use_memo((), |_| {
        let container = props
            .mount
            .element()
            .and_then(|element| element.host.shadow_root())
            .map(web_sys::Node::from);
        Styles::new(container)
    });
    html! {
        <ContextProvider<Mount> context={props.mount.clone()}>
            <ContextProvider<Styles> context={(*styles).clone()}>
                <GlobalStyle element={!props.mount.owns_page()} />
                <Cockpit config_url={props.config_url.clone()} />
            </ContextProvider<Styles>>
        </ContextProvider<Mount>>
    }
}

#[derive(Properties, PartialEq)]
struct CockpitProps {
    config_url: AttrValue,
}

/// Loads the configuration and, at the same time, finds out whether this tab is in charge:
/// neither waits for the other, so the cockpit is ready when the later of the two is. A framed
/// page waits for the configuration (`hostOrigins`) first: framed by a page not listed there,
/// it starts nothing, not even its part in the election.
#[component]
fn Cockpit(props: &CockpitProps) -> Html {
    let mount = use_mount();
    let locale = use_memo((), |_| starting_locale(&mount));
    let config = use_config(props.config_url.clone());
    // A framing page may be a framed-mode host or HubSpot.
    let listed = match &config {
        ConfigState::Ready(config) => Some(
            config
                .host_origins
                .iter()
                .chain(
                    config
                        .hubspot
                        .iter()
                        .flat_map(|hubspot| &hubspot.host_origins),
                )
                .cloned()
                .collect::<Vec<String>>(),
        ),
        _ => None,
    };
    let framing = use_framing(listed.as_deref());
    let runs = framing.as_ref().is_some_and(Framing::runs);
    let leadership = use_leadership(runs && !matches!(config, ConfigState::Failed(_)));
    let locale = (*locale).clone();
    match (config, framing) {
        (ConfigState::Failed(error), _) => html! {
            <>
                <Plain locale={locale.clone()} />
                <ErrorPage {error} {locale} />
            </>
        },
        (ConfigState::Ready(_), Some(framing)) if !framing.runs() => {
            html! { <FramedOut {locale} {framing} /> }
        }
        (ConfigState::Loading, _) | (_, None) => html! { <Loading {locale} /> },
        (ConfigState::Ready(_), _) if leadership.standing.role == Role::Deciding => {
            html! { <Loading {locale} /> }
        }
        (ConfigState::Ready(config), Some(framing)) => html! {
            <InCharge {config} {locale} {framing} standing={leadership.standing}
                ontakeover={Callback::from(move |()| leadership.take_over())} />
        },
    }
}

#[derive(Properties, PartialEq, Clone)]
struct InChargeProps {
    config: Rc<Config>,
    locale: Locale,
    framing: Framing,
    standing: Standing,
    ontakeover: Callback<()>,
}

/// The cockpit in the tab in charge; elsewhere, a page that says where it is (or, in an
/// element, the shift as the page in charge keeps it).
#[component]
fn InCharge(props: &InChargeProps) -> Html {
    let mount = use_mount();
    // A popped-out window is opened to take charge: it does, without asking.
    let popped_out = matches!(&mount, Mount::Element(element) if element.popped_out());
    {
        let ontakeover = props.ontakeover.clone();
        use_effect_with(props.standing.role, move |role| {
            if popped_out && *role == (Role::Follower { leader_gone: false }) {
                ontakeover.emit(());
            }
        });
    }
    let InChargeProps {
        config,
        locale,
        framing,
        standing,
        ontakeover,
    } = props.clone();
    let (role, stolen) = (standing.role, standing.stolen);
    match (role, &mount) {
        (Role::Leader, _) => html! {
            <CockpitPage {config} {locale} {framing} took_charge={standing.succeeded} alone={standing.alone}
                fresh={standing.fresh} />
        },
        (role, Mount::Element(_)) => html! {
            <RemotePanel {config} {locale} {role} {stolen} {ontakeover} />
        },
        (role, Mount::Page) => html! {
            <>
                <Plain locale={locale.clone()} />
                <Follower {locale} {role} {stolen} {ontakeover} />
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct FollowerProps {
    locale: Locale,
    role: Role,
    stolen: bool,
    ontakeover: Callback<()>,
}

/// The page of a tab not in charge, with what it knows of the tab that is.
#[component]
fn Follower(props: &FollowerProps) -> Html {
    let active = use_leader_activity();
    html! {
        <FollowerPage locale={props.locale.clone()} role={props.role} stolen={props.stolen} {active}
            ontakeover={props.ontakeover.clone()} />
    }
}

/// The language to start in, until uContact names one: a popped-out window's is the one its
/// opener wrote in `<html lang>` (the agent's); elsewhere the browser's.
fn starting_locale(mount: &Mount) -> Locale {
    let written = match mount {
        Mount::Element(element) if element.popped_out() => web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
            .and_then(|html| html.get_attribute("lang")),
        _ => None,
    };
    written
        .filter(|code| crate::i18n::Lang::recognise(code).is_some())
        .map_or_else(browser_locale, |code| Locale::from_code(&code))
}

#[derive(Properties, PartialEq)]
struct PlainProps {
    locale: Locale,
}

/// Gives the page the default theme and the browser's language while there is no cockpit.
#[component]
fn Plain(props: &PlainProps) -> Html {
    use_document(Theme::default(), props.locale.clone(), 0);
    Html::default()
}

#[derive(Properties, PartialEq)]
struct FramedOutProps {
    locale: Locale,
    framing: Framing,
}

/// Framed by a page not listed in `hostOrigins` (or not introduced yet): only the notice.
#[component]
fn FramedOut(props: &FramedOutProps) -> Html {
    let texts = props.locale.lang.texts();
    let text = match &props.framing {
        Framing::Unlisted(origin) => fill(texts.framed_unlisted, &[("origin", origin)]),
        _ => texts.framed_unintroduced.to_owned(),
    };
    html! {
        <>
            <Plain locale={props.locale.clone()} />
            <p role="alert" style="margin: 24px; max-width: 60ch;">{ text }</p>
        </>
    }
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
