//! Desktop notifications of new interactions (opt-in in the panel): what each arrival shows.

use crate::i18n::Texts;
use crate::state::Fact;

/// One desktop notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub title: &'static str,
    pub body: String,
    /// One notification per interaction, whatever shows it.
    pub tag: String,
}

/// The notification a fact shows, if any: an arrival's client, campaign and channel.
pub fn of_fact(fact: &Fact, texts: &Texts) -> Option<Notification> {
    let Fact::Arrival(interaction) = fact else {
        return None;
    };
    let body = interaction
        .assignment
        .as_ref()
        .map(|a| format!("{} · {} · {}", a.client_id, a.campaign, a.channel))
        .unwrap_or_else(|| interaction.guid.clone());
    Some(Notification {
        title: texts.notification_title,
        body,
        tag: format!("{}:{}", crate::storage::KEY, interaction.guid),
    })
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::i18n::ES;
    use crate::state::{Assignment, Interaction};

    #[test]
    fn an_arrival_is_notified_with_its_client_campaign_and_channel() {
        let interaction = Rc::new(Interaction {
            assignment: Some(Assignment {
                campaign: "Ventas".into(),
                channel: "whatsapp".into(),
                client_id: "59899".into(),
                at: 0,
            }),
            ..Interaction::new("g".into())
        });
        assert_eq!(
            of_fact(&Fact::Arrival(interaction), &ES),
            Some(Notification {
                title: ES.notification_title,
                body: "59899 · Ventas · whatsapp".into(),
                tag: "ucontact-cockpit:g".into(),
            })
        );
        assert_eq!(of_fact(&Fact::Ready, &ES), None);
    }
}
