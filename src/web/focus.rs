//! Moving the agent's focus and view inside the cockpit, always through the mount's root (a
//! `document` query would miss the rows inside a `<ucontact-cockpit>` element's shadow root).

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::shortcuts::{self, Shortcut};

fn nearest() -> ScrollIntoViewOptions {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Nearest);
    options
}

/// Focuses the first element under `root` that `selector` names, once the render under way
/// has put it there.
pub fn focus_soon(root: Option<HtmlElement>, selector: &'static str) {
    gloo::timers::callback::Timeout::new(0, move || {
        let target = root
            .and_then(|root| root.query_selector(selector).ok().flatten())
            .and_then(|element| element.dyn_into::<HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    })
    .forget();
}

fn rows(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let Ok(rows) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..rows.length())
        .filter_map(|index| rows.item(index))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// Moves the focus to the next or previous interaction row in the panel.
pub fn move_focus(root: Option<&HtmlElement>, shortcut: Shortcut) {
    let Some(root) = root else {
        return;
    };
    let rows = rows(root, ".ck-lists li.ck-row");
    let current = rows
        .iter()
        .position(|row| row.matches(":focus-within").unwrap_or(false));
    if let Some(row) = shortcuts::step(current, rows.len(), shortcut).and_then(|i| rows.get(i)) {
        row.scroll_into_view_with_scroll_into_view_options(&nearest());
        let _ = row.focus();
    }
}

/// Scrolls the row of interaction `guid` into view, and focuses it when asked.
pub fn show_row(root: Option<&HtmlElement>, guid: &str, focus: bool) {
    let Some(root) = root else {
        return;
    };
    let row = rows(root, ".ck-panel li.ck-row[data-guid]")
        .into_iter()
        .find(|row| row.get_attribute("data-guid").as_deref() == Some(guid));
    if let Some(row) = row {
        row.scroll_into_view_with_scroll_into_view_options(&nearest());
        if focus {
            let _ = row.focus();
        }
    }
}
