//! The shift report: what uContact's events say about the shift the cockpit keeps, as figures
//! an agent and a supervisor read, print and export. Computed from the cockpit's state only
//! while the report is open (the panel never pays for it otherwise).
//!
//! Definitions:
//! - **Handled**: a finished interaction (in history, with a finish) that finished at or after
//!   the report's start (`since`; the whole kept shift when there is none). Interactions only
//!   reported (a disposition without a finish) are counted apart.
//! - **Handle time**: finish − assignment as the cockpit saw them; **wrap-up**: first
//!   disposition − finish (zero when it came first). An interaction without either time (first
//!   seen finished, or not disposed) is left out of that figure and counted as unknown.
//! - **Median**: the middle value, or the mean of the two middle values (rounded down to the
//!   millisecond) for an even count. **90th percentile**: nearest rank, the value at rank
//!   ⌈0.9 × n⌉ of the values sorted in ascending order. **Mean**: the sum over the count,
//!   rounded down to the millisecond.
//! - **Dispositions**: each handled interaction's latest disposition, as a tree by level value
//!   (level 1 → level 2 → …; a level without a value is named by its id). Shares are of the
//!   parent: of all disposed interactions at the first level.
//! - **Per hour**: handled interactions by the local hour (the browser's offset from UTC at the
//!   time, so a change to or from summer time is followed) in which they finished, every hour
//!   from the first to the last, empty ones included.
//! - **Dials**: every dial sent since `since`, by outcome; dials older than the newest few the
//!   cockpit keeps in full are counted by the hour they were sent in.

use std::collections::HashMap;

use crate::state::{Cockpit, Interaction, Millis, Outcome};

pub mod tables;

pub use tables::{Cell, Column, Label, Row, Table, tables};

const HOUR: Millis = 3_600_000;

/// A count of handled interactions under one name (`None`: not known, because uContact never
/// assigned the interaction to this cockpit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub name: Option<String>,
    pub count: usize,
}

/// Summary of a set of durations, in milliseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Times {
    /// How many durations are known (and summarised).
    pub known: usize,
    /// How many interactions had no such duration.
    pub unknown: usize,
    pub median: Option<Millis>,
    pub p90: Option<Millis>,
    pub mean: Option<Millis>,
}

/// Handle and wrap-up times of the interactions of one channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelTimes {
    pub channel: Option<String>,
    pub handle: Times,
    pub wrap_up: Times,
}

/// One level value of the disposition tree, with the interactions under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The level's value (or its id when it has no value); `None` for a disposition without
    /// levels.
    pub label: Option<String>,
    pub count: usize,
    /// Largest count first, then by label.
    pub children: Vec<Node>,
}

/// An instant, with the browser's offset from UTC then (in minutes, east positive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub at: Millis,
    pub offset_minutes: i64,
}

/// Handled interactions that finished in one local hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hour {
    /// When the hour starts.
    pub start: LocalTime,
    pub count: usize,
}

/// Dials by outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DialFigures {
    pub sent: usize,
    pub answered: usize,
    pub not_answered: usize,
    pub not_sent: usize,
    pub pending: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// From when the report counts (`None`: the whole kept shift).
    pub since: Option<LocalTime>,
    pub handled: usize,
    /// Interactions with a disposition but no finish.
    pub reported_only: usize,
    /// Largest count first, then by name.
    pub by_channel: Vec<Count>,
    pub by_campaign: Vec<Count>,
    pub handle: Times,
    pub wrap_up: Times,
    /// In the order of `by_channel`.
    pub channel_times: Vec<ChannelTimes>,
    /// The first level of the disposition tree.
    pub dispositions: Vec<Node>,
    pub disposed: usize,
    pub per_hour: Vec<Hour>,
    pub dials: DialFigures,
    pub active: usize,
    pub possibly_orphaned: usize,
}

/// What the report needs beside the cockpit.
pub struct Options<'a> {
    pub since: Option<Millis>,
    pub now: Millis,
    /// A restored active interaction unconfirmed for longer than this may be orphaned.
    pub orphan_after: Millis,
    /// The browser's offset from UTC at an instant, in minutes (east positive).
    pub offset_minutes: &'a dyn Fn(Millis) -> i64,
}

/// The report of `cockpit`'s shift.
pub fn compute(cockpit: &Cockpit, options: &Options) -> Report {
    let since = options.since.unwrap_or(0);
    let mut handled: Vec<&Interaction> = Vec::new();
    let mut reported_only = 0;
    for entry in cockpit.history.newest_first() {
        match &entry.finish {
            Some(finish) if finish.at >= since => handled.push(entry),
            Some(_) => {}
            None if entry.latest_at().unwrap_or(0) >= since => reported_only += 1,
            None => {}
        }
    }
    let channel = |entry: &Interaction| entry.assignment.as_ref().map(|a| a.channel.clone());
    let campaign = |entry: &Interaction| entry.assignment.as_ref().map(|a| a.campaign.clone());
    let by_channel = counts(handled.iter().map(|entry| channel(entry)));
    let channel_times = by_channel
        .iter()
        .map(|count| {
            let of_channel: Vec<&Interaction> = handled
                .iter()
                .copied()
                .filter(|entry| channel(entry) == count.name)
                .collect();
            ChannelTimes {
                channel: count.name.clone(),
                handle: times(of_channel.iter().map(|entry| entry.handle_time())),
                wrap_up: times(of_channel.iter().map(|entry| entry.wrap_up())),
            }
        })
        .collect();
    let (dispositions, disposed) = disposition_tree(&handled);
    let active = cockpit.active.len();
    Report {
        since: options.since.map(|at| LocalTime {
            at,
            offset_minutes: (options.offset_minutes)(at),
        }),
        handled: handled.len(),
        reported_only,
        by_campaign: counts(handled.iter().map(|entry| campaign(entry))),
        handle: times(handled.iter().map(|entry| entry.handle_time())),
        wrap_up: times(handled.iter().map(|entry| entry.wrap_up())),
        by_channel,
        channel_times,
        dispositions,
        disposed,
        per_hour: per_hour(&handled, options.offset_minutes),
        dials: dials(cockpit, since),
        active,
        possibly_orphaned: cockpit
            .active
            .iter()
            .filter(|entry| entry.is_possibly_orphaned(options.now, options.orphan_after))
            .count(),
    }
}

/// Counts by name, largest first, then by name (unknown last among equals).
fn counts(names: impl Iterator<Item = Option<String>>) -> Vec<Count> {
    let mut map: HashMap<Option<String>, usize> = HashMap::new();
    for name in names {
        *map.entry(name).or_default() += 1;
    }
    let mut counts: Vec<Count> = map
        .into_iter()
        .map(|(name, count)| Count { name, count })
        .collect();
    counts.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.name.is_none().cmp(&b.name.is_none()))
            .then_with(|| a.name.cmp(&b.name))
    });
    counts
}

/// Median, 90th percentile and mean of the known durations (see the module's definitions).
pub fn times(durations: impl Iterator<Item = Option<Millis>>) -> Times {
    let mut unknown = 0;
    let mut known: Vec<Millis> = durations
        .filter_map(|duration| {
            if duration.is_none() {
                unknown += 1;
            }
            duration
        })
        .collect();
    known.sort_unstable();
    let n = known.len();
    let median = match n {
        0 => None,
        _ if n % 2 == 1 => known.get(n / 2).copied(),
        _ => {
            let (low, high) = (known.get(n / 2 - 1), known.get(n / 2));
            low.zip(high)
                .map(|(low, high)| low / 2 + high / 2 + (low % 2 + high % 2) / 2)
        }
    };
    // Nearest rank: ⌈0.9 n⌉, 1-based.
    let p90 = (n > 0)
        .then(|| (9 * n).div_ceil(10))
        .and_then(|rank| known.get(rank - 1).copied());
    let sum: u128 = known.iter().map(|&ms| u128::from(ms)).sum();
    let mean = (n > 0).then(|| Millis::try_from(sum / n as u128).unwrap_or(Millis::MAX));
    Times {
        known: n,
        unknown,
        median,
        p90,
        mean,
    }
}

/// The latest disposition of each handled interaction, as a tree by level value; and how many
/// had one.
fn disposition_tree(handled: &[&Interaction]) -> (Vec<Node>, usize) {
    let mut root = Builder::default();
    let mut disposed = 0;
    for entry in handled {
        let Some(latest) = entry.dispositions.last() else {
            continue;
        };
        disposed += 1;
        let mut path: Vec<Option<String>> = latest
            .levels
            .iter()
            .map(|level| level.value.clone().or_else(|| level.id.clone()))
            .collect();
        if path.is_empty() {
            path.push(None);
        }
        root.add(&path);
    }
    (root.into_nodes(), disposed)
}

#[derive(Default)]
struct Builder {
    count: usize,
    children: HashMap<Option<String>, Builder>,
}

impl Builder {
    fn add(&mut self, path: &[Option<String>]) {
        if let Some((first, rest)) = path.split_first() {
            let child = self.children.entry(first.clone()).or_default();
            child.count += 1;
            child.add(rest);
        }
    }

    fn into_nodes(self) -> Vec<Node> {
        let mut nodes: Vec<Node> = self
            .children
            .into_iter()
            .map(|(label, builder)| Node {
                label,
                count: builder.count,
                children: builder.into_nodes(),
            })
            .collect();
        nodes.sort_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then_with(|| a.label.is_none().cmp(&b.label.is_none()))
                .then_with(|| a.label.cmp(&b.label))
        });
        nodes
    }
}

/// Handled interactions by the local hour they finished in, every hour from the first to the
/// last.
fn per_hour(handled: &[&Interaction], offset_minutes: &dyn Fn(Millis) -> i64) -> Vec<Hour> {
    // The local hour's number since the epoch, and the offset in force then.
    let local_hour = |at: Millis| {
        let offset = offset_minutes(at);
        let local = i128::from(at) + i128::from(offset) * 60_000;
        (local.div_euclid(i128::from(HOUR)), offset)
    };
    let mut counts: HashMap<i128, (usize, i64)> = HashMap::new();
    for entry in handled {
        if let Some(finish) = &entry.finish {
            let (hour, offset) = local_hour(finish.at);
            counts.entry(hour).or_insert((0, offset)).0 += 1;
        }
    }
    let (Some(&first), Some(&last)) = (counts.keys().min(), counts.keys().max()) else {
        return Vec::new();
    };
    (first..=last)
        .map(|hour| {
            let utc_of = |offset: i64| hour * i128::from(HOUR) - i128::from(offset) * 60_000;
            let (count, offset) = match counts.get(&hour) {
                Some(&(count, offset)) => (count, offset),
                // An empty hour: the offset in force at its start.
                None => (0, offset_minutes(clamp(utc_of(0)))),
            };
            Hour {
                start: LocalTime {
                    at: clamp(utc_of(offset)),
                    offset_minutes: offset,
                },
                count,
            }
        })
        .collect()
}

fn clamp(millis: i128) -> Millis {
    Millis::try_from(millis.max(0)).unwrap_or(Millis::MAX)
}

/// Dials sent since `since`, by outcome: the ones kept in full, and the earlier ones counted
/// by hour.
fn dials(cockpit: &Cockpit, since: Millis) -> DialFigures {
    let mut figures = DialFigures::default();
    for dial in cockpit.dials.iter().filter(|dial| dial.sent_at >= since) {
        figures.sent += 1;
        match dial.outcome {
            Outcome::Pending => figures.pending += 1,
            Outcome::Answered { .. } => figures.answered += 1,
            Outcome::NotAnswered { .. } => figures.not_answered += 1,
            Outcome::NotSent { .. } => figures.not_sent += 1,
        }
    }
    for (hour, tally) in cockpit.dials.earlier() {
        if (hour + 1) * HOUR > since {
            figures.sent += tally.total();
            figures.pending += tally.pending as usize;
            figures.answered += tally.answered as usize;
            figures.not_answered += tally.not_answered as usize;
            figures.not_sent += tally.not_sent as usize;
        }
    }
    figures
}

impl Report {
    /// The share of `part` in `whole`, between 0 and 1 (0 of nothing).
    pub fn share(part: usize, whole: usize) -> f64 {
        if whole == 0 {
            0.0
        } else {
            part as f64 / whole as f64
        }
    }
}

#[cfg(test)]
mod tests;
