//! Guided training: the eleven tasks of the root-user walk-through and the
//! progress that ticks them from the lab's real state and events (never from a
//! "mark done" click).
//!
//! Pure domain code, below the lab. The lab keeps one [`Progress`] per account in
//! `Lab::training` (a [`TrainingProgress`]) and records the [`TaskEvent`]s of its
//! own operations where they happen: sign-in (`start_session`), the root password
//! change, root key deletion, and in CloudShell the root key created, used or
//! refused as inactive. The UI records only the two events that happen in a view
//! alone, through `Lab::record_task_event`, calls `Lab::settle_training` after
//! every operation (its return value is what to announce), and reads
//! `lab.training.states(account)` and [`next_task`] for the panel. Scenarios
//! (`crate::domain::scenario`) start a lab with tasks already done.

pub mod progress;
pub mod task;

#[cfg(test)]
mod lab_events_tests;

pub use progress::{next_task, task_states, Progress, TaskState, TrainingProgress};
pub use task::{Task, TaskEvent};
