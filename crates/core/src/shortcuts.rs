//! The cockpit's keyboard shortcuts: one key each, never while the agent types in a field, never
//! with Ctrl, Alt or Meta held (those belong to the browser and the system). Each has a button
//! or a field that does the same without it.

/// What a shortcut does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Shows the list of shortcuts.
    Help,
    /// Focuses the history's search field.
    Search,
    /// Focuses the dial form's first field.
    Dial,
    /// Opens the report, or closes it.
    Report,
    /// Moves the focus to the next interaction in the panel.
    Next,
    /// Moves the focus to the previous interaction.
    Previous,
}

/// Every shortcut with its key, in the order the help lists them.
pub const ALL: [(Shortcut, &str); 6] = [
    (Shortcut::Search, "/"),
    (Shortcut::Dial, "d"),
    (Shortcut::Report, "r"),
    (Shortcut::Next, "j"),
    (Shortcut::Previous, "k"),
    (Shortcut::Help, "?"),
];

/// A key pressed, as the browser reports it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Press<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    pub ctrl: bool,
    pub alt: bool,
    pub meta: bool,
    /// The focus is in a text field, a select, or editable content.
    pub typing: bool,
    /// Another handler already acted on the key (`defaultPrevented`), or it repeats.
    pub handled: bool,
}

/// The shortcut a key press means, if any.
pub fn shortcut(press: Press) -> Option<Shortcut> {
    if press.typing || press.ctrl || press.alt || press.meta || press.handled {
        return None;
    }
    ALL.iter()
        .find(|(_, key)| key.eq_ignore_ascii_case(press.key))
        .map(|(shortcut, _)| *shortcut)
}

/// Where the focus goes among `count` interactions from `current` (its index, if the focus is
/// on one): the first or the last when it is on none; it stays at either end.
pub fn step(current: Option<usize>, count: usize, shortcut: Shortcut) -> Option<usize> {
    let last = count.checked_sub(1)?;
    Some(match (shortcut, current) {
        (Shortcut::Next, None) => 0,
        (Shortcut::Previous, None) => last,
        (Shortcut::Next, Some(index)) => (index + 1).min(last),
        (Shortcut::Previous, Some(index)) => index.saturating_sub(1).min(last),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_shortcuts_only_when_not_typing_and_without_modifiers() {
        let key = |key| Press {
            key,
            ..Press::default()
        };
        let table: &[(Press, Option<Shortcut>)] = &[
            (key("?"), Some(Shortcut::Help)),
            (key("/"), Some(Shortcut::Search)),
            (key("d"), Some(Shortcut::Dial)),
            (key("D"), Some(Shortcut::Dial)),
            (key("r"), Some(Shortcut::Report)),
            (key("j"), Some(Shortcut::Next)),
            (key("k"), Some(Shortcut::Previous)),
            (key("x"), None),
            (key("Enter"), None),
            (key(""), None),
            (key("dd"), None),
            (
                Press {
                    typing: true,
                    ..key("r")
                },
                None,
            ),
            (
                Press {
                    typing: true,
                    ..key("?")
                },
                None,
            ),
            (
                Press {
                    ctrl: true,
                    ..key("r")
                },
                None,
            ),
            (
                Press {
                    alt: true,
                    ..key("d")
                },
                None,
            ),
            (
                Press {
                    meta: true,
                    ..key("k")
                },
                None,
            ),
            (
                Press {
                    handled: true,
                    ..key("j")
                },
                None,
            ),
        ];
        for (press, expected) in table {
            assert_eq!(shortcut(*press), *expected, "{press:?}");
        }
    }

    #[test]
    fn next_and_previous_stop_at_either_end() {
        let table = [
            (None, 3, Shortcut::Next, Some(0)),
            (None, 3, Shortcut::Previous, Some(2)),
            (Some(0), 3, Shortcut::Next, Some(1)),
            (Some(2), 3, Shortcut::Next, Some(2)),
            (Some(0), 3, Shortcut::Previous, Some(0)),
            (Some(2), 3, Shortcut::Previous, Some(1)),
            (Some(7), 3, Shortcut::Previous, Some(2)),
            (None, 0, Shortcut::Next, None),
            (Some(1), 3, Shortcut::Report, None),
        ];
        for (current, count, shortcut, expected) in table {
            assert_eq!(
                step(current, count, shortcut),
                expected,
                "{current:?} of {count}, {shortcut:?}"
            );
        }
    }

    #[test]
    fn every_shortcut_has_one_key() {
        for (index, (shortcut, key)) in ALL.iter().enumerate() {
            assert_eq!(ALL.iter().filter(|(other, _)| other == shortcut).count(), 1);
            assert_eq!(ALL.iter().position(|(_, other)| other == key), Some(index));
        }
    }
}
