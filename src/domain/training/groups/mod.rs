//! One file per task group (see `super::group`).

pub mod secure_root;
