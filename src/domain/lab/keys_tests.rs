//! The one access-key API: owners, the two-key rule, who may act on whose keys,
//! the request side (authenticate, last use) and the training events it records.

use super::testing::*;
use super::*;
use crate::domain::access_key::{AccessKeyError, AccessKeyStatus, LastUsed};
use crate::domain::random::OsRandom;
use crate::domain::training::{Task, TaskState};

/// The one place these tests create users (`admin` gets AdministratorAccess).
/// An account with `bob` (no policies) and `alice` (an administrator).
fn with_users() -> (Lab, Identity, Identity, Identity) {
    let (mut lab, id) = lab_with_account();
    let bob = add_user(&mut lab, id, "bob", false);
    let alice = add_user(&mut lab, id, "alice", true);
    (lab, Identity::root(id), bob, alice)
}

fn done(lab: &Lab, id: AccountId, task: Task) -> bool {
    let a = lab.account(id).unwrap();
    lab.training.states(a).contains(&(task, TaskState::Done))
}

#[test]
fn root_access_keys_follow_the_two_key_rule() {
    let (mut lab, id) = lab_with_account();
    let root = Identity::root(id);
    let k1 = lab
        .create_access_key(&root, &root, &mut OsRandom, Timestamp(1))
        .unwrap();
    lab.create_access_key(&root, &root, &mut OsRandom, Timestamp(2))
        .unwrap();
    lab.set_access_key_status(&root, &root, k1.id.as_str(), AccessKeyStatus::Inactive)
        .unwrap();
    assert_eq!(
        lab.create_access_key(&root, &root, &mut OsRandom, Timestamp(3)),
        Err(KeyError::AccessKey(AccessKeyError::LimitExceeded))
    );
    lab.delete_access_key(&root, &root, k1.id.as_str()).unwrap();
    assert!(lab
        .create_access_key(&root, &root, &mut OsRandom, Timestamp(3))
        .is_ok());
}

#[test]
fn keys_by_owner_reach_the_root_user_or_the_named_user() {
    let (mut lab, root, bob, _) = with_users();
    let k = lab
        .create_access_key(&root, &bob, &mut OsRandom, Timestamp(4))
        .unwrap();
    assert_eq!(k.id.account(), Some(root.account));
    let bobs = Identity::user(root.account, "BOB");
    assert_eq!(lab.access_keys(&bobs).unwrap().len(), 1);
    assert!(lab.access_keys(&root).unwrap().is_empty());
    lab.set_access_key_status(&root, &bob, k.id.as_str(), AccessKeyStatus::Inactive)
        .unwrap();
    assert_eq!(
        lab.delete_access_key(&root, &root, k.id.as_str()),
        Err(KeyError::AccessKey(AccessKeyError::NoSuchEntity(
            k.id.to_string()
        )))
    );
    lab.delete_access_key(&root, &bob, k.id.as_str()).unwrap();
    assert!(lab.access_keys(&bob).unwrap().is_empty());
    let ghost = Identity::user(root.account, "ghost");
    assert!(lab.access_keys(&ghost).is_none());
    assert_eq!(
        lab.create_access_key(&root, &ghost, &mut OsRandom, Timestamp(5)),
        Err(KeyError::AccessKey(AccessKeyError::NoSuchEntity(
            "ghost".into()
        )))
    );
}

#[test]
fn who_may_manage_whose_keys() {
    let (lab, root, bob, alice) = with_users();
    assert_eq!(lab.may_manage_access_keys(&root, &root), Ok(()));
    assert_eq!(lab.may_manage_access_keys(&root, &bob), Ok(()));
    assert_eq!(lab.may_manage_access_keys(&alice, &bob), Ok(()));
    assert_eq!(lab.may_manage_access_keys(&alice, &alice), Ok(()));
    assert_eq!(
        lab.may_manage_access_keys(&alice, &root),
        Err(Denied::RootUserOnly)
    );
    assert_eq!(
        lab.may_manage_access_keys(&bob, &bob),
        Err(Denied::NotAuthorized)
    );
    assert_eq!(
        lab.may_manage_access_keys(&bob, &alice),
        Err(Denied::NotAuthorized)
    );
}

#[test]
fn a_user_without_rights_cannot_touch_root_or_other_users_keys_and_changes_nothing() {
    let (mut lab, root, bob, alice) = with_users();
    let root_key = lab
        .create_access_key(&root, &root, &mut OsRandom, Timestamp(4))
        .unwrap();
    let alice_key = lab
        .create_access_key(&root, &alice, &mut OsRandom, Timestamp(4))
        .unwrap();
    let before = lab.clone();
    for (owner, key, denied) in [
        (&root, &root_key, Denied::RootUserOnly),
        (&alice, &alice_key, Denied::NotAuthorized),
        (&bob, &alice_key, Denied::NotAuthorized),
    ] {
        let refused = Err(KeyError::Denied(denied));
        assert_eq!(
            lab.create_access_key(&bob, owner, &mut OsRandom, Timestamp(5))
                .map(|_| ()),
            refused
        );
        let id = key.id.as_str();
        assert_eq!(
            lab.set_access_key_status(&bob, owner, id, AccessKeyStatus::Inactive),
            refused
        );
        assert_eq!(lab.delete_access_key(&bob, owner, id), refused);
    }
    // An administrator manages other users' keys, never the root user's.
    let refused = Err(KeyError::Denied(Denied::RootUserOnly));
    let id = root_key.id.as_str();
    assert_eq!(lab.delete_access_key(&alice, &root, id), refused);
    assert_eq!(lab, before);
}

#[test]
fn an_actor_of_another_account_is_refused_even_as_its_root_user() {
    let (mut lab, root, bob, _) = with_users();
    let other = lab
        .sign_up(
            &form("other@example.com"),
            &QuickKdf,
            &mut OsRandom,
            Timestamp(1),
        )
        .unwrap();
    let stranger = Identity::root(other);
    let key = lab
        .create_access_key(&root, &bob, &mut OsRandom, Timestamp(4))
        .unwrap();
    let before = lab.clone();
    let refused = Err(KeyError::Denied(Denied::NotAuthorized));
    for owner in [&root, &bob] {
        assert_eq!(
            lab.create_access_key(&stranger, owner, &mut OsRandom, Timestamp(5))
                .map(|_| ()),
            refused
        );
        let id = key.id.as_str();
        assert_eq!(
            lab.set_access_key_status(&stranger, owner, id, AccessKeyStatus::Inactive),
            refused
        );
        assert_eq!(lab.delete_access_key(&stranger, owner, id), refused);
    }
    assert_eq!(lab, before);
}

#[test]
fn requests_authenticate_by_key_and_secret_and_stamp_the_last_use() {
    let (mut lab, root, bob, _) = with_users();
    let k = lab
        .create_access_key(&root, &bob, &mut OsRandom, Timestamp(4))
        .unwrap();
    let id = k.id.as_str();
    assert_eq!(lab.authenticate(id, &k.secret), Ok(bob.clone()));
    assert_eq!(lab.authenticate(id, "wrong"), Err(KeyRefusal::WrongSecret));
    assert_eq!(
        lab.authenticate("AKIAIOSFODNN7EXAMPLE", &k.secret),
        Err(KeyRefusal::UnknownOrDeleted)
    );
    let used = LastUsed {
        date: Timestamp(9),
        region: "eu-west-1".into(),
        service: "sts".into(),
    };
    lab.record_key_use(&bob, id, used.clone());
    let (owner, key) = lab.access_key(id).unwrap();
    assert_eq!((owner, key.last_used.clone()), (bob.clone(), Some(used)));
    lab.set_access_key_status(&root, &bob, id, AccessKeyStatus::Inactive)
        .unwrap();
    assert_eq!(lab.authenticate(id, &k.secret), Err(KeyRefusal::Inactive));
}

#[test]
fn the_root_users_keys_and_only_those_tick_the_key_tasks() {
    let (mut lab, root, bob, _) = with_users();
    let id = root.account;
    let used = |service: &str| LastUsed {
        date: Timestamp(9),
        region: "us-east-1".into(),
        service: service.into(),
    };
    // Bob's key, walked through every step, counts for nothing.
    let b = lab
        .create_access_key(&root, &bob, &mut OsRandom, Timestamp(4))
        .unwrap();
    lab.record_seen(
        &root,
        Seen::SecretShown {
            owner: bob.clone(),
            key_id: b.id.clone(),
        },
    );
    lab.record_key_use(&bob, b.id.as_str(), used("sts"));
    lab.set_access_key_status(&root, &bob, b.id.as_str(), AccessKeyStatus::Inactive)
        .unwrap();
    let _ = lab.authenticate(b.id.as_str(), &b.secret);
    lab.delete_access_key(&root, &bob, b.id.as_str()).unwrap();
    lab.settle_training();
    assert!(!done(&lab, id, Task::CreateAccessKey));
    // The root user's key: created, shown, used, refused inactive, deleted.
    let k = lab
        .create_access_key(&root, &root, &mut OsRandom, Timestamp(4))
        .unwrap();
    lab.record_seen(
        &root,
        Seen::SecretShown {
            owner: root.clone(),
            key_id: k.id.clone(),
        },
    );
    let key = k.id.as_str();
    assert_eq!(lab.authenticate(key, &k.secret), Ok(root.clone()));
    lab.record_key_use(&root, key, used("sts"));
    lab.set_access_key_status(&root, &root, key, AccessKeyStatus::Inactive)
        .unwrap();
    assert_eq!(lab.authenticate(key, &k.secret), Err(KeyRefusal::Inactive));
    lab.delete_access_key(&root, &root, key).unwrap();
    lab.settle_training();
    for task in [
        Task::CreateAccessKey,
        Task::UseKeyInCloudShell,
        Task::DeactivateKey,
        Task::DeleteAccessKey,
    ] {
        assert!(done(&lab, id, task), "{task:?}");
    }
}

#[test]
fn the_root_warning_continued_opens_security_credentials() {
    let (mut lab, id) = signed_in_lab();
    lab.record_seen(&Identity::root(id), Seen::ContinuedToSecurityCredentials);
    lab.settle_training();
    assert!(done(&lab, id, Task::OpenSecurityCredentials));
}
