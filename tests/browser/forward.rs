//! Forwarding as the agent and the integrator see it: the inspector's line (waiting, delivered,
//! the last error) and End shift's count of events still on their way, with its offer to wait.

use std::rc::Rc;

use ucontact_cockpit::integrations::forward::{Failure, Status};
use ucontact_cockpit::state::Inspector as Record;
use ucontact_cockpit::web::components::{EndShift, Inspector, InspectorProps};
use ucontact_cockpit::web::integrations::forward::{ForwardFeed, ForwardStatus};
use wasm_bindgen_test::wasm_bindgen_test;
use yew::prelude::*;

use crate::support::{Setup, all, click, mount_content, text};

fn status(queued: usize, delivered: u64, last_error: Option<Failure>) -> ForwardStatus {
    ForwardStatus(Some(Rc::new((
        "https://intranet.acme.com".to_owned(),
        Status {
            queued,
            delivered,
            requests: 4,
            last_error,
            ..Status::default()
        },
    ))))
}

fn inspector(forward: ForwardStatus) -> Html {
    let props = InspectorProps {
        record: Record::default(),
    };
    html! {
        <ContextProvider<ForwardFeed> context={ForwardFeed::holding(forward)}>
            <Inspector ..props />
        </ContextProvider<ForwardFeed>>
    }
}

#[wasm_bindgen_test]
async fn the_inspector_says_what_waits_what_arrived_and_the_last_error() {
    let table = [
        (
            "en",
            status(3, 12, Some(Failure::Status(503))),
            "Events to https://intranet.acme.com: 3 waiting · 12 delivered · last error: HTTP 503",
        ),
        (
            "es-UY",
            status(1, 1, Some(Failure::Network)),
            "Eventos a https://intranet.acme.com: 1 en espera · 1 entregado · último error: sin respuesta (red, CORS o tiempo agotado)",
        ),
        (
            "pt-BR",
            status(0, 1_534, None),
            "Eventos para https://intranet.acme.com: nenhum em espera · 1.534 entregues",
        ),
    ];
    for (locale, forward, expected) in table {
        let root = mount_content(Setup::locale(locale), inspector(forward)).await;
        assert_eq!(text(&root, "#ck-forward"), expected, "{locale}");
        let line = root.query_selector("#ck-forward").unwrap().unwrap();
        assert_eq!(line.get_attribute("data-requests").as_deref(), Some("4"));
    }
    // Not forwarding: no line at all.
    let root = mount_content(Setup::default(), inspector(ForwardStatus::default())).await;
    assert!(all(&root, "#ck-forward").is_empty());
}

#[wasm_bindgen_test]
async fn end_shift_says_how_many_events_wait_and_offers_to_wait() {
    for (waiting, said, button) in [
        (
            3,
            Some("3 events have not reached your back end yet."),
            "Wait",
        ),
        (
            1,
            Some("1 event has not reached your back end yet."),
            "Wait",
        ),
        (0, None, "Cancel"),
    ] {
        let content = html! {
            <ContextProvider<ForwardFeed> context={ForwardFeed::holding(status(waiting, 0, None))}>
                <EndShift />
            </ContextProvider<ForwardFeed>>
        };
        let root = mount_content(Setup::default(), content).await;
        click(&root, ".ck-end-shift");
        yew::scheduler::flush().await;
        let shown = all(&root, "#ck-undelivered");
        match said {
            Some(said) => assert!(text(&root, "#ck-undelivered").starts_with(said)),
            None => assert!(shown.is_empty()),
        }
        assert_eq!(text(&root, ".ck-choices .ck-button"), button);
    }
}
