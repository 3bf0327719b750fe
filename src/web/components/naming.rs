//! uContact's names as an agent reads them (`crate::naming`): a channel by its name in the
//! agent's language with its icon, a campaign without its v6 arrow with its direction's icon
//! and, for screen readers, the direction in words. View functions: a row shows both.

use yew::prelude::*;

use crate::i18n::{Lang, Texts};
use crate::naming::{Channel, Direction, campaign, channel_name};

/// The icon class of a known channel (drawn by CSS, `web::styles::global`).
fn channel_icon(channel: Channel) -> &'static str {
    match channel {
        Channel::Telephony => "ck-ch-telephony",
        Channel::WhatsApp => "ck-ch-whatsapp",
        Channel::Webchat => "ck-ch-webchat",
        Channel::Sms => "ck-ch-sms",
        Channel::Email => "ck-ch-email",
        Channel::Messenger => "ck-ch-messenger",
        Channel::Instagram => "ck-ch-instagram",
    }
}

fn direction_icon(direction: Direction) -> &'static str {
    match direction {
        Direction::Inbound => "ck-dir-in",
        Direction::Outbound => "ck-dir-out",
    }
}

/// A channel: a known id by its name and icon, an unknown one as it came.
pub fn channel_label(id: &str, lang: Lang) -> Html {
    let icon = Channel::of(id).map(channel_icon);
    let tagged = icon.is_some().then_some("ck-tagged");
    html! {
        <span class={classes!("ck-channel", tagged, icon)}>{ channel_name(id, lang) }</span>
    }
}

/// A campaign: its name without the arrow, the direction as an icon with its words for screen
/// readers (and as the tooltip); a name without an arrow as it came.
pub fn campaign_label(raw: &str, texts: &Texts) -> Html {
    let shown = campaign(raw);
    match shown.direction {
        Some(direction) => html! {
            <span class={classes!("ck-campaign", "ck-tagged", direction_icon(direction))}
                title={direction.text(texts)}>
                { shown.name }
                <span class="ck-sr-only">{ format!(" ({})", direction.text(texts)) }</span>
            </span>
        },
        None => html! { <span class="ck-campaign">{ raw }</span> },
    }
}

/// A campaign in plain text (a chart's label, a dial's line): `Ventas (Inbound)`.
pub fn campaign_text(raw: &str, texts: &Texts) -> String {
    let shown = campaign(raw);
    match shown.direction {
        Some(direction) => format!("{} ({})", shown.name, direction.text(texts)),
        None => raw.to_owned(),
    }
}
