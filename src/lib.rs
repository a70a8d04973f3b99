//! rootkey-lab: the AWS console flow for the account root user, in the browser.
//!
//! `domain` holds every rule as plain Rust; `store` persists it; the UI modules
//! (browser only) render state and dispatch domain operations.

pub mod domain;
pub mod i18n;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod state;
