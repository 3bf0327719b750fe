//! Small line icons (16 px, `currentColor`), drawn inline so they need no file and follow the
//! theme. Decorative: the control that shows one carries the name.

use yew::prelude::*;

fn icon(paths: Html) -> Html {
    html! {
        <svg class="ck-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"
            focusable="false" fill="none" stroke="currentColor" stroke-width="1.6"
            stroke-linecap="round" stroke-linejoin="round">
            { paths }
        </svg>
    }
}

/// Two sheets: copy.
pub fn copy() -> Html {
    icon(html! {
        <>
            <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
            <path d="M10.5 3.5v-.5a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 3v5A1.5 1.5 0 0 0 4 9.5h.5" />
        </>
    })
}

/// A handset: call again.
pub fn phone() -> Html {
    icon(html! {
        <path d="M5.2 2.5H3.6a1.1 1.1 0 0 0-1.1 1.2 10.5 10.5 0 0 0 9.8 9.8 1.1 1.1 0 0 0 1.2-1.1v-1.6a1 1 0 0 0-.8-1l-2-.5a1 1 0 0 0-1 .3l-.7.8a7.8 7.8 0 0 1-3.4-3.4l.8-.7a1 1 0 0 0 .3-1l-.5-2a1 1 0 0 0-1-.8z" />
    })
}

/// A box with an arrow leaving it: opens elsewhere.
pub fn external() -> Html {
    icon(html! {
        <>
            <path d="M9.5 2.5h4v4" />
            <path d="M13.5 2.5 7.5 8.5" />
            <path d="M11.5 9.5v3a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3" />
        </>
    })
}

/// A chevron pointing right; turned down by CSS when its row is open.
pub fn chevron() -> Html {
    icon(html! { <path d="M6 3.5 10.5 8 6 12.5" /> })
}

/// A bell: notifications.
pub fn bell() -> Html {
    icon(html! {
        <>
            <path d="M4 11.5V7a4 4 0 0 1 8 0v4.5l1 1H3z" />
            <path d="M6.5 14a1.5 1.5 0 0 0 3 0" />
        </>
    })
}
