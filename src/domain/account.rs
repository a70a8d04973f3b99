//! An AWS account as the lab models it: its identity and its root user.

use super::access_key::{AccessKeyStatus, AccessKeys};
use super::cloudtrail::Trail;
use super::iam::credential_report::CredentialReport;
use super::iam::group::Group;
use super::iam::managed_policy::ADMINISTRATOR_ACCESS;
use super::iam::user::{same_name, IamUser};
use super::ids::AccountId;
use super::mfa::MfaDevices;
use super::password::PasswordHash;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: AccountId,
    pub name: String,
    #[serde(default)]
    pub alias: Option<String>,
    pub created: Timestamp,
    pub root: RootUser,
    #[serde(default)]
    pub users: Vec<IamUser>,
    #[serde(default)]
    pub groups: Vec<Group>,
    /// The last credential report IAM generated, kept as AWS keeps it: reused
    /// for four hours, then expired. Labs saved before reports have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_report: Option<CredentialReport>,
    /// The account's CloudTrail event history (kept 90 days, capped by count).
    /// Stored only once there is one, so older labs keep their stored form.
    #[serde(default, skip_serializing_if = "Trail::is_empty")]
    pub trail: Trail,
}

impl Account {
    /// A user by name, matched as IAM matches names: regardless of case.
    pub fn user(&self, name: &str) -> Option<&IamUser> {
        self.users.iter().find(|u| same_name(&u.name, name))
    }

    pub fn user_mut(&mut self, name: &str) -> Option<&mut IamUser> {
        self.users.iter_mut().find(|u| same_name(&u.name, name))
    }

    pub fn group(&self, name: &str) -> Option<&Group> {
        self.groups.iter().find(|g| same_name(&g.name, name))
    }

    /// The user's managed policy ARNs: attached directly or through a group.
    /// Empty for a user the account does not have.
    pub fn user_policies(&self, name: &str) -> Vec<String> {
        let Some(u) = self.user(name) else {
            return Vec::new();
        };
        let mut policies = u.attached_policies.clone();
        for g in u.groups.iter().filter_map(|g| self.group(g)) {
            policies.extend(g.attached_policies.iter().cloned());
        }
        policies
    }

    /// A user with AdministratorAccess, directly or through a group: what IAM's
    /// best practice puts in place of the root user for everyday work.
    pub fn is_iam_administrator(&self, name: &str) -> bool {
        self.user_policies(name)
            .iter()
            .any(|p| p == ADMINISTRATOR_ACCESS)
    }

    pub fn has_iam_administrator(&self) -> bool {
        self.users
            .iter()
            .any(|u| self.is_iam_administrator(&u.name))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RootUser {
    pub email: String,
    pub password: PasswordHash,
    #[serde(default)]
    pub access_keys: AccessKeys,
    /// "Don't show me this message again" on the Security credentials warning.
    #[serde(default)]
    pub hide_root_warning: bool,
    #[serde(default)]
    pub mfa: MfaDevices,
    /// The last console sign-in with the password (the credential report's
    /// `password_last_used`); `None` until the first one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_last_used: Option<Timestamp>,
}

/// The delete dialog's rule: the console deletes only an inactive key, and only
/// once its ID has been typed back exactly (surrounding spaces from a paste aside).
pub fn console_may_delete(status: AccessKeyStatus, key_id: &str, typed: &str) -> bool {
    status == AccessKeyStatus::Inactive && typed.trim() == key_id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delete_confirmation_needs_an_inactive_key_and_the_exact_id() {
        let id = "AKIARZPUZDIKGB2VALC4";
        for (status, typed, ok) in [
            (AccessKeyStatus::Inactive, id, true),
            (AccessKeyStatus::Inactive, " AKIARZPUZDIKGB2VALC4\n", true),
            (AccessKeyStatus::Active, id, false),
            (AccessKeyStatus::Inactive, "akiarzpuzdikgb2valc4", false),
            (AccessKeyStatus::Inactive, "AKIARZPUZDIKGB2VALC", false),
            (AccessKeyStatus::Inactive, "", false),
        ] {
            assert_eq!(
                console_may_delete(status, id, typed),
                ok,
                "{status:?} {typed:?}"
            );
        }
    }
}
