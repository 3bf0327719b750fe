//! The cockpit's components: thin views of the state that report what the agent does through
//! callbacks.

mod active_list;
mod cockpit_page;
mod dial_form;
mod dispositions;
mod error_page;
mod exports;
mod follower_page;
mod history_list;
mod inspector;
mod interaction_details;
mod region;
mod silence_hint;

pub use active_list::{ActiveList, ActiveListProps};
pub use cockpit_page::{CockpitPage, CockpitPageProps};
pub use dial_form::{DialForm, DialFormProps};
pub use dispositions::dispositions;
pub use error_page::{ErrorPage, ErrorPageProps};
pub use exports::{ExportFormat, Exports, ExportsProps, export_shift};
pub use follower_page::{FollowerPage, FollowerPageProps};
pub use history_list::{HistoryList, HistoryListProps};
pub use inspector::{Inspector, InspectorProps};
pub use interaction_details::interaction_details;
pub use region::{Region, RegionProps};
pub use silence_hint::{SilenceHint, SilenceHintProps};
