//! Components render what the state holds, as text, in the current language: one line per
//! interaction with its actions, details in place, emphasis and marks, history with its times.

use std::rc::Rc;

use ucontact_cockpit::config::{ConfigError, UrlProblem};
use ucontact_cockpit::i18n::Locale;
use ucontact_cockpit::screen_pop::{ScreenPop, UrlTemplate};
use ucontact_cockpit::state::{Assignment, Disposition, Finish, History, Interaction, Level};
use ucontact_cockpit::web::components::{
    ActiveList, ActiveListProps, ErrorPage, ErrorPageProps, HistoryList, HistoryListProps,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

use crate::support::{
    Mounted, Setup, all, click, computed, mount, mount_alone, mount_with, one, prefills, text,
    type_value,
};

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

fn disposition(comment: &str, levels: Vec<Level>, at: Option<u64>) -> Disposition {
    Disposition {
        comment: comment.into(),
        levels,
        at,
    }
}

fn active(interactions: Vec<Rc<Interaction>>) -> ActiveListProps {
    ActiveListProps { interactions }
}

/// History in a cockpit speaking `locale`.
async fn history(history: History, locale: &str) -> Mounted {
    mount_with::<HistoryList>(Setup::locale(locale), HistoryListProps { history }).await
}

fn classes(element: &Element) -> Vec<String> {
    element
        .get_attribute("class")
        .unwrap_or_default()
        .split(' ')
        .map(str::to_owned)
        .collect()
}

fn press(element: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn an_active_interaction_is_one_focusable_line_with_the_whole_guid_in_its_text() {
    let _global =
        mount_alone::<ucontact_cockpit::web::styles::GlobalStyle>(Default::default()).await;
    let now = js_sys::Date::now() as u64;
    let guid = "6f1c2a9e-0b7d-4c1e-9f3a-5d8e2b4c7a10";
    let root = mount::<ActiveList>(active(vec![
        assigned(guid, "Sales", now - 65_000),
        assigned("older", "Support", now),
    ]))
    .await;
    assert_eq!(text(&root, "h2"), "Active interactions");
    assert_eq!(
        one(&root, "section")
            .get_attribute("aria-labelledby")
            .as_deref(),
        Some("ck-active-heading")
    );
    let rows = all(&root, "li.ck-row");
    assert_eq!(rows.len(), 2);
    let row = &rows[0];
    assert_eq!(row.get_attribute("tabindex").as_deref(), Some("0"));
    // Client id first, then campaign · channel, the guid, the elapsed time.
    let line: Vec<String> = all(row, ".ck-line > span, .ck-line > time")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    assert_eq!(line[..4], ["C-42", "Phone · Sales", guid, "1:05"]);
    let guid_style = one(row, ".ck-guid");
    assert_eq!(computed(&guid_style, "text-overflow"), "ellipsis");
    assert_eq!(guid_style.get_attribute("title").as_deref(), Some(guid));
    // Everything on one line, 32 px high as the page styles it.
    let line = one(row, ".ck-line").get_bounding_client_rect();
    assert_eq!(line.height(), 32.0);
    for item in all(row, ".ck-line > *") {
        let bottom = item.get_bounding_client_rect().bottom();
        assert!(bottom <= line.bottom(), "{} wraps", item.outer_html());
    }
    assert!(all(row, ".ck-more").is_empty(), "details are folded");
    assert!(rows[1].text_content().unwrap().contains("older"));
}

#[wasm_bindgen_test]
async fn details_open_in_place_by_click_or_keyboard_and_arrows_move_between_rows() {
    let now = js_sys::Date::now() as u64;
    let root = mount::<ActiveList>(active(vec![
        assigned("first", "Sales", now),
        assigned("second", "Support", now),
    ]))
    .await;
    let rows = all(&root, "li.ck-row");
    let expand = one(&rows[0], ".ck-expand");
    assert_eq!(
        expand.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(expand.get_attribute("aria-controls"), None);
    expand.unchecked_ref::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(
        expand.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let details = one(&rows[0], ".ck-more");
    assert_eq!(
        expand.get_attribute("aria-controls"),
        details.get_attribute("id")
    );
    let facts = details.text_content().unwrap();
    for expected in [
        "Interaction",
        "first",
        "Campaign",
        "Channel",
        "Client ID",
        "Assigned",
    ] {
        assert!(facts.contains(expected), "{expected} in {facts}");
    }
    press(&rows[0], "Enter");
    yew::scheduler::flush().await;
    assert!(all(&rows[0], ".ck-more").is_empty(), "Enter folds it again");
    press(&rows[1], " ");
    yew::scheduler::flush().await;
    assert_eq!(all(&rows[1], ".ck-more").len(), 1, "Space opens");

    rows[0].unchecked_ref::<HtmlElement>().focus().unwrap();
    press(&rows[0], "ArrowDown");
    let focused = crate::support::document().active_element().unwrap();
    assert_eq!(focused, rows[1]);
    press(&rows[1], "ArrowUp");
    assert_eq!(
        crate::support::document().active_element().unwrap(),
        rows[0]
    );
}

#[wasm_bindgen_test]
async fn each_row_has_its_actions() {
    let now = js_sys::Date::now() as u64;
    let crm = ScreenPop {
        url: UrlTemplate::parse("https://crm.example.com/c/{clientId}?g={guid}").unwrap(),
        label: Some("Open in Salesforce".into()),
        auto: false,
    };
    let mut setup = Setup::default();
    setup.config.screen_pop = Some(crm);
    let root = mount_with::<ActiveList>(
        setup,
        active(vec![
            assigned("g 1/2", "Sales", now),
            Rc::new(Interaction::new("unassigned".into())),
        ]),
    )
    .await;
    prefills();
    let rows = all(&root, "li.ck-row");
    let names: Vec<String> = all(&rows[0], ".ck-actions button, .ck-actions a")
        .iter()
        .map(|e| e.get_attribute("aria-label").unwrap())
        .collect();
    assert_eq!(
        names,
        ["Copy client ID", "Call again", "Open in Salesforce"]
    );
    let link = one(&rows[0], ".ck-actions a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://crm.example.com/c/C-42?g=g%201%2F2")
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    click(&rows[0], ".ck-call-again");
    yew::scheduler::flush().await;
    let called: Vec<_> = prefills().into_iter().map(|p| p.request).collect();
    assert_eq!(
        called,
        [ucontact_cockpit::protocol::StartInteraction {
            campaign: "Sales".into(),
            channel: "Phone".into(),
            client_id: "C-42".into(),
        }],
        "Call again fills the form with the row's request"
    );
    // Without a client id there is nothing to copy or call.
    for button in all(&rows[1], ".ck-actions button") {
        assert!(button.has_attribute("disabled"));
    }
}

#[wasm_bindgen_test]
async fn active_list_says_when_there_is_nothing() {
    let root = mount_with::<ActiveList>(Setup::locale("pt"), active(vec![])).await;
    assert_eq!(text(&root, "h2"), "Interações ativas");
    assert_eq!(text(&root, ".ck-empty"), "Nenhuma interação ativa.");
}

#[wasm_bindgen_test]
async fn elapsed_time_is_emphasised_at_each_threshold() {
    crate::support::apply_theme(&Default::default());
    let now = js_sys::Date::now() as u64;
    let minute = 60_000;
    let root = mount::<ActiveList>(active(vec![
        assigned("fresh", "Sales", now - 4 * minute),
        assigned("raised", "Sales", now - 5 * minute - 1_000),
        assigned("urgent", "Sales", now - 15 * minute - 1_000),
    ]))
    .await;
    let elapsed = all(&root, ".ck-elapsed");
    assert!(
        !classes(&elapsed[0])
            .iter()
            .any(|c| c.starts_with("ck-raised") || c == "ck-urgent")
    );
    assert!(classes(&elapsed[1]).contains(&"ck-raised".to_owned()));
    assert!(classes(&elapsed[2]).contains(&"ck-urgent".to_owned()));
    assert_ne!(
        computed(&elapsed[0], "color"),
        computed(&elapsed[2], "color"),
        "the emphasis shows"
    );
}

#[wasm_bindgen_test]
async fn history_shows_short_times_in_the_line_and_whole_dates_in_the_details() {
    let mut entries = History::default();
    entries.push(finished("raw", "yesterday at noon"));
    entries.push(finished("local", "2024-05-10 14:33:12"));
    let en = history(entries.clone(), "en-US").await;
    let rows = all(&en, "li.ck-row");
    assert_eq!(text(&rows[0], ".ck-finished"), "5/10/24, 2:33 PM");
    assert_eq!(text(&rows[1], ".ck-finished"), "yesterday at noon");
    click(&rows[0], ".ck-expand");
    yew::scheduler::flush().await;
    assert_eq!(
        text(&rows[0], ".ck-finish-date"),
        "May 10, 2024, 2:33:12 PM"
    );

    let es = history(entries, "es").await;
    assert_eq!(text(&es, "h2"), "Historial");
    assert_eq!(
        text(&all(&es, "li.ck-row")[0], ".ck-finished"),
        "10/5/24, 14:33"
    );
}

#[wasm_bindgen_test]
async fn history_today_shows_the_time_alone_with_handle_and_wrap_up_times() {
    let now = js_sys::Date::new_0();
    let today = format!(
        "{:04}-{:02}-{:02} 09:05:00",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    let mut entries = History::default();
    entries.push(Interaction {
        finish: Some(Finish {
            date: today,
            at: 1_252_000,
        }),
        dispositions: vec![disposition(
            "Renewed",
            vec![
                Level {
                    id: Some("1".into()),
                    value: Some("Sale".into()),
                },
                Level {
                    id: Some("12".into()),
                    value: Some("Annual plan".into()),
                },
            ],
            Some(1_287_000),
        )],
        ..(*assigned("g", "Sales", 1_000_000)).clone()
    });
    entries.push(finished("no-times", "d"));
    let root = history(entries, "en-GB").await;
    let rows = all(&root, "li.ck-row");
    assert_eq!(text(&rows[1], ".ck-finished"), "09:05");
    assert_eq!(
        text(&rows[1], ".ck-sub"),
        "Handle time 4:12Wrap-up 0:35Sale › Annual planRenewed",
        "the levels, then the comment the agent typed"
    );
    assert_eq!(
        text(&rows[0], ".ck-sub"),
        "Handle time unknownWrap-up unknown",
        "unknown shown as unknown"
    );
}

#[wasm_bindgen_test]
async fn history_details_show_dispositions_with_levels_paired() {
    let mut entries = History::default();
    entries.push(Interaction {
        dispositions: vec![disposition(
            "Wants a call back",
            vec![
                Level {
                    id: Some("1".into()),
                    value: Some("Sale".into()),
                },
                Level {
                    id: Some("2".into()),
                    value: None,
                },
            ],
            None,
        )],
        ..Interaction::new("g".into())
    });
    let root = history(entries, "en").await;
    assert_eq!(text(&root, ".ck-finished"), "Not finished");
    assert_eq!(text(&root, ".ck-client"), "unknown");
    click(&root, ".ck-expand");
    yew::scheduler::flush().await;
    assert_eq!(
        text(&root, ".ck-comment").trim(),
        "Comment: Wants a call back"
    );
    let levels: Vec<String> = all(&root, ".ck-level")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    assert_eq!(levels, ["1 · Sale", "2 · (none)"]);
    assert_eq!(
        all(&root, ".ck-more .ck-unknown").len(),
        4,
        "campaign, channel, client and assignment time unknown"
    );
}

#[wasm_bindgen_test]
async fn markup_in_event_fields_stays_text() {
    let hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
    let mut entries = History::default();
    entries.push(Interaction {
        dispositions: vec![disposition(hostile, vec![], None)],
        ..finished(hostile, hostile)
    });
    let root = history(entries, "en").await;
    click(&root, ".ck-expand");
    yew::scheduler::flush().await;
    assert!(all(&root, "img").is_empty() && all(&root, "script").is_empty());
    assert_eq!(text(&root, ".ck-guid"), hostile);
    assert_eq!(text(&root, ".ck-finished"), hostile);
    assert_eq!(
        text(&root, ".ck-comment").trim(),
        format!("Comment: {hostile}")
    );
    assert!(crate::support::js("window.__pwned").is_undefined());
}

#[wasm_bindgen_test]
async fn history_pages_through_a_long_shift() {
    let mut entries = History::default();
    for n in 0..45 {
        entries.push(finished(&format!("g{n}"), "d"));
    }
    let root = history(entries, "en").await;
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
    let root = mount_alone::<ErrorPage>(ErrorPageProps {
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
        "“ucontactUrl” (ftp://x) cannot be used. The address must start with http:// or https://."
    );
}

#[wasm_bindgen_test]
async fn only_restored_interactions_unconfirmed_for_long_are_flagged() {
    let now = js_sys::Date::now() as u64;
    let restored = |guid: &str, at: u64| {
        Rc::new(Interaction {
            restored: true,
            ..(*assigned(guid, "Sales", at)).clone()
        })
    };
    let root = mount::<ActiveList>(active(vec![
        restored("restored", now),
        restored("stale", now - 2 * 3_600_000),
        assigned("watched-long", "Sales", now - 2 * 3_600_000),
    ]))
    .await;
    let rows = all(&root, "li.ck-row");
    assert_eq!(text(&rows[0], ".ck-restored"), "Restored after reload");
    assert!(all(&rows[0], ".ck-orphan").is_empty());
    assert_eq!(
        text(&rows[1], ".ck-orphan"),
        "Restored, not confirmed for over 60 min: uContact may have finished it while the cockpit was closed"
    );
    assert!(classes(&rows[1]).contains(&"ck-orphaned".to_owned()));
    assert!(
        all(&rows[2], ".ck-badge").is_empty(),
        "one the cockpit watched all along is never flagged"
    );
}

#[wasm_bindgen_test]
async fn history_search_finds_by_guid_client_campaign_channel_or_disposition() {
    let mut entries = History::default();
    for (guid, campaign, comment, value) in [
        ("g-1", "Sales", "asked for a discount", "Sale"),
        ("g-2", "Retention", "", "Cancelled"),
        ("g-3", "Sales", "", "No answer"),
    ] {
        entries.push(Interaction {
            finish: Some(Finish {
                date: "d".into(),
                at: 0,
            }),
            dispositions: vec![disposition(
                comment,
                vec![Level {
                    id: Some("1".into()),
                    value: Some(value.into()),
                }],
                None,
            )],
            ..(*assigned(guid, campaign, 0)).clone()
        });
    }
    let root = history(entries, "en").await;
    let search: web_sys::HtmlInputElement = one(&root, "input[type=search]").unchecked_into();
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
        ("discount", vec!["g-1"], "1 found"),
        ("cancelled", vec!["g-2"], "1 found"),
        ("nobody", vec![], "None found"),
    ] {
        type_value(&search, query);
        yew::scheduler::flush().await;
        assert_eq!(guids(&root), expected, "{query}");
        assert_eq!(text(&root, ".ck-found"), found);
    }
}
