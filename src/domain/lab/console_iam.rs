//! What the console's IAM and Security credentials pages need beyond the CLI's
//! operations: access keys addressed by their owner (root or a user), who may
//! manage whose keys, the Administrators group on demand, and the typed
//! confirmation before a user is deleted.

use super::{Denied, Identity, Lab, Principal};
use crate::domain::access_key::{AccessKeyError, AccessKeyStatus, AccessKeys, NewAccessKey};
use crate::domain::account::Account;
use crate::domain::iam::group::{Group, ADMINISTRATORS};
use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
use crate::domain::ids::AccountId;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

/// The group "Add to group Administrators (AdministratorAccess)" means, made on
/// first use exactly as the console makes it.
pub(super) fn ensure_administrators(a: &mut Account, group_id: String, now: Timestamp) -> String {
    if a.group(ADMINISTRATORS).is_none() {
        a.groups.push(Group {
            name: ADMINISTRATORS.to_string(),
            group_id,
            created: now,
            attached_policies: vec![ADMINISTRATOR_ACCESS.to_string()],
        });
    }
    a.group(ADMINISTRATORS)
        .map(|g| g.name.clone())
        .unwrap_or_else(|| ADMINISTRATORS.to_string())
}

/// Deleting a user in the console needs its name typed back exactly (a pasted
/// name's surrounding spaces aside): IAM names ignore case, the check does not.
pub fn console_may_delete_user(name: &str, typed: &str) -> bool {
    typed.trim() == name
}

/// What the console's sign-in link shows for the account: the alias when set.
pub fn sign_in_url(id: AccountId, alias: Option<&str>) -> String {
    let host = alias.map_or_else(|| id.to_string(), str::to_string);
    format!("https://{host}.signin.aws.amazon.com/console")
}

/// The navigation bar's name for an IAM user's session: `bob @ my-alias`, or
/// `bob @ 1234-5678-9012` without an alias.
pub fn iam_user_label(user: &str, id: AccountId, alias: Option<&str>) -> String {
    let account = alias.map_or_else(|| id.hyphenated(), str::to_string);
    format!("{user} @ {account}")
}

impl Lab {
    pub fn access_keys_of(&self, account: AccountId, owner: &Principal) -> Option<&AccessKeys> {
        let a = self.account(account)?;
        match owner {
            Principal::Root => Some(&a.root.access_keys),
            Principal::IamUser { name } => Some(&a.user(name)?.access_keys),
        }
    }

    fn access_keys_of_mut(
        &mut self,
        account: AccountId,
        owner: &Principal,
    ) -> Result<&mut AccessKeys, AccessKeyError> {
        let missing = || AccessKeyError::NoSuchEntity(owner.user_name().unwrap_or("").to_string());
        let a = self.account_mut(account).ok_or_else(missing)?;
        match owner {
            Principal::Root => Ok(&mut a.root.access_keys),
            Principal::IamUser { name } => {
                Ok(&mut a.user_mut(name).ok_or_else(missing)?.access_keys)
            }
        }
    }

    pub fn create_access_key_for(
        &mut self,
        account: AccountId,
        owner: &Principal,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<NewAccessKey, AccessKeyError> {
        self.access_keys_of_mut(account, owner)?
            .create(account, rng, now)
    }

    pub fn set_access_key_status_for(
        &mut self,
        account: AccountId,
        owner: &Principal,
        key_id: &str,
        status: AccessKeyStatus,
    ) -> Result<(), AccessKeyError> {
        self.access_keys_of_mut(account, owner)?
            .set_status(key_id, status)
    }

    pub fn delete_access_key_for(
        &mut self,
        account: AccountId,
        owner: &Principal,
        key_id: &str,
    ) -> Result<(), AccessKeyError> {
        match owner {
            // The root user's deletion is a guided task: one path records it.
            Principal::Root => self.delete_root_access_key(account, key_id),
            Principal::IamUser { .. } => self
                .access_keys_of_mut(account, owner)?
                .delete(key_id)
                .map(|_| ()),
        }
    }

    /// Whether `actor` may see and change `owner`'s access keys: one's own with
    /// `iam:CreateAccessKey` on oneself, another user's as a user manager, and
    /// the root user's only as the root user.
    pub fn may_manage_access_keys(
        &self,
        account: AccountId,
        actor: &Principal,
        owner: &Principal,
    ) -> Result<(), Denied> {
        use super::ConsoleAction::*;
        if actor == owner {
            return self.authorize(&Identity::new(account, actor.clone()), OwnAccessKeys);
        }
        match owner {
            Principal::Root => Err(Denied::RootUserOnly),
            Principal::IamUser { .. } => {
                self.authorize(&Identity::new(account, actor.clone()), ManageIamUsers)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iam::error::IamError;
    use crate::domain::iam::user::CreateUserForm;
    use crate::domain::lab::testing::*;
    use crate::domain::lab::Refused;
    use crate::domain::random::OsRandom;

    fn bob() -> Principal {
        Principal::IamUser { name: "bob".into() }
    }

    fn with_user(admin: bool) -> (Lab, AccountId) {
        let (mut lab, id) = lab_with_account();
        let form = CreateUserForm {
            name: "bob".into(),
            console_password: None,
            add_to_administrators: admin,
        };
        lab.create_user(
            &Identity::root(id),
            id,
            &form,
            &QuickKdf,
            &mut OsRandom,
            Timestamp(3),
        )
        .unwrap();
        (lab, id)
    }

    #[test]
    fn deleting_a_root_key_by_owner_ticks_the_delete_task() {
        use crate::domain::training::{Task, TaskEvent, TaskState};
        let (mut lab, id) = with_user(false);
        let k = lab
            .create_access_key_for(id, &Principal::Root, &mut OsRandom, Timestamp(4))
            .unwrap();
        lab.record_task_event(
            id,
            TaskEvent::SecretSaved {
                key_id: k.id.clone(),
            },
        );
        lab.set_access_key_status_for(
            id,
            &Principal::Root,
            k.id.as_str(),
            AccessKeyStatus::Inactive,
        )
        .unwrap();
        lab.delete_access_key_for(id, &Principal::Root, k.id.as_str())
            .unwrap();
        lab.settle_training();
        let a = lab.account(id).unwrap();
        let states = lab.training.states(a);
        assert!(states.contains(&(Task::DeleteAccessKey, TaskState::Done)));
    }

    #[test]
    fn keys_by_owner_reach_the_root_user_or_the_named_user() {
        let (mut lab, id) = with_user(false);
        let k = lab
            .create_access_key_for(id, &bob(), &mut OsRandom, Timestamp(4))
            .unwrap();
        let bobs = Principal::IamUser { name: "BOB".into() };
        assert_eq!(lab.access_keys_of(id, &bobs).unwrap().len(), 1);
        assert!(lab.access_keys_of(id, &Principal::Root).unwrap().is_empty());
        lab.set_access_key_status_for(id, &bob(), k.id.as_str(), AccessKeyStatus::Inactive)
            .unwrap();
        assert_eq!(
            lab.delete_access_key_for(id, &Principal::Root, k.id.as_str()),
            Err(AccessKeyError::NoSuchEntity(k.id.to_string()))
        );
        lab.delete_access_key_for(id, &bob(), k.id.as_str())
            .unwrap();
        assert!(lab.access_keys_of(id, &bob()).unwrap().is_empty());
        let ghost = Principal::IamUser {
            name: "ghost".into(),
        };
        assert!(lab.access_keys_of(id, &ghost).is_none());
        assert!(lab
            .create_access_key_for(id, &ghost, &mut OsRandom, Timestamp(5))
            .is_err());
        lab.create_access_key_for(id, &Principal::Root, &mut OsRandom, Timestamp(5))
            .unwrap();
        assert_eq!(lab.access_keys_of(id, &Principal::Root).unwrap().len(), 1);
    }

    #[test]
    fn who_may_manage_whose_keys() {
        let (mut lab, id) = with_user(false);
        let alice = Principal::IamUser {
            name: "alice".into(),
        };
        let form = CreateUserForm {
            name: "alice".into(),
            console_password: None,
            add_to_administrators: true,
        };
        lab.create_user(
            &Identity::root(id),
            id,
            &form,
            &QuickKdf,
            &mut OsRandom,
            Timestamp(3),
        )
        .unwrap();
        let root = Principal::Root;
        assert_eq!(lab.may_manage_access_keys(id, &root, &root), Ok(()));
        assert_eq!(lab.may_manage_access_keys(id, &root, &bob()), Ok(()));
        assert_eq!(lab.may_manage_access_keys(id, &alice, &bob()), Ok(()));
        assert_eq!(lab.may_manage_access_keys(id, &alice, &alice), Ok(()));
        assert_eq!(
            lab.may_manage_access_keys(id, &alice, &root),
            Err(Denied::RootUserOnly)
        );
        assert_eq!(
            lab.may_manage_access_keys(id, &bob(), &bob()),
            Err(Denied::NotAuthorized)
        );
        assert_eq!(
            lab.may_manage_access_keys(id, &bob(), &alice),
            Err(Denied::NotAuthorized)
        );
    }

    #[test]
    fn adding_to_administrators_makes_the_group_once_and_grants_administrator_access() {
        let (mut lab, id) = with_user(false);
        assert!(!lab.is_administrator(&Identity::new(id, bob())));
        lab.add_user_to_administrators(&Identity::root(id), id, "Bob", &mut OsRandom, Timestamp(4))
            .unwrap();
        lab.add_user_to_administrators(&Identity::root(id), id, "bob", &mut OsRandom, Timestamp(5))
            .unwrap();
        let a = lab.account(id).unwrap();
        assert_eq!(a.groups.len(), 1);
        assert_eq!(a.groups[0].attached_policies, [ADMINISTRATOR_ACCESS]);
        assert_eq!(a.user("bob").unwrap().groups, [ADMINISTRATORS]);
        assert!(lab.is_administrator(&Identity::new(id, bob())));
        lab.remove_user_from_group(&Identity::root(id), id, "bob", ADMINISTRATORS)
            .unwrap();
        assert!(!lab.is_administrator(&Identity::new(id, bob())));
        let before = lab.clone();
        assert_eq!(
            lab.add_user_to_administrators(
                &Identity::root(id),
                id,
                "ghost",
                &mut OsRandom,
                Timestamp(6)
            ),
            Err(Refused::Problem(IamError::NoSuchUser("ghost".into())))
        );
        assert_eq!(lab, before);
    }

    #[test]
    fn deleting_a_user_needs_the_exact_name() {
        assert!(console_may_delete_user("Bob", "Bob"));
        assert!(console_may_delete_user("Bob", " Bob\n"));
        assert!(!console_may_delete_user("Bob", "bob"));
        assert!(!console_may_delete_user("Bob", "Bo"));
        assert!(!console_may_delete_user("Bob", ""));
    }

    #[test]
    fn sign_in_link_and_navigation_label_prefer_the_alias() {
        let id = AccountId::parse("123456789012").unwrap();
        assert_eq!(
            sign_in_url(id, None),
            "https://123456789012.signin.aws.amazon.com/console"
        );
        assert_eq!(
            sign_in_url(id, Some("my-lab")),
            "https://my-lab.signin.aws.amazon.com/console"
        );
        assert_eq!(iam_user_label("bob", id, None), "bob @ 1234-5678-9012");
        assert_eq!(iam_user_label("bob", id, Some("my-lab")), "bob @ my-lab");
    }
}
