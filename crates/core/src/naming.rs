//! How uContact's own names read to an agent. Channels arrive as lowercase ids (`telephony`,
//! `whatsapp`, `webchat`, `sms`, `email`, `messenger`, `instagram`): each known one shows by its
//! name in the agent's language, with an icon; an unknown id shows as it came. Campaign names
//! from uContact v6 set-ups end in `<-` (an inbound queue) or `->` (an outbound or dialer
//! campaign): shown without the arrow, with the direction beside them. The raw values are never
//! lost: they are what is stored, searched, exported and sent back in a dial.

use crate::i18n::{Lang, Texts};

/// A channel uContact names by a known id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Telephony,
    WhatsApp,
    Webchat,
    Sms,
    Email,
    Messenger,
    Instagram,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Channel::Telephony,
        Channel::WhatsApp,
        Channel::Webchat,
        Channel::Sms,
        Channel::Email,
        Channel::Messenger,
        Channel::Instagram,
    ];

    /// uContact's id for the channel.
    pub fn id(self) -> &'static str {
        match self {
            Channel::Telephony => "telephony",
            Channel::WhatsApp => "whatsapp",
            Channel::Webchat => "webchat",
            Channel::Sms => "sms",
            Channel::Email => "email",
            Channel::Messenger => "messenger",
            Channel::Instagram => "instagram",
        }
    }

    /// The channel an id names (case aside: `Telephony` is `telephony`), if it is known.
    pub fn of(id: &str) -> Option<Channel> {
        Channel::ALL
            .into_iter()
            .find(|channel| channel.id().eq_ignore_ascii_case(id))
    }

    /// Its name in `lang`: the agent's word for the phone and for e-mail, the brands as they
    /// are.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Channel::Telephony, Lang::En) => "Phone",
            (Channel::Telephony, Lang::Es) => "Teléfono",
            (Channel::Telephony, Lang::Pt) => "Telefone",
            (Channel::Email, Lang::En) => "Email",
            (Channel::Email, Lang::Es) => "Correo",
            (Channel::Email, Lang::Pt) => "E-mail",
            (Channel::WhatsApp, _) => "WhatsApp",
            (Channel::Webchat, _) => "WebChat",
            (Channel::Sms, _) => "SMS",
            (Channel::Messenger, _) => "Messenger",
            (Channel::Instagram, _) => "Instagram",
        }
    }

    /// Every name it has, in any language (what a search also finds it by).
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        Lang::ALL.into_iter().map(move |lang| self.name(lang))
    }
}

/// How a channel id reads in `lang`: a known channel's name, else the id as it came.
pub fn channel_name(id: &str, lang: Lang) -> &str {
    Channel::of(id).map_or(id, |channel| channel.name(lang))
}

/// Which way a campaign goes, as its v6 arrow says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// `<-`: an inbound queue.
    Inbound,
    /// `->`: an outbound or dialer campaign.
    Outbound,
}

impl Direction {
    /// Its name, the icon's text alternative (Inbound, Entrante, Entrada).
    pub fn text(self, texts: &Texts) -> &'static str {
        match self {
            Direction::Inbound => texts.direction_inbound,
            Direction::Outbound => texts.direction_outbound,
        }
    }
}

/// A campaign name as shown: without its arrow, and the direction the arrow gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Campaign<'a> {
    pub name: &'a str,
    pub direction: Option<Direction>,
}

/// Reads a raw campaign name: `Ventas<-` is `Ventas`, inbound; `CallBack_144_Op2->` is
/// `CallBack_144_Op2`, outbound; a name without an arrow (uContact X) is itself. A name that is
/// only an arrow stays as it is.
pub fn campaign(raw: &str) -> Campaign<'_> {
    let split = [("<-", Direction::Inbound), ("->", Direction::Outbound)]
        .into_iter()
        .find_map(|(arrow, direction)| {
            let name = raw.strip_suffix(arrow)?.trim_end();
            (!name.is_empty()).then_some((name, direction))
        });
    match split {
        Some((name, direction)) => Campaign {
            name,
            direction: Some(direction),
        },
        None => Campaign {
            name: raw,
            direction: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_channel_id_reads_as_its_name_and_an_unknown_one_as_it_came() {
        let table = [
            ("telephony", ["Phone", "Teléfono", "Telefone"]),
            ("whatsapp", ["WhatsApp", "WhatsApp", "WhatsApp"]),
            ("webchat", ["WebChat", "WebChat", "WebChat"]),
            ("sms", ["SMS", "SMS", "SMS"]),
            ("email", ["Email", "Correo", "E-mail"]),
            ("messenger", ["Messenger", "Messenger", "Messenger"]),
            ("instagram", ["Instagram", "Instagram", "Instagram"]),
            ("Telephony", ["Phone", "Teléfono", "Telefone"]),
            ("fax", ["fax", "fax", "fax"]),
            ("Phone", ["Phone", "Phone", "Phone"]),
            ("", ["", "", ""]),
        ];
        for (id, names) in table {
            for (lang, name) in Lang::ALL.into_iter().zip(names) {
                assert_eq!(channel_name(id, lang), name, "{id} in {lang:?}");
            }
        }
        for channel in Channel::ALL {
            assert_eq!(Channel::of(channel.id()), Some(channel));
        }
    }

    #[test]
    fn a_campaigns_arrow_gives_its_direction_and_the_name_stays_whole() {
        let table = [
            ("Ventas<-", "Ventas", Some(Direction::Inbound)),
            (
                "CallBack_144_Op2->",
                "CallBack_144_Op2",
                Some(Direction::Outbound),
            ),
            ("Soporte <-", "Soporte", Some(Direction::Inbound)),
            ("Ventas", "Ventas", None),
            ("<-", "<-", None),
            ("->", "->", None),
            ("A->B", "A->B", None),
            ("Cobranzas<-->", "Cobranzas<-", Some(Direction::Outbound)),
            ("", "", None),
        ];
        for (raw, name, direction) in table {
            assert_eq!(campaign(raw), Campaign { name, direction }, "{raw}");
        }
    }
}
