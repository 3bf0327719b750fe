use super::*;

#[test]
fn reads_a_full_configuration() {
    let config = Config::parse(
        r#"{"ucontactUrl": "https://Acme.uContactCloud.com:443/agent/?x=1",
            "campaigns": [" Sales ", "Support"], "channels": ["Phone"]}"#,
    )
    .unwrap();
    assert_eq!(
        config.ucontact_url,
        "https://Acme.uContactCloud.com:443/agent/?x=1"
    );
    assert_eq!(config.ucontact_origin, "https://acme.ucontactcloud.com");
    assert_eq!(config.campaigns, vec!["Sales", "Support"]);
    assert_eq!(config.channels, vec!["Phone"]);
    assert!(!config.is_simulator_default);
    assert_eq!(
        config.connect_timeout_seconds,
        DEFAULT_CONNECT_TIMEOUT_SECONDS
    );
}

#[test]
fn the_connect_timeout_is_a_bounded_whole_number_of_seconds() {
    let with = |value: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "http://x", "connectTimeoutSeconds": {value}}}"#
        ))
    };
    assert_eq!(with("1").map(|c| c.connect_timeout_seconds), Ok(1));
    assert_eq!(with("600").map(|c| c.connect_timeout_seconds), Ok(600));
    let out_of_range = Err(ConfigError::OutOfRange {
        key: "connectTimeoutSeconds",
        min: 1,
        max: 600,
    });
    for bad in [
        "0",
        "601",
        "-5",
        "2.5",
        "\"20\"",
        "null",
        "1e10",
        "99999999999999999999",
    ] {
        assert_eq!(with(bad), out_of_range, "{bad}");
    }
}

#[test]
fn suggestions_are_optional() {
    let config = Config::parse(r#"{"ucontactUrl": "http://127.0.0.1:8081/"}"#).unwrap();
    assert_eq!(config.ucontact_origin, "http://127.0.0.1:8081");
    assert!(config.campaigns.is_empty() && config.channels.is_empty());
}

#[test]
fn the_simulator_default_is_consistent() {
    let default = Config::simulator_default();
    assert_eq!(
        origin_of(&default.ucontact_url),
        Ok(default.ucontact_origin.clone())
    );
    assert!(default.is_simulator_default);
    let crm = default.screen_pop.expect("the simulator's stand-in CRM");
    assert_eq!(crm.url.origin(), default.ucontact_origin);
}

#[test]
fn names_what_is_wrong_with_a_file() {
    let table: Vec<(String, ConfigError)> = vec![
        ("".into(), ConfigError::NotJson { line: 1, column: 0 }),
        (
            "{\"ucontactUrl\": ".into(),
            ConfigError::NotJson {
                line: 1,
                column: 16,
            },
        ),
        (
            "{\n  \"ucontactUrl\": 'x'\n}".into(),
            ConfigError::NotJson {
                line: 2,
                column: 18,
            },
        ),
        ("[]".into(), ConfigError::NotAnObject),
        ("\"http://x\"".into(), ConfigError::NotAnObject),
        ("{}".into(), ConfigError::MissingUrl),
        (
            r#"{"ucontactURL": "http://x"}"#.into(),
            ConfigError::UnknownKey {
                key: "ucontactURL".into(),
                known: &KEYS,
            },
        ),
        (
            r#"{"ucontactUrl": 5}"#.into(),
            ConfigError::WrongType {
                key: "ucontactUrl",
                expected: Expected::Text,
            },
        ),
        (
            r#"{"ucontactUrl": "http://x", "campaigns": "Sales"}"#.into(),
            ConfigError::WrongType {
                key: "campaigns",
                expected: Expected::TextList,
            },
        ),
        (
            r#"{"ucontactUrl": "http://x", "channels": ["Phone", 3]}"#.into(),
            ConfigError::BadSuggestion {
                key: "channels",
                index: 1,
            },
        ),
        (
            r#"{"ucontactUrl": "http://x", "channels": ["  "]}"#.into(),
            ConfigError::BadSuggestion {
                key: "channels",
                index: 0,
            },
        ),
        (
            format!(
                r#"{{"ucontactUrl": "http://x", "campaigns": [{}]}}"#,
                vec!["\"c\""; 201].join(",")
            ),
            ConfigError::TooManySuggestions {
                key: "campaigns",
                max: MAX_SUGGESTIONS,
            },
        ),
        (
            r#"{"ucontactUrl": "ftp://x"}"#.into(),
            ConfigError::BadUrl {
                url: "ftp://x".into(),
                problem: UrlProblem::UnsupportedScheme,
            },
        ),
        (
            format!(
                "{{\"ucontactUrl\": \"http://x\", \"pad\": \"{}\"}}",
                "x".repeat(MAX_CONFIG_BYTES)
            ),
            ConfigError::TooLarge {
                max_bytes: MAX_CONFIG_BYTES,
            },
        ),
    ];
    for (text, expected) in table {
        assert_eq!(Config::parse(&text), Err(expected), "{text:.80}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(
        Config::parse(&deep),
        Err(ConfigError::NotJson { .. })
    ));
}

#[test]
fn origins_are_serialised_as_browsers_do() {
    let table = [
        ("http://127.0.0.1:8081/", "http://127.0.0.1:8081"),
        ("http://127.0.0.1:80/", "http://127.0.0.1"),
        ("HTTPS://Example.COM", "https://example.com"),
        ("https://example.com:443", "https://example.com"),
        (
            "https://example.com:8443/a/b?c=d#e",
            "https://example.com:8443",
        ),
        ("http://example.com:0080/", "http://example.com"),
        ("https://example.com:/", "https://example.com"),
        (
            "https://a.b-c_d.example.com./x",
            "https://a.b-c_d.example.com.",
        ),
        ("http://localhost:8080?x", "http://localhost:8080"),
        ("http://localhost#frag", "http://localhost"),
        (
            "https://xn--bcher-kva.example/",
            "https://xn--bcher-kva.example",
        ),
        // The highest port, and the longest port that is still five digits.
        ("https://example.com:65535/", "https://example.com:65535"),
        ("https://example.com:00443/", "https://example.com"),
    ];
    for (url, origin) in table {
        assert_eq!(origin_of(url), Ok(origin.to_owned()), "{url}");
    }
}

#[test]
fn refuses_urls_it_cannot_serialise_with_certainty() {
    let table = [
        ("", UrlProblem::NotAbsolute),
        ("example.com", UrlProblem::NotAbsolute),
        ("/relative/path", UrlProblem::NotAbsolute),
        ("//example.com", UrlProblem::NotAbsolute),
        (
            "javascript://example.com/%0aalert(1)",
            UrlProblem::UnsupportedScheme,
        ),
        ("data://x", UrlProblem::UnsupportedScheme),
        ("file:///etc/passwd", UrlProblem::UnsupportedScheme),
        ("https://user:pass@example.com/", UrlProblem::Credentials),
        ("https://good.com@evil.com/", UrlProblem::Credentials),
        (
            "https://evil.com\\@good.com/",
            UrlProblem::InvalidCharacters,
        ),
        ("https://exa mple.com/", UrlProblem::InvalidCharacters),
        ("https://example.com/\n", UrlProblem::InvalidCharacters),
        ("https:///path", UrlProblem::MissingHost),
        ("https://:8080/", UrlProblem::MissingHost),
        ("https://[::1]:8080/", UrlProblem::Ipv6),
        ("https://bücher.example/", UrlProblem::NonAsciiHost),
        ("https://exa%41mple.com/", UrlProblem::BadHost),
        ("https://a..b/", UrlProblem::BadHost),
        ("https://127.1/", UrlProblem::BadHost),
        ("https://0x7f.0.0.1/", UrlProblem::BadHost),
        ("https://010.0.0.1/", UrlProblem::BadHost),
        ("https://256.0.0.1/", UrlProblem::BadHost),
        ("https://1.2.3.4.5/", UrlProblem::BadHost),
        ("https://example.123/", UrlProblem::BadHost),
        ("https://example.com:99999/", UrlProblem::BadPort),
        ("https://example.com:65536/", UrlProblem::BadPort),
        ("https://example.com:8o/", UrlProblem::BadPort),
        ("https://example.com:-1/", UrlProblem::BadPort),
        ("https://example.com:+80/", UrlProblem::BadPort),
        ("https://example.com:000443/", UrlProblem::BadPort),
        ("://example.com", UrlProblem::NotAbsolute),
        ("/a://example.com", UrlProblem::NotAbsolute),
        ("?a://example.com", UrlProblem::NotAbsolute),
        ("#a://example.com", UrlProblem::NotAbsolute),
    ];
    for (url, problem) in table {
        assert_eq!(origin_of(url), Err(problem), "{url}");
    }
    // The length limit, exactly at and one over.
    let long = |len: usize| format!("https://x/{}", "a".repeat(len - "https://x/".len()));
    assert_eq!(origin_of(&long(MAX_URL)), Ok("https://x".to_owned()));
    assert_eq!(origin_of(&long(MAX_URL + 1)), Err(UrlProblem::TooLong));
}

#[test]
fn history_limit_and_orphan_time_are_bounded_too() {
    let config = Config::parse(
        r#"{"ucontactUrl": "http://x", "historyLimit": 500, "orphanAfterMinutes": 45}"#,
    )
    .unwrap();
    assert_eq!(
        (config.history_limit, config.orphan_after_minutes),
        (500, 45)
    );
    let defaults = Config::parse(r#"{"ucontactUrl": "http://x"}"#).unwrap();
    assert_eq!(
        (defaults.history_limit, defaults.orphan_after_minutes),
        (20_000, 120)
    );
    assert_eq!(
        Config::parse(r#"{"ucontactUrl": "http://x", "historyLimit": 99}"#),
        Err(ConfigError::OutOfRange {
            key: "historyLimit",
            min: 100,
            max: 100_000
        })
    );
    assert_eq!(
        Config::parse(r#"{"ucontactUrl": "http://x", "orphanAfterMinutes": 1441}"#),
        Err(ConfigError::OutOfRange {
            key: "orphanAfterMinutes",
            min: 1,
            max: 1_440
        })
    );
}

/// Every bounded number, exactly at each bound (accepted) and one beyond (refused).
#[test]
fn new_numbers_are_bounded_at_both_ends() {
    let table = [
        ("dialAnswerSeconds", DIAL_ANSWER_RANGE),
        ("retentionHours", RETENTION_RANGE),
    ];
    for (key, range) in table {
        let with = |value: i64| {
            Config::parse(&format!(
                r#"{{"ucontactUrl": "http://x", "{key}": {value}}}"#
            ))
        };
        for good in [*range.start(), *range.end()] {
            let config = with(i64::from(good)).unwrap();
            let got = match key {
                "dialAnswerSeconds" => config.dial_answer_seconds,
                _ => config.retention_hours,
            };
            assert_eq!(got, good, "{key}");
        }
        for bad in [i64::from(*range.start()) - 1, i64::from(*range.end()) + 1] {
            assert_eq!(
                with(bad),
                Err(ConfigError::OutOfRange {
                    key,
                    min: *range.start(),
                    max: *range.end()
                }),
                "{key} {bad}"
            );
        }
    }
    let defaults = Config::parse(r#"{"ucontactUrl": "http://x"}"#).unwrap();
    assert_eq!(defaults.dial_answer_seconds, 30);
    assert_eq!(defaults.retention_hours, 12);
    assert_eq!(defaults.attention_minutes, [5, 15]);
    assert_eq!(
        defaults.frame_allow,
        "camera; microphone; autoplay; clipboard-write"
    );
    assert_eq!(defaults.screen_pop, None);
}

#[test]
fn attention_minutes_are_up_to_two_increasing_thresholds() {
    let with = |value: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "http://x", "attentionMinutes": {value}}}"#
        ))
        .map(|config| config.attention_minutes)
    };
    let bad = Err(ConfigError::BadAttention { min: 1, max: 1_440 });
    for (value, expected) in [
        ("[]", Ok(vec![])),
        ("[1]", Ok(vec![1])),
        ("[1, 1440]", Ok(vec![1, 1_440])),
        ("[10, 30]", Ok(vec![10, 30])),
        ("[0]", bad.clone()),
        ("[1441]", bad.clone()),
        ("[15, 5]", bad.clone()),
        ("[5, 5]", bad.clone()),
        ("[1, 2, 3]", bad.clone()),
        ("[\"5\"]", bad.clone()),
        ("5", bad.clone()),
        ("[2.5]", bad.clone()),
    ] {
        assert_eq!(with(value), expected, "{value}");
    }
}

#[test]
fn frame_allow_lists_known_permissions_once() {
    let with = |value: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "http://x", "frameAllow": {value}}}"#
        ))
        .map(|config| config.frame_allow)
    };
    assert_eq!(with("[]"), Ok(String::new()));
    assert_eq!(with(r#"["microphone"]"#), Ok("microphone".into()));
    assert_eq!(
        with(r#"["camera", "display-capture", "fullscreen"]"#),
        Ok("camera; display-capture; fullscreen".into())
    );
    for (value, index) in [
        (r#"["microphone", "micro"]"#, 1),
        (r#"["camera", "camera"]"#, 1),
        (r#"["camera *"]"#, 0),
        (r#"["camera; geolocation"]"#, 0),
        (r#"[1]"#, 0),
    ] {
        assert_eq!(
            with(value),
            Err(ConfigError::UnknownPermission { index }),
            "{value}"
        );
    }
    assert_eq!(
        with(r#""camera""#),
        Err(ConfigError::WrongType {
            key: "frameAllow",
            expected: Expected::TextList
        })
    );
    let mut sorted = PERMISSIONS.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted, PERMISSIONS, "sorted and unique");
}

#[test]
fn screen_pop_is_checked_with_the_rest() {
    let with = |value: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "http://x", "screenPop": {value}}}"#
        ))
        .map(|config| config.screen_pop)
    };
    let pop = with(r#"{"url": "https://crm.acme.com/c/{clientId}?c={campaign}", "label": " Open in Salesforce ", "auto": true}"#)
        .unwrap()
        .unwrap();
    assert_eq!(pop.label.as_deref(), Some("Open in Salesforce"));
    assert!(pop.auto);
    assert_eq!(pop.url.origin(), "https://crm.acme.com");
    let plain = with(r#"{"url": "https://crm.acme.com/{guid}"}"#)
        .unwrap()
        .unwrap();
    assert_eq!((plain.label, plain.auto), (None, false));
    let label_max = format!(
        r#"{{"url": "https://crm.acme.com/", "label": "{}"}}"#,
        "x".repeat(MAX_LABEL)
    );
    assert!(with(&label_max).is_ok());
    let table = [
        (
            "[]".to_owned(),
            ConfigError::WrongType {
                key: "screenPop",
                expected: Expected::Object,
            },
        ),
        ("{}".to_owned(), ConfigError::MissingScreenPopUrl),
        (
            r#"{"url": "https://crm.acme.com/", "Auto": true}"#.to_owned(),
            ConfigError::UnknownKey {
                key: "screenPop.Auto".into(),
                known: &SCREEN_POP_KEYS,
            },
        ),
        (
            r#"{"url": 5}"#.to_owned(),
            ConfigError::WrongType {
                key: "screenPop.url",
                expected: Expected::Text,
            },
        ),
        (
            r#"{"url": "https://crm.acme.com{clientId}"}"#.to_owned(),
            ConfigError::BadScreenPop {
                url: "https://crm.acme.com{clientId}".into(),
                problem: TemplateProblem::PlaceholderInOrigin,
            },
        ),
        (
            r#"{"url": "/c/{clientId}"}"#.to_owned(),
            ConfigError::BadScreenPop {
                url: "/c/{clientId}".into(),
                problem: TemplateProblem::Url(UrlProblem::NotAbsolute),
            },
        ),
        (
            r#"{"url": "https://crm.acme.com/", "label": ""}"#.to_owned(),
            ConfigError::BadLabel { max: MAX_LABEL },
        ),
        (
            r#"{"url": "https://crm.acme.com/", "label": "a\nb"}"#.to_owned(),
            ConfigError::BadLabel { max: MAX_LABEL },
        ),
        (
            label_max.replace("\"x", "\"xx"),
            ConfigError::BadLabel { max: MAX_LABEL },
        ),
        (
            r#"{"url": "https://crm.acme.com/", "auto": "yes"}"#.to_owned(),
            ConfigError::WrongType {
                key: "screenPop.auto",
                expected: Expected::Boolean,
            },
        ),
    ];
    for (value, error) in table {
        assert_eq!(with(&value), Err(error), "{value}");
    }
}

#[test]
fn dial_defaults_need_both_fields_as_the_form_would() {
    let with = |value: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "http://x", "dialDefaults": {value}}}"#
        ))
        .map(|config| config.dial_defaults)
    };
    assert_eq!(
        with(r#"{"campaign": " Sales ", "channel": "Phone"}"#),
        Ok(Some(DialDefaults {
            campaign: "Sales".into(),
            channel: "Phone".into()
        }))
    );
    assert_eq!(
        Config::parse(r#"{"ucontactUrl": "http://x"}"#).map(|c| c.dial_defaults),
        Ok(None)
    );
    for (value, error) in [
        (
            r#"{"campaign": "Sales"}"#,
            ConfigError::BadDialDefault { key: "channel" },
        ),
        (
            r#"{"campaign": "", "channel": "Phone"}"#,
            ConfigError::BadDialDefault { key: "campaign" },
        ),
        (
            r#"{"campaign": "Sales", "channel": 5}"#,
            ConfigError::BadDialDefault { key: "channel" },
        ),
        (
            r#"{"campaign": "a\nb", "channel": "Phone"}"#,
            ConfigError::BadDialDefault { key: "campaign" },
        ),
        (
            r#"{"campaign": "S", "channel": "P", "clientId": "1"}"#,
            ConfigError::UnknownKey {
                key: "dialDefaults.clientId".into(),
                known: &DIAL_DEFAULTS_KEYS,
            },
        ),
        (
            "[]",
            ConfigError::WrongType {
                key: "dialDefaults",
                expected: Expected::Object,
            },
        ),
    ] {
        assert_eq!(with(value), Err(error), "{value}");
    }
}

#[test]
fn host_origins_are_exact_origins() {
    let with = |value: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "http://x", "hostOrigins": {value}}}"#
        ))
        .map(|config| config.host_origins)
    };
    assert_eq!(
        with(
            r#"["https://intranet.acme.com", "http://127.0.0.1:8082/", "https://Portal.Acme.com"]"#
        ),
        Ok(vec![
            "https://intranet.acme.com".to_owned(),
            "http://127.0.0.1:8082".to_owned(),
            "https://portal.acme.com".to_owned()
        ])
    );
    for (value, index) in [
        (r#"["https://intranet.acme.com/portal"]"#, 0),
        (
            r#"["https://intranet.acme.com", "https://intranet.acme.com/"]"#,
            1,
        ),
        (r#"["https://intranet.acme.com:443"]"#, 0),
        (r#"["*"]"#, 0),
        (r#"["null"]"#, 0),
        (r#"["intranet.acme.com"]"#, 0),
        (r#"[5]"#, 0),
        (r#"["https://a.example", "https://b.example?x"]"#, 1),
    ] {
        assert_eq!(
            with(value),
            Err(ConfigError::BadHostOrigin { index }),
            "{value}"
        );
    }
    let many = format!(
        "[{}]",
        (0..21)
            .map(|n| format!(r#""https://h{n}.example""#))
            .collect::<Vec<_>>()
            .join(",")
    );
    assert_eq!(
        with(&many),
        Err(ConfigError::TooManySuggestions {
            key: "hostOrigins",
            max: MAX_HOST_ORIGINS
        })
    );
    let exactly = format!(
        "[{}]",
        (0..20)
            .map(|n| format!(r#""https://h{n}.example""#))
            .collect::<Vec<_>>()
            .join(",")
    );
    assert_eq!(with(&exactly).map(|o| o.len()), Ok(20));
}

#[test]
fn sizes_and_counts_exactly_at_their_limits_are_read() {
    // The file's size: padded with white space to exactly the limit, then one byte more.
    let base = r#"{"ucontactUrl": "http://x", "campaigns": ["Sales"]}"#;
    let padded = |len: usize| format!("{base}{}", " ".repeat(len - base.len()));
    assert!(Config::parse(&padded(MAX_CONFIG_BYTES)).is_ok());
    assert_eq!(
        Config::parse(&padded(MAX_CONFIG_BYTES + 1)),
        Err(ConfigError::TooLarge {
            max_bytes: MAX_CONFIG_BYTES
        })
    );
    // Suggestions: the most allowed, and one more.
    let campaigns = |count: usize| {
        let list: Vec<String> = (0..count).map(|i| format!("\"c{i}\"")).collect();
        format!(
            r#"{{"ucontactUrl": "http://x", "campaigns": [{}]}}"#,
            list.join(",")
        )
    };
    let at_limit = Config::parse(&campaigns(MAX_SUGGESTIONS)).map(|c| c.campaigns.len());
    assert_eq!(at_limit, Ok(MAX_SUGGESTIONS));
    assert_eq!(
        Config::parse(&campaigns(MAX_SUGGESTIONS + 1)),
        Err(ConfigError::TooManySuggestions {
            key: "campaigns",
            max: MAX_SUGGESTIONS
        })
    );
    // Host origins: the most allowed, and one more.
    let hosts = |count: usize| {
        let list: Vec<String> = (0..count)
            .map(|i| format!("\"https://h{i}.example.com\""))
            .collect();
        format!(
            r#"{{"ucontactUrl": "http://x", "hostOrigins": [{}]}}"#,
            list.join(",")
        )
    };
    let at_limit = Config::parse(&hosts(MAX_HOST_ORIGINS)).map(|c| c.host_origins.len());
    assert_eq!(at_limit, Ok(MAX_HOST_ORIGINS));
    assert_eq!(
        Config::parse(&hosts(MAX_HOST_ORIGINS + 1)),
        Err(ConfigError::TooManySuggestions {
            key: "hostOrigins",
            max: MAX_HOST_ORIGINS
        })
    );
}

#[test]
fn only_a_development_page_falls_back_to_the_simulator() {
    for host in [
        "127.0.0.1",
        "127.1.2.3",
        "localhost",
        "LOCALHOST",
        "app.localhost",
        "[::1]",
        "::1",
    ] {
        assert!(simulator_fallback_allowed(host), "{host}");
    }
    for host in [
        "intranet.acme.com",
        "cockpit.acme.com",
        "10.0.0.1",
        "127.0.0",
        "127.0.0.256",
        "127.0.0.1.acme.com",
        "localhost.acme.com",
        "",
        "[::2]",
    ] {
        assert!(!simulator_fallback_allowed(host), "{host}");
    }
}

#[test]
fn relay_dials_are_sent_by_default_or_confirmed() {
    let with = |extra: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "https://u.example/"{extra}}}"#
        ))
    };
    assert_eq!(with("").unwrap().relay_dials, RelayDials::Send);
    assert_eq!(
        with(r#", "relayDials": "send""#).unwrap().relay_dials,
        RelayDials::Send
    );
    assert_eq!(
        with(r#", "relayDials": "confirm""#).unwrap().relay_dials,
        RelayDials::Confirm
    );
    for bad in [
        r#", "relayDials": "ask""#,
        r#", "relayDials": true"#,
        r#", "relayDials": null"#,
    ] {
        assert!(
            matches!(
                with(bad),
                Err(ConfigError::WrongType {
                    key: "relayDials",
                    ..
                })
            ),
            "{bad}"
        );
    }
}

#[test]
fn finish_date_zone_is_local_by_default_and_validated() {
    let with = |extra: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "https://acme.ucontactcloud.com/"{extra}}}"#
        ))
    };
    let table = [
        ("", Ok(FinishZone::Local)),
        (r#", "finishDateZone": "local""#, Ok(FinishZone::Local)),
        (r#", "finishDateZone": "UTC""#, Ok(FinishZone::Offset(0))),
        (
            r#", "finishDateZone": "-03:00""#,
            Ok(FinishZone::Offset(-180)),
        ),
        (r#", "finishDateZone": "utc""#, Err(ConfigError::BadZone)),
        (
            r#", "finishDateZone": "America/Montevideo""#,
            Err(ConfigError::BadZone),
        ),
        (r#", "finishDateZone": -3"#, Err(ConfigError::BadZone)),
        (r#", "finishDateZone": null"#, Err(ConfigError::BadZone)),
    ];
    for (extra, expected) in table {
        assert_eq!(
            with(extra).map(|config| config.finish_date_zone),
            expected,
            "{extra}"
        );
    }
}

#[test]
fn hubspot_is_validated_like_every_other_key() {
    let with = |hubspot: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "https://acme.ucontactcloud.com/", "hubspot": {hubspot}}}"#
        ))
    };
    let full = with(
        r#"{"hostOrigins": ["https://app.hubspot.com", "https://app-eu1.hubspot.com"],
            "campaign": "Outbound->", "channel": "telephony", "callChannels": ["telephony"],
            "dispositions": {"Sale": "f240bbac-87c9-4f6e-bf70-924b57d47db7"}, "openRecord": false}"#,
    )
    .unwrap()
    .hubspot
    .unwrap();
    assert_eq!(full.campaign, "Outbound->");
    assert_eq!(
        full.dispositions,
        [(
            "Sale".to_owned(),
            "f240bbac-87c9-4f6e-bf70-924b57d47db7".to_owned()
        )]
    );
    assert!(!full.open_record);
    let least = with(r#"{"campaign": "Outbound->"}"#)
        .unwrap()
        .hubspot
        .unwrap();
    assert_eq!(
        least.host_origins,
        ["https://app.hubspot.com", "https://app-eu1.hubspot.com"]
    );
    assert_eq!(
        (least.channel.as_str(), least.call_channels.as_slice()),
        ("telephony", &["telephony".to_owned()][..])
    );
    assert!(least.open_record);
    assert_eq!(
        Config::parse(r#"{"ucontactUrl": "https://u.example/"}"#)
            .unwrap()
            .hubspot,
        None
    );
    let table = [
        (
            r#"[]"#,
            ConfigError::WrongType {
                key: "hubspot",
                expected: Expected::Object,
            },
        ),
        (r#"{}"#, ConfigError::BadHubSpot { key: "campaign" }),
        (
            r#"{"campaign": ""}"#,
            ConfigError::BadHubSpot { key: "campaign" },
        ),
        (
            r#"{"campaign": "C", "channel": 3}"#,
            ConfigError::BadHubSpot { key: "channel" },
        ),
        (
            r#"{"campaign": "C", "callChannels": []}"#,
            ConfigError::BadHubSpot {
                key: "callChannels",
            },
        ),
        (
            r#"{"campaign": "C", "dispositions": {"Sale": 1}}"#,
            ConfigError::BadHubSpot {
                key: "dispositions",
            },
        ),
        (
            r#"{"campaign": "C", "openRecord": "yes"}"#,
            ConfigError::WrongType {
                key: "hubspot.openRecord",
                expected: Expected::Boolean,
            },
        ),
        (
            r#"{"campaign": "C", "hostOrigins": ["http://app.hubspot.com"]}"#,
            ConfigError::BadHubSpotOrigin { index: 0 },
        ),
        (
            r#"{"campaign": "C", "hostOrigins": ["https://app.hubspot.com", "https://app.hubspot.com"]}"#,
            ConfigError::BadHubSpotOrigin { index: 1 },
        ),
        (
            r#"{"campaign": "C", "hostOrigins": ["https://app.hubspot.com/calls"]}"#,
            ConfigError::BadHubSpotOrigin { index: 0 },
        ),
        (
            r#"{"campaign": "C", "portal": 1}"#,
            ConfigError::UnknownKey {
                key: "hubspot.portal".into(),
                known: &crate::config::hubspot::KEYS,
            },
        ),
    ];
    for (hubspot, error) in table {
        assert_eq!(with(hubspot), Err(error), "{hubspot}");
    }
}

#[test]
fn forward_is_validated_like_every_other_key() {
    use crate::config::forward::{Credentials, Mode};
    let with = |forward: &str| {
        Config::parse(&format!(
            r#"{{"ucontactUrl": "https://acme.ucontactcloud.com/", "forward": {forward}}}"#
        ))
        .map(|config| config.forward)
    };
    let forward = |url: &str, mode, credentials| {
        Some(ForwardConfig {
            url: url.to_owned(),
            origin: origin_of(url).unwrap(),
            mode,
            credentials,
        })
    };
    let table: Vec<(&str, Result<Option<ForwardConfig>, ConfigError>)> = vec![
        (
            r#"{"url": "https://intranet.acme.com/ucontact/events"}"#,
            Ok(forward(
                "https://intranet.acme.com/ucontact/events",
                Mode::Batch,
                Credentials::Omit,
            )),
        ),
        (
            r#"{"url": "https://intranet.acme.com/e", "mode": "single", "credentials": "include"}"#,
            Ok(forward(
                "https://intranet.acme.com/e",
                Mode::Single,
                Credentials::Include,
            )),
        ),
        // Plain http only on this computer.
        (
            r#"{"url": "http://127.0.0.1:8084/events"}"#,
            Ok(forward(
                "http://127.0.0.1:8084/events",
                Mode::Batch,
                Credentials::Omit,
            )),
        ),
        (
            r#"{"url": "http://localhost:9000/events"}"#,
            Ok(forward(
                "http://localhost:9000/events",
                Mode::Batch,
                Credentials::Omit,
            )),
        ),
        (
            r#"{"url": "http://intranet.acme.com/events"}"#,
            Err(ConfigError::ForwardNotSecure {
                url: "http://intranet.acme.com/events".into(),
            }),
        ),
        (
            r#"{"url": "http://localhost.evil.com/events"}"#,
            Err(ConfigError::ForwardNotSecure {
                url: "http://localhost.evil.com/events".into(),
            }),
        ),
        (
            r#"{"url": "/events"}"#,
            Err(ConfigError::BadForwardUrl {
                url: "/events".into(),
                problem: UrlProblem::NotAbsolute,
            }),
        ),
        (
            r#"{"url": "https://user:pw@acme.com/e"}"#,
            Err(ConfigError::BadForwardUrl {
                url: "https://user:pw@acme.com/e".into(),
                problem: UrlProblem::Credentials,
            }),
        ),
        (r#"{}"#, Err(ConfigError::BadForward { key: "url" })),
        (r#"{"url": 5}"#, Err(ConfigError::BadForward { key: "url" })),
        (
            r#"{"url": "https://a.com/e", "mode": "stream"}"#,
            Err(ConfigError::BadForward { key: "mode" }),
        ),
        (
            r#"{"url": "https://a.com/e", "credentials": true}"#,
            Err(ConfigError::BadForward { key: "credentials" }),
        ),
        (
            r#"{"url": "https://a.com/e", "secret": "x"}"#,
            Err(ConfigError::UnknownKey {
                key: "forward.secret".into(),
                known: &crate::config::forward::KEYS,
            }),
        ),
        (
            r#""https://a.com/e""#,
            Err(ConfigError::WrongType {
                key: "forward",
                expected: Expected::Object,
            }),
        ),
    ];
    for (forward, expected) in table {
        assert_eq!(with(forward), expected, "{forward}");
    }
    let without = Config::parse(r#"{"ucontactUrl": "https://acme.ucontactcloud.com/"}"#).unwrap();
    assert_eq!(without.forward, None);
}
