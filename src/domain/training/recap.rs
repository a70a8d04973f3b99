//! The recap once every task is done: what the walk-through leaves behind, as
//! the account shows it now (not as it was when each task ticked).

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
