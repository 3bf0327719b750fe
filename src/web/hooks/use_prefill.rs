//! What "Call again" on a row, or a `tel:` link without `dialDefaults`, puts in the dial form:
//! one shared value for the whole cockpit, provided by [`PrefillProvider`], filled through
//! [`use_prefill`] (rows, integrations) and read by the form ([`use_latest_prefill`]). Each
//! prefill is numbered, so the same one twice still counts.

use std::rc::Rc;

use yew::prelude::*;

use crate::protocol::StartInteraction;
use crate::state::Interaction;

/// What to put in the form (an empty field leaves what was typed there), and where the focus
/// goes; `seq` tells one from the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefill {
    pub seq: u32,
    pub request: StartInteraction,
    /// The field to complete next: the campaign (a bare number), else the button.
    pub focus_campaign: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Latest(Option<Prefill>);

impl Reducible for Latest {
    type Action = (StartInteraction, bool);

    fn reduce(self: Rc<Self>, (request, focus_campaign): Self::Action) -> Rc<Self> {
        let seq = self
            .0
            .as_ref()
            .map_or(1, |prefill| prefill.seq.wrapping_add(1));
        Rc::new(Latest(Some(Prefill {
            seq,
            request,
            focus_campaign,
        })))
    }
}

/// How to make the next prefill (stable: its holders never render again because of it).
#[derive(Clone, PartialEq, Default)]
pub struct Prefills(Option<UseReducerDispatcher<Latest>>);

/// The latest prefill, for the dial form.
#[derive(Clone, PartialEq, Default)]
pub struct LatestPrefill(pub Option<Prefill>);

impl Prefills {
    /// "Call again": the interaction's campaign, channel and client id; the focus on the button.
    pub fn call_again(&self, interaction: &Interaction) {
        if let Some(a) = interaction.assignment.as_ref() {
            let request = StartInteraction {
                campaign: a.campaign.clone(),
                channel: a.channel.clone(),
                client_id: a.client_id.clone(),
            };
            self.put(request, false);
        }
    }

    /// A client id to complete: the focus on the campaign.
    pub fn fill(&self, client_id: String) {
        let request = StartInteraction {
            campaign: String::new(),
            channel: String::new(),
            client_id,
        };
        self.put(request, true);
    }

    fn put(&self, request: StartInteraction, focus_campaign: bool) {
        if let Some(set) = &self.0 {
            set.dispatch((request, focus_campaign));
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PrefillProviderProps {
    pub children: Html,
}

/// Provides the prefill to everything under it.
#[component]
pub fn PrefillProvider(props: &PrefillProviderProps) -> Html {
    let latest = use_reducer(Latest::default);
    let handle = Prefills(Some(latest.dispatcher()));
    html! {
        <ContextProvider<Prefills> context={handle}>
            <ContextProvider<LatestPrefill> context={LatestPrefill(latest.0.clone())}>
                { props.children.clone() }
            </ContextProvider<LatestPrefill>>
        </ContextProvider<Prefills>>
    }
}

/// How to fill the dial form (nothing, in a view rendered on its own).
#[hook]
pub fn use_prefill() -> Prefills {
    use_context::<Prefills>().unwrap_or_default()
}

/// What was last put in the dial form.
#[hook]
pub fn use_latest_prefill() -> Option<Prefill> {
    use_context::<LatestPrefill>().unwrap_or_default().0
}
