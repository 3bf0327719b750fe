//! Which `<ucontact-cockpit>` of a page runs the cockpit, as a pure state machine like the tab
//! election: the element's JavaScript class reports each element connected and disconnected;
//! the machine says which to start, stop, or show the "already on this page" notice in, and the
//! browser side (`src/web/element.rs`) only carries that out.
//!
//! - One per page: the first element connected runs the cockpit; another waits behind it,
//!   showing a notice, and takes over (by itself) when the first goes.
//! - A disconnection is carried out after the current task ([`Effect::SettleLater`]), and only
//!   if the element is not back by then: an element moved in the page (removed and added in one
//!   task) keeps running.
//! - An element swapped for another in one task (`old.replaceWith(new)`, a framework changing the
//!   element's key, a route rendering its own), in either order of disconnection and connection,
//!   leaves the new one running.
//! - A changed `config` attribute restarts the element that runs.

use std::collections::{BTreeSet, VecDeque};

/// An element of the page, as the browser side numbers them.
pub type ElementId = u64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Connected(ElementId),
    Disconnected(ElementId),
    /// The task in which `id` was disconnected has ended.
    Settled(ElementId),
    ConfigChanged(ElementId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Run the cockpit in this element.
    Start(ElementId),
    /// Stop the cockpit in it (it saves on its way out).
    Stop(ElementId),
    /// Say the cockpit is already on this page.
    ShowNotice(ElementId),
    ClearNotice(ElementId),
    /// Report [`Input::Settled`] once the current task has ended.
    SettleLater(ElementId),
}

/// The page's elements.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Elements {
    running: Option<ElementId>,
    /// Elements waiting to run, first come first.
    waiting: VecDeque<ElementId>,
    /// Disconnected in the current task; their removal is not carried out yet.
    leaving: BTreeSet<ElementId>,
}

impl Elements {
    /// The element running the cockpit.
    pub fn running(&self) -> Option<ElementId> {
        self.running
    }

    pub fn step(&mut self, input: Input) -> Vec<Effect> {
        let mut effects = Vec::new();
        match input {
            Input::Connected(id) => {
                if self.leaving.remove(&id) || self.running == Some(id) {
                    // Moved: it goes on as it was (running, or waiting).
                    return effects;
                }
                if self.running.is_none() {
                    self.running = Some(id);
                    effects.push(Effect::Start(id));
                } else if !self.waiting.contains(&id) {
                    self.waiting.push_back(id);
                    effects.push(Effect::ShowNotice(id));
                }
            }
            Input::Disconnected(id) => {
                if self.running == Some(id) || self.waiting.contains(&id) {
                    self.leaving.insert(id);
                    effects.push(Effect::SettleLater(id));
                }
            }
            Input::Settled(id) => {
                if !self.leaving.remove(&id) {
                    // Back in the page meanwhile.
                    return effects;
                }
                if let Some(index) = self.waiting.iter().position(|w| *w == id) {
                    self.waiting.remove(index);
                    effects.push(Effect::ClearNotice(id));
                }
                if self.running == Some(id) {
                    self.running = None;
                    effects.push(Effect::Stop(id));
                    // The first waiting element that is still in the page takes over.
                    let next = self.waiting.iter().position(|w| !self.leaving.contains(w));
                    if let Some(next) = next.and_then(|index| self.waiting.remove(index)) {
                        self.running = Some(next);
                        effects.push(Effect::ClearNotice(next));
                        effects.push(Effect::Start(next));
                    }
                }
            }
            Input::ConfigChanged(id) => {
                if self.running == Some(id) && !self.leaving.contains(&id) {
                    effects.push(Effect::Stop(id));
                    effects.push(Effect::Start(id));
                }
            }
        }
        effects
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Effect::*;
    use Input::*;

    /// Runs `inputs` from a page with no element; returns every effect, and who runs.
    fn story(inputs: &[Input]) -> (Vec<Effect>, Option<ElementId>) {
        let mut elements = Elements::default();
        let effects = inputs
            .iter()
            .flat_map(|&input| elements.step(input))
            .collect();
        (effects, elements.running())
    }

    #[test]
    fn lifecycle_stories() {
        type Story<'a> = (&'a str, &'a [Input], &'a [Effect], Option<ElementId>);
        let table: &[Story] = &[
            ("one element starts", &[Connected(1)], &[Start(1)], Some(1)),
            (
                "a second one waits behind a notice",
                &[Connected(1), Connected(2)],
                &[Start(1), ShowNotice(2)],
                Some(1),
            ),
            (
                "removed: stopped after the task",
                &[Connected(1), Disconnected(1), Settled(1)],
                &[Start(1), SettleLater(1), Stop(1)],
                None,
            ),
            (
                "moved: removed and added in one task keeps running",
                &[Connected(1), Disconnected(1), Connected(1), Settled(1)],
                &[Start(1), SettleLater(1)],
                Some(1),
            ),
            (
                "the first removed: the waiting one takes over by itself",
                &[Connected(1), Connected(2), Disconnected(1), Settled(1)],
                &[
                    Start(1),
                    ShowNotice(2),
                    SettleLater(1),
                    Stop(1),
                    ClearNotice(2),
                    Start(2),
                ],
                Some(2),
            ),
            (
                "swapped, the old disconnected first (replaceWith)",
                &[Connected(1), Disconnected(1), Connected(2), Settled(1)],
                &[
                    Start(1),
                    SettleLater(1),
                    ShowNotice(2),
                    Stop(1),
                    ClearNotice(2),
                    Start(2),
                ],
                Some(2),
            ),
            (
                "swapped, the new connected first",
                &[Connected(1), Connected(2), Disconnected(1), Settled(1)],
                &[
                    Start(1),
                    ShowNotice(2),
                    SettleLater(1),
                    Stop(1),
                    ClearNotice(2),
                    Start(2),
                ],
                Some(2),
            ),
            (
                "a waiting element removed stops waiting",
                &[
                    Connected(1),
                    Connected(2),
                    Disconnected(2),
                    Settled(2),
                    Disconnected(1),
                    Settled(1),
                ],
                &[
                    Start(1),
                    ShowNotice(2),
                    SettleLater(2),
                    ClearNotice(2),
                    SettleLater(1),
                    Stop(1),
                ],
                None,
            ),
            (
                "of two waiting, one removed in the same task, the other takes over",
                &[
                    Connected(1),
                    Connected(2),
                    Connected(3),
                    Disconnected(1),
                    Disconnected(2),
                    Settled(1),
                    Settled(2),
                ],
                &[
                    Start(1),
                    ShowNotice(2),
                    ShowNotice(3),
                    SettleLater(1),
                    SettleLater(2),
                    Stop(1),
                    ClearNotice(3),
                    Start(3),
                    ClearNotice(2),
                ],
                Some(3),
            ),
            (
                "a changed config restarts the running one only",
                &[
                    Connected(1),
                    Connected(2),
                    ConfigChanged(1),
                    ConfigChanged(2),
                ],
                &[Start(1), ShowNotice(2), Stop(1), Start(1)],
                Some(1),
            ),
            (
                "connected twice, disconnected twice: no double start or stop",
                &[
                    Connected(1),
                    Connected(1),
                    Disconnected(1),
                    Disconnected(1),
                    Settled(1),
                    Settled(1),
                ],
                &[Start(1), SettleLater(1), SettleLater(1), Stop(1)],
                None,
            ),
            (
                "re-added after its removal was carried out: starts again",
                &[Connected(1), Disconnected(1), Settled(1), Connected(1)],
                &[Start(1), SettleLater(1), Stop(1), Start(1)],
                Some(1),
            ),
        ];
        for (name, inputs, effects, running) in table {
            assert_eq!(story(inputs), (effects.to_vec(), *running), "{name}");
        }
    }
}
