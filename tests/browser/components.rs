//! Components render what the state holds, as text, in the current language.

use std::rc::Rc;

use ucontact_cockpit::config::{ConfigError, UrlProblem};
use ucontact_cockpit::i18n::{Lang, Locale};
use ucontact_cockpit::state::{Assignment, Disposition, Finish, History, Interaction, Level};
use ucontact_cockpit::web::components::{
    ActiveList, ActiveListProps, ErrorPage, ErrorPageProps, HistoryList, HistoryListProps,
};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{all, click, mount, one, text, type_value};

fn assigned(guid: &str, campaign: &str, at: u64) -> Rc<Interaction> {
    Rc::new(Interaction {
        assignment: Some(Assignment {
            campaign: campaign.into(),
            channel: "Phone".into(),
            client_id: "C-42".into(),
            at,
        }),
        ..Interaction::new(guid.into())
    })
}

fn finished(guid: &str, date: &str) -> Interaction {
    Interaction {
        finish: Some(Finish {
            date: date.into(),
            at: 0,
        }),
        ..Interaction::new(guid.into())
    }
}

#[wasm_bindgen_test]
async fn active_list_shows_each_interaction_in_the_given_order() {
    let now = js_sys::Date::now() as u64;
    let root = mount::<ActiveList>(ActiveListProps {
        interactions: vec![
            assigned("newest", "Sales", now - 65_000),
            assigned("older", "Support", now),
        ],
        lang: Lang::En,
        orphan_after: 3_600_000,
    })
    .await;
    assert_eq!(text(&root, "h2"), "Active interactions");
    let section = one(&root, "section");
    assert_eq!(
        section.get_attribute("aria-labelledby").as_deref(),
        Some("ck-active-heading")
    );
    let rows = all(&root, "li.ck-row");
    assert_eq!(rows.len(), 2);
    let first = rows[0].text_content().unwrap();
    for expected in [
        "newest",
        "Sales",
        "Phone",
        "C-42",
        "Campaign",
        "Channel",
        "Client ID",
    ] {
        assert!(first.contains(expected), "{expected} in {first}");
    }
    assert_eq!(text(&rows[0], ".ck-elapsed"), "1:05");
    assert!(rows[1].text_content().unwrap().contains("older"));
}

#[wasm_bindgen_test]
async fn active_list_says_when_there_is_nothing() {
    let root = mount::<ActiveList>(ActiveListProps {
        interactions: vec![],
        lang: Lang::Pt,
        orphan_after: 3_600_000,
    })
    .await;
    assert_eq!(text(&root, "h2"), "Interações ativas");
    assert_eq!(text(&root, ".ck-empty"), "Nenhuma interação ativa.");
}

#[wasm_bindgen_test]
async fn history_formats_dates_for_the_language_and_keeps_unparsable_ones() {
    let mut history = History::default();
    history.push(finished("raw", "yesterday at noon"));
    history.push(finished("local", "2024-05-10 14:33:12"));
    let en = mount::<HistoryList>(HistoryListProps {
        history: history.clone(),
        locale: Locale::from_code("en-US"),
    })
    .await;
    let rows = all(&en, "li.ck-row");
    assert_eq!(text(&rows[0], ".ck-finished"), "May 10, 2024, 2:33:12 PM");
    assert_eq!(text(&rows[1], ".ck-finished"), "yesterday at noon");

    let es = mount::<HistoryList>(HistoryListProps {
        history,
        locale: Locale::from_code("es"),
    })
    .await;
    assert_eq!(text(&es, "h2"), "Historial");
    assert_eq!(
        text(&all(&es, "li.ck-row")[0], ".ck-finished"),
        "10 may 2024, 14:33:12"
    );
}

#[wasm_bindgen_test]
async fn history_shows_dispositions_with_levels_paired() {
    let mut history = History::default();
    history.push(Interaction {
        dispositions: vec![Disposition {
            comment: "Wants a call back".into(),
            levels: vec![
                Level {
                    id: Some("1".into()),
                    value: Some("Sale".into()),
                },
                Level {
                    id: Some("2".into()),
                    value: None,
                },
            ],
        }],
        ..Interaction::new("g".into())
    });
    let root = mount::<HistoryList>(HistoryListProps {
        history,
        locale: Locale::default(),
    })
    .await;
    assert_eq!(
        text(&root, ".ck-comment").trim(),
        "Comment: Wants a call back"
    );
    let levels: Vec<String> = all(&root, ".ck-level")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    assert_eq!(levels, ["1 · Sale", "2 · (none)"]);
    assert_eq!(text(&root, ".ck-finished"), "Not finished");
    assert_eq!(
        all(&root, ".ck-unknown").len(),
        4,
        "campaign, channel and client unknown, not finished"
    );
}

#[wasm_bindgen_test]
async fn markup_in_event_fields_stays_text() {
    let hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
    let mut history = History::default();
    history.push(Interaction {
        dispositions: vec![Disposition {
            comment: hostile.into(),
            levels: vec![],
        }],
        ..finished(hostile, hostile)
    });
    let root = mount::<HistoryList>(HistoryListProps {
        history,
        locale: Locale::default(),
    })
    .await;
    assert!(all(&root, "img").is_empty() && all(&root, "script").is_empty());
    assert_eq!(text(&root, ".ck-guid"), hostile);
    assert_eq!(text(&root, ".ck-finished"), hostile);
    assert!(crate::support::js("window.__pwned").is_undefined());
}

#[wasm_bindgen_test]
async fn history_pages_through_a_long_shift() {
    let mut history = History::default();
    for n in 0..45 {
        history.push(finished(&format!("g{n}"), "d"));
    }
    let root = mount::<HistoryList>(HistoryListProps {
        history,
        locale: Locale::default(),
    })
    .await;
    let guids = |root: &web_sys::Element| -> Vec<String> {
        all(root, ".ck-guid")
            .iter()
            .map(|g| g.text_content().unwrap())
            .collect()
    };
    assert_eq!(guids(&root).len(), 20);
    assert_eq!(guids(&root)[0], "g44");
    assert_eq!(text(&root, "nav span"), "1–20 of 45");
    click(&root, "nav button:last-child");
    yew::scheduler::flush().await;
    assert_eq!(guids(&root)[0], "g24");
    click(&root, "nav button:last-child");
    yew::scheduler::flush().await;
    assert_eq!(guids(&root), ["g4", "g3", "g2", "g1", "g0"]);
    assert_eq!(text(&root, "nav span"), "41–45 of 45");
}

#[wasm_bindgen_test]
async fn the_error_page_names_the_problem() {
    let root = mount::<ErrorPage>(ErrorPageProps {
        error: ConfigError::BadUrl {
            url: "ftp://x".into(),
            problem: UrlProblem::UnsupportedScheme,
        },
        locale: Locale::default(),
    })
    .await;
    assert_eq!(
        one(&root, "main").get_attribute("role").as_deref(),
        Some("alert")
    );
    assert_eq!(text(&root, "h1"), "The cockpit cannot start");
    assert_eq!(
        text(&root, ".ck-problem"),
        "“ucontactUrl” (ftp://x) cannot be used: it must start with http:// or https://."
    );
}

#[wasm_bindgen_test]
async fn restored_and_long_running_interactions_are_marked() {
    let now = js_sys::Date::now() as u64;
    let restored = Rc::new(Interaction {
        restored: true,
        ..(*assigned("restored", "Sales", now)).clone()
    });
    let root = mount::<ActiveList>(ActiveListProps {
        interactions: vec![
            restored,
            assigned("stale", "Sales", now - 2 * 3_600_000),
            assigned("fresh", "Sales", now),
        ],
        lang: Lang::En,
        orphan_after: 3_600_000,
    })
    .await;
    let rows = all(&root, "li.ck-row");
    assert_eq!(text(&rows[0], ".ck-restored"), "Restored after reload");
    assert!(all(&rows[0], ".ck-orphan").is_empty());
    assert_eq!(
        text(&rows[1], ".ck-orphan"),
        "Active for over 60 min: uContact may have finished it while the cockpit was closed"
    );
    assert!(
        rows[1]
            .get_attribute("class")
            .unwrap()
            .split(' ')
            .any(|c| c == "ck-orphaned")
    );
    assert!(all(&rows[2], ".ck-badge").is_empty());
}

#[wasm_bindgen_test]
async fn history_search_finds_by_guid_client_campaign_or_channel() {
    let mut history = History::default();
    for (guid, campaign) in [("g-1", "Sales"), ("g-2", "Retention"), ("g-3", "Sales")] {
        history.push(Interaction {
            finish: Some(Finish {
                date: "d".into(),
                at: 0,
            }),
            ..(*assigned(guid, campaign, 0)).clone()
        });
    }
    let root = mount::<HistoryList>(HistoryListProps {
        history,
        locale: Locale::default(),
    })
    .await;
    let search: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(one(&root, "input[type=search]"));
    assert_eq!(
        search.get_attribute("aria-label").as_deref(),
        Some("Search history")
    );
    let guids = |root: &web_sys::Element| -> Vec<String> {
        all(root, ".ck-guid")
            .iter()
            .map(|g| g.text_content().unwrap())
            .collect()
    };
    for (query, expected, found) in [
        ("sales", vec!["g-3", "g-1"], "2 found"),
        ("RETENTION", vec!["g-2"], "1 found"),
        ("c-42", vec!["g-3", "g-2", "g-1"], "3 found"),
        ("nobody", vec![], "0 found"),
    ] {
        type_value(&search, query);
        yew::scheduler::flush().await;
        assert_eq!(guids(&root), expected, "{query}");
        assert_eq!(text(&root, ".ck-found"), found);
    }
}
