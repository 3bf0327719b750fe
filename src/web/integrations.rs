//! The parties the cockpit talks to besides uContact, each a thin sink (what it hears of the
//! cockpit's facts) and source (what it asks) over its pure adapter in `crate::integrations`.
//! [`Integrations`] is the registry: it renders those this mount and configuration call for,
//! several at once; each subscribes to the facts for as long as it is rendered. A new
//! integration is one file here, its adapter in the core, and one line below.

use yew::prelude::*;

use crate::web::context::use_cockpit;
use crate::web::mount::use_mount;

pub mod click_to_dial;
pub mod framed;
pub mod host_page;
pub mod notifications;
pub mod relay;
pub mod screen_pop;

#[derive(Properties, PartialEq)]
pub struct IntegrationsProps {
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
            if props.framing != framed::Framing::None {
                <framed::Framed framing={props.framing.clone()} />
            }
            if config.screen_pop.as_ref().is_some_and(|pop| pop.auto) {
                <screen_pop::ScreenPop />
            }
        </>
    }
}
