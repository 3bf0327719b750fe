//! The dial form validates before anything is sent, and hands over exactly what was typed,
//! trimmed.

use std::cell::RefCell;
use std::rc::Rc;

use ucontact_cockpit::i18n::Locale;
use ucontact_cockpit::protocol::StartInteraction;
use ucontact_cockpit::state::DialReceipt;
use ucontact_cockpit::web::components::{DialForm, DialFormProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlFormElement, HtmlInputElement};
use yew::Callback;

use crate::support::{all, mount, one, text, type_value};

type Sent = Rc<RefCell<Vec<StartInteraction>>>;

async fn form(receipt: Option<DialReceipt>, accept: bool) -> (Element, Sent) {
    let sent: Sent = Rc::default();
    let ondial = {
        let sent = sent.clone();
        Callback::from(move |request| {
            sent.borrow_mut().push(request);
            accept
        })
    };
    let root = mount::<DialForm>(DialFormProps {
        campaigns: Rc::new(vec!["Sales".into(), "Support".into()]),
        channels: Rc::new(vec!["Phone".into()]),
        locale: Locale::default(),
        receipt,
        ondial,
    })
    .await;
    (root, sent)
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
    let (root, _) = form(None, true).await;
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
    assert_eq!(options, ["Sales", "Support"]);
    assert_eq!(
        one(&root, "#ck-dial-campaign")
            .get_attribute("list")
            .as_deref(),
        Some("ck-campaigns")
    );
}

#[wasm_bindgen_test]
async fn an_invalid_form_sends_nothing_and_says_why() {
    let (root, sent) = form(None, true).await;
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
    let (root, sent) = form(None, true).await;
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
async fn the_receipt_and_an_unavailable_ucontact_are_shown() {
    let request = StartInteraction::new("Sales", "Phone", "42").unwrap();
    let (root, _) = form(Some(DialReceipt { at: 0, request }), true).await;
    let status = text(&root, "[role=status]");
    assert!(
        status.starts_with("Request sent to uContact: Sales · Phone · 42 at "),
        "{status}"
    );

    let (root, sent) = form(None, false).await;
    type_into(&root, "Campaign", "Sales");
    type_into(&root, "Channel", "Phone");
    type_into(&root, "Client ID", "42");
    submit(&root).await;
    assert_eq!(sent.borrow().len(), 1);
    assert_eq!(
        text(&root, "[role=status]"),
        "uContact is not loaded yet; nothing was sent."
    );
}
