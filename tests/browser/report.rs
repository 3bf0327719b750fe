//! The shift report as the agent sees it: the figures of a known shift, each chart agreeing
//! with its table, the start time narrowing it, the theme's colours in the charts.

use ucontact_cockpit::protocol::{
    AssignedInteraction, Event, FinishedInteraction, SentDisposition,
};
use ucontact_cockpit::state::{Action, Cockpit, Theme};
use ucontact_cockpit::web::components::{ReportView, ReportViewProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlInputElement};
use yew::Callback;

use crate::support::{Mounted, Setup, all, apply_theme, computed, mount_with, one, text};

/// Today at `hour:minute`, local time, in milliseconds.
fn today(hour: u32, minute: u32) -> u64 {
    let date = js_sys::Date::new_0();
    date.set_hours(hour);
    date.set_minutes(minute);
    date.set_seconds(0);
    date.set_milliseconds(0);
    date.get_time() as u64
}

fn receive(cockpit: &mut Cockpit, at: u64, event: Event) {
    cockpit.apply(Action::Received {
        at,
        origin: String::new(),
        message: event.into(),
    });
}

/// Three interactions finished at 00:10, 00:20 and 00:30 today: two by phone (Sales), one by
/// email (Support, first seen finished); handle times 60 s and 120 s.
fn shift() -> Cockpit {
    let mut cockpit = Cockpit::default();
    let interactions = [
        (
            "a",
            "Sales",
            "Phone",
            today(0, 9),
            today(0, 10),
            Some(["Sale", "Annual"]),
        ),
        (
            "b",
            "Sales",
            "Phone",
            today(0, 18),
            today(0, 20),
            Some(["No sale", "Price"]),
        ),
        ("c", "Support", "Email", 0, today(0, 30), None),
    ];
    for (guid, campaign, channel, assigned, finished, disposition) in interactions {
        if assigned > 0 {
            receive(
                &mut cockpit,
                assigned,
                Event::AssignedInteraction(AssignedInteraction {
                    guid: guid.into(),
                    campaign: campaign.into(),
                    channel: channel.into(),
                    client_id: "1".into(),
                }),
            );
        }
        receive(
            &mut cockpit,
            finished,
            Event::FinishedInteraction(FinishedInteraction {
                guid: guid.into(),
                finish_date: "2026-11-26 00:10:00".into(),
            }),
        );
        if let Some(values) = disposition {
            receive(
                &mut cockpit,
                finished + 30_000,
                Event::SentDisposition(SentDisposition {
                    guid: guid.into(),
                    comment: String::new(),
                    levels_id: vec!["1".into(), "2".into()],
                    levels_value: values.iter().map(|v| v.to_string()).collect(),
                }),
            );
        }
    }
    cockpit
}

fn props(cockpit: &Cockpit) -> ReportViewProps {
    ReportViewProps {
        history: cockpit.history.clone(),
        active: cockpit.active.clone(),
        dials: cockpit.dials.clone(),
        onclose: Callback::noop(),
    }
}

/// The report of `cockpit`, restored interactions orphaned after two hours.
async fn report(cockpit: &Cockpit) -> Mounted {
    let mut setup = Setup::default();
    setup.config.orphan_after_minutes = 120;
    mount_with::<ReportView>(setup, props(cockpit)).await
}

/// (label, value) pairs, as a chart's bars or a table's rows show them.
type Pairs = Vec<(String, String)>;

/// The chart's bars and the table's rows of the section labelled `id`.
fn chart_and_table(root: &Element, id: &str) -> (Pairs, Pairs) {
    let section = one(root, &format!("section[aria-labelledby={id}]"));
    let bars = all(&section, "rect.ck-chart-bar")
        .iter()
        .map(|bar| {
            (
                bar.get_attribute("data-label").unwrap(),
                bar.get_attribute("data-value").unwrap(),
            )
        })
        .collect();
    // The first level only, for the disposition tree.
    let rows = all(
        &section,
        "tbody tr:not([data-depth]), tbody tr[data-depth='0']",
    )
    .iter()
    .map(|row| (text(row, "th"), text(row, "td")))
    .collect();
    (bars, rows)
}

#[wasm_bindgen_test]
async fn a_known_shift_shows_its_figures_and_every_chart_agrees_with_its_table() {
    let root = report(&shift()).await;
    assert_eq!(text(&root, ".ck-figure-handled dd"), "3");
    assert_eq!(text(&root, "#ck-report-heading"), "Shift report");
    for id in [
        "ck-report-channel",
        "ck-report-campaign",
        "ck-report-dispositions",
        "ck-report-hours",
    ] {
        let (bars, rows) = chart_and_table(&root, id);
        assert!(!bars.is_empty(), "{id} has a chart");
        assert_eq!(bars, rows, "{id}: the chart and its table agree");
    }
    let (channels, _) = chart_and_table(&root, "ck-report-channel");
    assert_eq!(
        channels,
        [("Phone".into(), "2".into()), ("Unknown".into(), "1".into())]
    );
    let (hours, _) = chart_and_table(&root, "ck-report-hours");
    assert_eq!(hours.len(), 1, "all three in the hour from midnight");
    assert_eq!(hours[0].1, "3");
    // Handle times 60 s and 120 s: median 1:30, p90 2:00, mean 1:30; one unknown.
    let total: Vec<String> = all(&root, ".ck-times tr.ck-total td")
        .iter()
        .map(|cell| cell.text_content().unwrap_or_default())
        .collect();
    assert_eq!(total[..4], ["1:30", "2:00", "1:30", "1"]);
    // Every chart is an image named after its section, and says where its figures are.
    for chart in all(&root, "svg.ck-chart") {
        assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
        assert!(
            chart
                .get_attribute("aria-label")
                .unwrap()
                .ends_with("The table below has the same figures.")
        );
    }
}

#[wasm_bindgen_test]
async fn a_start_time_narrows_the_report() {
    let root = report(&shift()).await;
    let from: HtmlInputElement = one(&root, "input[type=time]").unchecked_into();
    from.set_value("00:15");
    from.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".ck-figure-handled dd"), "2");
    assert!(text(&root, ".ck-report-scope").starts_with("Since "));
    from.set_value("");
    from.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".ck-figure-handled dd"), "3");
    assert_eq!(
        text(&root, ".ck-report-scope"),
        "The whole shift kept in this browser"
    );
}

#[wasm_bindgen_test]
async fn an_empty_shift_says_so_and_draws_nothing() {
    let root = report(&Cockpit::default()).await;
    assert_eq!(text(&root, ".ck-figure-handled dd"), "0");
    assert_eq!(
        text(&root, ".ck-report .ck-empty"),
        "Nothing handled in this period yet."
    );
    assert!(all(&root, "svg").is_empty());
}

#[wasm_bindgen_test]
async fn charts_are_drawn_in_the_themes_colours() {
    let theme = Theme {
        dark: true,
        primary: ucontact_cockpit::color::Color::parse("#ff8800"),
    };
    apply_theme(&theme);
    let root = report(&shift()).await;
    let bar = one(&root, "rect.ck-chart-bar");
    assert_eq!(computed(&bar, "fill"), "rgb(255, 136, 0)");
    let label = one(&root, "text.ck-chart-label");
    assert_eq!(
        computed(&label, "fill"),
        "rgb(230, 233, 237)",
        "the dark palette's text"
    );
    apply_theme(&Theme::default());
}
