//! Persistence: the versioned envelope (plain Rust, tested natively) and the
//! browser's localStorage behind it (the only code that touches it).

pub mod cas;
pub mod envelope;
pub mod first_look;
#[cfg(test)]
mod fuzz_tests;
pub mod fuzzing;
#[cfg(target_arch = "wasm32")]
pub mod local;
pub mod migrate;
