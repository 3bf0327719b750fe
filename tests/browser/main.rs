//! Browser tests (wasm-bindgen-test in headless Chromium): components render from state,
//! theme and language follow uContact, the dial form validates, and the message edge refuses
//! what only a browser can send. Run with `./dev test`, or on their own with
//! `cargo test --target wasm32-unknown-unknown --test browser`.

#![cfg(target_arch = "wasm32")]
// Test code asserts by unwrapping and indexing; the no-panic rules are for the shipped code.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod bridge;
mod components;
mod dial_form;
mod forward;
mod message_edge;
mod persistence;
mod report;
mod speech;
mod support;
mod theme;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
