//! The CRM screen pop: with `screenPop.auto`, the record of each interaction that **arrives**
//! (a guid never seen: never a repeat, one restored after a reload, reopened from history or
//! taken over from another tab) opens by itself, once.

use crate::screen_pop::ScreenPop;
use crate::state::Fact;

/// The record to open for a fact, if any.
pub fn to_open(fact: &Fact, pop: &ScreenPop) -> Option<String> {
    match fact {
        Fact::Arrival(interaction) if pop.auto => Some(pop.url.fill(&interaction.link_values())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::screen_pop::UrlTemplate;
    use crate::state::{Assignment, Interaction};

    #[test]
    fn only_an_arrival_opens_and_only_with_auto() {
        let interaction = Rc::new(Interaction {
            assignment: Some(Assignment {
                campaign: "Ventas<-".into(),
                channel: "telephony".into(),
                client_id: "59899".into(),
                at: 0,
            }),
            ..Interaction::new("g 1".into())
        });
        let pop = |auto| ScreenPop {
            url: UrlTemplate::parse("https://crm.example/c/{clientId}?g={guid}").unwrap(),
            label: None,
            auto,
        };
        assert_eq!(
            to_open(&Fact::Arrival(interaction.clone()), &pop(true)).as_deref(),
            Some("https://crm.example/c/59899?g=g%201")
        );
        assert_eq!(to_open(&Fact::Arrival(interaction), &pop(false)), None);
        assert_eq!(to_open(&Fact::Ready, &pop(true)), None);
    }
}
