//! The terminal and IAM users: keys that act as their user, the user and group
//! operations' output, and AWS's refusals, byte for byte.

use super::testing::*;
use super::*;
use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
use crate::domain::iam::user::CreateUserForm;
use crate::domain::ids::AccountId;
use crate::domain::lab::Identity;
use crate::domain::password::testing::QuickKdf;
use crate::domain::random::OsRandom;

fn error(code: &str, op: &str, message: &str) -> String {
    format!(
        "!\n!aws: [ERROR]: An error occurred ({code}) when calling the {op} operation: {message}\n"
    )
}

fn user_json(indent: &str, acct: AccountId, name: &str, user_id: &str, date: &str) -> String {
    let i = indent;
    format!("{{\n{i}    \"Path\": \"/\",\n{i}    \"UserName\": \"{name}\",\n{i}    \"UserId\": \"{user_id}\",\n{i}    \"Arn\": \"arn:aws:iam::{acct}:user/{name}\",\n{i}    \"CreateDate\": \"{date}\"\n{i}}}")
}

#[test]
fn root_creates_gets_and_lists_users() {
    let mut t = signed_in();
    let acct = t.account;
    let created = t.out("aws iam create-user --user-name bob");
    let bob = t.user_id("bob");
    assert!(bob.starts_with("AIDA") && bob.len() == 21);
    let shown = user_json("    ", acct, "bob", &bob, NOW_TEXT);
    assert_eq!(created, format!("{{\n    \"User\": {shown}\n}}\n"));
    assert_eq!(t.out("aws iam get-user --user-name BOB"), created);
    assert_eq!(
        t.out("aws iam list-users"),
        format!(
            "{{\n    \"Users\": [\n        {}\n    ]\n}}\n",
            user_json("        ", acct, "bob", &bob, NOW_TEXT)
        )
    );
    let root = t.out("aws iam get-user");
    let created_at = t.lab.account(acct).unwrap().created.to_aws_cli();
    assert_eq!(
        root,
        format!("{{\n    \"User\": {{\n        \"UserId\": \"{acct}\",\n        \"Arn\": \"arn:aws:iam::{acct}:root\",\n        \"CreateDate\": \"{created_at}\"\n    }}\n}}\n")
    );
    for (line, expected) in [
        (
            "aws iam create-user --user-name bob",
            error("EntityAlreadyExists", "CreateUser", "User with name bob already exists."),
        ),
        (
            "aws iam create-user --user-name Bob",
            error("EntityAlreadyExists", "CreateUser", "User with name Bob already exists."),
        ),
        (
            "aws iam get-user --user-name carol",
            error("NoSuchEntity", "GetUser", "The user with name carol cannot be found."),
        ),
        (
            "aws iam attach-user-policy --user-name bob --policy-arn arn:aws:iam::aws:policy/Nope",
            error(
                "NoSuchEntity",
                "AttachUserPolicy",
                "Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.",
            ),
        ),
        (
            "aws iam add-user-to-group --user-name bob --group-name Admins",
            error("NoSuchEntity", "AddUserToGroup", "The group with name Admins cannot be found."),
        ),
        (
            "aws iam create-user --user-name 'bob smith'",
            error(
                "ValidationError",
                "CreateUser",
                "1 validation error detected: Value at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
            ),
        ),
    ] {
        assert_eq!(t.err(line), expected, "{line}");
    }
    let long = "a".repeat(65);
    assert!(t
        .err(&format!("aws iam create-user --user-name {long}"))
        .contains("Member must have length less than or equal to 64"));
    assert_eq!(t.lab.account(acct).unwrap().users.len(), 1);
}

#[test]
fn groups_and_policies_from_the_terminal() {
    let mut t = signed_in();
    t.out("aws iam create-user --user-name bob");
    let created = t.out("aws iam create-group --group-name Admins");
    let g = t
        .lab
        .account(t.account)
        .unwrap()
        .group("Admins")
        .unwrap()
        .clone();
    let acct = t.account;
    assert_eq!(
        created,
        format!("{{\n    \"Group\": {{\n        \"Path\": \"/\",\n        \"GroupName\": \"Admins\",\n        \"GroupId\": \"{}\",\n        \"Arn\": \"arn:aws:iam::{acct}:group/Admins\",\n        \"CreateDate\": \"{NOW_TEXT}\"\n    }}\n}}\n", g.group_id)
    );
    assert!(t
        .out("aws iam list-groups")
        .contains("\"GroupName\": \"Admins\""));
    assert_eq!(
        t.err("aws iam create-group --group-name admins"),
        error(
            "EntityAlreadyExists",
            "CreateGroup",
            "Group with name admins already exists."
        )
    );
    assert_eq!(
        t.out("aws iam add-user-to-group --user-name bob --group-name Admins"),
        ""
    );
    assert_eq!(
        t.out(&format!(
            "aws iam attach-user-policy --user-name bob --policy-arn {ADMINISTRATOR_ACCESS}"
        )),
        ""
    );
    let bob = t.lab.iam_user(t.account, "bob").unwrap();
    assert_eq!(bob.groups, vec!["Admins".to_string()]);
    assert_eq!(
        bob.attached_policies,
        vec![ADMINISTRATOR_ACCESS.to_string()]
    );
    assert_eq!(
        t.err("aws iam attach-user-policy --user-name carol --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess"),
        error("NoSuchEntity", "AttachUserPolicy", "The user with name carol cannot be found.")
    );
    assert_eq!(
        t.err("aws iam add-user-to-group --user-name carol --group-name Admins"),
        error(
            "NoSuchEntity",
            "AddUserToGroup",
            "The user with name carol cannot be found."
        )
    );
}

#[test]
fn a_users_keys_act_as_that_user_and_record_their_use() {
    let mut t = signed_in();
    t.user("bob", None, false);
    let key = t.key("bob");
    t.use_key(&key);
    let acct = t.account;
    let bob = t.user_id("bob");
    assert_eq!(
        t.out("aws sts get-caller-identity"),
        format!("{{\n    \"UserId\": \"{bob}\",\n    \"Account\": \"{acct}\",\n    \"Arn\": \"arn:aws:iam::{acct}:user/bob\"\n}}\n")
    );
    let used = t
        .lab
        .iam_user(acct, "bob")
        .unwrap()
        .access_keys
        .get(key.id.as_str())
        .unwrap();
    assert_eq!(used.last_used.as_ref().unwrap().service, "sts");
    // The resource as AWS names it: an ARN for list and create actions,
    // `user bob` / `group Admins` otherwise, `user null<caller>` when the
    // access-key actions omit --user-name (CloudTrail records of real refusals).
    let denied = |op: &str, resource: &str| {
        error(
            "AccessDenied",
            op,
            &format!("User: arn:aws:iam::{acct}:user/bob is not authorized to perform: iam:{op} on resource: {resource} because no identity-based policy allows the iam:{op} action"),
        )
    };
    let arn = |r: &str| format!("arn:aws:iam::{acct}:{r}");
    for (line, op, resource) in [
        ("aws iam list-users", "ListUsers", arn("user/")),
        ("aws iam list-groups", "ListGroups", arn("group/")),
        ("aws iam get-user", "GetUser", "user bob".into()),
        (
            "aws iam list-access-keys",
            "ListAccessKeys",
            "user nullbob".into(),
        ),
        (
            "aws iam create-access-key",
            "CreateAccessKey",
            "user nullbob".into(),
        ),
        (
            "aws iam list-access-keys --user-name bob",
            "ListAccessKeys",
            "user bob".into(),
        ),
        (
            "aws iam create-user --user-name eve",
            "CreateUser",
            arn("user/eve"),
        ),
        (
            "aws iam get-user --user-name nobody",
            "GetUser",
            "user nobody".into(),
        ),
        (
            "aws iam add-user-to-group --user-name bob --group-name Admins",
            "AddUserToGroup",
            "group Admins".into(),
        ),
    ] {
        assert_eq!(t.err(line), denied(op, &resource), "{line}");
    }
    // An authenticated but refused call still counts as a use of the key.
    let used = t
        .lab
        .iam_user(acct, "bob")
        .unwrap()
        .access_keys
        .get(key.id.as_str())
        .unwrap();
    assert_eq!(used.last_used.as_ref().unwrap().service, "iam");
    assert_eq!(t.lab.iam_user(acct, "bob").unwrap().access_keys.len(), 1);
}

#[test]
fn an_administrator_user_manages_its_own_keys_up_to_two_and_other_users() {
    let mut t = signed_in();
    t.user("admin", None, true);
    let key = t.key("admin");
    t.use_key(&key);
    let created = t.out("aws iam create-access-key");
    assert!(created.starts_with("{\n    \"AccessKey\": {\n        \"UserName\": \"admin\",\n        \"AccessKeyId\": \"AKIA"));
    assert_eq!(
        t.err("aws iam create-access-key"),
        error(
            "LimitExceeded",
            "CreateAccessKey",
            "Cannot exceed quota for AccessKeysPerUser: 2"
        )
    );
    let listed = t.out("aws iam list-access-keys");
    assert!(listed.contains(&format!(
        "            \"UserName\": \"admin\",\n            \"AccessKeyId\": \"{}\"",
        key.id
    )));
    t.out("aws iam create-user --user-name bob");
    t.out("aws iam create-access-key --user-name bob");
    let bob_keys = &t.lab.iam_user(t.account, "bob").unwrap().access_keys;
    let bob_key = bob_keys.iter().next().unwrap().id.clone();
    t.out(&format!(
        "aws iam update-access-key --user-name bob --access-key-id {bob_key} --status Inactive"
    ));
    assert!(t
        .out("aws iam list-access-keys --user-name bob")
        .contains("\"Status\": \"Inactive\""));
    // Without --user-name the admin's own keys are meant, so bob's key is not found there.
    assert_eq!(
        t.err(&format!(
            "aws iam delete-access-key --access-key-id {bob_key}"
        )),
        error(
            "NoSuchEntity",
            "DeleteAccessKey",
            &format!("The Access Key with id {bob_key} cannot be found.")
        )
    );
    t.out(&format!(
        "aws iam delete-access-key --user-name bob --access-key-id {bob_key}"
    ));
    assert!(t
        .lab
        .iam_user(t.account, "bob")
        .unwrap()
        .access_keys
        .is_empty());
    assert!(t
        .lab
        .account(t.account)
        .unwrap()
        .root
        .access_keys
        .is_empty());
}

#[test]
fn a_console_session_of_an_iam_user_is_that_user_in_cloudshell() {
    let (mut lab, id) = crate::domain::lab::testing::lab_with_account();
    let form = CreateUserForm {
        name: "Bob".into(),
        console_password: Some("User-Pass-9".into()),
        add_to_administrators: false,
        ..Default::default()
    };
    lab.create_user(
        &Identity::root(id),
        id,
        &form,
        &QuickKdf,
        &mut OsRandom,
        Timestamp(1),
    )
    .unwrap();
    lab.sign_in_iam_user(
        &id.to_string(),
        "bob",
        "User-Pass-9",
        &QuickKdf,
        &mut OsRandom,
        NOW,
    )
    .unwrap();
    let mut t = Harness::with(lab, id);
    assert!(t
        .out("aws sts get-caller-identity --output text")
        .contains(&format!("arn:aws:iam::{id}:user/Bob")));
    assert!(t
        .err("aws iam list-users")
        .contains("iam:ListUsers on resource"));
    t.lab.delete_user(&Identity::root(id), id, "Bob").unwrap();
    t.lab.session = Some(crate::domain::lab::Session {
        identity: crate::domain::principal::Identity::user(id, "Bob"),
        started: NOW,
    });
    let o = t.run("aws sts get-caller-identity");
    assert_eq!(o.note, Some(Note::KeyUnknownOrDeleted));
}
