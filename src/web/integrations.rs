//! The parties the cockpit talks to besides uContact, each a thin sink (what it hears of the
//! cockpit's facts) and source (what it asks) over its pure adapter in `crate::integrations`.
//! [`Integrations`] is the registry: it renders those this mount and configuration call for,
//! several at once; each subscribes to the facts for as long as it is rendered. A new
//! integration is one file here, its adapter in the core, and one line below.

use yew::prelude::*;

use crate::web::context::use_cockpit;
use crate::web::mount::use_mount;

pub mod click_to_dial;
pub mod forward;
pub mod framed;
pub mod host_page;
pub mod hubspot;
pub mod notifications;
pub mod relay;
pub mod screen_pop;

#[derive(Properties, PartialEq)]
pub struct IntegrationsProps {
    /// Where the rows learn how each call stands in HubSpot.
    #[prop_or_default]
    pub onhubspot: Callback<hubspot::HubSpotRows>,
    /// Where the inspector and End shift learn how forwarding stands.
    #[prop_or_default]
    pub forward_feed: forward::ForwardFeed,
    /// Who frames the cockpit's page, if anyone (a listed page: the cockpit runs framed by
    /// no other).
    pub framing: framed::Framing,
}

#[component]
pub fn Integrations(props: &IntegrationsProps) -> Html {
    let mount = use_mount();
    let config = use_cockpit().config;
    let element = mount.element();
    let click_to_dial = element.is_some_and(|element| element.host.has_attribute("click-to-dial"));
    html! {
        <>
            if let Some(element) = element {
                <host_page::HostPage element={element.clone()} />
                <relay::Relay />
            }
            if click_to_dial {
                <click_to_dial::ClickToDial />
            }
            if let Some(origin) = framed_by(&props.framing, &config.host_origins) {
                <framed::Framed framing={framed::Framing::Listed(origin)} />
            }
            if let (Some(config), Some(origin)) = (&config.hubspot, props.framing.origin())
                && config.host_origins.iter().any(|listed| listed == origin)
            {
                <hubspot::HubSpot config={config.clone()} origin={AttrValue::from(origin.to_owned())}
                    onrows={props.onhubspot.clone()} />
            }
            if let Some(config) = &config.forward {
                <forward::Forward config={config.clone()} feed={props.forward_feed.clone()} />
            }
            if config.screen_pop.as_ref().is_some_and(|pop| pop.auto) {
                <screen_pop::ScreenPop />
            }
        </>
    }
}

/// The framing page's origin, when framed mode talks to it (listed in `hostOrigins`; a HubSpot
/// origin is HubSpot's integration's).
fn framed_by(framing: &framed::Framing, listed: &[String]) -> Option<String> {
    framing
        .origin()
        .filter(|origin| listed.iter().any(|listed| listed == origin))
        .map(str::to_owned)
}
