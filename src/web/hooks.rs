//! The cockpit's effects, one hook each: every browser listener, timer and fetch lives in one of
//! these and is released in its cleanup. (What the cockpit tells other parties is in
//! `crate::web::integrations`.)

mod use_attention;
mod use_bridge;
mod use_clock;
mod use_config;
mod use_copy;
mod use_deadline;
mod use_document;
mod use_facts;
mod use_keyboard;
mod use_latest;
mod use_leader_activity;
mod use_leadership;
mod use_persistence;
mod use_prefill;
mod use_shortcuts;
mod use_silence;
mod use_stored_shift;
mod use_timekeeping;
mod use_toggle;

pub use use_attention::use_attention;
pub use use_bridge::{DialError, use_bridge};
pub use use_clock::use_clock;
pub use use_config::{ConfigState, use_config};
pub use use_copy::{UseCopyHandle, use_copy};
pub use use_deadline::use_deadline;
pub use use_document::use_document;
pub use use_facts::use_facts;
pub use use_keyboard::use_keyboard;
pub use use_latest::use_latest;
pub use use_leader_activity::use_leader_activity;
pub use use_leadership::{Standing, UseLeadershipHandle, use_leadership};
pub use use_persistence::{LocalStore, local_storage, restore, use_persistence};
pub use use_prefill::{Prefill, PrefillProvider, Prefills, use_latest_prefill, use_prefill};
pub use use_shortcuts::use_shortcuts;
pub use use_silence::{UseSilenceHandle, use_silence};
pub use use_stored_shift::use_stored_shift;
pub use use_timekeeping::use_timekeeping;
pub use use_toggle::{UseToggleHandle, use_toggle};
