//! The cockpit's components: thin views of the state that report what the agent does through
//! callbacks.

mod active_list;
pub(crate) mod cockpit_page;
mod dial_form;
pub mod dial_log;
mod dispositions;
mod end_shift;
mod error_page;
mod exports;
mod follower_page;
pub(crate) mod history_list;
pub mod icons;
mod inspector;
mod interaction_details;
mod interaction_row;
mod notice;
mod panel_bar;
mod region;
mod remote_panel;
pub mod report;
mod row_actions;
pub mod shortcuts_help;
mod silence_hint;

pub use active_list::{ActiveList, ActiveListProps};
pub use cockpit_page::{CockpitPage, CockpitPageProps};
pub use dial_form::{DialForm, DialFormProps, Prefill};
pub use dial_log::{DialLog, DialLogProps};
pub use dispositions::dispositions;
pub use end_shift::{EndShift, EndShiftProps};
pub use error_page::{ErrorPage, ErrorPageProps};
pub use exports::{ExportFormat, Exports, ExportsProps, export_shift};
pub use follower_page::{FollowerPage, FollowerPageProps};
pub use history_list::{HistoryList, HistoryListProps};
pub use inspector::{Inspector, InspectorProps};
pub use interaction_details::interaction_details;
pub use interaction_row::{InteractionRow, InteractionRowProps};
pub use notice::{Notice, NoticeProps};
pub use panel_bar::{PanelBar, PanelBarProps};
pub use region::{Region, RegionProps};
pub use remote_panel::{RemotePanel, RemotePanelProps};
pub use report::{ReportView, ReportViewProps};
pub use row_actions::row_actions;
pub use shortcuts_help::{ShortcutsHelp, ShortcutsHelpProps};
pub use silence_hint::{SilenceHint, SilenceHintProps};
