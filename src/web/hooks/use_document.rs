//! Keeps the cockpit's root in step with it — theme custom properties and `lang` — and, on its
//! own page only, the document title and the tab's icon (both carry the count of interactions
//! that arrived while the page was hidden). In a host page the title and icon are the host's.

use wasm_bindgen::JsCast;
use web_sys::HtmlLinkElement;
use yew::prelude::*;

use crate::attention;
use crate::i18n::Locale;
use crate::state::Theme;
use crate::web::mount::use_mount;
use crate::web::styles;

/// The icon's own address, kept while the tab shows a badged one.
const PLAIN_ICON: &str = "data-plain-href";

#[hook]
pub fn use_document(theme: Theme, locale: Locale, unseen: u64) {
    let mount = use_mount();
    let root = mount.root();
    {
        let root = root.clone();
        use_effect_with(theme, move |theme| {
            if let Some(root) = root {
                styles::apply_theme(theme, &root);
            }
        });
    }
    use_effect_with(locale.clone(), move |locale| {
        if let Some(root) = root {
            let _ = root.set_attribute("lang", &locale.tag);
        }
    });
    let owns_page = mount.owns_page();
    use_effect_with((locale.lang, unseen), move |&(lang, unseen)| {
        let Some(document) = document().filter(|_| owns_page) else {
            return;
        };
        document.set_title(&attention::title(lang.texts().app_title, unseen));
        let icon = document
            .query_selector("link[rel~='icon']")
            .ok()
            .flatten()
            .and_then(|link| link.dyn_into::<HtmlLinkElement>().ok());
        if let Some(icon) = icon {
            if unseen > 0 {
                if icon.get_attribute(PLAIN_ICON).is_none() {
                    let plain = icon.get_attribute("href").unwrap_or_default();
                    let _ = icon.set_attribute(PLAIN_ICON, &plain);
                }
                icon.set_href(&attention::favicon(unseen));
            } else if let Some(plain) = icon.get_attribute(PLAIN_ICON) {
                icon.set_href(&plain);
                let _ = icon.remove_attribute(PLAIN_ICON);
            }
        }
    });
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
