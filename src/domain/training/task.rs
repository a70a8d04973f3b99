//! The guided tasks, in the order the panel lists them, and the events the
//! UI reports for what the lab's state alone cannot show.

use crate::domain::ids::AccessKeyId;
use serde::{Deserialize, Serialize};

/// One step of the guided walk-through. The serialised name (`create-account`, …)
/// is the one scenario files use in `tasks_done`, and the one stored progress is
/// keyed by: declaration order is only the panel's order and may change freely.
///
/// Each variant's doc says what ticks it: the account's state (a key, an MFA
/// device, an administrator), a [`TaskEvent`] the lab records where it happens,
/// or both. See `progress::evidenced` for the rules themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Task {
    /// "Create a new AWS account" (sign-up page). Done once the account exists.
    CreateAccount,
    /// "Sign in" → "Root user" with the root email and password (and the MFA code,
    /// once a device is assigned). Ticked by [`TaskEvent::SignedInAsRoot`].
    SignInAsRoot,
    /// Account menu → "Security credentials", through the warning about using the
    /// root user ("Continue to Security credentials").
    OpenSecurityCredentials,
    /// "Multi-factor authentication (MFA)" → "Assign MFA device". Ticked while the
    /// root user has any MFA device (authenticator app, hardware token or passkey).
    EnableRootMfa,
    /// Sign out, then sign in as the root user again, answering the MFA step.
    /// Ticked by [`TaskEvent::SignedInAsRootWithMfa`].
    SignInWithMfa,
    /// "Access keys" → "Create access key", then keep the secret: "Show" it or
    /// "Download .csv file" (`rootkey.csv`).
    CreateAccessKey,
    /// CloudShell: `aws sts get-caller-identity` (or any call) accepted with that key.
    #[serde(rename = "use-key-in-cloudshell")]
    UseKeyInCloudShell,
    /// "Actions" → "Deactivate", then the same key refused in CloudShell
    /// (`InvalidClientTokenId`).
    DeactivateKey,
    /// "Actions" → "Delete", typing the access key ID to confirm.
    DeleteAccessKey,
    /// Account settings → root user password "Edit". Ticked by
    /// [`TaskEvent::RootPasswordChanged`].
    ChangeRootPassword,
    /// IAM → Users → "Create user" with administrator permissions. Ticked while the
    /// account has an IAM user with AdministratorAccess, attached to the user or to
    /// one of its groups (the console's "Administrators" group).
    CreateIamAdmin,
    /// The account-specific sign-in page (account ID or alias, IAM user name,
    /// password). Ticked by [`TaskEvent::SignedInAsIamUser`].
    SignInAsIamUser,
    /// "Audit the root user" (`audit.rs`): the credential report read while a
    /// root key existed (`GetCredentialReport` in CloudTrail).
    #[serde(rename = "find-root-key-in-credential-report")]
    FindRootKeyInReport,
    /// Event history (or `lookup-events`) looked up so as to find the root
    /// user's `CreateAccessKey`.
    #[serde(rename = "find-key-creator-in-event-history")]
    FindKeyCreator,
    /// `GetAccountSummary` after the root user's last key was deleted
    /// (`AccountAccessKeysPresent` 0).
    #[serde(rename = "confirm-no-root-access-keys")]
    ConfirmNoRootKeys,
}

impl Task {
    /// Every task, in the panel's order: the groups' tasks, group after group
    /// (`super::groups::GROUPS`; a test checks the two agree).
    pub const ALL: [Task; 15] = [
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
        Task::FindRootKeyInReport,
        Task::FindKeyCreator,
        Task::ConfirmNoRootKeys,
    ];

    /// The stable name used in scenario files, in stored progress and as the
    /// i18n key stem.
    pub fn slug(self) -> &'static str {
        match self {
            Task::CreateAccount => "create-account",
            Task::SignInAsRoot => "sign-in-as-root",
            Task::OpenSecurityCredentials => "open-security-credentials",
            Task::EnableRootMfa => "enable-root-mfa",
            Task::SignInWithMfa => "sign-in-with-mfa",
            Task::CreateAccessKey => "create-access-key",
            Task::UseKeyInCloudShell => "use-key-in-cloudshell",
            Task::DeactivateKey => "deactivate-key",
            Task::DeleteAccessKey => "delete-access-key",
            Task::ChangeRootPassword => "change-root-password",
            Task::CreateIamAdmin => "create-iam-admin",
            Task::SignInAsIamUser => "sign-in-as-iam-user",
            Task::FindRootKeyInReport => "find-root-key-in-credential-report",
            Task::FindKeyCreator => "find-key-creator-in-event-history",
            Task::ConfirmNoRootKeys => "confirm-no-root-access-keys",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Task> {
        Task::ALL.into_iter().find(|t| t.slug() == slug)
    }
}

/// What happened in the UI or the terminal that the lab's state cannot show by
/// itself. The lab records each in the operation where it happens (sign-in,
/// password change, the access-key operations); the two that a view alone
/// witnesses reach it as a `lab::Seen` through `Lab::record_seen`: the warning's
/// "Continue", and a new key's secret shown (console "Show" or "Download .csv
/// file", or printed by `aws iam create-access-key`). The key events count for
/// the root user's keys only, a rule `Lab::record_key_event` holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaskEvent {
    /// A console session started as the root user (`Lab::start_session`).
    SignedInAsRoot,
    /// That session started after the MFA step was answered (a code or a passkey).
    SignedInAsRootWithMfa,
    /// CloudShell ran a call with the console session's own credentials (no access
    /// key configured, or one the learner set was lost with the shell): the key
    /// tasks cannot see that call. A later call with a key forgets it.
    CalledWithConsoleCredentials,
    /// "Continue to Security credentials" on the root-user warning (`Seen`).
    OpenedSecurityCredentialsThroughWarning,
    /// The new key's secret was shown or `rootkey.csv` downloaded in the console,
    /// or printed by `aws iam create-access-key` in CloudShell (`Seen`).
    SecretSaved { key_id: AccessKeyId },
    /// CloudShell accepted a call signed with this root key (`Lab::record_key_use`).
    KeyWorkedInCloudShell { key_id: AccessKeyId },
    /// CloudShell refused this root key because it is inactive
    /// (`InvalidClientTokenId`; `Lab::authenticate`).
    InactiveKeyRefused { key_id: AccessKeyId },
    /// The root key was deleted (console dialog or `aws iam delete-access-key`;
    /// `Lab::delete_access_key`).
    KeyDeleted { key_id: AccessKeyId },
    /// The root password was changed (`Lab::change_root_password`).
    RootPasswordChanged,
    /// A console session started as an IAM user of the account (`Lab::start_session`).
    SignedInAsIamUser,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifteen_tasks_in_order_with_unique_round_tripping_slugs() {
        assert_eq!(Task::ALL.len(), 15);
        let mut sorted = Task::ALL;
        sorted.sort();
        assert_eq!(sorted, Task::ALL, "ALL follows declaration order");
        for t in Task::ALL {
            assert_eq!(Task::from_slug(t.slug()), Some(t));
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.slug()));
        }
        assert_eq!(Task::from_slug("mark-done"), None);
    }
}
