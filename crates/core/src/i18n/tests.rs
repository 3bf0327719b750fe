use std::collections::BTreeSet;

use super::*;
use crate::config::{Expected, UrlProblem};
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
        "kind_null",
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
            expected: Expected::TextList,
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
                .map(|n| texts.storage_notice(n, &Plain(lang))),
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
        "config.json tiene una clave desconocida “x” (claves conocidas: a, b)."
    );
}

#[test]
fn every_language_has_every_count_text_with_the_same_placeholders() {
    let english = EN.plurals();
    for lang in Lang::ALL {
        let plurals = lang.texts().plurals();
        assert_eq!(plurals.len(), english.len());
        for ((key, plural), (en_key, en_plural)) in plurals.iter().zip(&english) {
            assert_eq!(key, en_key);
            let others = |text: &str| {
                let mut names = placeholders(text);
                names.remove("count");
                names
            };
            assert!(
                placeholders(plural.other).contains("count"),
                "{lang:?}.{key}: other names the count"
            );
            for form in plural.forms() {
                assert!(!form.trim().is_empty(), "{lang:?}.{key} has an empty form");
                assert_eq!(
                    others(form),
                    others(en_plural.other),
                    "{lang:?}.{key}: {form}"
                );
            }
            if lang != Lang::En {
                assert_ne!(
                    plural.other, en_plural.other,
                    "{lang:?}.{key} is still English"
                );
            }
        }
    }
}

/// Counts written without a browser: CLDR's rules for each language (Portuguese puts 0 in
/// "one"; Spanish groups digits from five), the forms chosen and filled.
#[test]
fn every_count_text_reads_right_at_0_1_2_and_1534() {
    let table: [(&str, [[&str; 4]; 3]); 18] = [
        (
            "active_count",
            [
                [
                    "No active interactions",
                    "1 active interaction",
                    "2 active interactions",
                    "1,534 active interactions",
                ],
                [
                    "Ninguna interacción activa",
                    "1 interacción activa",
                    "2 interacciones activas",
                    "1534 interacciones activas",
                ],
                [
                    "Nenhuma interação ativa",
                    "1 interação ativa",
                    "2 interações ativas",
                    "1.534 interações ativas",
                ],
            ],
        ),
        (
            "search_results",
            [
                ["None found", "1 found", "2 found", "1,534 found"],
                [
                    "Ninguna encontrada",
                    "1 encontrada",
                    "2 encontradas",
                    "1534 encontradas",
                ],
                [
                    "Nenhuma encontrada",
                    "1 encontrada",
                    "2 encontradas",
                    "1.534 encontradas",
                ],
            ],
        ),
        (
            "inspector_accepted_count",
            [
                ["0 accepted", "1 accepted", "2 accepted", "1,534 accepted"],
                ["0 aceptados", "1 aceptado", "2 aceptados", "1534 aceptados"],
                ["0 aceitas", "1 aceita", "2 aceitas", "1.534 aceitas"],
            ],
        ),
        (
            "inspector_rejected_count",
            [
                ["0 rejected", "1 rejected", "2 rejected", "1,534 rejected"],
                [
                    "0 rechazados",
                    "1 rechazado",
                    "2 rechazados",
                    "1534 rechazados",
                ],
                [
                    "0 rejeitadas",
                    "1 rejeitada",
                    "2 rejeitadas",
                    "1.534 rejeitadas",
                ],
            ],
        ),
        (
            "inspector_coerced",
            [
                [
                    "0 with numeric ids read as text",
                    "1 with a numeric id read as text",
                    "2 with numeric ids read as text",
                    "1,534 with numeric ids read as text",
                ],
                [
                    "0 con identificadores numéricos leídos como texto",
                    "1 con un identificador numérico leído como texto",
                    "2 con identificadores numéricos leídos como texto",
                    "1534 con identificadores numéricos leídos como texto",
                ],
                [
                    "nenhuma com identificador numérico lido como texto",
                    "1 com identificador numérico lido como texto",
                    "2 com identificadores numéricos lidos como texto",
                    "1.534 com identificadores numéricos lidos como texto",
                ],
            ],
        ),
        (
            "storage_full",
            [
                [
                    "Browser storage is full: the 0 oldest finished interactions are kept in this tab only. Export the shift to keep them.",
                    "Browser storage is full: the oldest finished interaction is kept in this tab only. Export the shift to keep it.",
                    "Browser storage is full: the 2 oldest finished interactions are kept in this tab only. Export the shift to keep them.",
                    "Browser storage is full: the 1,534 oldest finished interactions are kept in this tab only. Export the shift to keep them.",
                ],
                [
                    "El almacenamiento del navegador está lleno: las 0 interacciones finalizadas más antiguas se conservan solo en esta pestaña. Exporte el turno para conservarlas.",
                    "El almacenamiento del navegador está lleno: la interacción finalizada más antigua se conserva solo en esta pestaña. Exporte el turno para conservarla.",
                    "El almacenamiento del navegador está lleno: las 2 interacciones finalizadas más antiguas se conservan solo en esta pestaña. Exporte el turno para conservarlas.",
                    "El almacenamiento del navegador está lleno: las 1534 interacciones finalizadas más antiguas se conservan solo en esta pestaña. Exporte el turno para conservarlas.",
                ],
                // Never said for 0 (nothing was left out), and true all the same.
                [
                    "O armazenamento do navegador está cheio.",
                    "O armazenamento do navegador está cheio: a interação finalizada mais antiga fica só nesta aba. Exporte o turno para guardá-la.",
                    "O armazenamento do navegador está cheio: as 2 interações finalizadas mais antigas ficam só nesta aba. Exporte o turno para guardá-las.",
                    "O armazenamento do navegador está cheio: as 1.534 interações finalizadas mais antigas ficam só nesta aba. Exporte o turno para guardá-las.",
                ],
            ],
        ),
        (
            "storage_expired",
            [
                [
                    "0 interactions older than 12 h were deleted, as the retention setting asks.",
                    "1 interaction older than 12 h was deleted, as the retention setting asks.",
                    "2 interactions older than 12 h were deleted, as the retention setting asks.",
                    "1,534 interactions older than 12 h were deleted, as the retention setting asks.",
                ],
                [
                    "Se borraron 0 interacciones de hace más de 12 h, según la configuración de retención.",
                    "Se borró 1 interacción de hace más de 12 h, según la configuración de retención.",
                    "Se borraron 2 interacciones de hace más de 12 h, según la configuración de retención.",
                    "Se borraron 1534 interacciones de hace más de 12 h, según la configuración de retención.",
                ],
                [
                    "Nenhuma interação com mais de 12 h precisou ser apagada.",
                    "1 interação com mais de 12 h foi apagada, conforme a configuração de retenção.",
                    "2 interações com mais de 12 h foram apagadas, conforme a configuração de retenção.",
                    "1.534 interações com mais de 12 h foram apagadas, conforme a configuração de retenção.",
                ],
            ],
        ),
        (
            "storage_partial",
            [
                [
                    "0 stored interactions could not be read back (another page of this site removed or changed them); the rest of the shift was restored.",
                    "1 stored interaction could not be read back (another page of this site removed or changed it); the rest of the shift was restored.",
                    "2 stored interactions could not be read back (another page of this site removed or changed them); the rest of the shift was restored.",
                    "1,534 stored interactions could not be read back (another page of this site removed or changed them); the rest of the shift was restored.",
                ],
                [
                    "No se pudieron leer 0 interacciones guardadas (otra página de este sitio las borró o modificó); el resto del turno se recuperó.",
                    "No se pudo leer 1 interacción guardada (otra página de este sitio la borró o modificó); el resto del turno se recuperó.",
                    "No se pudieron leer 2 interacciones guardadas (otra página de este sitio las borró o modificó); el resto del turno se recuperó.",
                    "No se pudieron leer 1534 interacciones guardadas (otra página de este sitio las borró o modificó); el resto del turno se recuperó.",
                ],
                [
                    "Todas as interações salvas foram lidas.",
                    "Não foi possível ler 1 interação salva (outra página deste site a apagou ou alterou); o restante do turno foi recuperado.",
                    "Não foi possível ler 2 interações salvas (outra página deste site as apagou ou alterou); o restante do turno foi recuperado.",
                    "Não foi possível ler 1.534 interações salvas (outra página deste site as apagou ou alterou); o restante do turno foi recuperado.",
                ],
            ],
        ),
        (
            "follower_active",
            [
                [
                    "No interaction is active there.",
                    "1 interaction is active there.",
                    "2 interactions are active there.",
                    "1,534 interactions are active there.",
                ],
                [
                    "Allí no hay interacciones activas.",
                    "Allí hay 1 interacción activa.",
                    "Allí hay 2 interacciones activas.",
                    "Allí hay 1534 interacciones activas.",
                ],
                [
                    "Lá não há interações ativas.",
                    "Lá há 1 interação ativa.",
                    "Lá há 2 interações ativas.",
                    "Lá há 1.534 interações ativas.",
                ],
            ],
        ),
        (
            "end_shift_active",
            [
                [
                    "no active interactions",
                    "1 active interaction",
                    "2 active interactions",
                    "1,534 active interactions",
                ],
                [
                    "ninguna interacción activa",
                    "1 interacción activa",
                    "2 interacciones activas",
                    "1534 interacciones activas",
                ],
                [
                    "nenhuma interação ativa",
                    "1 interação ativa",
                    "2 interações ativas",
                    "1.534 interações ativas",
                ],
            ],
        ),
        (
            "end_shift_finished",
            [
                [
                    "no finished interactions",
                    "1 finished interaction",
                    "2 finished interactions",
                    "1,534 finished interactions",
                ],
                [
                    "ninguna interacción finalizada",
                    "1 interacción finalizada",
                    "2 interacciones finalizadas",
                    "1534 interacciones finalizadas",
                ],
                [
                    "nenhuma interação finalizada",
                    "1 interação finalizada",
                    "2 interações finalizadas",
                    "1.534 interações finalizadas",
                ],
            ],
        ),
        (
            "rail_unseen",
            [
                [
                    "No new interactions",
                    "1 new interaction",
                    "2 new interactions",
                    "1,534 new interactions",
                ],
                [
                    "Ninguna interacción nueva",
                    "1 interacción nueva",
                    "2 interacciones nuevas",
                    "1534 interacciones nuevas",
                ],
                [
                    "Nenhuma interação nova",
                    "1 interação nova",
                    "2 interações novas",
                    "1.534 interações novas",
                ],
            ],
        ),
        (
            "forward_dropped",
            [
                [
                    "No event was dropped.",
                    "Your back end has not taken the cockpit's events for a long time: the oldest event waiting was dropped.",
                    "Your back end has not taken the cockpit's events for a long time: the 2 oldest events waiting were dropped.",
                    "Your back end has not taken the cockpit's events for a long time: the 1,534 oldest events waiting were dropped.",
                ],
                [
                    "No se descartó ningún evento.",
                    "Su servidor no recibe los eventos del panel desde hace mucho: se descartó el evento más antiguo en espera.",
                    "Su servidor no recibe los eventos del panel desde hace mucho: se descartaron los 2 eventos más antiguos en espera.",
                    "Su servidor no recibe los eventos del panel desde hace mucho: se descartaron los 1534 eventos más antiguos en espera.",
                ],
                [
                    "Nenhum evento foi descartado.",
                    "Seu servidor não recebe os eventos do painel há muito tempo: o evento mais antigo em espera foi descartado.",
                    "Seu servidor não recebe os eventos do painel há muito tempo: os 2 eventos mais antigos em espera foram descartados.",
                    "Seu servidor não recebe os eventos do painel há muito tempo: os 1.534 eventos mais antigos em espera foram descartados.",
                ],
            ],
        ),
        (
            "forward_expired",
            [
                [
                    "0 events older than 12 h never reached your back end and were deleted, as the retention setting asks.",
                    "1 event older than 12 h never reached your back end and was deleted, as the retention setting asks.",
                    "2 events older than 12 h never reached your back end and were deleted, as the retention setting asks.",
                    "1,534 events older than 12 h never reached your back end and were deleted, as the retention setting asks.",
                ],
                [
                    "0 eventos de más de 12 h nunca llegaron a su servidor y se borraron, como pide la configuración de retención.",
                    "1 evento de más de 12 h nunca llegó a su servidor y se borró, como pide la configuración de retención.",
                    "2 eventos de más de 12 h nunca llegaron a su servidor y se borraron, como pide la configuración de retención.",
                    "1534 eventos de más de 12 h nunca llegaron a su servidor y se borraron, como pide la configuración de retención.",
                ],
                [
                    "0 evento com mais de 12 h nunca chegou ao seu servidor e foi apagado, como pede a configuração de retenção.",
                    "1 evento com mais de 12 h nunca chegou ao seu servidor e foi apagado, como pede a configuração de retenção.",
                    "2 eventos com mais de 12 h nunca chegaram ao seu servidor e foram apagados, como pede a configuração de retenção.",
                    "1.534 eventos com mais de 12 h nunca chegaram ao seu servidor e foram apagados, como pede a configuração de retenção.",
                ],
            ],
        ),
        (
            "forward_unreadable",
            [
                [
                    "0 stored events for your back end could not be read back (another page of this site changed them) and were left out.",
                    "1 stored event for your back end could not be read back (another page of this site changed it) and was left out.",
                    "2 stored events for your back end could not be read back (another page of this site changed them) and were left out.",
                    "1,534 stored events for your back end could not be read back (another page of this site changed them) and were left out.",
                ],
                [
                    "0 eventos guardados para su servidor no se pudieron leer (otra página de este sitio los cambió) y se dejaron fuera.",
                    "1 evento guardado para su servidor no se pudo leer (otra página de este sitio lo cambió) y se dejó fuera.",
                    "2 eventos guardados para su servidor no se pudieron leer (otra página de este sitio los cambió) y se dejaron fuera.",
                    "1534 eventos guardados para su servidor no se pudieron leer (otra página de este sitio los cambió) y se dejaron fuera.",
                ],
                [
                    "0 evento guardado para o seu servidor não pôde ser lido (outra página deste site o alterou) e ficou de fora.",
                    "1 evento guardado para o seu servidor não pôde ser lido (outra página deste site o alterou) e ficou de fora.",
                    "2 eventos guardados para o seu servidor não puderam ser lidos (outra página deste site os alterou) e ficaram de fora.",
                    "1.534 eventos guardados para o seu servidor não puderam ser lidos (outra página deste site os alterou) e ficaram de fora.",
                ],
            ],
        ),
        (
            "forward_queued",
            [
                ["none waiting", "1 waiting", "2 waiting", "1,534 waiting"],
                [
                    "ninguno en espera",
                    "1 en espera",
                    "2 en espera",
                    "1534 en espera",
                ],
                [
                    "nenhum em espera",
                    "1 em espera",
                    "2 em espera",
                    "1.534 em espera",
                ],
            ],
        ),
        (
            "forward_delivered",
            [
                [
                    "0 delivered",
                    "1 delivered",
                    "2 delivered",
                    "1,534 delivered",
                ],
                [
                    "0 entregados",
                    "1 entregado",
                    "2 entregados",
                    "1534 entregados",
                ],
                ["0 entregue", "1 entregue", "2 entregues", "1.534 entregues"],
            ],
        ),
        (
            "end_shift_undelivered",
            [
                [
                    "0 events have not reached your back end yet. They stay queued in this browser and are sent when the back end answers; wait to close the browser until they are.",
                    "1 event has not reached your back end yet. It stays queued in this browser and is sent when the back end answers; wait to close the browser until it is.",
                    "2 events have not reached your back end yet. They stay queued in this browser and are sent when the back end answers; wait to close the browser until they are.",
                    "1,534 events have not reached your back end yet. They stay queued in this browser and are sent when the back end answers; wait to close the browser until they are.",
                ],
                [
                    "0 eventos todavía no llegaron a su servidor. Quedan en espera en este navegador y se envían cuando el servidor responda; no cierre el navegador hasta entonces.",
                    "1 evento todavía no llegó a su servidor. Queda en espera en este navegador y se envía cuando el servidor responda; no cierre el navegador hasta entonces.",
                    "2 eventos todavía no llegaron a su servidor. Quedan en espera en este navegador y se envían cuando el servidor responda; no cierre el navegador hasta entonces.",
                    "1534 eventos todavía no llegaron a su servidor. Quedan en espera en este navegador y se envían cuando el servidor responda; no cierre el navegador hasta entonces.",
                ],
                [
                    "0 evento ainda não chegou ao seu servidor. Ele fica em espera neste navegador e é enviado quando o servidor responder; não feche o navegador até lá.",
                    "1 evento ainda não chegou ao seu servidor. Ele fica em espera neste navegador e é enviado quando o servidor responder; não feche o navegador até lá.",
                    "2 eventos ainda não chegaram ao seu servidor. Eles ficam em espera neste navegador e são enviados quando o servidor responder; não feche o navegador até lá.",
                    "1.534 eventos ainda não chegaram ao seu servidor. Eles ficam em espera neste navegador e são enviados quando o servidor responder; não feche o navegador até lá.",
                ],
            ],
        ),
    ];
    let covered: BTreeSet<&str> = table.iter().map(|(key, _)| *key).collect();
    let keys: BTreeSet<&str> = EN.plurals().into_iter().map(|(key, _)| key).collect();
    assert_eq!(covered, keys, "every count text is in the table");
    for (key, by_lang) in table {
        for (lang, expected) in Lang::ALL.into_iter().zip(by_lang) {
            let plural = lang
                .texts()
                .plurals()
                .into_iter()
                .find_map(|(k, p)| (k == key).then_some(p))
                .unwrap();
            for (count, expected) in [0, 1, 2, 1534].into_iter().zip(expected) {
                let got = plural.of_with(count, &Plain(lang), &[("hours", "12")]);
                assert_eq!(got, expected, "{lang:?}.{key} at {count}");
            }
        }
    }
}

/// No text is put together from fragments that must agree with it: a problem inserted into a
/// configuration error is a sentence of its own; a stored shift that cannot be used is said
/// by one text per reason; the kinds of value are words of the agent's language.
#[test]
fn no_text_joins_fragments_that_must_agree_and_no_english_leaks() {
    let problems = [
        UrlProblem::TooLong,
        UrlProblem::InvalidCharacters,
        UrlProblem::NotAbsolute,
        UrlProblem::UnsupportedScheme,
        UrlProblem::Credentials,
        UrlProblem::MissingHost,
        UrlProblem::BadHost,
        UrlProblem::Ipv6,
        UrlProblem::NonAsciiHost,
        UrlProblem::BadPort,
    ];
    let english_kinds = [
        "string",
        "boolean",
        "array",
        "non-plain",
        "object",
        "number",
    ];
    for lang in Lang::ALL {
        let texts = lang.texts();
        for problem in problems {
            let sentence = texts.url_problem(problem);
            let first = sentence.chars().next().unwrap();
            assert!(
                first.is_uppercase() || first == '“',
                "{lang:?}: {sentence} starts a sentence"
            );
            assert!(sentence.ends_with('.'), "{lang:?}: {sentence} ends one");
        }
        for template in [
            texts.template_placeholder_in_origin,
            texts.template_unknown_placeholder,
            texts.template_unbalanced,
        ] {
            let first = template.chars().next().unwrap();
            assert!(first.is_uppercase() || first == '“', "{lang:?}: {template}");
            assert!(template.ends_with('.'), "{lang:?}: {template}");
        }
        for (_, text) in texts.entries() {
            assert!(
                !text.contains("{reason}") || text == texts.lost_notice,
                "{lang:?}: {text}"
            );
        }
        if lang == Lang::En {
            continue;
        }
        let kinds = [
            Kind::Undefined,
            Kind::Null,
            Kind::Bool,
            Kind::Number,
            Kind::String,
            Kind::Array,
            Kind::Object,
            Kind::Other,
        ];
        for expected in kinds {
            for found in kinds {
                let line = texts.rejection(&Rejected::Field {
                    field: "clientId".into(),
                    problem: Problem::WrongType { expected, found },
                });
                for word in english_kinds {
                    assert!(!line.contains(word), "{lang:?}: English in {line}");
                }
            }
        }
        for expected in [
            Expected::Text,
            Expected::Boolean,
            Expected::Object,
            Expected::TextList,
            Expected::RelayMode,
        ] {
            let line = texts.config_error(&ConfigError::WrongType {
                key: "campaigns",
                expected,
            });
            for word in english_kinds.iter().chain(&[" or ", "true or"]) {
                assert!(!line.contains(word), "{lang:?}: English in {line}");
            }
        }
    }
}
