use std::collections::BTreeSet;

use super::*;
use crate::config::UrlProblem;
use crate::protocol::Kind;
use crate::storage::{StorageNotice, StoredError};

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

#[test]
fn every_language_has_every_text_with_the_same_placeholders() {
    let english = EN.entries();
    for lang in Lang::ALL {
        let entries = lang.texts().entries();
        assert_eq!(entries.len(), english.len());
        for ((key, text), (en_key, en_text)) in entries.iter().zip(&english) {
            assert_eq!(key, en_key);
            assert!(!text.trim().is_empty(), "{lang:?}.{key} is empty");
            assert_eq!(
                placeholders(text),
                placeholders(en_text),
                "{lang:?}.{key} placeholders"
            );
        }
    }
}

#[test]
fn translations_are_not_left_in_english() {
    // Texts that are the same word in all three languages, or technical notation.
    let same_everywhere = [
        "panel_label",
        "history_range",
        "reason_field",
        "field_channel",
        // "no" is Spanish too.
        "csv_no",
        // A column name and its unit.
        "report_csv_seconds",
    ];
    for lang in [Lang::Es, Lang::Pt] {
        for ((key, text), (_, en_text)) in lang.texts().entries().iter().zip(EN.entries()) {
            if !same_everywhere.contains(key) {
                assert_ne!(*text, en_text, "{lang:?}.{key} is still English");
            }
        }
    }
}

#[test]
fn the_accessible_names_are_the_english_ones() {
    assert_eq!(EN.active_heading, "Active interactions");
    assert_eq!(EN.history_heading, "History");
    assert_eq!(EN.field_campaign, "Campaign");
    assert_eq!(EN.field_channel, "Channel");
    assert_eq!(EN.field_client_id, "Client ID");
    assert_eq!(EN.dial_submit, "Start interaction");
}

#[test]
fn language_codes_fall_back_sensibly() {
    let table = [
        ("en", Lang::En, "en"),
        ("es", Lang::Es, "es"),
        ("es-UY", Lang::Es, "es-UY"),
        ("ES_uy", Lang::Es, "ES-uy"),
        ("pt-BR", Lang::Pt, "pt-BR"),
        ("pt", Lang::Pt, "pt"),
        ("fr", Lang::En, "en"),
        ("xx-YY", Lang::En, "en"),
        ("e", Lang::En, "en"),
        ("espanol", Lang::En, "en"),
    ];
    for (code, lang, tag) in table {
        assert_eq!(Lang::from_code(code), lang, "{code}");
        assert_eq!(
            Locale::from_code(code),
            Locale {
                lang,
                tag: tag.into()
            },
            "{code}"
        );
    }
    assert_eq!(&*Locale::preferred(["fr-FR", "pt-PT", "en"]).tag, "pt-PT");
    assert_eq!(Locale::preferred(["de"]), Locale::default());
    assert_eq!(Locale::preferred([]), Locale::default());
}

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(
        fill("{a} and {b}, {a}", &[("a", "1"), ("b", "2")]),
        "1 and 2, 1"
    );
    assert_eq!(fill("none", &[("a", "1")]), "none");
}

#[test]
fn every_reason_reads_in_every_language() {
    let rejections = [
        Rejected::WrongOrigin("https://evil.example".into()),
        Rejected::WrongSource,
        Rejected::Unreadable,
        Rejected::NotAnObject(Kind::Array),
        Rejected::UnknownEvent("hack".into()),
        Rejected::Field {
            field: "data.guid".into(),
            problem: Problem::Missing,
        },
        Rejected::Field {
            field: "data.guid".into(),
            problem: Problem::WrongType {
                expected: Kind::String,
                found: Kind::Other,
            },
        },
        Rejected::Field {
            field: "data.guid".into(),
            problem: Problem::TooLong { max: 128 },
        },
        Rejected::Field {
            field: "data.levelsId".into(),
            problem: Problem::TooMany { max: 32 },
        },
        Rejected::Field {
            field: "data.guid".into(),
            problem: Problem::Empty,
        },
        Rejected::Field {
            field: "data.guid".into(),
            problem: Problem::InvalidText,
        },
        Rejected::Field {
            field: "data.primary".into(),
            problem: Problem::BadColor,
        },
        Rejected::Field {
            field: "data".into(),
            problem: Problem::BadLanguage,
        },
        Rejected::Field {
            field: "data".into(),
            problem: Problem::NotAnId,
        },
        Rejected::Field {
            field: "data".into(),
            problem: Problem::AlreadyPending,
        },
    ];
    let config_errors = [
        ConfigError::Unreachable("TypeError".into()),
        ConfigError::HttpStatus(500),
        ConfigError::HtmlInsteadOfJson,
        ConfigError::TooLarge { max_bytes: 10 },
        ConfigError::NotJson { line: 3, column: 4 },
        ConfigError::NotAnObject,
        ConfigError::UnknownKey {
            key: "x".into(),
            known: &crate::config::KEYS,
        },
        ConfigError::MissingUrl,
        ConfigError::WrongType {
            key: "campaigns",
            expected: "array of strings",
        },
        ConfigError::BadUrl {
            url: "ftp://x".into(),
            problem: UrlProblem::UnsupportedScheme,
        },
        ConfigError::BadUrl {
            url: "x".into(),
            problem: UrlProblem::TooLong,
        },
        ConfigError::BadUrl {
            url: "x".into(),
            problem: UrlProblem::InvalidCharacters,
        },
        ConfigError::BadUrl {
            url: "x".into(),
            problem: UrlProblem::NotAbsolute,
        },
        ConfigError::BadUrl {
            url: "x".into(),
            problem: UrlProblem::Credentials,
        },
        ConfigError::BadUrl {
            url: "x".into(),
            problem: UrlProblem::MissingHost,
        },
        ConfigError::BadUrl {
            url: "x".into(),
            problem: UrlProblem::BadHost,
        },
        ConfigError::BadUrl {
            url: "x".into(),
            problem: UrlProblem::Ipv6,
        },
        ConfigError::BadUrl {
            url: "x".into(),
            problem: UrlProblem::NonAsciiHost,
        },
        ConfigError::BadUrl {
            url: "x".into(),
            problem: UrlProblem::BadPort,
        },
        ConfigError::TooManySuggestions {
            key: "channels",
            max: 200,
        },
        ConfigError::BadSuggestion {
            key: "channels",
            index: 2,
        },
    ];
    for lang in Lang::ALL {
        let texts = lang.texts();
        let lines = rejections
            .iter()
            .map(|r| texts.rejection(r))
            .chain(config_errors.iter().map(|e| texts.config_error(e)))
            .chain(
                [
                    FieldError::Empty,
                    FieldError::TooLong { max: 9 },
                    FieldError::ControlCharacter,
                ]
                .map(|e| texts.dial_error(e)),
            )
            .chain(
                [
                    StorageNotice::Discarded(StoredError::TooLarge),
                    StorageNotice::Discarded(StoredError::NotJson),
                    StorageNotice::Discarded(StoredError::Foreign),
                    StorageNotice::Discarded(StoredError::Version(7)),
                    StorageNotice::Discarded(StoredError::Corrupt("theme")),
                    StorageNotice::Blocked,
                    StorageNotice::Full { dropped: 12 },
                    StorageNotice::Expired {
                        count: 3,
                        hours: 12,
                    },
                ]
                .iter()
                .map(|n| texts.storage_notice(n)),
            );
        let mut seen = BTreeSet::new();
        for line in lines {
            assert!(
                !line.contains('{'),
                "{lang:?}: unfilled placeholder in {line}"
            );
            assert!(line.len() > 3, "{lang:?}: {line}");
            // Each says something of its own: no two reasons read the same.
            assert!(seen.insert(line.clone()), "{lang:?}: said twice: {line}");
        }
    }
    assert_eq!(
        EN.rejection(&rejections[0]),
        "sent from https://evil.example, not from uContact's origin"
    );
    assert_eq!(
        ES.config_error(&ConfigError::UnknownKey {
            key: "x".into(),
            known: &["a", "b"],
        }),
        "config.json tiene una clave desconocida «x» (claves conocidas: a, b)."
    );
}
