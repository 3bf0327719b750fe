//! The agent's dial requests and what became of them: sent, then answered by uContact (an
//! interaction for that client was assigned in time) or not.
//!
//! The rules:
//! - The same request (campaign, channel and client id) cannot be sent again while it is
//!   pending: Enter pressed twice sends once.
//! - An assignment answers the **oldest** pending dial for its client id that is still within
//!   the answer window; each dial is answered at most once.
//! - A dial pending past its window is **not answered**; the outcome says whether uContact said
//!   anything at all since the request (if not, it may be unreachable).
//! - A dial the browser could not hand to uContact is **not sent**.
//! - The newest [`DIALS_KEPT`] dials are kept, with their outcomes; older ones are counted by
//!   outcome and by the hour they were sent in (for the shift report), for at most
//!   [`TALLY_HOURS`] hours.

use std::collections::VecDeque;
use std::rc::Rc;

use super::Millis;
use super::facts::{DialSource, Refusal};
use crate::protocol::StartInteraction;

/// The most dials other pages may have sent in any minute: beyond, they are refused (a page
/// that dials in a loop cannot flood uContact with calls).
pub const RELAYED_PER_MINUTE: usize = 5;
/// How long a dial from another page waits for the agent's confirmation.
pub const CONFIRM_WAIT_MS: Millis = 60_000;
const MINUTE: Millis = 60_000;

/// How many dials, with their outcomes, are kept (and stored across reloads).
pub const DIALS_KEPT: usize = 20;
/// How many hours of older dials are counted.
pub const TALLY_HOURS: usize = 24 * 31;
const HOUR: Millis = 3_600_000;

/// Dials no longer kept in full, by outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub pending: u32,
    pub answered: u32,
    pub not_answered: u32,
    pub not_sent: u32,
}

impl Tally {
    pub fn total(&self) -> usize {
        [
            self.pending,
            self.answered,
            self.not_answered,
            self.not_sent,
        ]
        .iter()
        .map(|&count| count as usize)
        .sum()
    }

    fn add(&mut self, outcome: &Outcome) {
        let count = match outcome {
            Outcome::Pending => &mut self.pending,
            Outcome::Answered { .. } => &mut self.answered,
            Outcome::NotAnswered { .. } => &mut self.not_answered,
            Outcome::NotSent { .. } => &mut self.not_sent,
        };
        *count = count.saturating_add(1);
    }
}

/// One dial request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dial {
    /// Unique within the shift.
    pub id: u64,
    pub request: StartInteraction,
    pub sent_at: Millis,
    pub outcome: Outcome,
    /// Who asked for it.
    pub source: DialSource,
}

/// What became of a dial.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Posted to uContact; waiting for an interaction for the client.
    Pending,
    /// uContact assigned interaction `guid` for the client at `at`.
    Answered { guid: String, at: Millis },
    /// Nothing for the client within the answer window. `heard` says whether uContact sent any
    /// valid message at all meanwhile.
    NotAnswered { heard: bool, at: Millis },
    /// The browser could not post the request (uContact not loaded): nothing was sent.
    NotSent { at: Millis },
}

impl Dial {
    /// When a pending dial stops waiting.
    pub fn deadline(&self, window: Millis) -> Millis {
        self.sent_at.saturating_add(window)
    }

    pub fn is_pending(&self) -> bool {
        self.outcome == Outcome::Pending
    }
}

/// The newest dials, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dials {
    next_id: u64,
    list: VecDeque<Rc<Dial>>,
    /// Dials no longer kept, by the hour (since the epoch) they were sent in; oldest first.
    earlier: Vec<(u64, Tally)>,
    /// When the dials from other pages admitted in the last minute were.
    relayed: VecDeque<Millis>,
}

impl Dials {
    /// Dials as they were stored, newest first (at most [`DIALS_KEPT`] are kept), and the
    /// counts of earlier ones by hour.
    pub fn from_list(list: Vec<Dial>, mut earlier: Vec<(u64, Tally)>) -> Dials {
        let next_id = list
            .iter()
            .map(|dial| dial.id.saturating_add(1))
            .max()
            .unwrap_or(0);
        earlier.sort_by_key(|(hour, _)| *hour);
        earlier.dedup_by_key(|(hour, _)| *hour);
        let excess = earlier.len().saturating_sub(TALLY_HOURS);
        earlier.drain(..excess);
        Dials {
            next_id,
            list: list.into_iter().take(DIALS_KEPT).map(Rc::new).collect(),
            earlier,
            relayed: VecDeque::new(),
        }
    }

    /// Dials no longer kept, counted by the hour (since the epoch) they were sent in; oldest
    /// first.
    pub fn earlier(&self) -> impl Iterator<Item = (u64, &Tally)> {
        self.earlier.iter().map(|(hour, tally)| (*hour, tally))
    }

    /// Newest first.
    pub fn iter(&self) -> impl Iterator<Item = &Rc<Dial>> {
        self.list.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether this very request is waiting for uContact.
    pub fn is_pending(&self, request: &StartInteraction) -> bool {
        self.list
            .iter()
            .any(|dial| dial.is_pending() && dial.request == *request)
    }

    /// Admits a request: records it as sent (the ticket every source is answered by is the
    /// dial itself) or says why not, recording nothing.
    pub fn admit(
        &mut self,
        request: StartInteraction,
        at: Millis,
        source: DialSource,
    ) -> Result<Rc<Dial>, Refusal> {
        self.admit_checked(request, at, source, true)
    }

    /// Admits a dial from another page the agent confirmed: no rate applies to the agent.
    pub fn admit_confirmed(
        &mut self,
        request: StartInteraction,
        at: Millis,
        source: DialSource,
    ) -> Result<Rc<Dial>, Refusal> {
        self.admit_checked(request, at, source, false)
    }

    fn admit_checked(
        &mut self,
        request: StartInteraction,
        at: Millis,
        source: DialSource,
        rate: bool,
    ) -> Result<Rc<Dial>, Refusal> {
        if self.is_pending(&request) {
            return Err(Refusal::AlreadyPending);
        }
        if rate && matches!(source, DialSource::Relay { .. }) {
            while self
                .relayed
                .front()
                .is_some_and(|t| at.saturating_sub(*t) >= MINUTE)
            {
                self.relayed.pop_front();
            }
            if self.relayed.len() >= RELAYED_PER_MINUTE {
                return Err(Refusal::TooMany);
            }
            self.relayed.push_back(at);
        }
        let dial = Rc::new(Dial {
            id: self.next_id,
            request,
            sent_at: at,
            outcome: Outcome::Pending,
            source,
        });
        self.next_id += 1;
        self.list.push_front(Rc::clone(&dial));
        while self.list.len() > DIALS_KEPT {
            if let Some(old) = self.list.pop_back() {
                self.count_earlier(&old);
            }
        }
        Ok(dial)
    }

    /// [`Dials::admit`] for the agent, as the tests write it.
    #[cfg(test)]
    pub(crate) fn send(&mut self, request: StartInteraction, at: Millis) -> Option<Rc<Dial>> {
        self.admit(request, at, DialSource::Agent).ok()
    }

    /// The dial `id`, if it is still kept.
    pub fn get(&self, id: u64) -> Option<&Rc<Dial>> {
        self.list.iter().find(|dial| dial.id == id)
    }

    /// An interaction `guid` for `client_id` was assigned at `at`: it answers the oldest dial for
    /// that client still pending within `window`. Returns that dial, answered.
    pub fn answer(
        &mut self,
        client_id: &str,
        guid: &str,
        at: Millis,
        window: Millis,
    ) -> Option<Rc<Dial>> {
        let dial = self.list.iter_mut().rev().find(|dial| {
            dial.is_pending() && dial.request.client_id == client_id && at <= dial.deadline(window)
        })?;
        Rc::make_mut(dial).outcome = Outcome::Answered {
            guid: guid.to_owned(),
            at,
        };
        Some(Rc::clone(dial))
    }

    /// Ends every dial pending past its window at `now`; `heard_since(t)` says whether uContact
    /// sent a valid message after `t`. Returns those dials, oldest first.
    pub fn expire(
        &mut self,
        now: Millis,
        window: Millis,
        heard_since: impl Fn(Millis) -> bool,
    ) -> Vec<Rc<Dial>> {
        let mut expired = Vec::new();
        for dial in self.list.iter_mut().rev() {
            if dial.is_pending() && now >= dial.deadline(window) {
                let heard = heard_since(dial.sent_at);
                Rc::make_mut(dial).outcome = Outcome::NotAnswered { heard, at: now };
                expired.push(Rc::clone(dial));
            }
        }
        expired
    }

    /// The dial `id` could not be posted; returns it, unless it is no longer pending (or kept).
    pub fn not_sent(&mut self, id: u64, at: Millis) -> Option<Rc<Dial>> {
        let dial = self
            .list
            .iter_mut()
            .find(|dial| dial.id == id && dial.is_pending())?;
        Rc::make_mut(dial).outcome = Outcome::NotSent { at };
        Some(Rc::clone(dial))
    }

    /// When the next pending dial stops waiting, if any is pending.
    pub fn next_deadline(&self, window: Millis) -> Option<Millis> {
        self.list
            .iter()
            .filter(|dial| dial.is_pending())
            .map(|dial| dial.deadline(window))
            .min()
    }

    /// Forgets dials sent before `cutoff` (and the counts of hours that ended before it).
    pub fn forget_before(&mut self, cutoff: Millis) {
        self.list.retain(|dial| dial.sent_at >= cutoff);
        self.earlier
            .retain(|(hour, _)| hour.saturating_add(1).saturating_mul(HOUR) > cutoff);
    }

    fn count_earlier(&mut self, dial: &Dial) {
        let hour = dial.sent_at / HOUR;
        match self.earlier.binary_search_by_key(&hour, |(h, _)| *h) {
            Ok(index) => {
                if let Some((_, tally)) = self.earlier.get_mut(index) {
                    tally.add(&dial.outcome);
                }
            }
            Err(index) => {
                let mut tally = Tally::default();
                tally.add(&dial.outcome);
                self.earlier.insert(index, (hour, tally));
                if self.earlier.len() > TALLY_HOURS {
                    self.earlier.remove(0);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: Millis = 30_000;

    fn request(client: &str) -> StartInteraction {
        StartInteraction {
            campaign: "Sales".into(),
            channel: "Phone".into(),
            client_id: client.into(),
        }
    }

    fn outcomes(dials: &Dials) -> Vec<(String, Outcome)> {
        dials
            .iter()
            .map(|dial| (dial.request.client_id.clone(), dial.outcome.clone()))
            .collect()
    }

    #[test]
    fn the_same_request_is_sent_once_while_pending() {
        let mut dials = Dials::default();
        assert!(dials.send(request("42"), 1_000).is_some());
        assert!(dials.send(request("42"), 1_001).is_none(), "Enter twice");
        let other_channel = StartInteraction {
            channel: "WhatsApp".into(),
            ..request("42")
        };
        assert!(
            dials.send(other_channel, 1_002).is_some(),
            "another request"
        );
        assert_eq!(dials.len(), 2);
        dials.expire(1_000 + WINDOW, WINDOW, |_| true);
        assert!(
            dials.send(request("42"), 40_000).is_some(),
            "once answered or not, it may be sent again (Retry)"
        );
    }

    /// Each row: dials sent (client, at), then assignments (client, guid, at); the outcomes,
    /// newest dial first.
    #[test]
    fn matching_table() {
        use Outcome::*;
        let answered = |guid: &str, at| Answered {
            guid: guid.into(),
            at,
        };
        /// A name, dials sent (client, at), assignments (client, guid, at), outcomes.
        type Row = (
            &'static str,
            Vec<(&'static str, Millis)>,
            Vec<(&'static str, &'static str, Millis)>,
            Vec<Outcome>,
        );
        let table: Vec<Row> = vec![
            (
                "answered in time",
                vec![("42", 0)],
                vec![("42", "g1", 5_000)],
                vec![answered("g1", 5_000)],
            ),
            (
                "exactly at the deadline",
                vec![("42", 0)],
                vec![("42", "g1", WINDOW)],
                vec![answered("g1", WINDOW)],
            ),
            (
                "one after the deadline",
                vec![("42", 0)],
                vec![("42", "g1", WINDOW + 1)],
                vec![Pending],
            ),
            (
                "another client",
                vec![("42", 0)],
                vec![("43", "g1", 5)],
                vec![Pending],
            ),
            (
                "the oldest pending for the client first, each once",
                vec![("42", 0), ("42b", 1), ("42", 2)],
                vec![("42", "g1", 10), ("42", "g2", 20), ("42", "g3", 30)],
                vec![answered("g2", 20), Pending, answered("g1", 10)],
            ),
            (
                "an expired older dial is skipped",
                vec![("42", 0), ("42", 20_000)],
                vec![("42", "g1", 40_000)],
                vec![answered("g1", 40_000), Pending],
            ),
        ];
        for (name, sent, assigned, expected) in table {
            let mut dials = Dials::default();
            for (n, (client, at)) in sent.into_iter().enumerate() {
                // Campaigns differ so that a repeated client is a different request.
                let request = StartInteraction {
                    campaign: format!("c{n}"),
                    ..request(client)
                };
                dials.send(request, at);
            }
            for (client, guid, at) in assigned {
                dials.answer(client, guid, at, WINDOW);
            }
            let got: Vec<Outcome> = dials.iter().map(|d| d.outcome.clone()).collect();
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn a_pending_dial_expires_at_its_deadline_saying_whether_ucontact_spoke() {
        let mut dials = Dials::default();
        dials.send(request("1"), 0);
        dials.send(request("2"), 10_000);
        assert_eq!(dials.next_deadline(WINDOW), Some(WINDOW));
        dials.expire(WINDOW - 1, WINDOW, |_| true);
        assert!(dials.iter().all(|d| d.is_pending()));
        dials.expire(WINDOW, WINDOW, |since| since >= 5_000);
        assert_eq!(
            outcomes(&dials),
            [
                ("2".into(), Outcome::Pending),
                (
                    "1".into(),
                    Outcome::NotAnswered {
                        heard: false,
                        at: WINDOW
                    }
                ),
            ]
        );
        assert_eq!(dials.next_deadline(WINDOW), Some(10_000 + WINDOW));
        dials.expire(10_000 + WINDOW, WINDOW, |_| true);
        assert_eq!(dials.next_deadline(WINDOW), None);
        assert!(matches!(
            dials.iter().next().map(|d| &d.outcome),
            Some(Outcome::NotAnswered { heard: true, .. })
        ));
    }

    #[test]
    fn a_dial_not_posted_is_not_sent_and_never_answered() {
        let mut dials = Dials::default();
        let id = dials.send(request("1"), 0).map(|d| d.id).unwrap();
        dials.not_sent(id, 5);
        assert_eq!(dials.answer("1", "g", 10, WINDOW), None);
        assert_eq!(outcomes(&dials), [("1".into(), Outcome::NotSent { at: 5 })]);
    }

    #[test]
    fn only_the_newest_are_kept_and_ids_stay_unique() {
        let mut dials = Dials::default();
        for n in 0..(DIALS_KEPT as u64 + 5) {
            dials.send(request(&n.to_string()), n);
        }
        assert_eq!(dials.len(), DIALS_KEPT);
        assert_eq!(
            dials.iter().next().map(|d| d.id),
            Some(DIALS_KEPT as u64 + 4)
        );
        let restored = Dials::from_list(
            dials.iter().map(|d| (**d).clone()).collect(),
            dials
                .earlier()
                .map(|(hour, tally)| (hour, *tally))
                .collect(),
        );
        assert_eq!(restored, dials);
        let mut next = restored.clone();
        let id = next.send(request("new"), 100).map(|d| d.id);
        assert_eq!(
            id,
            Some(DIALS_KEPT as u64 + 5),
            "ids continue after a reload"
        );
        next.forget_before(10);
        assert!(next.iter().all(|d| d.sent_at >= 10));
    }

    #[test]
    fn dials_no_longer_kept_are_counted_by_hour_and_outcome() {
        const H: Millis = 3_600_000;
        let mut dials = Dials::default();
        // Five in hour 10 (one not sent), then twenty in hour 12 push them out.
        for n in 0..5u64 {
            if let Some(dial) = dials.send(request(&format!("early-{n}")), 10 * H + n)
                && n == 0
            {
                dials.not_sent(dial.id, 10 * H + 1);
            }
        }
        dials.expire(10 * H + WINDOW + 10, WINDOW, |_| true);
        for n in 0..DIALS_KEPT as u64 {
            dials.send(request(&format!("late-{n}")), 12 * H + n);
        }
        let earlier: Vec<(u64, Tally)> = dials.earlier().map(|(h, t)| (h, *t)).collect();
        assert_eq!(
            earlier,
            [(
                10,
                Tally {
                    not_sent: 1,
                    not_answered: 4,
                    ..Tally::default()
                }
            )]
        );
        assert_eq!(earlier[0].1.total(), 5);
        let mut forgotten = dials.clone();
        forgotten.forget_before(10 * H + 1);
        assert_eq!(forgotten.earlier().count(), 1, "hour 10 had not ended");
        forgotten.forget_before(11 * H);
        assert_eq!(forgotten.earlier().count(), 0);
        // Counts are kept for a month of hours at most.
        let mut long = Dials::default();
        for hour in 0..(TALLY_HOURS as u64 + DIALS_KEPT as u64 + 3) {
            long.send(request(&hour.to_string()), hour * H);
        }
        assert_eq!(long.earlier().count(), TALLY_HOURS);
        assert_eq!(long.earlier().next().map(|(h, _)| h), Some(3));
    }
}
