//! The cockpit speaks as its agents do, with the browser's own `Intl`: plural forms chosen by
//! `Intl.PluralRules` and numbers written by `Intl.NumberFormat` for the agent's locale (es-UY
//! writes 1.534, es-MX 1,534), the CSV's separator from the locale's decimal symbol, channel
//! ids by their names and campaign arrows as a direction, and finishDateZone applied.

use ucontact_cockpit::config::FinishZone;
use ucontact_cockpit::i18n::{Lang, Locale};
use ucontact_cockpit::state::{Assignment, Finish, History, Interaction};
use ucontact_cockpit::web::components::{HistoryList, HistoryListProps};
use ucontact_cockpit::web::intl::{Counts, csv_style};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{Setup, all, click, mount_with, text};

#[wasm_bindgen_test]
fn counts_read_by_the_browsers_plural_rules_and_numbers() {
    let table = [
        (
            "en",
            [
                "No active interactions",
                "1 active interaction",
                "2 active interactions",
                "1,534 active interactions",
            ],
        ),
        (
            "es-UY",
            [
                "Ninguna interacción activa",
                "1 interacción activa",
                "2 interacciones activas",
                "1.534 interacciones activas",
            ],
        ),
        (
            "es-MX",
            [
                "Ninguna interacción activa",
                "1 interacción activa",
                "2 interacciones activas",
                "1,534 interacciones activas",
            ],
        ),
        (
            "pt-BR",
            [
                "Nenhuma interação ativa",
                "1 interação ativa",
                "2 interações ativas",
                "1.534 interações ativas",
            ],
        ),
    ];
    for (tag, expected) in table {
        let locale = Locale::from_code(tag);
        let counts = Counts(locale.clone());
        for (count, expected) in [0, 1, 2, 1534].into_iter().zip(expected) {
            assert_eq!(
                locale.lang.texts().active_count.of(count, &counts),
                expected,
                "{tag} {count}"
            );
        }
    }
    // Portuguese puts 0 in "one": its zero form is what keeps "0 interação" from being said.
    let pt = Counts(Locale::from_code("pt-BR"));
    assert_eq!(
        Lang::Pt.texts().follower_active.of(0, &pt),
        "Lá não há interações ativas."
    );
}

#[wasm_bindgen_test]
fn the_csv_separator_follows_the_locale_not_the_language() {
    let table = [
        ("en-US", ','),
        ("es-MX", ','),
        ("es-419", ','),
        ("es-UY", ';'),
        ("es-AR", ';'),
        ("es-ES", ';'),
        ("pt-BR", ';'),
    ];
    for (tag, separator) in table {
        assert_eq!(
            csv_style(&Locale::from_code(tag)).separator(),
            separator,
            "{tag}"
        );
    }
}

fn interaction(guid: &str, campaign: &str, channel: &str, finish: &str) -> Interaction {
    Interaction {
        assignment: Some(Assignment {
            campaign: campaign.into(),
            channel: channel.into(),
            client_id: "59899123456".into(),
            at: 1_000,
        }),
        finish: Some(Finish {
            date: finish.into(),
            at: 2_000,
        }),
        ..Interaction::new(guid.into())
    }
}

#[wasm_bindgen_test]
async fn channels_and_campaigns_read_as_the_agent_reads_them_and_the_raw_names_stay() {
    let mut entries = History::default();
    entries.push(interaction(
        "a",
        "Ventas<-",
        "telephony",
        "2025-12-02 12:00:00",
    ));
    entries.push(interaction(
        "b",
        "CallBack_144_Op2->",
        "whatsapp",
        "2025-12-02 12:00:00",
    ));
    entries.push(interaction("c", "Retención", "fax", "2025-12-02 12:00:00"));
    let root = mount_with::<HistoryList>(
        Setup::locale("es-UY"),
        HistoryListProps { history: entries },
    )
    .await;
    let rows = all(&root, "li.ck-row");
    let metas: Vec<String> = rows.iter().map(|row| text(row, ".ck-meta")).collect();
    assert_eq!(
        metas,
        [
            "fax · Retención",
            "WhatsApp · CallBack_144_Op2 (Saliente)",
            "Teléfono · Ventas (Entrante)",
        ]
    );
    let classes = |row: &web_sys::Element, selector: &str| {
        row.query_selector(selector)
            .unwrap()
            .unwrap()
            .get_attribute("class")
            .unwrap()
    };
    assert!(classes(&rows[2], ".ck-channel").contains("ck-ch-telephony"));
    assert!(classes(&rows[2], ".ck-campaign").contains("ck-dir-in"));
    assert!(
        !classes(&rows[0], ".ck-channel").contains("ck-tagged"),
        "an unknown id has no icon"
    );
    click(&rows[2], ".ck-expand");
    yew::scheduler::flush().await;
    let raw: Vec<String> = all(&rows[2], ".ck-raw")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    assert_eq!(
        raw,
        ["Ventas<-", "telephony"],
        "the details keep uContact's own names"
    );
}

#[wasm_bindgen_test]
async fn a_finish_date_without_a_zone_is_read_in_finish_date_zone() {
    let mut entries = History::default();
    entries.push(interaction(
        "z",
        "Ventas<-",
        "telephony",
        "2025-12-02 15:00:00",
    ));
    let utc = Setup {
        config: ucontact_cockpit::config::Config {
            finish_date_zone: FinishZone::Offset(0),
            ..Setup::default().config
        },
        ..Setup::locale("en-GB")
    };
    let root = mount_with::<HistoryList>(
        utc,
        HistoryListProps {
            history: entries.clone(),
        },
    )
    .await;
    let row = all(&root, "li.ck-row").remove(0);
    click(&row, ".ck-expand");
    yew::scheduler::flush().await;
    // The same instant as the date with its zone written out, in the browser's time zone.
    let expected = js_sys::Date::new(&"2025-12-02T15:00:00Z".into());
    let shown = text(&row, ".ck-finish-date");
    let hour = format!("{:02}:00:00", expected.get_hours());
    assert!(shown.contains(&hour), "{shown} shows {hour}");
}
