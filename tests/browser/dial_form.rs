//! The dial form validates before anything is sent, hands over exactly what was typed, trimmed,
//! never a request already pending, says what became of the newest dial, and is filled by
//! "Call again".

use std::cell::RefCell;
use std::rc::Rc;

use ucontact_cockpit::protocol::StartInteraction;
use ucontact_cockpit::state::{Assignment, DialSource, Dials, Interaction};
use ucontact_cockpit::web::components::{DialForm, DialFormProps, Refusal};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlFormElement, HtmlInputElement};
use yew::{Callback, html};

use crate::support::{CallAgain, Mounted, Setup, all, mount, mount_content, one, text, type_value};

type Sent = Rc<RefCell<Vec<StartInteraction>>>;

fn props(dials: Dials, silent: bool, refusal: Option<Refusal>, sent: &Sent) -> DialFormProps {
    let sent = sent.clone();
    DialFormProps {
        dials,
        silent,
        refusal,
        ondial: Callback::from(move |request| sent.borrow_mut().push(request)),
        onshow: Callback::noop(),
    }
}

async fn form_with(dials: Dials, silent: bool) -> (Mounted, Sent) {
    let sent: Sent = Rc::default();
    let root = mount::<DialForm>(props(dials, silent, None, &sent)).await;
    (root, sent)
}

async fn form() -> (Mounted, Sent) {
    form_with(Dials::default(), false).await
}

fn request(client: &str) -> StartInteraction {
    StartInteraction::new("Sales", "Phone", client).unwrap()
}

/// Types into the input labelled `label`, as a person would (an `input` event that bubbles).
fn type_into(root: &Element, label: &str, value: &str) {
    let label = all(root, "label")
        .into_iter()
        .find(|l| l.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no label {label}"));
    let input: HtmlInputElement =
        one(root, &format!("#{}", label.get_attribute("for").unwrap())).unchecked_into();
    type_value(&input, value);
}

async fn submit(root: &Element) {
    yew::scheduler::flush().await;
    one(root, "form")
        .unchecked_into::<HtmlFormElement>()
        .request_submit()
        .unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn labels_button_and_suggestions_are_there() {
    let (root, _) = form().await;
    let labels: Vec<String> = all(&root, "label")
        .iter()
        .map(|l| l.text_content().unwrap())
        .collect();
    assert_eq!(labels, ["Campaign", "Channel", "Client ID"]);
    assert_eq!(text(&root, "button[type=submit]"), "Start interaction");
    let options: Vec<String> = all(&root, "#ck-campaigns option")
        .iter()
        .map(|o| o.get_attribute("value").unwrap())
        .collect();
    // uContact's own names are what is sent; each reads as the agent reads it.
    assert_eq!(
        options,
        ["Ventas<-", "Soporte<-", "Cobranzas->", "Retención"]
    );
    let labels: Vec<Option<String>> = all(&root, "#ck-campaigns option")
        .iter()
        .map(|o| o.get_attribute("label"))
        .collect();
    assert_eq!(
        labels,
        [
            Some("Ventas (Inbound)".to_owned()),
            Some("Soporte (Inbound)".to_owned()),
            Some("Cobranzas (Outbound)".to_owned()),
            None
        ]
    );
    let channels: Vec<(String, Option<String>)> = all(&root, "#ck-channels option")
        .iter()
        .map(|o| (o.get_attribute("value").unwrap(), o.get_attribute("label")))
        .collect();
    assert_eq!(
        channels[0],
        ("telephony".to_owned(), Some("Phone".to_owned()))
    );
    assert_eq!(
        one(&root, "#ck-dial-campaign")
            .get_attribute("list")
            .as_deref(),
        Some("ck-campaigns")
    );
}

#[wasm_bindgen_test]
async fn an_invalid_form_sends_nothing_and_says_why() {
    let (root, sent) = form().await;
    type_into(&root, "Channel", "   ");
    type_into(&root, "Client ID", "42");
    submit(&root).await;
    assert!(sent.borrow().is_empty());
    let errors: Vec<String> = all(&root, ".ck-error")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    assert_eq!(errors, ["Required.", "Required."]);
    let campaign = one(&root, "#ck-dial-campaign");
    assert_eq!(
        campaign.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        campaign.get_attribute("aria-describedby").as_deref(),
        Some("ck-dial-campaign-error")
    );
    assert_eq!(
        one(&root, "#ck-dial-client").get_attribute("aria-invalid"),
        None
    );
}

#[wasm_bindgen_test]
async fn a_valid_form_hands_over_the_trimmed_request() {
    let (root, sent) = form().await;
    type_into(&root, "Campaign", "  Sales ");
    type_into(&root, "Channel", "Phone");
    type_into(&root, "Client ID", " 42");
    submit(&root).await;
    assert_eq!(
        *sent.borrow(),
        [StartInteraction::new("Sales", "Phone", "42").unwrap()]
    );
    assert!(all(&root, ".ck-error").is_empty());
}

#[wasm_bindgen_test]
async fn a_refusal_is_said_until_the_agent_edits_a_field() {
    let sent: Sent = Rc::default();
    let refusal = |seq| Refusal {
        seq,
        text: "This request is already waiting for uContact.".into(),
    };
    let root = mount::<DialForm>(props(Dials::default(), false, Some(refusal(1)), &sent)).await;
    assert_eq!(
        text(&root, "[role=status]"),
        "This request is already waiting for uContact."
    );
    type_into(&root, "Client ID", "43");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "[role=status]"), "", "an edit dismisses it");
}

#[wasm_bindgen_test]
async fn the_newest_dial_says_what_became_of_it() {
    let window = 30_000;
    let mut dials = Dials::default();
    dials.admit(request("1"), 0, DialSource::Agent).unwrap();
    let (root, _) = form_with(dials.clone(), false).await;
    let status = text(&root, "[role=status]");
    assert!(
        status.starts_with("Waiting for uContact1 · Sales · Phone"),
        "{status}"
    );
    let (root, _) = form_with(dials.clone(), true).await;
    let status = text(&root, "[role=status]");
    assert!(
        status.starts_with("Waiting: uContact has not answered since it loaded"),
        "while the silence hint is up: {status}"
    );

    dials.answer("1", "g-1", 5_000, window);
    let (root, _) = form_with(dials.clone(), false).await;
    assert!(text(&root, "[role=status]").starts_with("Answered1 · Sales · Phone"));
    assert_eq!(text(&root, "[role=status] button"), "Show interaction");

    dials
        .admit(request("2"), 10_000, DialSource::Agent)
        .unwrap();
    dials.expire(10_000 + window, window, |_| true);
    let (root, sent) = form_with(dials.clone(), false).await;
    let status = text(&root, "[role=status]");
    assert!(
        status.starts_with("Not answered2 · Sales · Phone"),
        "{status}"
    );
    assert!(status.contains("uContact assigned no interaction for this client within 30 s."));
    crate::support::click(&root, "[role=status] button.ck-retry");
    assert_eq!(
        *sent.borrow(),
        [request("2")],
        "Retry sends the same request"
    );

    dials
        .admit(request("3"), 50_000, DialSource::Agent)
        .unwrap();
    dials.expire(50_000 + window, window, |_| false);
    let (root, _) = form_with(dials.clone(), false).await;
    assert!(
        text(&root, "[role=status]").contains("uContact sent nothing at all since the request")
    );

    let id = dials
        .admit(request("4"), 90_000, DialSource::Agent)
        .unwrap()
        .id;
    dials.not_sent(id, 90_001);
    let (root, _) = form_with(dials, false).await;
    let status = text(&root, "[role=status]");
    assert!(status.starts_with("Not sent4 · Sales · Phone"), "{status}");
    assert!(status.contains("uContact is not loaded yet; nothing was sent."));
}

#[wasm_bindgen_test]
async fn call_again_fills_the_form_and_focuses_its_button_sending_nothing() {
    let interaction = Rc::new(Interaction {
        assignment: Some(Assignment {
            campaign: "Support".into(),
            channel: "WhatsApp".into(),
            client_id: "C-77".into(),
            at: 0,
        }),
        ..Interaction::new("g".into())
    });
    let sent: Sent = Rc::default();
    let form = props(Dials::default(), false, None, &sent);
    let root = mount_content(
        Setup::default(),
        html! { <><DialForm ..form /><CallAgain {interaction} /></> },
    )
    .await;
    yew::scheduler::flush().await;
    let value = |id: &str| one(&root, id).unchecked_into::<HtmlInputElement>().value();
    assert_eq!(
        [
            value("#ck-dial-campaign"),
            value("#ck-dial-channel"),
            value("#ck-dial-client")
        ],
        ["Support", "WhatsApp", "C-77"]
    );
    let focused = crate::support::document().active_element().unwrap();
    assert_eq!(focused, one(&root, "button[type=submit]"));
    assert!(sent.borrow().is_empty());
    submit(&root).await;
    assert_eq!(sent.borrow().len(), 1);
}
