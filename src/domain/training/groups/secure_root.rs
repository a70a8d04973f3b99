//! The root-user walk-through, in the order AWS recommends securing a new
//! account: the account, MFA for the root user (and a sign-in that uses it),
//! then what root access keys are and why they go, the root password, and the
//! first administrator, who is used from then on.

use super::super::group::TaskGroup;
use super::super::task::Task;

pub const SECURE_ROOT: TaskGroup = TaskGroup {
    slug: "secure-root",
    tasks: &[
        Task::CreateAccount,
        Task::SignInAsRoot,
        Task::OpenSecurityCredentials,
        Task::EnableRootMfa,
        Task::SignInWithMfa,
        Task::CreateAccessKey,
        Task::UseKeyInCloudShell,
        Task::DeactivateKey,
        Task::DeleteAccessKey,
        Task::ChangeRootPassword,
        Task::CreateIamAdmin,
        Task::SignInAsIamUser,
    ],
};
