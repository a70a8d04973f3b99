//! Every lab operation records its CloudTrail event, console and CLI: which
//! event, from which service, as whom, and what never goes in (secrets).
//! Record shapes follow the CloudTrail User Guide's examples ("AWS Management
//! Console sign-in events", the IAM User Guide's "Example IAM API events in
//! CloudTrail log"); the CLI's are checked in `cli/trail_tests.rs`.

use super::testing::*;
use super::{Identity, Lab, Request};
use crate::domain::access_key::AccessKeyStatus;
use crate::domain::cloudtrail::{EventSource, TrailEvent, Via};
use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
use crate::domain::iam::user::CreateUserForm;
use crate::domain::ids::AccountId;
use crate::domain::random::OsRandom;
use crate::domain::time::Timestamp;

const AT: Timestamp = Timestamp(1_795_774_530_000);

fn events(lab: &Lab, id: AccountId) -> &[TrailEvent] {
    lab.account(id).unwrap().trail.events()
}

/// The events recorded since `before` (older ones may have aged out meanwhile).
fn new_events<'a>(lab: &'a Lab, id: AccountId, before: &[String]) -> Vec<&'a TrailEvent> {
    events(lab, id)
        .iter()
        .filter(|e| !before.contains(&e.id))
        .collect()
}

fn ids(lab: &Lab, id: AccountId) -> Vec<String> {
    events(lab, id).iter().map(|e| e.id.clone()).collect()
}

type Op = fn(&mut Lab, AccountId);

fn root(lab: &Lab, id: AccountId) -> Identity {
    let _ = lab;
    Identity::root(id)
}

fn new_user(lab: &mut Lab, id: AccountId, password: Option<&str>, admin: bool) {
    let form = CreateUserForm {
        name: "bob".into(),
        console_password: password.map(String::from),
        add_to_administrators: admin,
        ..Default::default()
    };
    lab.create_user(&root(lab, id), id, &form, &QuickKdf, &mut OsRandom, AT)
        .unwrap();
}

fn root_key(lab: &mut Lab, id: AccountId) -> String {
    let me = root(lab, id);
    let key = lab.create_access_key(&me, &me, &mut OsRandom, AT).unwrap();
    key.id.as_str().to_string()
}

#[test]
fn every_console_operation_records_its_own_events() {
    let cases: Vec<(&str, Op, Op, &[&str])> = vec![
        (
            "create a root key",
            |_, _| {},
            |l, id| {
                root_key(l, id);
            },
            &["CreateAccessKey"],
        ),
        (
            "deactivate it",
            |l, id| {
                root_key(l, id);
            },
            |l, id| {
                let me = root(l, id);
                let k = l
                    .access_keys(&me)
                    .unwrap()
                    .iter()
                    .next()
                    .unwrap()
                    .id
                    .clone();
                l.set_access_key_status(&me, &me, k.as_str(), AccessKeyStatus::Inactive)
                    .unwrap();
            },
            &["UpdateAccessKey"],
        ),
        (
            "delete it",
            |l, id| {
                root_key(l, id);
            },
            |l, id| {
                let me = root(l, id);
                let k = l
                    .access_keys(&me)
                    .unwrap()
                    .iter()
                    .next()
                    .unwrap()
                    .id
                    .clone();
                l.set_access_key_status(&me, &me, k.as_str(), AccessKeyStatus::Inactive)
                    .unwrap();
                l.delete_access_key(&me, &me, k.as_str()).unwrap();
            },
            &["UpdateAccessKey", "DeleteAccessKey"],
        ),
        (
            "change the root password",
            |_, _| {},
            |l, id| {
                let me = root(l, id);
                l.change_root_password(
                    &me,
                    PASSWORD,
                    "Other-Pass2!",
                    "Other-Pass2!",
                    &QuickKdf,
                    &mut OsRandom,
                )
                .unwrap();
            },
            &["PasswordUpdated"],
        ),
        (
            "change the root email",
            |_, _| {},
            |l, id| {
                let me = root(l, id);
                l.update_root_email(&me, "new@example.com", PASSWORD, &QuickKdf)
                    .unwrap();
            },
            &["EmailUpdated"],
        ),
        (
            "create an administrator with a console password",
            |_, _| {},
            |l, id| {
                new_user(l, id, Some("User-Pass1!x"), true);
            },
            &[
                "CreateUser",
                "CreateLoginProfile",
                "CreateGroup",
                "AttachGroupPolicy",
                "AddUserToGroup",
            ],
        ),
        (
            "create a user without console access",
            |_, _| {},
            |l, id| {
                new_user(l, id, None, false);
            },
            &["CreateUser"],
        ),
        (
            "create a group",
            |_, _| {},
            |l, id| {
                let me = root(l, id);
                l.create_group(&me, id, "Readers", &mut OsRandom, AT)
                    .unwrap();
            },
            &["CreateGroup"],
        ),
        (
            "add to and remove from a group",
            |l, id| {
                new_user(l, id, None, false);
                let me = root(l, id);
                l.create_group(&me, id, "Readers", &mut OsRandom, AT)
                    .unwrap();
            },
            |l, id| {
                let me = root(l, id);
                l.add_user_to_group(&me, id, "bob", "Readers").unwrap();
                l.remove_user_from_group(&me, id, "bob", "Readers").unwrap();
            },
            &["AddUserToGroup", "RemoveUserFromGroup"],
        ),
        (
            "the Administrators group on an existing user",
            |l, id| {
                new_user(l, id, None, false);
            },
            |l, id| {
                let me = root(l, id);
                l.add_user_to_administrators(&me, id, "bob", &mut OsRandom, AT)
                    .unwrap();
            },
            &["CreateGroup", "AttachGroupPolicy", "AddUserToGroup"],
        ),
        (
            "attach and detach a policy",
            |l, id| {
                new_user(l, id, None, false);
            },
            |l, id| {
                let me = root(l, id);
                l.attach_user_policy(&me, id, "bob", ADMINISTRATOR_ACCESS)
                    .unwrap();
                l.detach_user_policy(&me, id, "bob", ADMINISTRATOR_ACCESS)
                    .unwrap();
            },
            &["AttachUserPolicy", "DetachUserPolicy"],
        ),
        (
            "set, reset and remove a console password",
            |l, id| {
                new_user(l, id, None, false);
            },
            |l, id| {
                let me = root(l, id);
                for pw in [Some("User-Pass1!x"), Some("User-Pass2!y"), None] {
                    l.set_user_password(&me, id, "bob", pw, &QuickKdf, &mut OsRandom, AT)
                        .unwrap();
                }
            },
            &[
                "CreateLoginProfile",
                "UpdateLoginProfile",
                "DeleteLoginProfile",
            ],
        ),
        (
            "a user changes their own password",
            |l, id| {
                new_user(l, id, Some("User-Pass1!x"), false);
            },
            |l, id| {
                let bob = Identity::user(id, "bob");
                l.change_user_password(
                    &bob,
                    "User-Pass1!x",
                    "User-Pass2!y",
                    "User-Pass2!y",
                    &QuickKdf,
                    &mut OsRandom,
                    AT,
                )
                .unwrap();
            },
            &["ChangePassword"],
        ),
        (
            "delete a user",
            |l, id| {
                new_user(l, id, None, false);
            },
            |l, id| {
                let me = root(l, id);
                l.delete_user(&me, id, "bob").unwrap();
            },
            &["DeleteUser"],
        ),
        (
            "set and delete the alias",
            |_, _| {},
            |l, id| {
                let me = root(l, id);
                l.set_account_alias(&me, id, "my-training").unwrap();
                l.delete_account_alias(&me, id).unwrap();
            },
            &["CreateAccountAlias", "DeleteAccountAlias"],
        ),
        (
            "sign in as the root user",
            |l, _| l.sign_out(),
            |l, _| {
                l.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, AT)
                    .unwrap();
            },
            &["ConsoleLogin"],
        ),
        (
            "a wrong root password",
            |l, _| l.sign_out(),
            |l, _| {
                l.sign_in_root(EMAIL, "wrong", &QuickKdf, &mut OsRandom, AT)
                    .unwrap_err();
            },
            &["ConsoleLogin"],
        ),
        (
            "sign out (no AWS event)",
            |_, _| {},
            |l, _| l.sign_out(),
            &[],
        ),
        (
            "the root warning's preference (no AWS event)",
            |_, _| {},
            |l, id| {
                let me = root(l, id);
                l.set_hide_root_warning(&me, true).unwrap();
            },
            &[],
        ),
    ];
    for (what, setup, act, expected) in cases {
        let (mut lab, id) = signed_in_lab();
        setup(&mut lab, id);
        let before = ids(&lab, id);
        lab.serve(Request::console(AT), |l| act(l, id));
        let recorded = new_events(&lab, id, &before);
        let names: Vec<&str> = recorded.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, *expected, "{what}");
        for e in recorded {
            assert_eq!(e.time, AT, "{what}");
            let record = e.record(id);
            for secret in [PASSWORD, "User-Pass1!x", "User-Pass2!y", "Other-Pass2!"] {
                assert!(!record.contains(secret), "{what}: {record}");
            }
            let json: serde_json::Value = serde_json::from_str(&record).unwrap();
            assert_eq!(json["recipientAccountId"], id.to_string(), "{what}");
            if e.source == EventSource::Iam {
                assert_eq!(json["eventType"], "AwsApiCall", "{what}");
                assert_eq!(json["awsRegion"], "us-east-1", "{what}");
                assert_eq!(json["userAgent"], "AWS Internal", "{what}");
                assert_eq!(json["sessionCredentialFromConsole"], "true", "{what}");
                assert!(json["userIdentity"]["accessKeyId"]
                    .as_str()
                    .unwrap()
                    .starts_with("ASIA"));
            }
        }
    }
}

#[test]
fn a_root_key_is_recorded_without_its_secret() {
    let (mut lab, id) = signed_in_lab();
    let me = Identity::root(id);
    let key = lab.serve(Request::console(AT), |l| {
        l.create_access_key(&me, &me, &mut OsRandom, AT).unwrap()
    });
    let e = events(&lab, id).last().unwrap();
    let json: serde_json::Value = serde_json::from_str(&e.record(id)).unwrap();
    assert!(!e.record(id).contains(&key.secret));
    assert_eq!(json["eventName"], "CreateAccessKey");
    assert_eq!(json["eventSource"], "iam.amazonaws.com");
    assert_eq!(json["userIdentity"]["type"], "Root");
    assert_eq!(
        json["userIdentity"]["arn"],
        format!("arn:aws:iam::{id}:root")
    );
    assert_eq!(json["requestParameters"], serde_json::Value::Null);
    assert_eq!(
        json["responseElements"]["accessKey"]["accessKeyId"],
        key.id.as_str()
    );
    assert_eq!(json["responseElements"]["accessKey"]["status"], "Active");
    assert_eq!(
        json["responseElements"]["accessKey"]["createDate"],
        "Nov 27, 2026 10:15:30 AM"
    );
    assert_eq!(
        json["responseElements"]["accessKey"].get("secretAccessKey"),
        None
    );
    assert_eq!(json["readOnly"], false);
    assert_eq!(e.user_name(), "root");
}

#[test]
fn sign_ins_record_console_login_success_and_failure_with_mfa_used() {
    let (mut lab, id) = lab_with_account();
    lab.sign_in_root(EMAIL, "wrong", &QuickKdf, &mut OsRandom, AT)
        .unwrap_err();
    lab.sign_in_root(
        EMAIL,
        PASSWORD,
        &QuickKdf,
        &mut OsRandom,
        Timestamp(AT.0 + 1000),
    )
    .unwrap();
    let [failed, ok] = events(&lab, id) else {
        panic!("two ConsoleLogin events");
    };
    let failed: serde_json::Value = serde_json::from_str(&failed.record(id)).unwrap();
    assert_eq!(failed["eventSource"], "signin.amazonaws.com");
    assert_eq!(failed["eventType"], "AwsConsoleSignIn");
    assert_eq!(failed["responseElements"]["ConsoleLogin"], "Failure");
    assert_eq!(failed["errorMessage"], "Failed authentication");
    assert_eq!(failed.get("errorCode"), None);
    assert_eq!(failed["additionalEventData"]["MFAUsed"], "No");
    assert_eq!(failed["userIdentity"]["type"], "Root");
    assert_eq!(failed["userIdentity"]["accessKeyId"], "");
    let ok: serde_json::Value = serde_json::from_str(&ok.record(id)).unwrap();
    assert_eq!(ok["responseElements"]["ConsoleLogin"], "Success");
    assert_eq!(ok["eventTime"], "2026-11-27T10:15:31Z");
    assert_eq!(ok["additionalEventData"]["MobileVersion"], "No");
    assert!(ok["additionalEventData"]["LoginTo"]
        .as_str()
        .unwrap()
        .starts_with("https://console.aws.amazon.com/"));
}

#[test]
fn an_unknown_iam_user_name_is_hidden_as_aws_hides_it() {
    let (mut lab, id) = lab_with_account();
    lab.sign_in_iam_user(&id.to_string(), "nobody", "x", &QuickKdf, &mut OsRandom, AT)
        .unwrap_err();
    let e = events(&lab, id).last().unwrap();
    let json: serde_json::Value = serde_json::from_str(&e.record(id)).unwrap();
    assert_eq!(json["userIdentity"]["type"], "IAMUser");
    assert_eq!(
        json["userIdentity"]["userName"],
        "HIDDEN_DUE_TO_SECURITY_REASONS"
    );
    assert_eq!(
        json["errorMessage"],
        "No username found in supplied account"
    );
}

#[test]
fn an_iam_users_events_name_it_and_its_principal_id() {
    let (mut lab, id) = signed_in_lab();
    lab.serve(Request::console(AT), |l| {
        new_user(l, id, Some("User-Pass1!x"), true)
    });
    let bob = Identity::user(id, "bob");
    lab.serve(Request::console(AT), |l| {
        l.create_access_key(&bob, &bob, &mut OsRandom, AT).unwrap()
    });
    let e = events(&lab, id).last().unwrap();
    let json: serde_json::Value = serde_json::from_str(&e.record(id)).unwrap();
    assert_eq!(json["userIdentity"]["type"], "IAMUser");
    assert_eq!(json["userIdentity"]["userName"], "bob");
    let user_id = lab.iam_user(id, "bob").unwrap().user_id.clone();
    assert_eq!(json["userIdentity"]["principalId"], user_id);
    assert_eq!(json["requestParameters"]["userName"], "bob");
    assert_eq!(e.user_name(), "bob");
}

#[test]
fn the_console_session_context_says_when_it_began_and_whether_mfa_was_used() {
    let (mut lab, id) = signed_in_lab();
    let me = Identity::root(id);
    lab.serve(Request::console(AT), |l| {
        l.create_group(&me, id, "Readers", &mut OsRandom, AT)
            .unwrap()
    });
    let e = events(&lab, id).last().unwrap();
    assert_eq!(
        e.via,
        Via::Console {
            session: Timestamp(2),
            mfa: false
        }
    );
    let json: serde_json::Value = serde_json::from_str(&e.record(id)).unwrap();
    let attributes = &json["userIdentity"]["sessionContext"]["attributes"];
    assert_eq!(attributes["creationDate"], "1970-01-01T00:00:00Z");
    assert_eq!(attributes["mfaAuthenticated"], "false");
}

#[test]
fn a_refused_operation_records_nothing() {
    let (mut lab, id) = signed_in_lab();
    let me = Identity::root(id);
    let before = lab.clone();
    lab.serve(Request::console(AT), |l| {
        l.delete_user(&me, id, "ghost").unwrap_err();
        l.set_account_alias(&me, id, "BAD ALIAS").unwrap_err();
    });
    assert_eq!(lab, before);
}

#[test]
fn outside_a_request_events_take_the_trails_newest_time() {
    let (mut lab, id) = signed_in_lab();
    let me = Identity::root(id);
    lab.serve(Request::console(AT), |l| {
        l.create_group(&me, id, "A", &mut OsRandom, AT).unwrap()
    });
    lab.create_group(&me, id, "B", &mut OsRandom, AT).unwrap();
    assert_eq!(events(&lab, id).last().unwrap().time, AT);
    assert_eq!(lab.request, None, "serve restores the request before it");
}

#[test]
fn event_history_lists_newest_first_filters_and_records_its_own_lookup() {
    use crate::domain::cloudtrail::{LookupAttribute, LookupKey};
    let (mut lab, id) = signed_in_lab();
    let me = Identity::root(id);
    lab.serve(Request::console(AT), |l| {
        root_key(l, id);
        l.create_group(&me, id, "Readers", &mut OsRandom, AT)
            .unwrap();
    });
    let all = lab
        .serve(Request::console(AT), |l| l.look_up_events(&me, None))
        .unwrap();
    let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["CreateGroup", "CreateAccessKey"],
        "the sign-in aged out"
    );
    let attribute = |key, value: &str| {
        Some(LookupAttribute {
            key,
            value: value.into(),
        })
    };
    let found = lab
        .serve(Request::console(AT), |l| {
            l.look_up_events(&me, attribute(LookupKey::EventName, "CreateAccessKey"))
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].user_name(), "root");
    let lookups = events(&lab, id)
        .iter()
        .filter(|e| e.name == "LookupEvents")
        .count();
    assert_eq!(lookups, 2, "each lookup is recorded");
    let e = events(&lab, id).last().unwrap();
    assert_eq!(e.source, EventSource::CloudTrail);
    assert!(e.read_only);
    assert_eq!(
        e.request["lookupAttributes"][0]["attributeValue"],
        "CreateAccessKey"
    );
    // An empty value is no filter.
    let unfiltered = lab
        .serve(Request::console(AT), |l| {
            l.look_up_events(&me, attribute(LookupKey::Username, " "))
        })
        .unwrap();
    assert_eq!(unfiltered.len(), 4);
    // A user without a CloudTrail permission is refused, and nothing is recorded.
    lab.serve(Request::console(AT), |l| new_user(l, id, None, false));
    let before = lab.clone();
    let bob = Identity::user(id, "bob");
    assert_eq!(
        lab.look_up_events(&bob, None),
        Err(crate::domain::lab::Denied::NotAuthorized)
    );
    assert_eq!(lab, before);
}
