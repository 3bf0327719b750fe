//! A cockpit that goes away (a reload, another tab taking over) saves what it holds; the next
//! one restores it before its first paint, active interactions marked as restored. Unusable
//! storage boots a clean cockpit with a notice.

use std::rc::Rc;

use ucontact_cockpit::i18n::Locale;
use ucontact_cockpit::storage::KEY;
use ucontact_cockpit::web::components::{CockpitPage, CockpitPageProps};
use ucontact_cockpit::web::integrations::framed::Framing;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlIFrameElement, Storage};

use crate::bridge::{blank_config, from_frame};
use crate::support::{all, document, one, text, window};

fn storage() -> Storage {
    window().local_storage().unwrap().unwrap()
}

async fn mount_cockpit() -> (Element, yew::AppHandle<CockpitPage>) {
    mount_cockpit_fresh(false).await
}

/// `fresh`: as a tab that took charge with no tab of the cockpit open before it.
async fn mount_cockpit_fresh(fresh: bool) -> (Element, yew::AppHandle<CockpitPage>) {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<CockpitPage>::with_root_and_props(
        root.clone(),
        CockpitPageProps {
            config: Rc::new(blank_config()),
            locale: Locale::default(),
            took_charge: false,
            alone: false,
            framing: Framing::None,
            fresh,
        },
    )
    .render();
    yew::scheduler::flush().await;
    (root, handle)
}

fn frame_window(root: &Element) -> wasm_bindgen::JsValue {
    one(root, "iframe")
        .unchecked_into::<HtmlIFrameElement>()
        .content_window()
        .unwrap()
        .into()
}

#[wasm_bindgen_test]
async fn what_a_cockpit_held_comes_back_in_the_next() {
    storage().clear().unwrap();
    let (root, handle) = mount_cockpit().await;
    let frame = frame_window(&root);
    for message in [
        r#"{"event":"assignedInteraction","data":{"guid":"still-on","campaign":"Sales","channel":"Phone","clientId":"1"}}"#,
        r#"{"event":"assignedInteraction","data":{"guid":"done","campaign":"Support","channel":"Email","clientId":"2"}}"#,
        r#"{"event":"finishedInteraction","data":{"guid":"done","finishDate":"2024-05-10 14:33:12"}}"#,
        r#"{"event":"changedLanguage","data":"es-UY"}"#,
    ] {
        from_frame(&frame, message).await;
    }
    // Going away saves at once, without waiting for the periodic save.
    handle.destroy();
    yew::scheduler::flush().await;
    assert!(storage().get_item(KEY).unwrap().is_some());

    let (root, _handle) = mount_cockpit().await;
    let active = all(
        &root,
        "section[aria-labelledby=ck-active-heading] li.ck-row",
    );
    assert_eq!(active.len(), 1);
    assert_eq!(text(&active[0], ".ck-guid"), "still-on");
    assert_eq!(
        text(&active[0], ".ck-restored"),
        "Restaurada tras recargar",
        "in the restored language"
    );
    assert_eq!(
        text(
            &root,
            "section[aria-labelledby=ck-history-heading] .ck-guid"
        ),
        "done"
    );
    assert!(
        all(&root, ".ck-storage").is_empty(),
        "no notice when all went well"
    );
}

#[wasm_bindgen_test]
async fn unusable_storage_boots_clean_with_a_notice() {
    for (stored, notice) in [
        (
            "{not json",
            "The cockpit saved in this browser could not be used (it is not readable), so it starts empty.",
        ),
        (
            r#"{"app":"ucontact-cockpit","version":9}"#,
            "The cockpit saved in this browser could not be used (it was written by an incompatible version, format 9), so it starts empty.",
        ),
        (
            r#"{"app":"someone-else"}"#,
            "The cockpit saved in this browser could not be used (it was written by another application), so it starts empty.",
        ),
    ] {
        storage().set_item(KEY, stored).unwrap();
        let (root, handle) = mount_cockpit().await;
        assert_eq!(text(&root, ".ck-storage"), notice);
        assert!(all(&root, "li.ck-row").is_empty());
        handle.destroy();
        yew::scheduler::flush().await;
    }
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_fresh_start_on_a_stored_shift_asks_first_and_shows_nothing_of_it() {
    for (answer, rows) in [(".ck-primary", 1), (".ck-button", 0)] {
        storage().clear().unwrap();
        let (root, handle) = mount_cockpit().await;
        from_frame(
            &frame_window(&root),
            r#"{"event":"assignedInteraction","data":{"guid":"left-open","campaign":"Sales","channel":"Phone","clientId":"59899000111"}}"#,
        )
        .await;
        handle.destroy();
        yew::scheduler::flush().await;

        let (root, handle) = mount_cockpit_fresh(true).await;
        assert!(root.query_selector("#ck-shift-question").unwrap().is_some());
        assert!(
            root.query_selector("iframe").unwrap().is_none(),
            "no uContact yet"
        );
        let shown = root.text_content().unwrap_or_default();
        assert!(
            !shown.contains("59899000111"),
            "nothing of the shift: {shown}"
        );
        one(&root, &format!("#ck-shift-question {answer}"))
            .unchecked_into::<web_sys::HtmlElement>()
            .click();
        yew::scheduler::flush().await;
        assert!(root.query_selector("iframe#uContact").unwrap().is_some());
        assert_eq!(all(&root, "li.ck-row").len(), rows, "{answer}");
        if rows == 0 {
            assert!(storage().get_item(KEY).unwrap().is_none(), "ended: deleted");
        }
        handle.destroy();
        yew::scheduler::flush().await;
    }
    storage().clear().unwrap();
}
