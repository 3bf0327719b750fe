//! The list of keyboard shortcuts (`crate::shortcuts`), in a modal dialog: opened by its
//! button or by the `?` key.

use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::i18n::Texts;
use crate::shortcuts::{ALL, Shortcut};
use crate::web::context::use_cockpit;
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct ShortcutsHelpProps {
    /// Counts the times the help was asked for by key: each new count opens it.
    pub asked: u32,
}

/// What a shortcut does, in the agent's language.
pub fn describe(shortcut: Shortcut, texts: &Texts) -> &'static str {
    match shortcut {
        Shortcut::Help => texts.shortcut_help,
        Shortcut::Search => texts.shortcut_search,
        Shortcut::Dial => texts.shortcut_dial,
        Shortcut::Report => texts.shortcut_report,
        Shortcut::Next => texts.shortcut_next,
        Shortcut::Previous => texts.shortcut_previous,
    }
}

#[component]
pub fn ShortcutsHelp(props: &ShortcutsHelpProps) -> Html {
    let texts = use_cockpit().texts();
    let styles = use_styles();
    let dialog = use_node_ref();
    let open = {
        let dialog = dialog.clone();
        move || {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>()
                && !dialog.open()
            {
                let _ = dialog.show_modal();
            }
        }
    };
    {
        let open = open.clone();
        use_effect_with(props.asked, move |&asked| {
            if asked > 0 {
                open();
            }
        });
    }
    let onopen = Callback::from(move |_: MouseEvent| open());
    let onclose = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    html! {
        <>
            <button type="button" class="ck-button ck-shortcuts-button" aria-haspopup="dialog"
                onclick={onopen}>{ texts.shortcuts_button }</button>
            <dialog ref={dialog} class={style(&styles)} aria-labelledby="ck-shortcuts-title">
                <h2 id="ck-shortcuts-title">{ texts.shortcuts_heading }</h2>
                <dl>
                    { for ALL.iter().map(|(shortcut, key)| html! {
                        <div>
                            <dt><kbd>{ *key }</kbd></dt>
                            <dd>{ describe(*shortcut, texts) }</dd>
                        </div>
                    }) }
                </dl>
                <p class="ck-hint">{ texts.shortcuts_note }</p>
                <div class="ck-choices">
                    <button type="button" class="ck-button" onclick={onclose}>{ texts.close }</button>
                </div>
            </dialog>
        </>
    }
}

static_style!(
    style,
    "ck-shortcuts",
    r#"
            max-width: min(420px, calc(100vw - 32px));
            padding: 16px 18px;
            border: 1px solid var(--border);
            border-radius: 8px;
            background: var(--surface);
            color: var(--text);
            h2 { font-size: 16px; margin-bottom: 10px; }
            dl { display: grid; gap: 6px; margin: 0 0 10px; }
            dl div { display: flex; gap: 12px; align-items: baseline; }
            dt { min-width: 2.5em; }
            dd { margin: 0; }
            kbd {
                display: inline-block;
                min-width: 1.8em;
                padding: 1px 6px;
                border: 1px solid var(--border);
                border-bottom-width: 2px;
                border-radius: 4px;
                font: 600 13px ui-monospace, monospace;
                text-align: center;
                background: var(--bg);
            }
            .ck-hint { color: var(--muted); font-size: 12px; }
            .ck-choices { display: flex; justify-content: flex-end; }
            &::backdrop { background: rgba(0, 0, 0, 0.45); }
        "#
);
