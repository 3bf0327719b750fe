//! The dial form of the cockpit in charge, pinned at the panel's foot: the agent's requests go
//! through the one admission path (`Action::Dial` from the agent), and a refused one is said
//! under the form until the agent edits a field.

use yew::prelude::*;

use crate::integrations::{DialAnswer, answer};
use crate::protocol::StartInteraction;
use crate::state::{Action, DialSource, Dials};
use crate::web::components::dial_form::{DialForm, Refusal};
use crate::web::context::use_cockpit;
use crate::web::hooks::use_facts;
use crate::web::now;

/// How the agent asks for a dial (the form, Retry): stable across renders.
#[hook]
pub fn use_agent_dial() -> Callback<StartInteraction> {
    let dispatch = use_cockpit().dispatch;
    use_callback((), move |request: StartInteraction, _| {
        dispatch.dispatch(Action::Dial {
            at: now(),
            request,
            source: DialSource::Agent,
        })
    })
}

#[derive(Properties, PartialEq)]
pub struct DialDockProps {
    pub dials: Dials,
    pub silent: bool,
    pub onshow: Callback<String>,
}

#[component]
pub fn DialDock(props: &DialDockProps) -> Html {
    let cockpit = use_cockpit();
    let ondial = use_agent_dial();
    let refusal = use_state(|| None::<Refusal>);
    {
        let (refusal, dispatch) = (refusal.clone(), cockpit.dispatch.clone());
        use_facts(move |fact| {
            // Not sent is told by the dial's own outcome, under the form.
            if let Some((DialSource::Agent, answer @ DialAnswer::Refused(_))) = answer(fact)
                && let Err(reason) = {
                    let lang = dispatch.read(|c| c.locale.lang).unwrap_or_default();
                    answer.text(lang.texts())
                }
            {
                let seq = refusal.as_ref().map_or(1, |r| r.seq + 1);
                refusal.set(Some(Refusal {
                    seq,
                    text: AttrValue::from(reason),
                }));
            }
        });
    }
    html! {
        <DialForm dials={props.dials.clone()} silent={props.silent} refusal={(*refusal).clone()}
            {ondial} onshow={props.onshow.clone()} />
    }
}
