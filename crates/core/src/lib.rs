//! The cockpit's pure core: the uContact Events API as types, the cockpit's state and its
//! reducer, the tab election, the integrations' adapters, storage, exports, the shift report,
//! colours, configuration and every text. It knows nothing of the browser: it has no
//! WebAssembly dependency at all, so the compiler keeps it pure, and `cargo test` covers it
//! natively.
//!
//! Its modules depend on each other one way only (bottom-up, see the README).

pub mod attention;
pub mod coalesce;
pub mod color;
pub mod config;
pub mod datetime;
pub mod election;
pub mod export;
pub mod i18n;
pub mod integrations;
pub mod lifecycle;
pub mod naming;
pub mod origin;
pub mod palette;
pub mod protocol;
pub mod report;
pub mod screen_pop;
pub mod shortcuts;
pub mod state;
pub mod storage;
pub mod stored;
