//! The cockpit's entry point, as Trunk builds it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    ucontact_cockpit::start();
}
