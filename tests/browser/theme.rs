//! A theme restyles through custom properties only: computed colours change, `<style>`
//! elements do not multiply.

use ucontact_cockpit::color::Color;
use ucontact_cockpit::palette::{DARK, LIGHT};
use ucontact_cockpit::state::Theme;
use ucontact_cockpit::web::components::{DialForm, DialFormProps};
use ucontact_cockpit::web::styles::GlobalStyle;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Callback;

use crate::support::{
    Mounted, apply_theme, computed, document, mount, mount_alone, one, style_elements,
};

fn rgb(color: Color) -> String {
    format!("rgb({}, {}, {})", color.r, color.g, color.b)
}

/// The dial form under the global style (kept: its stylesheet outlives it, as on a page).
async fn styled_form() -> Mounted {
    std::mem::forget(mount_alone::<GlobalStyle>(Default::default()).await);
    mount::<DialForm>(DialFormProps {
        dials: Default::default(),
        silent: false,
        refusal: None,
        ondial: Callback::noop(),
        onshow: Callback::noop(),
    })
    .await
}

#[wasm_bindgen_test]
async fn primary_colours_the_button_with_readable_text() {
    let root = styled_form().await;
    let button = one(&root, "button[type=submit]");
    let yellow = Color::rgb(0xff, 0xeb, 0x3b);
    apply_theme(&Theme {
        dark: false,
        primary: Some(yellow),
    });
    assert_eq!(computed(&button, "background-color"), rgb(yellow));
    assert_eq!(computed(&button, "color"), rgb(Color::BLACK));
    let navy = Color::rgb(0, 0, 0x80);
    apply_theme(&Theme {
        dark: false,
        primary: Some(navy),
    });
    assert_eq!(computed(&button, "background-color"), rgb(navy));
    assert_eq!(computed(&button, "color"), rgb(Color::WHITE));
}

#[wasm_bindgen_test]
async fn dark_switches_the_palette_and_the_page_background() {
    let root = styled_form().await;
    let body = document().body().unwrap();
    apply_theme(&Theme {
        dark: true,
        primary: None,
    });
    assert_eq!(computed(&body, "background-color"), rgb(DARK.background));
    assert_eq!(
        computed(&one(&root, "input"), "background-color"),
        rgb(DARK.background)
    );
    assert_eq!(
        computed(&one(&root, "button[type=submit]"), "background-color"),
        rgb(DARK.accent)
    );
    apply_theme(&Theme {
        dark: false,
        primary: None,
    });
    assert_eq!(computed(&body, "background-color"), rgb(LIGHT.background));
}

#[wasm_bindgen_test]
async fn theme_changes_add_no_style_elements() {
    let root = styled_form().await;
    let before = style_elements();
    for n in 0..200u8 {
        apply_theme(&Theme {
            dark: n % 2 == 0,
            primary: Some(Color::rgb(n, 255 - n, n / 3)),
        });
    }
    yew::scheduler::flush().await;
    assert_eq!(style_elements(), before);
    assert_eq!(
        computed(&one(&root, "button[type=submit]"), "background-color"),
        rgb(Color::rgb(199, 56, 66))
    );
}
