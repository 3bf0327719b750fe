//! The uContact cockpit: a host page that embeds the uContact agent application, follows its
//! Events API over `postMessage`, and shows the agent their interactions.
//!
//! The pure core (`protocol`, `state`, `color`, `config`, `datetime`, `i18n`) knows nothing of
//! the browser and is tested natively; the rest (`app` and below) exists only in WebAssembly.

pub mod attention;
pub mod coalesce;
pub mod color;
pub mod config;
pub mod datetime;
pub mod election;
pub mod export;
pub mod host_api;
pub mod i18n;
pub mod origin;
pub mod palette;
pub mod protocol;
pub mod report;
pub mod screen_pop;
pub mod shortcuts;
pub mod state;
pub mod storage;
pub mod stored;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub use web::start;
