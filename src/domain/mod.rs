//! Plain Rust, no browser: every rule of the lab, tested natively.

pub mod access_key;
pub mod account;
pub mod account_audit;
pub mod base64;
pub mod cli;
pub mod cloudtrail;
pub mod echo;
pub mod fuzzing;
pub mod iam;
pub mod ids;
pub mod key_file;
pub mod lab;
pub mod mfa;
pub mod navigation;
pub mod password;
pub mod policy;
pub mod prefs;
pub mod principal;
pub mod random;
pub mod scenario;
pub mod secret;
pub mod size_caps;
pub mod time;
pub mod training;
