//! The cockpit's effects, one hook each: every browser listener, timer and fetch lives in one of
//! these and is released in its cleanup.

mod use_attention;
mod use_bridge;
mod use_click_to_dial;
mod use_clock;
mod use_config;
mod use_copy;
mod use_deadline;
mod use_document;
mod use_framed_host;
mod use_leader_activity;
mod use_leadership;
mod use_notifications;
pub(crate) mod use_persistence;
mod use_relay;
mod use_screen_pop;
mod use_shortcuts;
mod use_silence;
mod use_stored_shift;
mod use_timekeeping;
mod use_toggle;

pub use use_attention::use_attention;
pub use use_bridge::{DialError, use_bridge};
pub use use_click_to_dial::use_click_to_dial;
pub use use_clock::use_clock;
pub use use_config::{ConfigState, use_config};
pub use use_copy::{UseCopyHandle, use_copy};
pub use use_deadline::use_deadline;
pub use use_document::use_document;
pub use use_framed_host::use_framed_host;
pub use use_leader_activity::use_leader_activity;
pub use use_leadership::{UseLeadershipHandle, use_leadership};
pub use use_notifications::{NOTIFY_KEY, NotifyState, UseNotificationsHandle, use_notifications};
pub use use_persistence::{Restoration, restore, retention_ms, use_persistence};
pub use use_relay::{relay_dial, use_relay_follower, use_relay_in_charge};
pub use use_screen_pop::{UseScreenPopHandle, use_screen_pop};
pub use use_shortcuts::use_shortcuts;
pub use use_silence::{UseSilenceHandle, use_silence};
pub use use_stored_shift::use_stored_shift;
pub use use_timekeeping::use_timekeeping;
pub use use_toggle::{UseToggleHandle, use_toggle};
