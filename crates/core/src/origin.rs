//! The origin of a URL (`scheme://host[:port]`), serialised exactly as browsers put it in
//! `MessageEvent.origin`, for the URLs a deployment configures: uContact's, and the CRM link's.
//! Whatever could make that serialisation ambiguous is refused rather than guessed.

/// Longest URL accepted, in bytes.
pub const MAX_URL: usize = 2048;

/// What makes a `ucontactUrl` unusable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlProblem {
    TooLong,
    /// Spaces, control characters or backslashes, which browsers rewrite silently.
    InvalidCharacters,
    NotAbsolute,
    /// Only `http` and `https` are served by uContact.
    UnsupportedScheme,
    /// `user:password@` in a URL leaks credentials and hides the real host.
    Credentials,
    MissingHost,
    BadHost,
    /// IPv6 literals are not supported; use a host name.
    Ipv6,
    /// Internationalised host names must be written in their `xn--` form.
    NonAsciiHost,
    BadPort,
}

/// The origin (`scheme://host[:port]`) of an absolute `http`/`https` URL, serialised as
/// browsers do: lowercase, default port left out. Refuses what could make that serialisation
/// ambiguous instead of guessing.
pub fn origin_of(url: &str) -> Result<String, UrlProblem> {
    if url.len() > MAX_URL {
        return Err(UrlProblem::TooLong);
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err(UrlProblem::InvalidCharacters);
    }
    let (scheme, rest) = url.split_once("://").ok_or(UrlProblem::NotAbsolute)?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ if scheme.is_empty() || scheme.contains(['/', '?', '#']) => {
            return Err(UrlProblem::NotAbsolute);
        }
        _ => return Err(UrlProblem::UnsupportedScheme),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(UrlProblem::Credentials);
    }
    if authority.starts_with('[') {
        return Err(UrlProblem::Ipv6);
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host = host_of(host)?;
    let port = match port {
        None | Some("") => None,
        Some(digits) if digits.len() <= 5 && digits.bytes().all(|b| b.is_ascii_digit()) => {
            let port: u32 = digits.parse().map_err(|_| UrlProblem::BadPort)?;
            if port > 65_535 {
                return Err(UrlProblem::BadPort);
            }
            (port != default_port).then_some(port)
        }
        Some(_) => return Err(UrlProblem::BadPort),
    };
    Ok(match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    })
}

/// A host name or IPv4 address, lowercased. Numeric forms browsers would reinterpret
/// (`127.1`, `0x7f.0.0.1`, `010.0.0.1`) are refused rather than normalised.
fn host_of(host: &str) -> Result<String, UrlProblem> {
    if host.is_empty() {
        return Err(UrlProblem::MissingHost);
    }
    if !host.is_ascii() {
        return Err(UrlProblem::NonAsciiHost);
    }
    let host = host.to_ascii_lowercase();
    let labels: Vec<&str> = host.strip_suffix('.').unwrap_or(&host).split('.').collect();
    let label_ok = |label: &&str| {
        !label.is_empty()
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if !labels.iter().all(label_ok) {
        return Err(UrlProblem::BadHost);
    }
    let numeric =
        |label: &str| label.bytes().all(|b| b.is_ascii_digit()) || label.starts_with("0x");
    if labels.last().is_some_and(|last| numeric(last)) {
        let canonical = labels.len() == 4
            && labels.iter().all(|part| {
                part.bytes().all(|b| b.is_ascii_digit())
                    && (part.len() == 1 || !part.starts_with('0'))
                    && part.parse::<u8>().is_ok()
            })
            && !host.ends_with('.');
        if !canonical {
            return Err(UrlProblem::BadHost);
        }
    }
    Ok(host)
}

/// Whether an origin `origin_of` wrote is plain `http` on this computer (`localhost` or an
/// address in 127.0.0.0/8): the only place plain http is accepted for a party the cockpit
/// talks to (stand-ins under development and tests).
pub fn is_loopback_http(origin: &str) -> bool {
    let Some(authority) = origin.strip_prefix("http://") else {
        return false;
    };
    let host = authority.split(':').next().unwrap_or_default();
    host == "localhost" || host.split('.').next() == Some("127") && host.split('.').count() == 4
}
