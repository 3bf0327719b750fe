//! Keeps the page itself in step with the cockpit: theme custom properties, `<html lang>` and
//! the document title.

use yew::prelude::*;

use crate::i18n::Locale;
use crate::state::Theme;
use crate::web::styles;

#[hook]
pub fn use_document(theme: Theme, locale: Locale) {
    use_effect_with(theme, styles::apply_theme);
    use_effect_with(locale, |locale| {
        let document = web_sys::window().and_then(|window| window.document());
        if let Some(document) = document {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", &locale.tag);
            }
            document.set_title(locale.lang.texts().app_title);
        }
    });
}
