//! What the reducer asks the browser side to act on (a dial to post, an interaction that just
//! arrived), as a running count and the newest few items. The reducer stays pure: it only
//! appends; each hook keeps a cursor and acts on what came after it, once.

use std::collections::VecDeque;

/// How many items a feed keeps for hooks that have not looked yet. Between two renders more
/// than this many can only come from a burst far beyond an agent's pace; the count still says
/// how many there were.
pub const FEED_KEPT: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed<T> {
    /// How many items were ever pushed: the cursor just past the newest.
    count: u64,
    /// The newest items, oldest first; the last one is number `count - 1`.
    recent: VecDeque<T>,
}

impl<T> Default for Feed<T> {
    fn default() -> Self {
        Feed {
            count: 0,
            recent: VecDeque::new(),
        }
    }
}

impl<T> Feed<T> {
    pub fn push(&mut self, item: T) {
        self.recent.push_back(item);
        if self.recent.len() > FEED_KEPT {
            self.recent.pop_front();
        }
        self.count += 1;
    }

    /// How many items were ever pushed; a hook's cursor starts here to skip what came before.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// The items pushed since `cursor` that are still kept, oldest first.
    pub fn since(&self, cursor: u64) -> impl Iterator<Item = &T> {
        let wanted = self.count.saturating_sub(cursor);
        let skip = (self.recent.len() as u64).saturating_sub(wanted);
        self.recent.iter().skip(skip as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_sees_each_item_once_and_the_count_of_what_it_missed() {
        let mut feed = Feed::default();
        let cursor = feed.count();
        feed.push(1);
        feed.push(2);
        assert_eq!(feed.since(cursor).copied().collect::<Vec<_>>(), [1, 2]);
        let cursor = feed.count();
        assert_eq!(feed.since(cursor).count(), 0);
        feed.push(3);
        assert_eq!(feed.since(cursor).copied().collect::<Vec<_>>(), [3]);
        assert_eq!(feed.since(0).copied().collect::<Vec<_>>(), [1, 2, 3]);
        for n in 4..=(FEED_KEPT as u64 + 10) {
            feed.push(n);
        }
        let seen: Vec<u64> = feed.since(cursor).copied().collect();
        assert_eq!(seen.len(), FEED_KEPT, "only the newest are kept");
        assert_eq!(seen.last(), Some(&(FEED_KEPT as u64 + 10)));
        assert_eq!(
            feed.count() - cursor,
            FEED_KEPT as u64 + 8,
            "but all are counted"
        );
        assert_eq!(
            feed.since(feed.count() + 5).count(),
            0,
            "a cursor ahead sees nothing"
        );
    }
}
