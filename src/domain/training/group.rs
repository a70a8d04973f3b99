//! A titled run of tasks. The groups themselves, one file each, are in
//! `groups/`, listed in panel order by `groups::GROUPS`.

use super::task::Task;

/// A titled run of tasks, in the order the panel lists them.
#[derive(Debug, PartialEq, Eq)]
pub struct TaskGroup {
    /// The stable name views map to a title.
    pub slug: &'static str,
    pub tasks: &'static [Task],
}
