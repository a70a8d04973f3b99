//! The eleven guided tasks, in the order the panel lists them, and the events the
//! UI reports for what the lab's state alone cannot show.

use crate::domain::ids::AccessKeyId;
use serde::{Deserialize, Serialize};

/// One step of the guided walk-through. The serialised name (`create-account`, …)
/// is the one scenario files use in `tasks_done`.
///
/// The three steps that need MFA devices or IAM users ([`Task::EnableRootMfa`],
/// [`Task::CreateIamAdmin`], [`Task::SignInAsIamUser`]) are listed so the panel
/// shows the whole path, but nothing in this version emits their events: they
/// cannot be completed until MFA and IAM users are modelled (see
/// [`Task::available`]). A scenario may still list them as done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Task {
    /// "Create a new AWS account" (sign-up page). Done once the account exists.
    CreateAccount,
    /// "Sign in" → "Root user" with the root email and password.
    SignInAsRoot,
    /// Account menu → "Security credentials", through the warning about using the
    /// root user ("Continue to Security credentials").
    OpenSecurityCredentials,
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
    /// "Multi-factor authentication (MFA)" → "Assign MFA device". Needs MFA support.
    EnableRootMfa,
    /// Account settings → root user password "Edit".
    ChangeRootPassword,
    /// IAM → Users → "Create user" with administrator permissions. Needs IAM users.
    CreateIamAdmin,
    /// The account-specific sign-in page (account ID or alias, IAM user name,
    /// password). Needs IAM users.
    SignInAsIamUser,
}

impl Task {
    pub const ALL: [Task; 11] = [
        Task::CreateAccount,
        Task::SignInAsRoot,
        Task::OpenSecurityCredentials,
        Task::CreateAccessKey,
        Task::UseKeyInCloudShell,
        Task::DeactivateKey,
        Task::DeleteAccessKey,
        Task::EnableRootMfa,
        Task::ChangeRootPassword,
        Task::CreateIamAdmin,
        Task::SignInAsIamUser,
    ];

    /// The stable name used in scenario files and as the i18n key stem.
    pub fn slug(self) -> &'static str {
        match self {
            Task::CreateAccount => "create-account",
            Task::SignInAsRoot => "sign-in-as-root",
            Task::OpenSecurityCredentials => "open-security-credentials",
            Task::CreateAccessKey => "create-access-key",
            Task::UseKeyInCloudShell => "use-key-in-cloudshell",
            Task::DeactivateKey => "deactivate-key",
            Task::DeleteAccessKey => "delete-access-key",
            Task::EnableRootMfa => "enable-root-mfa",
            Task::ChangeRootPassword => "change-root-password",
            Task::CreateIamAdmin => "create-iam-admin",
            Task::SignInAsIamUser => "sign-in-as-iam-user",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Task> {
        Task::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// Where the task is done: an app route, without the site's base path.
    pub fn link(self) -> &'static str {
        match self {
            Task::CreateAccount => "/signup",
            Task::SignInAsRoot => "/signin",
            Task::OpenSecurityCredentials
            | Task::CreateAccessKey
            | Task::DeactivateKey
            | Task::DeleteAccessKey
            | Task::EnableRootMfa => "/console/security-credentials",
            Task::UseKeyInCloudShell => "/console/cloudshell",
            Task::ChangeRootPassword => "/console/account",
            Task::CreateIamAdmin => "/console/iam",
            Task::SignInAsIamUser => "/signin/iam",
        }
    }

    /// False for the steps whose events this version never emits (MFA, IAM users):
    /// the panel can show them as "coming later" rather than as a dead end.
    pub fn available(self) -> bool {
        !matches!(
            self,
            Task::EnableRootMfa | Task::CreateIamAdmin | Task::SignInAsIamUser
        )
    }
}

/// What happened in the UI or the terminal that the lab's state cannot show by
/// itself. The UI records each one on the progress of the account concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaskEvent {
    /// A successful root sign-in.
    SignedInAsRoot,
    /// "Continue to Security credentials" on the root-user warning.
    OpenedSecurityCredentialsThroughWarning,
    /// The new key's secret was shown or `rootkey.csv` downloaded (in the console,
    /// or printed by `aws iam create-access-key` in CloudShell).
    SecretSaved { key_id: AccessKeyId },
    /// CloudShell accepted a call signed with this key.
    KeyWorkedInCloudShell { key_id: AccessKeyId },
    /// CloudShell refused this key because it is inactive (`InvalidClientTokenId`).
    InactiveKeyRefused { key_id: AccessKeyId },
    /// The key was deleted (console dialog or `aws iam delete-access-key`).
    KeyDeleted { key_id: AccessKeyId },
    /// The root password was changed.
    RootPasswordChanged,
    /// Not emitted yet: MFA devices are not modelled.
    MfaEnabled,
    /// Not emitted yet: IAM users are not modelled.
    IamAdminCreated,
    /// Not emitted yet: IAM users are not modelled.
    SignedInAsIamUser,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_tasks_in_order_with_unique_round_tripping_slugs() {
        assert_eq!(Task::ALL.len(), 11);
        let mut sorted = Task::ALL;
        sorted.sort();
        assert_eq!(sorted, Task::ALL, "ALL follows declaration order");
        for t in Task::ALL {
            assert_eq!(Task::from_slug(t.slug()), Some(t));
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.slug()));
            assert!(t.link().starts_with('/'));
        }
        assert_eq!(Task::from_slug("mark-done"), None);
        let unavailable: Vec<_> = Task::ALL.into_iter().filter(|t| !t.available()).collect();
        assert_eq!(
            unavailable,
            [
                Task::EnableRootMfa,
                Task::CreateIamAdmin,
                Task::SignInAsIamUser
            ]
        );
    }
}
