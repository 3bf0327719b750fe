//! The shift report (`crate::report`) in the panel: the view, its tables and its charts.

mod charts;
mod style;
mod table;
mod view;

pub use view::{ReportView, ReportViewProps, shift_report};
