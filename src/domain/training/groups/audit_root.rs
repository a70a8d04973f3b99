//! Auditing the root user as an auditor does (CIS AWS Foundations' root checks):
//! find the root key in the credential report, find who created it in
//! CloudTrail's Event history, and confirm with `get-account-summary` that no
//! root key remains. Each ticks from the account's CloudTrail records
//! (`super::super::audit`).

use super::super::group::TaskGroup;
use super::super::task::Task;

pub const AUDIT_ROOT: TaskGroup = TaskGroup {
    slug: "audit-root",
    tasks: &[
        Task::FindRootKeyInReport,
        Task::FindKeyCreator,
        Task::ConfirmNoRootKeys,
    ],
};
