//! When to apply incoming messages: the first of a burst at once, so the one message an
//! agent's action brings shows without delay; the rest of the burst together, when a task
//! queued behind them runs, so thousands of messages cost a few renders instead of thousands.
//! `use_bridge` queues that task (a `MessageChannel` message) and carries out what this says.

/// Messages waiting for the task queued behind them.
#[derive(Debug)]
pub struct Coalescer<T> {
    waiting: Vec<T>,
    /// A task is queued: what arrives until it runs waits for it.
    queued: bool,
}

/// What to do with a message that just arrived.
#[derive(Debug, PartialEq, Eq)]
pub enum Arrival<T> {
    /// Apply it now, and queue a task behind the messages still to come.
    ApplyAndQueue(T),
    /// Leave it: the queued task will apply it.
    Wait,
}

impl<T> Default for Coalescer<T> {
    fn default() -> Self {
        Coalescer {
            waiting: Vec::new(),
            queued: false,
        }
    }
}

impl<T> Coalescer<T> {
    pub fn arrive(&mut self, message: T) -> Arrival<T> {
        if self.queued {
            self.waiting.push(message);
            Arrival::Wait
        } else {
            self.queued = true;
            Arrival::ApplyAndQueue(message)
        }
    }

    /// The queued task runs (or could not be queued, or the listener goes): everything that
    /// waited, in order of arrival; the next message is applied at once again.
    pub fn run(&mut self) -> Vec<T> {
        self.queued = false;
        std::mem::take(&mut self.waiting)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    enum Step {
        Arrive(u32),
        Run,
    }
    use Step::{Arrive, Run};

    /// What each step gives: the message applied at once, or the messages a run applies.
    fn play(steps: &[Step]) -> Vec<Vec<u32>> {
        let mut coalescer = Coalescer::default();
        steps
            .iter()
            .filter_map(|step| match step {
                Arrive(n) => match coalescer.arrive(*n) {
                    Arrival::ApplyAndQueue(n) => Some(vec![n]),
                    Arrival::Wait => None,
                },
                Run => Some(coalescer.run()),
            })
            .collect()
    }

    #[test]
    fn the_first_message_of_a_burst_at_once_the_rest_together() {
        type Case<'a> = (&'a str, &'a [Step], &'a [&'a [u32]]);
        let cases: &[Case] = &[
            ("one message alone", &[Arrive(1), Run], &[&[1], &[]]),
            (
                "messages far apart",
                &[Arrive(1), Run, Arrive(2), Run],
                &[&[1], &[], &[2], &[]],
            ),
            (
                "a burst",
                &[Arrive(1), Arrive(2), Arrive(3), Arrive(4), Run],
                &[&[1], &[2, 3, 4]],
            ),
            (
                "a burst, then a message after the run",
                &[Arrive(1), Arrive(2), Run, Arrive(3), Arrive(4), Run],
                &[&[1], &[2], &[3], &[4]],
            ),
            (
                "a run with nothing queued",
                &[Run, Arrive(1), Arrive(2), Run],
                &[&[], &[1], &[2]],
            ),
        ];
        for (name, steps, expected) in cases {
            let expected: Vec<Vec<u32>> = expected.iter().map(|run| run.to_vec()).collect();
            assert_eq!(play(steps), expected, "{name}");
        }
    }

    #[test]
    fn nothing_is_lost_or_reordered() {
        let mut coalescer = Coalescer::default();
        let mut applied = Vec::new();
        for n in 0..1_000u32 {
            if let Arrival::ApplyAndQueue(n) = coalescer.arrive(n) {
                applied.push(n);
            }
            if n % 7 == 6 {
                applied.extend(coalescer.run());
            }
        }
        applied.extend(coalescer.run());
        assert_eq!(applied, (0..1_000).collect::<Vec<_>>());
    }
}
