//! The cockpit's effects, one hook each: every browser listener, timer and fetch lives in one of
//! these and is released in its cleanup.

mod use_bridge;
mod use_clock;
mod use_config;
mod use_deadline;
mod use_document;
mod use_leadership;
mod use_persistence;
mod use_silence;

pub use use_bridge::{DialError, UseBridgeHandle, use_bridge};
pub use use_clock::use_clock;
pub use use_config::{ConfigState, use_config};
pub use use_deadline::use_deadline;
pub use use_document::use_document;
pub use use_leadership::{Role, UseLeadershipHandle, use_leadership};
pub use use_persistence::{restore, use_persistence};
pub use use_silence::{UseSilenceHandle, use_silence};
