//! Who may do what: the root user everything, an IAM user what its attached
//! policies (its own and its groups') allow. The lab has no other kind of policy.

use super::{Lab, Principal};
use crate::domain::iam::managed_policy::allows;
use crate::domain::iam::user::same_name;
use crate::domain::ids::AccountId;

/// What the console asks before it shows a page or performs an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsoleAction {
    /// The Account page (name, email, root password).
    AccountSettings,
    CloseAccount,
    /// Creating and managing IAM users and groups.
    ManageIamUsers,
    OwnAccessKeys,
    ChangeOwnPassword,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denied {
    /// Only the root user can do this, whatever an IAM user's policies say.
    RootUserOnly,
    /// No identity-based policy of the user allows it.
    NotAuthorized,
}

impl Lab {
    /// The user's managed policy ARNs: attached directly or through a group.
    pub fn user_policies(&self, account: AccountId, user: &str) -> Vec<String> {
        self.account(account)
            .map(|a| a.user_policies(user))
            .unwrap_or_default()
    }

    /// Whether `principal` may perform `action` (`iam:ListUsers`); `target_user`
    /// names the user acted on, which matters for self-service policies.
    pub fn allows(
        &self,
        account: AccountId,
        principal: &Principal,
        action: &str,
        target_user: Option<&str>,
    ) -> bool {
        match principal {
            Principal::Root => self.account(account).is_some(),
            Principal::IamUser { name } => {
                let own = target_user.is_some_and(|t| same_name(t, name));
                self.user_policies(account, name)
                    .iter()
                    .any(|p| allows(p, action, own))
            }
        }
    }

    /// The root user, or a user with AdministratorAccess (directly or through a group).
    pub fn is_administrator(&self, account: AccountId, principal: &Principal) -> bool {
        match principal {
            Principal::Root => self.account(account).is_some(),
            Principal::IamUser { name } => self
                .account(account)
                .is_some_and(|a| a.is_iam_administrator(name)),
        }
    }

    pub fn authorize(
        &self,
        account: AccountId,
        principal: &Principal,
        action: ConsoleAction,
    ) -> Result<(), Denied> {
        let own = match principal {
            Principal::Root => return Ok(()),
            Principal::IamUser { name } => Some(name.as_str()),
        };
        let iam_action = match action {
            ConsoleAction::AccountSettings | ConsoleAction::CloseAccount => {
                return Err(Denied::RootUserOnly)
            }
            ConsoleAction::ManageIamUsers => "iam:CreateUser",
            ConsoleAction::OwnAccessKeys => "iam:CreateAccessKey",
            ConsoleAction::ChangeOwnPassword => "iam:ChangePassword",
        };
        if self.allows(account, principal, iam_action, own) {
            Ok(())
        } else {
            Err(Denied::NotAuthorized)
        }
    }
}
