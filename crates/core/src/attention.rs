//! What draws the agent's eye: how long an interaction has gone on (emphasis at the
//! configured thresholds), and what says something new arrived while they looked elsewhere
//! (a count in the tab's title and on its icon, a mark on the collapsed panel).

use crate::state::Millis;

/// How much an active interaction's elapsed time is emphasised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Emphasis {
    Normal,
    /// Past the first threshold.
    Raised,
    /// Past the second.
    Urgent,
}

/// The emphasis for `elapsed` milliseconds with thresholds `minutes` (increasing, at most
/// two): reached at exactly a threshold.
pub fn emphasis(elapsed: Millis, minutes: &[u32]) -> Emphasis {
    let passed = minutes
        .iter()
        .take_while(|&&threshold| elapsed >= Millis::from(threshold) * 60_000)
        .count();
    match passed {
        0 => Emphasis::Normal,
        1 => Emphasis::Raised,
        _ => Emphasis::Urgent,
    }
}

/// Interactions that arrived while the agent was not looking, and whether the collapsed panel
/// should mark one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unseen {
    /// Arrived while the page was hidden.
    pub while_hidden: u64,
    /// Arrived while the panel was collapsed.
    pub while_collapsed: u64,
}

impl Unseen {
    /// `count` interactions arrived.
    pub fn arrived(self, count: u64, hidden: bool, collapsed: bool) -> Unseen {
        Unseen {
            while_hidden: if hidden {
                self.while_hidden.saturating_add(count)
            } else {
                self.while_hidden
            },
            while_collapsed: if collapsed {
                self.while_collapsed.saturating_add(count)
            } else {
                self.while_collapsed
            },
        }
    }

    /// The page is visible again.
    pub fn seen_page(self) -> Unseen {
        Unseen {
            while_hidden: 0,
            ..self
        }
    }

    /// The panel is expanded again.
    pub fn seen_panel(self) -> Unseen {
        Unseen {
            while_collapsed: 0,
            ..self
        }
    }
}

/// A count as a badge shows it: up to 99, then `99+`.
pub fn badge_text(count: u64) -> String {
    if count > 99 {
        "99+".to_owned()
    } else {
        count.to_string()
    }
}

/// The tab's title: `(2) uContact cockpit` while `unseen` arrived in a hidden page.
pub fn title(base: &str, unseen: u64) -> String {
    if unseen == 0 {
        base.to_owned()
    } else {
        format!("({}) {base}", badge_text(unseen))
    }
}

/// The page's icon (as `assets/favicon.svg`), with a red badge holding `unseen` when there is
/// any, as a `data:` URL.
pub fn favicon(unseen: u64) -> String {
    let badge = if unseen == 0 {
        String::new()
    } else {
        let text = badge_text(unseen);
        let size = if text.len() > 2 { 9 } else { 12 };
        format!(
            "<circle cx='23' cy='9' r='9' fill='%23d32f2f' stroke='%23fff' stroke-width='1.5'/>\
             <text x='23' y='13' font-family='Arial,sans-serif' font-size='{size}' \
             font-weight='700' text-anchor='middle' fill='%23fff'>{text}</text>"
        )
    };
    format!(
        "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'>\
         <rect width='32' height='32' rx='7' fill='%230b5cad'/>\
         <path d='M9 10v8a7 7 0 0 0 14 0v-8' fill='none' stroke='%23fff' stroke-width='3.5' \
         stroke-linecap='round'/>{badge}</svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_changes_exactly_at_each_threshold() {
        let minute = 60_000;
        let table = [
            (0, &[5, 15][..], Emphasis::Normal),
            (5 * minute - 1, &[5, 15], Emphasis::Normal),
            (5 * minute, &[5, 15], Emphasis::Raised),
            (15 * minute - 1, &[5, 15], Emphasis::Raised),
            (15 * minute, &[5, 15], Emphasis::Urgent),
            (600 * minute, &[5, 15], Emphasis::Urgent),
            (600 * minute, &[], Emphasis::Normal),
            (minute, &[1], Emphasis::Raised),
            (600 * minute, &[1], Emphasis::Raised),
        ];
        for (elapsed, minutes, expected) in table {
            assert_eq!(
                emphasis(elapsed, minutes),
                expected,
                "{elapsed} ms, {minutes:?}"
            );
        }
    }

    #[test]
    fn unseen_counts_only_what_arrived_out_of_sight_until_seen() {
        let unseen = Unseen::default()
            .arrived(1, false, false)
            .arrived(2, true, false)
            .arrived(1, true, true);
        assert_eq!(
            unseen,
            Unseen {
                while_hidden: 3,
                while_collapsed: 1
            }
        );
        assert_eq!(unseen.seen_page().while_hidden, 0);
        assert_eq!(unseen.seen_page().while_collapsed, 1);
        assert_eq!(unseen.seen_panel().while_collapsed, 0);
        assert_eq!(unseen.seen_panel().while_hidden, 3);
    }

    #[test]
    fn the_title_and_icon_carry_the_count() {
        assert_eq!(title("uContact cockpit", 0), "uContact cockpit");
        assert_eq!(title("uContact cockpit", 2), "(2) uContact cockpit");
        assert_eq!(title("Panel del agente", 150), "(99+) Panel del agente");
        // The badge's limit, both sides.
        for (count, text) in [(9, "9"), (10, "10"), (99, "99"), (100, "99+"), (101, "99+")] {
            assert_eq!(badge_text(count), text, "{count}");
        }
        assert!(!favicon(0).contains("circle"));
        // Two digits fit at 12 px; "99+" needs 9 px.
        for (count, size) in [(1, 12), (99, 12), (100, 9)] {
            let icon = favicon(count);
            assert!(
                icon.contains(&format!("font-size='{size}'")),
                "{count}: {icon}"
            );
            assert!(icon.contains(&format!(">{}</text>", badge_text(count))));
        }
        for count in [0, 1, 100] {
            let icon = favicon(count);
            assert!(icon.starts_with("data:image/svg+xml,<svg"));
            assert!(
                !icon.contains('#') && !icon.contains('"'),
                "safe in a data: URL"
            );
        }
    }
}
