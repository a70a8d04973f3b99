//! Guided training: the tasks of the root-user walk-through, in groups, and the
//! progress that ticks them from the lab's real state and events (never from a
//! "mark done" click); where each is done ([`guide`]), why one did not tick
//! ([`why_not`]), and the recap at the end ([`Recap`]).
//!
//! Pure domain code, below the lab. The lab keeps one [`Progress`] per account in
//! `Lab::training` (a [`TrainingProgress`]) and records the [`TaskEvent`]s of its
//! own operations where they happen: sign-in (`start_session`), the root password
//! change, and the access-key operations (deleted, used or refused as inactive).
//! Views report only what they alone saw (the warning's "Continue", a secret
//! shown) through `Lab::record_seen`, call `Lab::settle_training` after every
//! operation (its return value is what to announce), and read
//! `lab.training.states(account)` and [`next_task`] for the panel. Scenarios
//! (`crate::domain::scenario`) start a lab with tasks already done. Stored
//! progress names tasks by slug, so the panel's order can change freely.

mod audit;
pub mod group;
pub mod groups;
pub mod guide;
pub mod progress;
pub mod recap;
pub mod task;
pub mod why_not;

#[cfg(test)]
mod lab_events_tests;
#[cfg(test)]
mod testing;

pub use group::TaskGroup;
pub use groups::{group_of, GROUPS};
pub use guide::{guide, Guide, MenuItem, Section};
pub use progress::{next_task, task_states, Progress, TaskState, TrainingProgress};
pub use recap::Recap;
pub use task::{Task, TaskEvent};
pub use why_not::{why_not, NotTicked};
