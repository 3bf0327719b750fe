//! Click to dial: with the element's `click-to-dial` attribute, a plain click on a `tel:` link
//! of the host page is the cockpit's. With `dialDefaults` it dials at once, the number as client
//! id, but only for a click the agent really made (`isTrusted`) on a visible link whose visible
//! text shows that very number (`Call +598 99 123 456` for `tel:+59899123456`): a customer's
//! e-mail in a ticket can show one number and link another, or cover the page with an
//! invisible link. Otherwise, and without `dialDefaults`, it fills Client ID and leaves the
//! rest to the agent.

use crate::config::DialDefaults;
use crate::protocol::StartInteraction;

/// What a taken click does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Click {
    /// Dial this at once.
    Dial(StartInteraction),
    /// Put this client id in the dial form, and let the agent complete it.
    Fill(String),
}

/// The link a click went through, as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The browser says the agent made the click (`isTrusted`), not a script.
    pub trusted: bool,
    /// Rendered, not transparent or hidden, and not covering most of the page.
    pub visible: bool,
    /// Its visible text.
    pub text: String,
}

/// What a taken click on `link`, to `client`, does.
pub fn decide(defaults: Option<&DialDefaults>, client: String, link: &Link) -> Click {
    let at_once = link.trusted && link.visible && shows(&link.text, &client);
    match defaults
        .filter(|_| at_once)
        .and_then(|d| StartInteraction::new(&d.campaign, &d.channel, &client).ok())
    {
        Some(request) => Click::Dial(request),
        None => Click::Fill(client),
    }
}

/// Whether `text` shows the number `client`: one run of digits and visual separators in it
/// (`+598 99-123.456`, `(02) 901 2345`) has exactly the client's digits.
pub fn shows(text: &str, client: &str) -> bool {
    let wanted: String = client.chars().filter(char::is_ascii_digit).collect();
    if wanted.is_empty() {
        return false;
    }
    let mut run = String::new();
    let mut runs = Vec::new();
    for c in text.chars() {
        match c {
            '0'..='9' => run.push(c),
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' | '/' if !run.is_empty() => {}
            '+' | '(' => {}
            _ => runs.push(std::mem::take(&mut run)),
        }
    }
    runs.push(run);
    runs.contains(&wanted)
}

/// The client id a `tel:` link dials: the number with its visual separators (spaces, `-`, `.`,
/// parentheses) and parameters (`;…`) left out, a leading `+` kept; `None` when that leaves no
/// digit, or anything but digits (the link is then left to the browser).
pub fn client_from_tel(href: &str) -> Option<String> {
    let scheme = href.get(..4)?;
    if !scheme.eq_ignore_ascii_case("tel:") {
        return None;
    }
    let number = href.get(4..)?.split(';').next().unwrap_or_default();
    let number = percent_decode(number)?;
    let mut client = String::new();
    for (index, c) in number.trim().chars().enumerate() {
        match c {
            '0'..='9' => client.push(c),
            '+' if index == 0 => client.push(c),
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
            _ => return None,
        }
    }
    client.chars().any(|c| c.is_ascii_digit()).then_some(client)
}

/// `%XX` sequences decoded; `None` when they do not make UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        if byte == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            out.push(byte);
            index += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Whether a click on a `tel:` link is the cockpit's to take: a plain primary click, not one
/// the page already handled. Ctrl, Cmd, Shift or Alt, or another button, leave it to the
/// browser (a new window, a copy, a context menu).
pub fn takes_click(button: i16, modified: bool, default_prevented: bool) -> bool {
    button == 0 && !modified && !default_prevented
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tel_link_gives_its_number_as_the_client_id() {
        let table = [
            ("tel:+59899123456", Some("+59899123456")),
            ("tel:+598 99 123 456", Some("+59899123456")),
            ("TEL:0800-1234", Some("08001234")),
            ("tel:(02)%20901.2345", Some("029012345")),
            ("tel:+1-201-555-0123;ext=1234", Some("+12015550123")),
            ("tel:%2B44%2020%207946%200958", Some("+442079460958")),
            ("tel:", None),
            ("tel:+", None),
            ("tel:12+34", None),
            ("tel:*100#", None),
            ("tel:javascript:alert(1)", None),
            ("tel:%ZZ12", None),
            ("tel:%C3%2812", None),
            ("mailto:a@b.c", None),
            ("te", None),
        ];
        for (href, expected) in table {
            assert_eq!(client_from_tel(href).as_deref(), expected, "{href}");
        }
    }

    #[test]
    fn only_plain_primary_clicks_are_taken() {
        assert!(takes_click(0, false, false));
        assert!(!takes_click(1, false, false), "middle button");
        assert!(!takes_click(2, false, false), "secondary button");
        assert!(!takes_click(0, true, false), "Ctrl, Cmd, Shift or Alt");
        assert!(!takes_click(0, false, true), "already handled by the page");
    }

    #[test]
    fn only_a_trusted_click_on_a_visible_link_showing_its_number_dials_at_once() {
        let defaults = DialDefaults {
            campaign: "Sales".into(),
            channel: "telephony".into(),
        };
        let link = |trusted, visible, text: &str| Link {
            trusted,
            visible,
            text: text.into(),
        };
        let dial =
            Click::Dial(StartInteraction::new("Sales", "telephony", "+59899123456").unwrap());
        let fill = Click::Fill("+59899123456".into());
        let table = [
            (link(true, true, "+598 99 123 456"), &dial),
            (link(true, true, "Call +598 99-123.456 now"), &dial),
            (link(true, true, "59899123456"), &dial),
            // Shows another number than it links.
            (link(true, true, "+1-900-555-0199"), &fill),
            (link(true, true, "Call us"), &fill),
            (link(true, true, "+598 99 123 4567"), &fill),
            // Invisible (or covering the page), or clicked by a script.
            (link(true, false, "+598 99 123 456"), &fill),
            (link(false, true, "+598 99 123 456"), &fill),
        ];
        for (link, expected) in table {
            assert_eq!(
                &decide(Some(&defaults), "+59899123456".into(), &link),
                expected,
                "{link:?}"
            );
        }
        assert_eq!(
            decide(
                None,
                "+59899123456".into(),
                &link(true, true, "+598 99 123 456")
            ),
            fill,
            "without dialDefaults it fills the form"
        );
        assert!(shows("(02) 901 2345", "029012345"));
        assert!(!shows("02 901", "029012345"));
        assert!(!shows("", "1"));
        assert!(!shows("123", ""));
    }
}
