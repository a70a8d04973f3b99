//! Who may do what: the root user everything in its own account, an IAM user what
//! its attached policies (its own and its groups') allow. The lab has no other
//! kind of policy, and nobody acts in another account.
//!
//! Pages and the terminal ask first, to show AWS's own refusal; every operation
//! that changes the lab asks again here, so a view that forgot cannot slip by.

use super::{Identity, Lab, Principal};
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
    /// No identity-based policy of the user allows it (or the actor belongs to
    /// another account, where no policy of the lab reaches).
    NotAuthorized,
}

/// Why an operation that checks its actor did not happen: the actor may not do
/// it at all, or the operation's own rules refused it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused<E> {
    Denied(Denied),
    Problem(E),
}

impl<E> From<E> for Refused<E> {
    fn from(problem: E) -> Self {
        Refused::Problem(problem)
    }
}

impl<E> Refused<E> {
    /// The operation's own refusal; `None` for a denial.
    pub fn problem(self) -> Option<E> {
        match self {
            Refused::Problem(p) => Some(p),
            Refused::Denied(_) => None,
        }
    }
}

impl Lab {
    /// The user's managed policy ARNs: attached directly or through a group.
    pub fn user_policies(&self, account: AccountId, user: &str) -> Vec<String> {
        self.account(account)
            .map(|a| a.user_policies(user))
            .unwrap_or_default()
    }

    /// Whether `who` may perform `action` (`iam:ListUsers`) in its own account;
    /// `target_user` names the user acted on, which matters for self-service policies.
    pub fn allows(&self, who: &Identity, action: &str, target_user: Option<&str>) -> bool {
        match &who.principal {
            Principal::Root => self.account(who.account).is_some(),
            Principal::IamUser { name } => {
                let own = target_user.is_some_and(|t| same_name(t, name));
                self.user_policies(who.account, name)
                    .iter()
                    .any(|p| allows(p, action, own))
            }
        }
    }

    /// The root user, or a user with AdministratorAccess (directly or through a group).
    pub fn is_administrator(&self, who: &Identity) -> bool {
        match &who.principal {
            Principal::Root => self.account(who.account).is_some(),
            Principal::IamUser { name } => self
                .account(who.account)
                .is_some_and(|a| a.is_iam_administrator(name)),
        }
    }

    pub fn authorize(&self, who: &Identity, action: ConsoleAction) -> Result<(), Denied> {
        let own = match &who.principal {
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
        if self.allows(who, iam_action, own) {
            Ok(())
        } else {
            Err(Denied::NotAuthorized)
        }
    }

    /// The backstop of the root user's own settings (always of the actor's own
    /// account): its root user only.
    pub(super) fn check_root_user(&self, actor: &Identity) -> Result<(), Denied> {
        if self.account(actor.account).is_none() {
            return Err(Denied::NotAuthorized);
        }
        if !actor.is_root() {
            return Err(Denied::RootUserOnly);
        }
        Ok(())
    }

    /// The backstop of an IAM operation in `account`: the same `allows` rule, and
    /// the same action names, the terminal checks before it calls.
    pub(super) fn check_allowed(
        &self,
        actor: &Identity,
        account: AccountId,
        action: &str,
        target_user: Option<&str>,
    ) -> Result<(), Denied> {
        if actor.account == account && self.allows(actor, action, target_user) {
            Ok(())
        } else {
            Err(Denied::NotAuthorized)
        }
    }
}
