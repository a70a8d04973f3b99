//! The recap once the root-user walk-through (`groups::secure_root`) is done:
//! what it leaves behind, as the account shows it now (not as it was when each
//! task ticked). The audit group after it does not hold the recap back.

use super::groups::secure_root::SECURE_ROOT;
use super::progress::TaskState;
use super::task::Task;
use crate::domain::account::Account;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recap {
    /// MFA devices the root user has.
    pub root_mfa_devices: usize,
    /// Root access keys left (the recommendation is none).
    pub root_keys: usize,
    /// The newest IAM user with AdministratorAccess, to be used from now on.
    pub admin: Option<String>,
}

impl Recap {
    pub fn of(account: &Account) -> Recap {
        Recap {
            root_mfa_devices: account.root.mfa.devices.len(),
            root_keys: account.root.access_keys.len(),
            admin: account
                .users
                .iter()
                .rev()
                .find(|u| account.is_iam_administrator(&u.name))
                .map(|u| u.name.clone()),
        }
    }

    /// The recap, once every task of the walk-through is done in `states`.
    pub fn after_walk_through(account: &Account, states: &[(Task, TaskState)]) -> Option<Recap> {
        let done = |t: &Task| states.contains(&(*t, TaskState::Done));
        SECURE_ROOT
            .tasks
            .iter()
            .all(done)
            .then(|| Recap::of(account))
    }

    /// Every line holds: MFA on, no root keys, an administrator.
    pub fn all_good(&self) -> bool {
        self.root_mfa_devices > 0 && self.root_keys == 0 && self.admin.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;
    use crate::domain::training::testing::{account, add_root_passkey, user};

    #[test]
    fn the_recap_follows_the_walk_through_whatever_the_audit_group_says() {
        let a = account();
        let all = |state| Task::ALL.map(|t| (t, state));
        assert_eq!(Recap::after_walk_through(&a, &all(TaskState::NotYet)), None);
        let mut walked = all(TaskState::Done);
        for (t, s) in walked.iter_mut() {
            if !SECURE_ROOT.tasks.contains(t) {
                *s = TaskState::NotYet;
            }
        }
        assert_eq!(Recap::after_walk_through(&a, &walked), Some(Recap::of(&a)));
        walked[0].1 = TaskState::NotYet;
        assert_eq!(Recap::after_walk_through(&a, &walked), None);
    }

    #[test]
    fn the_recap_reads_the_account_as_it_is_now() {
        let mut a = account();
        let r = Recap::of(&a);
        assert_eq!(
            r,
            Recap {
                root_mfa_devices: 0,
                root_keys: 0,
                admin: None
            }
        );
        assert!(!r.all_good());
        add_root_passkey(&mut a);
        a.users.push(user("dev", &[], &[]));
        a.users.push(user("admin", &[], &[ADMINISTRATOR_ACCESS]));
        assert!(Recap::of(&a).all_good());
        assert_eq!(Recap::of(&a).admin.as_deref(), Some("admin"));
        a.root
            .access_keys
            .create(a.id, &mut OsRandom, Timestamp(1))
            .unwrap();
        let r = Recap::of(&a);
        assert_eq!(r.root_keys, 1);
        assert!(!r.all_good());
    }
}
