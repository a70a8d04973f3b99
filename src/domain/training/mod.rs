//! Guided training: the eleven tasks of the root-user walk-through and the
//! progress that ticks them from the lab's real state and events (never from a
//! "mark done" click).
//!
//! Pure domain code, below the lab. The lab keeps one [`Progress`] per account in
//! `Lab::training` (a [`TrainingProgress`]) and records the [`TaskEvent`]s of its
//! own operations where they happen: sign-in (`start_session`), the root password
//! change, and the access-key operations (deleted, used or refused as inactive).
//! Views report only what they alone saw (the warning's "Continue", a secret
//! shown) through `Lab::record_seen`, call `Lab::settle_training` after every
//! operation (its return value is what to announce), and read
//! `lab.training.states(account)` and [`next_task`] for the panel. Scenarios
//! (`crate::domain::scenario`) start a lab with tasks already done.

mod audit;
pub mod progress;
pub mod task;

#[cfg(test)]
mod lab_events_tests;

pub use progress::{next_task, task_states, Progress, TaskState, TrainingProgress};
pub use task::{Task, TaskEvent};
