//! The uContact cockpit, the web app: a host page that embeds the uContact agent application,
//! follows its Events API over `postMessage`, and shows the agent their interactions.
//!
//! The rules live in the pure core (`crates/core`, re-exported here so the browser side reads
//! `crate::protocol`, `crate::state`, …); this crate is the browser side (`web`), which exists
//! only in WebAssembly.

pub use ucontact_cockpit_core::*;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub use web::start;
