//! The panel's keyboard shortcuts (`crate::shortcuts`) carried out: `?` the help, `/` the
//! history's search, `d` the dial form, `r` the report, `j`/`k` the next/previous row.

use yew::prelude::*;

use crate::shortcuts::Shortcut;
use crate::web::focus::{focus_soon, move_focus};
use crate::web::hooks::{UseToggleHandle, use_shortcuts};
use crate::web::mount::use_mount;

/// Listens for the shortcuts; returns how many times the help was asked for by key.
#[hook]
pub fn use_keyboard(reporting: UseToggleHandle, collapsed: UseToggleHandle) -> u32 {
    let help_asked = use_state(|| 0u32);
    let root = use_mount().root();
    let onshortcut = {
        let help_asked = help_asked.clone();
        use_callback(
            (reporting.get(), collapsed.get(), *help_asked),
            move |shortcut: Shortcut, &(shown, folded, asked)| {
                let reveal = |reporting_too: bool| {
                    if folded {
                        collapsed.set(false);
                    }
                    if reporting_too && shown {
                        reporting.set(false);
                    }
                };
                match shortcut {
                    Shortcut::Help => help_asked.set(asked.wrapping_add(1)),
                    Shortcut::Report => {
                        reveal(false);
                        reporting.flip();
                    }
                    Shortcut::Search => {
                        reveal(true);
                        focus_soon(root.clone(), ".ck-lists input[type=search]");
                    }
                    Shortcut::Dial => {
                        reveal(false);
                        focus_soon(root.clone(), ".ck-dock input");
                    }
                    Shortcut::Next | Shortcut::Previous if !shown && !folded => {
                        move_focus(root.as_ref(), shortcut);
                    }
                    Shortcut::Next | Shortcut::Previous => {}
                }
            },
        )
    };
    use_shortcuts(onshortcut);
    *help_asked
}
