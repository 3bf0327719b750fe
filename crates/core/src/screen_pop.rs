//! The CRM record link ("screen pop"): `config.json`'s `screenPop.url` is a URL template such
//! as `https://crm.acme.com/c/{clientId}?c={campaign}`, filled for each interaction.
//!
//! Placeholders are `{guid}`, `{clientId}`, `{campaign}` and `{channel}`; each value is
//! percent-encoded as a URL component (everything but ASCII letters, digits and `-._~`).
//! Placeholders may only appear after the template's origin (in its path, query or fragment), so
//! whatever uContact sends, the link stays on the origin the deployment configured.

use crate::origin::{UrlProblem, origin_of};

/// The placeholders a template may use.
pub const PLACEHOLDERS: [&str; 4] = ["guid", "clientId", "campaign", "channel"];
/// Longest `screenPop.label`, in characters.
pub const MAX_LABEL: usize = 64;

/// A validated URL template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlTemplate {
    /// Literal text and placeholders, in order.
    parts: Vec<Part>,
    origin: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Value(Field),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Guid,
    ClientId,
    Campaign,
    Channel,
}

/// What makes a `screenPop.url` unusable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateProblem {
    Url(UrlProblem),
    /// A placeholder (or a brace) before the path: the link's origin must be fixed.
    PlaceholderInOrigin,
    /// `{name}` with a name not in [`PLACEHOLDERS`] (shortened).
    UnknownPlaceholder(String),
    /// A `{` without its `}`, or a `}` alone.
    UnbalancedBrace,
}

/// The values an interaction gives a template; unknown ones fill in as empty.
pub struct Values<'a> {
    pub guid: &'a str,
    pub client_id: &'a str,
    pub campaign: &'a str,
    pub channel: &'a str,
}

impl UrlTemplate {
    pub fn parse(template: &str) -> Result<UrlTemplate, TemplateProblem> {
        // The origin is read from the template as written, so it must hold no placeholder.
        let authority_end = template.find("://").map(|start| {
            let rest = template.get(start + 3..).unwrap_or_default();
            start + 3 + rest.find(['/', '?', '#']).unwrap_or(rest.len())
        });
        if authority_end
            .and_then(|end| template.get(..end))
            .is_some_and(|head| head.contains(['{', '}']))
        {
            return Err(TemplateProblem::PlaceholderInOrigin);
        }
        let origin = origin_of(template).map_err(TemplateProblem::Url)?;
        let mut parts = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find(['{', '}']) {
            let (text, tail) = rest.split_at(open);
            if tail.starts_with('}') {
                return Err(TemplateProblem::UnbalancedBrace);
            }
            let tail = tail.get(1..).unwrap_or_default();
            let close = tail.find('}').ok_or(TemplateProblem::UnbalancedBrace)?;
            let (name, after) = tail.split_at(close);
            if name.contains('{') {
                return Err(TemplateProblem::UnbalancedBrace);
            }
            let field = match name {
                "guid" => Field::Guid,
                "clientId" => Field::ClientId,
                "campaign" => Field::Campaign,
                "channel" => Field::Channel,
                other => {
                    return Err(TemplateProblem::UnknownPlaceholder(
                        other.chars().take(40).collect(),
                    ));
                }
            };
            if !text.is_empty() {
                parts.push(Part::Text(text.to_owned()));
            }
            parts.push(Part::Value(field));
            rest = after.get(1..).unwrap_or_default();
        }
        if !rest.is_empty() {
            parts.push(Part::Text(rest.to_owned()));
        }
        Ok(UrlTemplate { parts, origin })
    }

    /// The origin every filled link is on.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The link for these values.
    pub fn fill(&self, values: &Values<'_>) -> String {
        let mut url = String::new();
        for part in &self.parts {
            match part {
                Part::Text(text) => url.push_str(text),
                Part::Value(field) => encode_into(
                    &mut url,
                    match field {
                        Field::Guid => values.guid,
                        Field::ClientId => values.client_id,
                        Field::Campaign => values.campaign,
                        Field::Channel => values.channel,
                    },
                ),
            }
        }
        url
    }
}

/// Percent-encodes `value` as a URL component: everything but ASCII letters, digits and
/// `-._~`, byte by byte of its UTF-8.
fn encode_into(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            for nibble in [byte >> 4, byte & 0x0f] {
                out.push(char::from(
                    HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
                ));
            }
        }
    }
}

/// The whole `screenPop` setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenPop {
    pub url: UrlTemplate,
    /// The link's name; `None` means the cockpit's own text ("Open in CRM").
    pub label: Option<String>,
    /// Open the record by itself, once per interaction, when it arrives.
    pub auto: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values<'a>(
        guid: &'a str,
        client: &'a str,
        campaign: &'a str,
        channel: &'a str,
    ) -> Values<'a> {
        Values {
            guid,
            client_id: client,
            campaign,
            channel,
        }
    }

    #[test]
    fn fills_each_placeholder_percent_encoded() {
        let template = UrlTemplate::parse(
            "https://crm.acme.com/c/{clientId}?c={campaign}&ch={channel}#{guid}",
        )
        .unwrap();
        assert_eq!(template.origin(), "https://crm.acme.com");
        let table = [
            (
                values("g-1", "42", "Sales", "Phone"),
                "https://crm.acme.com/c/42?c=Sales&ch=Phone#g-1",
            ),
            (
                values("a/b", "../../admin", "x&y=z", "?#"),
                "https://crm.acme.com/c/..%2F..%2Fadmin?c=x%26y%3Dz&ch=%3F%23#a%2Fb",
            ),
            (
                values("", "@evil.com", "ñandú ü", "100%"),
                "https://crm.acme.com/c/%40evil.com?c=%C3%B1and%C3%BA%20%C3%BC&ch=100%25#",
            ),
            (
                values("{guid}", "javascript:alert(1)", "<b>", "'\""),
                "https://crm.acme.com/c/javascript%3Aalert%281%29?c=%3Cb%3E&ch=%27%22#%7Bguid%7D",
            ),
        ];
        for (values, expected) in table {
            assert_eq!(template.fill(&values), expected);
        }
    }

    #[test]
    fn refuses_templates_that_could_leave_their_origin_or_are_unclear() {
        let table = [
            (
                "crm.acme.com/{clientId}",
                TemplateProblem::Url(UrlProblem::NotAbsolute),
            ),
            (
                "javascript:alert(1)//{guid}",
                TemplateProblem::Url(UrlProblem::NotAbsolute),
            ),
            (
                "ftp://crm.acme.com/{guid}",
                TemplateProblem::Url(UrlProblem::UnsupportedScheme),
            ),
            (
                "https://crm.acme.com{clientId}",
                TemplateProblem::PlaceholderInOrigin,
            ),
            (
                "https://{clientId}.acme.com/",
                TemplateProblem::PlaceholderInOrigin,
            ),
            (
                "https://crm.acme.com:{x}/",
                TemplateProblem::PlaceholderInOrigin,
            ),
            (
                "https://crm.acme.com/{client}",
                TemplateProblem::UnknownPlaceholder("client".into()),
            ),
            (
                "https://crm.acme.com/{Guid}",
                TemplateProblem::UnknownPlaceholder("Guid".into()),
            ),
            (
                "https://crm.acme.com/{guid",
                TemplateProblem::UnbalancedBrace,
            ),
            (
                "https://crm.acme.com/guid}",
                TemplateProblem::UnbalancedBrace,
            ),
            (
                "https://crm.acme.com/{{guid}}",
                TemplateProblem::UnbalancedBrace,
            ),
        ];
        for (template, problem) in table {
            assert_eq!(UrlTemplate::parse(template), Err(problem), "{template}");
        }
    }

    #[test]
    fn a_template_without_placeholders_is_a_fixed_link() {
        let template = UrlTemplate::parse("http://127.0.0.1:8081/crm.html").unwrap();
        assert_eq!(
            template.fill(&values("g", "c", "a", "b")),
            "http://127.0.0.1:8081/crm.html"
        );
        assert_eq!(template.origin(), "http://127.0.0.1:8081");
    }

    #[test]
    fn unknown_values_fill_in_empty() {
        let template = UrlTemplate::parse("https://crm.acme.com/?id={clientId}&g={guid}").unwrap();
        let interaction = crate::state::Interaction::new("g 1".into());
        assert_eq!(
            template.fill(&interaction.link_values()),
            "https://crm.acme.com/?id=&g=g%201"
        );
    }
}
