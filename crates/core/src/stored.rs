//! What can be wrong with the cockpit's stored state, and what the agent is told about it: a
//! neutral type below both the storage format (`crate::storage`) and the texts (`crate::i18n`).

/// What the agent is told about storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageNotice {
    /// The saved cockpit could not be used: this one started empty.
    Discarded(StoredError),
    /// The browser refuses storage: everything stays in this tab's memory.
    Blocked,
    /// Storage is full: the oldest `dropped` finished interactions are kept in memory only.
    Full { dropped: usize },
    /// Retention: `count` interactions older than `hours` were not restored, and are gone.
    Expired { count: usize, hours: u32 },
    /// Part of the stored shift could not be read back (removed or changed by another page of
    /// the origin): `lost` interactions (0 when the format did not say); the rest was restored.
    Partial { lost: usize },
    /// Another page of the origin cleared or changed the stored shift: it was written again,
    /// whole, from this tab.
    Rewritten,
}

/// Why stored data was not used; each boots a clean cockpit with a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredError {
    TooLarge,
    NotJson,
    /// Some other application's data under our key.
    Foreign,
    /// Written by a version of the cockpit whose format this one does not read.
    Version(u64),
    /// Ours, but damaged: names what is wrong.
    Corrupt(&'static str),
}
