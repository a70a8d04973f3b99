//! Why a task has not ticked, when the lab can tell: the learner did something
//! close to the task that does not count (a user without the Administrators
//! group, a CloudShell call that ran with the console sign-in instead of the
//! key), or the lab's state stands in the way (two keys already, no MFA device).
//! Views say the reason beside the task; the rules live here.

use super::progress::{Progress, TaskState};
use super::task::Task;
use crate::domain::access_key::AccessKeyStatus;
use crate::domain::account::Account;
use crate::domain::principal::Principal;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum NotTicked {
    /// A root-user task while an IAM user is signed in.
    NeedsRootUser,
    /// The root user has two access keys, inactive ones included: a third is
    /// refused until one is deleted.
    KeyLimitReached,
    /// A root key exists whose secret was never shown nor downloaded: it cannot
    /// show that the learner kept a secret.
    SecretNotSaved,
    /// The last CloudShell call ran with the console sign-in's credentials, not
    /// with the key (nothing configured, or a reloaded shell forgot `aws configure`).
    ConsoleCredentialsUsed,
    /// The key is inactive, but no call has tried it yet.
    InactiveKeyNotTried,
    /// The learner's key is still active: the console deletes inactive keys only.
    KeyStillActive,
    /// IAM users exist, none with AdministratorAccess; the newest one is named.
    UserWithoutAdministrators { user: String },
    /// No MFA device is assigned to the root user yet.
    NoRootMfaDevice,
    /// Someone is signed in: the sign-in task needs a sign-out first.
    SignOutFirst,
    /// The administrators have no console password, so none can sign in.
    AdminWithoutConsolePassword { user: String },
}

/// Why `task` is not done in `account`, if the lab can tell. `signed_in` is who
/// is signed in to this account now, if anyone.
pub fn why_not(
    task: Task,
    account: &Account,
    progress: &Progress,
    signed_in: Option<&Principal>,
) -> Option<NotTicked> {
    if progress.state(task, account) == TaskState::Done {
        return None;
    }
    let as_iam_user = matches!(signed_in, Some(Principal::IamUser { .. }));
    let keys = &account.root.access_keys;
    let created = progress.created_keys(account);
    let console_call = progress.console_credentials_used();
    match task {
        // An auditor may be an administrator: these need no root session.
        Task::CreateAccount
        | Task::FindRootKeyInReport
        | Task::FindKeyCreator
        | Task::ConfirmNoRootKeys => None,
        Task::SignInAsRoot | Task::SignInAsIamUser if signed_in.is_some() => {
            Some(NotTicked::SignOutFirst)
        }
        Task::SignInAsRoot => None,
        Task::SignInAsIamUser => {
            let admins: Vec<_> = account
                .users
                .iter()
                .filter(|u| account.is_iam_administrator(&u.name))
                .collect();
            match admins.last() {
                Some(u) if admins.iter().all(|a| a.password.is_none()) => {
                    Some(NotTicked::AdminWithoutConsolePassword {
                        user: u.name.clone(),
                    })
                }
                _ => None,
            }
        }
        Task::SignInWithMfa if account.root.mfa.is_empty() => Some(NotTicked::NoRootMfaDevice),
        Task::SignInWithMfa => signed_in.map(|_| NotTicked::SignOutFirst),
        Task::UseKeyInCloudShell | Task::DeactivateKey if console_call && !created.is_empty() => {
            Some(NotTicked::ConsoleCredentialsUsed)
        }
        _ if as_iam_user => Some(NotTicked::NeedsRootUser),
        Task::CreateAccessKey if keys.is_full() => Some(NotTicked::KeyLimitReached),
        Task::CreateAccessKey => keys
            .iter()
            .any(|k| !progress.secret_saved(&k.id))
            .then_some(NotTicked::SecretNotSaved),
        Task::DeactivateKey => created
            .iter()
            .any(|id| inactive(account, id.as_str()))
            .then_some(NotTicked::InactiveKeyNotTried),
        Task::DeleteAccessKey => {
            let present: Vec<_> = created
                .iter()
                .filter_map(|id| keys.get(id.as_str()))
                .collect();
            (!present.is_empty() && present.iter().all(|k| k.status == AccessKeyStatus::Active))
                .then_some(NotTicked::KeyStillActive)
        }
        Task::CreateIamAdmin => {
            account
                .users
                .last()
                .map(|u| NotTicked::UserWithoutAdministrators {
                    user: u.name.clone(),
                })
        }
        Task::OpenSecurityCredentials
        | Task::EnableRootMfa
        | Task::UseKeyInCloudShell
        | Task::ChangeRootPassword => None,
    }
}

fn inactive(account: &Account, key_id: &str) -> bool {
    account
        .root
        .access_keys
        .get(key_id)
        .is_some_and(|k| k.status == AccessKeyStatus::Inactive)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
    use crate::domain::ids::AccessKeyId;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;
    use crate::domain::training::testing::{account, add_root_passkey, user};
    use crate::domain::training::TaskEvent;

    fn root() -> Option<&'static Principal> {
        Some(&Principal::Root)
    }

    fn new_key(a: &mut Account) -> AccessKeyId {
        a.root
            .access_keys
            .create(a.id, &mut OsRandom, Timestamp(1))
            .unwrap()
            .id
    }

    fn saved(p: &mut Progress, id: &AccessKeyId) {
        p.record(TaskEvent::SecretSaved { key_id: id.clone() });
    }

    #[test]
    fn a_user_without_administrators_is_named_and_an_admin_clears_it() {
        let mut a = account();
        let p = Progress::default();
        assert_eq!(why_not(Task::CreateIamAdmin, &a, &p, root()), None);
        a.users.push(user("dev", &[], &[]));
        a.users.push(user("ops", &[], &[]));
        assert_eq!(
            why_not(Task::CreateIamAdmin, &a, &p, root()),
            Some(NotTicked::UserWithoutAdministrators { user: "ops".into() })
        );
        a.users[0]
            .attached_policies
            .push(ADMINISTRATOR_ACCESS.into());
        assert_eq!(why_not(Task::CreateIamAdmin, &a, &p, root()), None);
    }

    #[test]
    fn a_call_with_the_console_credentials_is_why_the_key_tasks_did_not_tick() {
        let mut a = account();
        let mut p = Progress::default();
        let id = new_key(&mut a);
        saved(&mut p, &id);
        assert_eq!(why_not(Task::UseKeyInCloudShell, &a, &p, root()), None);
        p.record(TaskEvent::CalledWithConsoleCredentials);
        assert_eq!(
            why_not(Task::UseKeyInCloudShell, &a, &p, root()),
            Some(NotTicked::ConsoleCredentialsUsed)
        );
        // Inactive, then tried through the console sign-in: still that reason.
        a.root
            .access_keys
            .set_status(id.as_str(), AccessKeyStatus::Inactive)
            .unwrap();
        assert_eq!(
            why_not(Task::DeactivateKey, &a, &p, root()),
            Some(NotTicked::ConsoleCredentialsUsed)
        );
        // A call with the key forgets it: the key is refused, the task ticks.
        p.record(TaskEvent::InactiveKeyRefused { key_id: id.clone() });
        assert_eq!(why_not(Task::DeactivateKey, &a, &p, root()), None);
        assert_eq!(p.state(Task::DeactivateKey, &a), TaskState::Done);
    }

    #[test]
    fn without_a_key_of_theirs_the_console_credentials_are_not_the_reason() {
        let a = account();
        let mut p = Progress::default();
        p.record(TaskEvent::CalledWithConsoleCredentials);
        assert_eq!(why_not(Task::UseKeyInCloudShell, &a, &p, root()), None);
    }

    #[test]
    fn the_key_limit_and_an_unsaved_secret_stop_create_access_key() {
        let mut a = account();
        let p = Progress::default();
        new_key(&mut a);
        assert_eq!(
            why_not(Task::CreateAccessKey, &a, &p, root()),
            Some(NotTicked::SecretNotSaved)
        );
        new_key(&mut a);
        assert_eq!(
            why_not(Task::CreateAccessKey, &a, &p, root()),
            Some(NotTicked::KeyLimitReached)
        );
    }

    #[test]
    fn inactive_not_tried_and_still_active_keys_are_said() {
        let mut a = account();
        let mut p = Progress::default();
        let id = new_key(&mut a);
        saved(&mut p, &id);
        assert_eq!(why_not(Task::DeactivateKey, &a, &p, root()), None);
        assert_eq!(
            why_not(Task::DeleteAccessKey, &a, &p, root()),
            Some(NotTicked::KeyStillActive)
        );
        a.root
            .access_keys
            .set_status(id.as_str(), AccessKeyStatus::Inactive)
            .unwrap();
        assert_eq!(
            why_not(Task::DeactivateKey, &a, &p, root()),
            Some(NotTicked::InactiveKeyNotTried)
        );
        assert_eq!(why_not(Task::DeleteAccessKey, &a, &p, root()), None);
    }

    #[test]
    fn root_tasks_need_the_root_user_and_sign_ins_need_a_sign_out() {
        let mut a = account();
        let p = Progress::default();
        let iam = Principal::user("admin");
        for t in [
            Task::OpenSecurityCredentials,
            Task::EnableRootMfa,
            Task::CreateAccessKey,
            Task::ChangeRootPassword,
        ] {
            assert_eq!(
                why_not(t, &a, &p, Some(&iam)),
                Some(NotTicked::NeedsRootUser)
            );
            assert_eq!(why_not(t, &a, &p, root()), None);
        }
        assert_eq!(
            why_not(Task::SignInAsIamUser, &a, &p, root()),
            Some(NotTicked::SignOutFirst)
        );
        assert_eq!(
            why_not(Task::SignInWithMfa, &a, &p, None),
            Some(NotTicked::NoRootMfaDevice)
        );
        add_root_passkey(&mut a);
        assert_eq!(
            why_not(Task::SignInWithMfa, &a, &p, root()),
            Some(NotTicked::SignOutFirst)
        );
        assert_eq!(why_not(Task::SignInWithMfa, &a, &p, None), None);
    }

    #[test]
    fn an_admin_without_a_console_password_cannot_sign_in() {
        let mut a = account();
        let p = Progress::default();
        a.users.push(user("admin", &[], &[ADMINISTRATOR_ACCESS]));
        assert_eq!(
            why_not(Task::SignInAsIamUser, &a, &p, None),
            Some(NotTicked::AdminWithoutConsolePassword {
                user: "admin".into()
            })
        );
    }

    #[test]
    fn a_done_task_has_no_reason() {
        let mut a = account();
        let p = Progress::with_done([Task::CreateIamAdmin]);
        a.users.push(user("dev", &[], &[]));
        assert_eq!(why_not(Task::CreateIamAdmin, &a, &p, root()), None);
    }
}
