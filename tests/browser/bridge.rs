//! The cockpit and its bridge with a real frame: only messages from the uContact frame's
//! window and origin change anything; language and theme follow uContact; a dial reaches the
//! frame with the exact message.
//!
//! The frame is `about:blank`, which shares this page's origin, so the test can post from inside
//! it: what arrives has the frame's window as `source`, exactly as uContact's messages do.

use std::rc::Rc;

use js_sys::{Function, Reflect};
use ucontact_cockpit::config::Config;
use ucontact_cockpit::i18n::Locale;
use ucontact_cockpit::web::components::{CockpitPage, CockpitPageProps};
use ucontact_cockpit::web::integrations::framed::Framing;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlIFrameElement};

use crate::support::{
    Mounted, all, computed, deliver, document, mount_alone, one, text, type_value, window,
};

/// The configuration of a cockpit whose uContact is an `about:blank` frame.
pub fn blank_config() -> Config {
    Config {
        ucontact_url: "about:blank".into(),
        ucontact_origin: window().location().origin().unwrap(),
        campaigns: vec![],
        channels: vec![],
        screen_pop: None,
        is_simulator_default: false,
        ..Config::simulator_default()
    }
}

/// A cockpit with nothing saved from earlier tests, and its frame's window.
async fn cockpit() -> (Mounted, JsValue) {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    std::mem::forget(
        mount_alone::<ucontact_cockpit::web::styles::GlobalStyle>(Default::default()).await,
    );
    let root = mount_alone::<CockpitPage>(CockpitPageProps {
        config: Rc::new(blank_config()),
        locale: Locale::default(),
        took_charge: false,
        alone: false,
        framing: Framing::None,
        fresh: false,
    })
    .await;
    let frame: HtmlIFrameElement = one(&root, "iframe#uContact").unchecked_into();
    let frame_window: JsValue = frame.content_window().unwrap().into();
    (root, frame_window)
}

/// Runs `body` (JavaScript, with `message` in scope) inside the frame's realm.
pub fn in_frame(frame_window: &JsValue, body: &str, message: &str) {
    let constructor: Function = Reflect::get(frame_window, &"Function".into())
        .unwrap()
        .unchecked_into();
    let function: Function = Reflect::construct(
        &constructor,
        &js_sys::Array::of2(&"message".into(), &body.into()),
    )
    .unwrap()
    .unchecked_into();
    function.call1(&JsValue::NULL, &message.into()).unwrap();
}

pub async fn from_frame(frame_window: &JsValue, message: &str) {
    deliver(|| {
        in_frame(
            frame_window,
            "parent.postMessage(JSON.parse(message), '*')",
            message,
        )
    })
    .await;
}

/// Opens the inspector, whose list is built only while it is open.
async fn open_inspector(root: &Element) {
    let details: web_sys::HtmlDetailsElement = one(root, "#ck-inspector").unchecked_into();
    let toggled = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        details
            .add_event_listener_with_callback_and_add_event_listener_options(
                "toggle", &resolve, &options,
            )
            .unwrap();
    });
    details.set_open(true);
    wasm_bindgen_futures::JsFuture::from(toggled).await.unwrap();
    yew::scheduler::flush().await;
}

fn counts(root: &Element) -> (String, String) {
    let inspector = one(root, "#ck-inspector");
    (
        inspector.get_attribute("data-accepted").unwrap(),
        inspector.get_attribute("data-rejected").unwrap(),
    )
}

const ASSIGNED: &str = r#"{"event":"assignedInteraction","data":{"guid":"g-1","campaign":"Sales","channel":"Phone","clientId":"42"}}"#;

#[wasm_bindgen_test]
async fn renders_the_frame_as_ucontact_expects() {
    let (root, _) = cockpit().await;
    let frame = one(&root, "iframe");
    assert_eq!(frame.id(), "uContact");
    assert_eq!(
        frame.get_attribute("allow").as_deref(),
        Some("camera; microphone; autoplay; clipboard-write")
    );
    assert_eq!(
        frame.get_attribute("title").as_deref(),
        Some("uContact agent application")
    );
    assert_eq!(frame.get_attribute("src").as_deref(), Some("about:blank"));
}

#[wasm_bindgen_test]
async fn events_from_the_frame_update_the_panel() {
    let (root, frame) = cockpit().await;
    from_frame(&frame, ASSIGNED).await;
    assert_eq!(
        all(&root, "section[aria-labelledby=ck-active-heading] li").len(),
        1
    );
    assert_eq!(counts(&root), ("1".into(), "0".into()));
    from_frame(&frame, r#"{"event":"finishedInteraction","data":{"guid":"g-1","finishDate":"2024-05-10 14:33:12"}}"#).await;
    assert!(all(&root, "section[aria-labelledby=ck-active-heading] li").is_empty());
    assert_eq!(
        text(
            &root,
            "section[aria-labelledby=ck-history-heading] .ck-guid"
        ),
        "g-1"
    );
}

#[wasm_bindgen_test]
async fn messages_from_elsewhere_are_counted_and_change_nothing() {
    let (root, frame) = cockpit().await;
    // The page itself: right origin, wrong source.
    deliver(|| {
        window()
            .post_message(&js_sys::JSON::parse(ASSIGNED).unwrap(), "*")
            .unwrap()
    })
    .await;
    // The frame, but not a message at all.
    from_frame(&frame, r#""hello""#).await;
    assert!(all(&root, "section[aria-labelledby=ck-active-heading] li").is_empty());
    assert_eq!(counts(&root), ("0".into(), "2".into()));
    open_inspector(&root).await;
    let reasons: Vec<String> = all(&root, "#ck-inspector .ck-detail")
        .iter()
        .map(|d| d.text_content().unwrap())
        .collect();
    assert_eq!(
        reasons,
        [
            "the message is text, not an object",
            "not sent by the uContact frame"
        ]
    );
}

#[wasm_bindgen_test]
async fn language_follows_ucontact_with_fallbacks() {
    let (root, frame) = cockpit().await;
    from_frame(&frame, r#"{"event":"changedLanguage","data":"es-UY"}"#).await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("es-UY"));
    assert_eq!(text(&root, "#ck-active-heading"), "Interacciones activas");
    assert_eq!(text(&root, "button[type=submit]"), "Iniciar interacción");
    assert_eq!(document().title(), "Panel de uContact");
    from_frame(&frame, r#"{"event":"changedLanguage","data":"pt-BR"}"#).await;
    assert_eq!(text(&root, "#ck-history-heading"), "Histórico");
    from_frame(&frame, r#"{"event":"changedLanguage","data":"fr"}"#).await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(text(&root, "#ck-active-heading"), "Active interactions");
}

#[wasm_bindgen_test]
async fn theme_follows_ucontact_and_a_hostile_colour_changes_nothing() {
    let (root, frame) = cockpit().await;
    let button = one(&root, "button[type=submit]");
    from_frame(
        &frame,
        r#"{"event":"changedTheme","data":{"dark":true,"primary":"rgb(200, 30, 40)"}}"#,
    )
    .await;
    assert_eq!(computed(&button, "background-color"), "rgb(200, 30, 40)");
    let styles = crate::support::style_elements();
    from_frame(
        &frame,
        r#"{"event":"changedTheme","data":{"dark":false,"primary":"red;} body{display:none"}}"#,
    )
    .await;
    assert_eq!(computed(&button, "background-color"), "rgb(200, 30, 40)");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("data-theme")
            .as_deref(),
        Some("dark")
    );
    assert_eq!(crate::support::style_elements(), styles);
    assert_eq!(counts(&root), ("1".into(), "1".into()));
}

#[wasm_bindgen_test]
async fn a_dial_reaches_the_frame_exactly() {
    let (root, frame) = cockpit().await;
    in_frame(
        &frame,
        "window.received = []; window.addEventListener('message', e => window.received.push([e.origin, JSON.stringify(e.data)]))",
        "",
    );
    for (id, value) in [
        ("#ck-dial-campaign", "Sales"),
        ("#ck-dial-channel", "Phone"),
        ("#ck-dial-client", "42"),
    ] {
        type_value(&one(&root, id).unchecked_into(), value);
    }
    yew::scheduler::flush().await;
    let form: web_sys::HtmlFormElement = one(&root, "form").unchecked_into();
    // The frame's window receives the message in a task of its own: wait for it there.
    let arrived = js_sys::Promise::new(&mut |resolve, _| {
        let target: web_sys::EventTarget = frame.clone().unchecked_into();
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        target
            .add_event_listener_with_callback_and_add_event_listener_options(
                "message", &resolve, &options,
            )
            .unwrap();
    });
    form.request_submit().unwrap();
    wasm_bindgen_futures::JsFuture::from(arrived).await.unwrap();
    yew::scheduler::flush().await;
    let received = Reflect::get(&frame, &"received".into()).unwrap();
    let first = Reflect::get(&received, &0.into()).unwrap();
    let origin = Reflect::get(&first, &0.into())
        .unwrap()
        .as_string()
        .unwrap();
    let data = Reflect::get(&first, &1.into())
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(origin, window().location().origin().unwrap());
    assert_eq!(
        data,
        r#"{"event":"startInteraction","data":{"campaign":"Sales","channel":"Phone","clientId":"42"}}"#
    );
    let status = text(&root, ".ck-dock [role=status]");
    assert!(
        status.starts_with("Waiting for uContact42 · Sales · Phone"),
        "{status}"
    );
}
