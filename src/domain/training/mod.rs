//! Guided training: the eleven tasks of the root-user walk-through, the progress
//! that ticks them from the lab's real state and events (never from a "mark done"
//! click), and versioned JSON scenarios that set up a starting lab.
//!
//! Pure domain code: the UI records [`TaskEvent`]s where they happen, keeps one
//! [`Progress`] per account (see [`TrainingProgress`]) and reads [`task_states`].

pub mod builtin;
pub mod progress;
pub mod scenario;
pub mod task;

#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod scenario_tests;

pub use builtin::{builtin, named_scenario, scenario_name_in_query, BUILTIN_NAMES};
pub use progress::{task_states, Progress, TaskState, TrainingProgress};
pub use scenario::{parse_scenario, Scenario, ScenarioError, FORMAT, SUPPORTED_VERSION};
pub use task::{Task, TaskEvent};
