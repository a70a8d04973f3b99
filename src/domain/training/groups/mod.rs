//! The panel lists its tasks in groups, group after group. Each group lives in
//! its own file here, so a new group (say, auditing the root user) is one new
//! file, one line in [`GROUPS`], and its tasks in `Task`.

pub mod audit_root;
pub mod secure_root;

use super::group::TaskGroup;
use super::task::Task;

/// Every group, in panel order.
pub const GROUPS: &[&TaskGroup] = &[&secure_root::SECURE_ROOT, &audit_root::AUDIT_ROOT];

/// The group a task belongs to.
pub fn group_of(task: Task) -> &'static TaskGroup {
    GROUPS
        .iter()
        .find(|g| g.tasks.contains(&task))
        .expect("every task is in a group (tested)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_groups_list_every_task_once_in_panel_order() {
        let listed: Vec<Task> = GROUPS
            .iter()
            .flat_map(|g| g.tasks.iter().copied())
            .collect();
        assert_eq!(listed, Task::ALL);
        for t in Task::ALL {
            assert!(group_of(t).tasks.contains(&t));
        }
        let mut slugs: Vec<&str> = GROUPS.iter().map(|g| g.slug).collect();
        slugs.dedup();
        assert_eq!(slugs.len(), GROUPS.len());
    }
}
