//! IAM users end to end on a lab: creation rules, groups, keys, sign-in and
//! authorization.

use super::testing::*;
use super::*;
use crate::domain::access_key::{AccessKeyError, AccessKeyStatus};
use crate::domain::iam::error::IamError;
use crate::domain::iam::group::ADMINISTRATORS;
use crate::domain::iam::managed_policy::{policy_arn, ADMINISTRATOR_ACCESS};
use crate::domain::iam::user::{CreateUserForm, CreateUserProblem, UserNameProblem};
use crate::domain::password::testing::{assert_upgraded, old_hash, CountingKdf};
use crate::domain::random::OsRandom;

const USER_PW: &str = "User-Pass-9";

fn user_form(name: &str, password: Option<&str>, admin: bool) -> CreateUserForm {
    CreateUserForm {
        name: name.into(),
        console_password: password.map(String::from),
        add_to_administrators: admin,
        ..Default::default()
    }
}

fn create(
    lab: &mut Lab,
    id: AccountId,
    f: &CreateUserForm,
) -> Result<String, Vec<CreateUserProblem>> {
    let root = Identity::root(id);
    lab.create_user(&root, id, f, &QuickKdf, &mut OsRandom, Timestamp(5))
        .map(|c| c.name)
        .map_err(|r| r.problem().expect("the root user may create users"))
}

/// A user without MFA: a right password signs in at once.
fn sign_in(lab: &mut Lab, acct: &str, user: &str, pw: &str) -> Result<AccountId, SignInError> {
    lab.sign_in_iam_user(acct, user, pw, &QuickKdf, &mut OsRandom, Timestamp(6))
        .map(|step| match step {
            SignInStep::SignedIn(s) => s.identity.account,
            SignInStep::MfaRequired(_) => panic!("no MFA device was assigned"),
        })
}

fn user(name: &str) -> Principal {
    Principal::IamUser { name: name.into() }
}

#[test]
fn create_user_checks_name_uniqueness_and_password_and_changes_nothing_when_refused() {
    let (mut lab, id) = lab_with_account();
    create(&mut lab, id, &user_form("Bob", None, false)).unwrap();
    let before = lab.clone();
    use crate::domain::policy::PasswordProblem::*;
    use CreateUserProblem::*;
    for (f, expected) in [
        (
            user_form("bob", None, true),
            vec![UserName(UserNameProblem::Taken)],
        ),
        (
            user_form("", None, false),
            vec![UserName(UserNameProblem::Length)],
        ),
        (
            user_form("bob smith", None, false),
            vec![UserName(UserNameProblem::Characters)],
        ),
        (
            user_form("alice", Some("short"), true),
            vec![Password(Length), Password(Variety)],
        ),
        (
            user_form("alice", Some("Training"), false),
            vec![Password(Variety), Password(SameAsEmailOrName)],
        ),
        (
            user_form("BOB", Some("Learner@Example.com"), false),
            vec![
                UserName(UserNameProblem::Taken),
                Password(SameAsEmailOrName),
            ],
        ),
    ] {
        assert_eq!(create(&mut lab, id, &f), Err(expected), "{f:?}");
        assert_eq!(lab, before);
    }
    let u = lab.iam_user(id, "BOB").unwrap();
    assert_eq!((u.name.as_str(), u.password.is_none()), ("Bob", true));
    assert!(u.user_id.starts_with("AIDA") && u.user_id.len() == 21);
    assert!(!serde_json::to_string(&lab).unwrap().contains(USER_PW));
}

#[test]
fn the_administrators_group_is_created_on_first_use_only() {
    let (mut lab, id) = lab_with_account();
    create(&mut lab, id, &user_form("alice", Some(USER_PW), true)).unwrap();
    create(&mut lab, id, &user_form("carol", None, true)).unwrap();
    create(&mut lab, id, &user_form("dave", None, false)).unwrap();
    let a = lab.account(id).unwrap();
    assert_eq!(a.groups.len(), 1);
    let g = a.group(ADMINISTRATORS).unwrap();
    assert_eq!(g.attached_policies, vec![ADMINISTRATOR_ACCESS.to_string()]);
    assert!(g.group_id.starts_with("AGPA"));
    for (name, admin) in [("alice", true), ("carol", true), ("dave", false)] {
        assert_eq!(
            lab.is_administrator(&Identity::new(id, user(name))),
            admin,
            "{name}"
        );
    }
    assert!(lab.is_administrator(&Identity::new(id, Principal::Root)));
}

#[test]
fn stored_labs_without_users_still_load() {
    let (lab, id) = lab_with_account();
    let mut json: serde_json::Value = serde_json::to_value(&lab).unwrap();
    let acct = json["accounts"][0].as_object_mut().unwrap();
    acct.remove("users");
    acct.remove("groups");
    let back: Lab = serde_json::from_value(json).unwrap();
    assert!(back.account(id).unwrap().users.is_empty());
}

#[test]
fn iam_users_sign_in_by_id_hyphenated_id_or_alias_with_any_name_case() {
    let (mut lab, id) = lab_with_account();
    lab.set_account_alias(&Identity::root(id), id, "my-lab")
        .unwrap();
    create(&mut lab, id, &user_form("Bob", Some(USER_PW), false)).unwrap();
    for acct in [
        id.to_string(),
        id.hyphenated(),
        "my-lab".into(),
        " MY-LAB ".into(),
    ] {
        lab.sign_out();
        assert_eq!(sign_in(&mut lab, &acct, "bob", USER_PW), Ok(id), "{acct}");
        let s = lab.session.as_ref().unwrap();
        assert_eq!(
            (s.identity.account, &s.identity.principal, s.started),
            (id, &user("Bob"), Timestamp(6))
        );
        assert_eq!(lab.prefs.iam_sign_in_account.as_deref(), Some(acct.trim()));
    }
}

#[test]
fn every_iam_sign_in_failure_is_the_same_except_a_root_email() {
    let (mut lab, id) = lab_with_account();
    create(&mut lab, id, &user_form("bob", Some(USER_PW), false)).unwrap();
    create(&mut lab, id, &user_form("keys-only", None, false)).unwrap();
    let acct = id.to_string();
    for (a, u, pw, expected) in [
        (acct.as_str(), "bob", "Wrong-Pass-9", SignInError::Incorrect),
        (acct.as_str(), "nobody", USER_PW, SignInError::Incorrect),
        ("000000000000", "bob", USER_PW, SignInError::Incorrect),
        ("no-such-alias", "bob", USER_PW, SignInError::Incorrect),
        (acct.as_str(), "keys-only", "", SignInError::Incorrect),
        (acct.as_str(), "keys-only", USER_PW, SignInError::Incorrect),
        (
            acct.as_str(),
            "Learner@Example.com",
            PASSWORD,
            SignInError::RootEmailAsIamUserName,
        ),
    ] {
        assert_eq!(sign_in(&mut lab, a, u, pw), Err(expected), "{a} {u} {pw}");
        assert_eq!(lab.session, None);
    }
}

#[test]
fn an_old_user_hash_is_upgraded_on_sign_in() {
    let (mut lab, id) = lab_with_account();
    create(&mut lab, id, &user_form("bob", Some(USER_PW), false)).unwrap();
    lab.accounts[0].users[0].password = Some(old_hash(USER_PW));
    let kdf = CountingKdf::default();
    lab.sign_in_iam_user(
        &id.to_string(),
        "bob",
        USER_PW,
        &kdf,
        &mut OsRandom,
        Timestamp(6),
    )
    .unwrap();
    let h = lab.iam_user(id, "bob").unwrap().password.clone().unwrap();
    assert_upgraded(&h, USER_PW, &kdf);
}

#[test]
fn passwords_set_by_an_admin_and_changed_by_the_user() {
    let (mut lab, id) = lab_with_account();
    create(&mut lab, id, &user_form("bob", None, false)).unwrap();
    assert_eq!(
        lab.set_user_password(
            &Identity::root(id),
            id,
            "bob",
            Some("weak"),
            &QuickKdf,
            &mut OsRandom,
            Timestamp(5)
        ),
        Err(Refused::Problem(UserPasswordError::Password(vec![
            crate::domain::policy::PasswordProblem::Length,
            crate::domain::policy::PasswordProblem::Variety
        ])))
    );
    assert_eq!(
        lab.set_user_password(
            &Identity::root(id),
            id,
            "eve",
            Some(USER_PW),
            &QuickKdf,
            &mut OsRandom,
            Timestamp(5)
        ),
        Err(Refused::Problem(UserPasswordError::NoSuchUser(
            "eve".into()
        )))
    );
    lab.set_user_password(
        &Identity::root(id),
        id,
        "bob",
        Some(USER_PW),
        &QuickKdf,
        &mut OsRandom,
        Timestamp(5),
    )
    .unwrap();
    assert_eq!(
        lab.change_user_password(
            &Identity::user(id, "bob"),
            "Wrong-1a",
            "New-Pass-22",
            "New-Pass-2",
            &QuickKdf,
            &mut OsRandom,
            Timestamp(5)
        ),
        Err(Refused::Problem(vec![
            ChangePasswordProblem::CurrentIncorrect,
            ChangePasswordProblem::ConfirmMismatch
        ]))
    );
    lab.change_user_password(
        &Identity::user(id, "bob"),
        USER_PW,
        "New-Pass-22",
        "New-Pass-22",
        &QuickKdf,
        &mut OsRandom,
        Timestamp(5),
    )
    .unwrap();
    assert!(sign_in(&mut lab, &id.to_string(), "bob", "New-Pass-22").is_ok());
    lab.set_user_password(
        &Identity::root(id),
        id,
        "bob",
        None,
        &QuickKdf,
        &mut OsRandom,
        Timestamp(5),
    )
    .unwrap();
    assert_eq!(
        sign_in(&mut lab, &id.to_string(), "bob", "New-Pass-22"),
        Err(SignInError::Incorrect)
    );
}

#[test]
fn groups_and_policies() {
    let (mut lab, id) = lab_with_account();
    create(&mut lab, id, &user_form("bob", None, false)).unwrap();
    let mut rng = OsRandom;
    lab.create_group(&Identity::root(id), id, "Admins", &mut rng, Timestamp(7))
        .unwrap();
    assert_eq!(
        lab.create_group(&Identity::root(id), id, "admins", &mut rng, Timestamp(7)),
        Err(Refused::Problem(IamError::GroupExists("admins".into())))
    );
    assert_eq!(
        lab.add_user_to_group(&Identity::root(id), id, "bob", "Ops"),
        Err(Refused::Problem(IamError::NoSuchGroup("Ops".into())))
    );
    assert_eq!(
        lab.add_user_to_group(&Identity::root(id), id, "eve", "Admins"),
        Err(Refused::Problem(IamError::NoSuchUser("eve".into())))
    );
    let nope = "arn:aws:iam::aws:policy/Nope";
    assert_eq!(
        lab.attach_user_policy(&Identity::root(id), id, "bob", nope),
        Err(Refused::Problem(IamError::PolicyNotAttachable(nope.into())))
    );
    lab.add_user_to_group(&Identity::root(id), id, "bob", "admins")
        .unwrap();
    lab.add_user_to_group(&Identity::root(id), id, "bob", "Admins")
        .unwrap();
    assert_eq!(
        lab.iam_user(id, "bob").unwrap().groups,
        vec!["Admins".to_string()]
    );
    assert!(!lab.is_administrator(&Identity::new(id, user("bob"))));
    lab.attach_user_policy(
        &Identity::root(id),
        id,
        "bob",
        &policy_arn("ReadOnlyAccess"),
    )
    .unwrap();
    assert!(lab.allows(&Identity::new(id, user("bob")), "iam:ListUsers", None));
    assert!(!lab.allows(&Identity::new(id, user("bob")), "iam:CreateUser", None));
    lab.attach_user_policy(&Identity::root(id), id, "bob", ADMINISTRATOR_ACCESS)
        .unwrap();
    assert!(lab.is_administrator(&Identity::new(id, user("bob"))));
    lab.detach_user_policy(&Identity::root(id), id, "bob", ADMINISTRATOR_ACCESS)
        .unwrap();
    assert!(!lab.is_administrator(&Identity::new(id, user("bob"))));
    lab.remove_user_from_group(&Identity::root(id), id, "bob", "Admins")
        .unwrap();
    assert!(lab.iam_user(id, "bob").unwrap().groups.is_empty());
}

#[test]
fn console_authorization_names_root_only_and_not_authorized() {
    let (mut lab, id) = lab_with_account();
    create(&mut lab, id, &user_form("admin", None, true)).unwrap();
    create(&mut lab, id, &user_form("bob", None, false)).unwrap();
    lab.attach_user_policy(
        &Identity::root(id),
        id,
        "bob",
        &policy_arn("IAMUserChangePassword"),
    )
    .unwrap();
    use ConsoleAction::*;
    for (who, action, expected) in [
        (Principal::Root, CloseAccount, Ok(())),
        (Principal::Root, ManageIamUsers, Ok(())),
        (user("admin"), AccountSettings, Err(Denied::RootUserOnly)),
        (user("admin"), CloseAccount, Err(Denied::RootUserOnly)),
        (user("admin"), ManageIamUsers, Ok(())),
        (user("admin"), OwnAccessKeys, Ok(())),
        (user("bob"), ManageIamUsers, Err(Denied::NotAuthorized)),
        (user("bob"), OwnAccessKeys, Err(Denied::NotAuthorized)),
        (user("bob"), ChangeOwnPassword, Ok(())),
        (user("bob"), CloseAccount, Err(Denied::RootUserOnly)),
        (user("ghost"), ManageIamUsers, Err(Denied::NotAuthorized)),
    ] {
        assert_eq!(
            lab.authorize(&Identity::new(id, who.clone()), action),
            expected,
            "{who:?} {action:?}"
        );
    }
}

#[test]
fn user_access_keys_follow_the_two_key_rule_and_go_with_the_user() {
    let (mut lab, id) = lab_with_account();
    create(&mut lab, id, &user_form("bob", Some(USER_PW), false)).unwrap();
    let mut rng = OsRandom;
    let (root, bob) = (Identity::root(id), Identity::user(id, "bob"));
    let k1 = lab
        .create_access_key(&root, &bob, &mut rng, Timestamp(8))
        .unwrap();
    assert_eq!(k1.id.account(), Some(id));
    lab.create_access_key(&root, &Identity::user(id, "BOB"), &mut rng, Timestamp(8))
        .unwrap();
    lab.set_access_key_status(&root, &bob, k1.id.as_str(), AccessKeyStatus::Inactive)
        .unwrap();
    let Err(KeyError::AccessKey(err)) = lab.create_access_key(&root, &bob, &mut rng, Timestamp(9))
    else {
        panic!("a third key")
    };
    assert_eq!(
        err.message(),
        "Cannot exceed quota for AccessKeysPerUser: 2"
    );
    assert_eq!(
        lab.create_access_key(&root, &Identity::user(id, "eve"), &mut rng, Timestamp(9)),
        Err(KeyError::AccessKey(AccessKeyError::NoSuchEntity(
            "eve".into()
        )))
    );
    lab.delete_access_key(&root, &bob, k1.id.as_str()).unwrap();
    assert_eq!(lab.iam_user(id, "bob").unwrap().access_keys.len(), 1);
    assert!(lab.account(id).unwrap().root.access_keys.is_empty());
    sign_in(&mut lab, &id.to_string(), "bob", USER_PW).unwrap();
    lab.delete_user(&Identity::root(id), id, "Bob").unwrap();
    assert!(lab.iam_user(id, "bob").is_none());
    assert_eq!(lab.session, None);
    assert_eq!(
        lab.delete_user(&Identity::root(id), id, "bob"),
        Err(Refused::Problem(IamError::NoSuchUser("bob".into())))
    );
}

/// Every IAM administration operation asks its actor first: a user without
/// rights, the root user of another account, and a user whose only policy is
/// for its own password are all refused, and nothing changes.
#[test]
fn user_administration_refuses_actors_without_the_right() {
    let (mut lab, id) = lab_with_account();
    let other = lab
        .sign_up(
            &form("other@example.com"),
            &QuickKdf,
            &mut OsRandom,
            Timestamp(2),
        )
        .unwrap();
    create(&mut lab, id, &user_form("bob", Some(USER_PW), false)).unwrap();
    create(&mut lab, id, &user_form("carol", None, false)).unwrap();
    lab.create_group(&Identity::root(id), id, "Ops", &mut OsRandom, Timestamp(6))
        .unwrap();
    lab.attach_user_policy(
        &Identity::root(id),
        id,
        "carol",
        &policy_arn("IAMUserChangePassword"),
    )
    .unwrap();
    let before = lab.clone();
    fn no<T, E>() -> Result<T, Refused<E>> {
        Err(Refused::Denied(Denied::NotAuthorized))
    }
    for actor in [
        Identity::user(id, "bob"),
        Identity::root(other),
        Identity::user(id, "carol"),
    ] {
        let (a, kdf, rng, at) = (&actor, &QuickKdf, &mut OsRandom, Timestamp(7));
        let f = user_form("dave", None, false);
        assert_eq!(lab.create_user(a, id, &f, kdf, rng, at), no());
        assert_eq!(lab.create_group(a, id, "Devs", rng, at), no());
        assert_eq!(lab.delete_user(a, id, "carol"), no());
        assert_eq!(
            lab.set_user_password(a, id, "carol", Some(USER_PW), kdf, rng, Timestamp(5)),
            Err(Refused::Denied(Denied::NotAuthorized))
        );
        assert_eq!(lab.add_user_to_group(a, id, "carol", "Ops"), no());
        assert_eq!(lab.remove_user_from_group(a, id, "carol", "Ops"), no());
        assert_eq!(
            lab.attach_user_policy(a, id, "bob", ADMINISTRATOR_ACCESS),
            no()
        );
        assert_eq!(
            lab.detach_user_policy(a, id, "carol", ADMINISTRATOR_ACCESS),
            no()
        );
        assert_eq!(lab.add_user_to_administrators(a, id, "bob", rng, at), no());
        assert_eq!(
            lab.set_account_alias(a, id, "taken-over"),
            Err(Refused::Denied(Denied::NotAuthorized))
        );
        assert_eq!(lab.delete_account_alias(a, id), Err(Denied::NotAuthorized));
        assert_eq!(lab, before, "{actor:?}");
    }
    // An administrator of the account passes the same checks.
    lab.add_user_to_administrators(&Identity::root(id), id, "bob", &mut OsRandom, Timestamp(8))
        .unwrap();
    let bob = Identity::user(id, "bob");
    lab.create_group(&bob, id, "Devs", &mut OsRandom, Timestamp(8))
        .unwrap();
    lab.delete_user(&bob, id, "carol").unwrap();
}

#[test]
fn a_user_changes_only_their_own_password_and_the_root_user_uses_its_own_page() {
    let (mut lab, id) = lab_with_account();
    create(&mut lab, id, &user_form("bob", Some(USER_PW), false)).unwrap();
    let before = lab.clone();
    let new = "New-Pass-22";
    assert_eq!(
        lab.change_user_password(
            &Identity::root(id),
            USER_PW,
            new,
            new,
            &QuickKdf,
            &mut OsRandom,
            Timestamp(5)
        ),
        Err(Refused::Denied(Denied::NotAuthorized))
    );
    assert_eq!(lab, before);
}

#[test]
fn a_user_joins_at_most_ten_groups_as_iam_allows() {
    let (mut lab, id) = lab_with_account();
    let root = Identity::root(id);
    add_user(&mut lab, id, "bob", false);
    for n in 0..11 {
        let name = format!("g{n}");
        lab.create_group(&root, id, &name, &mut OsRandom, Timestamp(4))
            .unwrap();
        let joined = lab.add_user_to_group(&root, id, "bob", &name);
        if n < 10 {
            joined.unwrap();
        } else {
            assert_eq!(
                joined,
                Err(Refused::Problem(IamError::LimitExceeded(
                    "GroupsPerUser",
                    10
                )))
            );
        }
    }
    let before = lab.clone();
    assert!(lab
        .add_user_to_administrators(&root, id, "bob", &mut OsRandom, Timestamp(5))
        .is_err());
    assert_eq!(
        lab, before,
        "no Administrators group made for a refused join"
    );
    assert_eq!(lab.check_integrity(), Ok(()));
}
