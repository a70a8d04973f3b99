//! The task group "Audit the root user": the three checks an auditor makes,
//! ticked from the account's CloudTrail history, the evidence AWS itself keeps.
//!
//! - Find the root key in the credential report: a `GetCredentialReport` call
//!   answered while the root user had an access key.
//! - Find who created it in Event history: a `LookupEvents` call (console or
//!   `aws`), in us-east-1, whose lookup attribute finds a root `CreateAccessKey`
//!   made before it.
//! - Confirm `AccountAccessKeysPresent` is 0: a `GetAccountSummary` call
//!   answered after the root user's last key was deleted.

use crate::domain::account::Account;
use crate::domain::cloudtrail::{LookupAttribute, LookupKey, TrailEvent};
use crate::domain::principal::Principal;
use crate::domain::time::Timestamp;

/// The account's calls of `name` that AWS answered (not refused).
fn answered<'a>(account: &'a Account, name: &'a str) -> impl Iterator<Item = &'a TrailEvent> {
    account
        .trail
        .events()
        .iter()
        .filter(move |e| e.name == name && e.error.is_none())
}

/// A root key's creation or deletion, by the root user, of its own key (AWS
/// names no user in the request then; only the root user manages root keys).
fn root_key_event(e: &TrailEvent, name: &str) -> bool {
    e.name == name
        && e.error.is_none()
        && e.principal == Principal::Root
        && e.request.get("userName").is_none()
}

fn key_of(e: &TrailEvent) -> Option<&str> {
    e.resources
        .iter()
        .find(|r| r.kind == "AWS::IAM::AccessKey")
        .map(|r| r.name.as_str())
}

/// Whether the root user had an access key at `t`: one it still has, created
/// by then, or one whose creation the trail shows before `t` and whose
/// deletion, if any, after.
fn root_key_existed_at(account: &Account, t: Timestamp) -> bool {
    if account.root.access_keys.iter().any(|k| k.created <= t) {
        return true;
    }
    let events = account.trail.events();
    events
        .iter()
        .filter(|e| e.time <= t && root_key_event(e, "CreateAccessKey"))
        .filter_map(key_of)
        .any(|key| {
            !events.iter().any(|d| {
                d.time <= t && root_key_event(d, "DeleteAccessKey") && key_of(d) == Some(key)
            })
        })
}

pub(super) fn found_root_key_in_report(account: &Account) -> bool {
    answered(account, "GetCredentialReport").any(|e| root_key_existed_at(account, e.time))
}

pub(super) fn found_key_creator(account: &Account) -> bool {
    let created: Vec<&TrailEvent> = account
        .trail
        .events()
        .iter()
        .filter(|e| root_key_event(e, "CreateAccessKey"))
        .collect();
    answered(account, "LookupEvents")
        .filter(|l| l.region == "us-east-1")
        .any(|l| {
            let attribute = lookup_attribute(l);
            created.iter().any(|c| {
                c.time <= l.time && attribute.as_ref().is_none_or(|a| a.matches(c, account.id))
            })
        })
}

/// The attribute a recorded `LookupEvents` asked for; `None` when it asked for
/// none (everything).
fn lookup_attribute(e: &TrailEvent) -> Option<LookupAttribute> {
    let first = e.request.get("lookupAttributes")?.get(0)?;
    Some(LookupAttribute {
        key: LookupKey::parse(first.get("attributeKey")?.as_str()?)?,
        value: first.get("attributeValue")?.as_str()?.to_string(),
    })
}

pub(super) fn confirmed_no_root_keys(account: &Account) -> bool {
    let events = account.trail.events();
    answered(account, "GetAccountSummary").any(|s| {
        !root_key_existed_at(account, s.time)
            && events
                .iter()
                .any(|d| d.time <= s.time && root_key_event(d, "DeleteAccessKey"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cloudtrail::{EventSource, Resource, Via};
    use crate::domain::lab::testing::signed_in_lab;
    use crate::domain::lab::Lab;
    use serde_json::{json, Value};

    const KEY: &str = "AKIAEXAMPLEEXAMPLE01";

    /// An event built directly, as the report branch's operations will record them.
    fn push(lab: &mut Lab, name: &str, at: i64, principal: Principal, request: Value) {
        let a = &mut lab.accounts[0];
        let (id, request_id) = a.trail.next_ids(a.id);
        let resources = if name.ends_with("AccessKey") {
            vec![Resource::new("AWS::IAM::AccessKey", KEY)]
        } else {
            Vec::new()
        };
        let e = TrailEvent {
            id,
            request_id,
            time: Timestamp(at),
            source: if name == "LookupEvents" {
                EventSource::CloudTrail
            } else {
                EventSource::Iam
            },
            name: name.into(),
            principal,
            principal_id: String::new(),
            via: Via::Console {
                session: Timestamp(2),
                mfa: false,
            },
            ip: "192.0.2.10".into(),
            region: "us-east-1".into(),
            read_only: name.starts_with("Get") || name == "LookupEvents",
            request,
            response: Value::Null,
            additional: Value::Null,
            error: None,
            resources,
        };
        a.trail.push(e, Timestamp(at));
    }

    fn states(lab: &Lab) -> [bool; 3] {
        let a = &lab.accounts[0];
        [
            found_root_key_in_report(a),
            found_key_creator(a),
            confirmed_no_root_keys(a),
        ]
    }

    #[test]
    fn nothing_ticks_without_the_calls() {
        let (mut lab, _) = signed_in_lab();
        assert_eq!(states(&lab), [false; 3]);
        push(
            &mut lab,
            "CreateAccessKey",
            10,
            Principal::Root,
            Value::Null,
        );
        assert_eq!(states(&lab), [false; 3]);
    }

    #[test]
    fn the_report_counts_only_while_a_root_key_existed() {
        let (mut lab, _) = signed_in_lab();
        push(
            &mut lab,
            "GetCredentialReport",
            5,
            Principal::Root,
            Value::Null,
        );
        assert!(!states(&lab)[0], "before any key");
        push(
            &mut lab,
            "CreateAccessKey",
            10,
            Principal::Root,
            Value::Null,
        );
        push(
            &mut lab,
            "DeleteAccessKey",
            20,
            Principal::Root,
            json!({ "accessKeyId": KEY }),
        );
        push(
            &mut lab,
            "GetCredentialReport",
            30,
            Principal::Root,
            Value::Null,
        );
        assert!(!states(&lab)[0], "after it was deleted");
        push(
            &mut lab,
            "GetCredentialReport",
            15,
            Principal::Root,
            Value::Null,
        );
        assert!(states(&lab)[0], "while it existed");
    }

    #[test]
    fn a_users_key_does_not_count_as_a_root_key() {
        let (mut lab, _) = signed_in_lab();
        let bob = Principal::user("bob");
        push(
            &mut lab,
            "CreateAccessKey",
            10,
            Principal::Root,
            json!({ "userName": "bob" }),
        );
        push(&mut lab, "CreateAccessKey", 11, bob, Value::Null);
        push(
            &mut lab,
            "GetCredentialReport",
            12,
            Principal::Root,
            Value::Null,
        );
        push(&mut lab, "LookupEvents", 13, Principal::Root, Value::Null);
        assert_eq!(states(&lab), [false; 3]);
    }

    #[test]
    fn the_lookup_must_find_the_root_keys_creation() {
        let (mut lab, _) = signed_in_lab();
        let lookup = |key: &str, value: &str| json!({ "lookupAttributes": [{ "attributeKey": key, "attributeValue": value }], "maxResults": 50 });
        push(&mut lab, "LookupEvents", 5, Principal::Root, Value::Null);
        push(
            &mut lab,
            "CreateAccessKey",
            10,
            Principal::Root,
            Value::Null,
        );
        for (key, value) in [
            ("EventName", "ConsoleLogin"),
            ("ReadOnly", "true"),
            ("Username", "bob"),
        ] {
            push(
                &mut lab,
                "LookupEvents",
                20,
                Principal::Root,
                lookup(key, value),
            );
        }
        assert!(
            !states(&lab)[1],
            "a lookup before it, or that cannot find it"
        );
        push(
            &mut lab,
            "LookupEvents",
            21,
            Principal::Root,
            lookup("EventName", "CreateAccessKey"),
        );
        assert!(states(&lab)[1]);
        let (mut lab, _) = signed_in_lab();
        push(
            &mut lab,
            "CreateAccessKey",
            10,
            Principal::Root,
            Value::Null,
        );
        push(
            &mut lab,
            "LookupEvents",
            20,
            Principal::Root,
            lookup("ReadOnly", "false"),
        );
        assert!(states(&lab)[1], "the console's default lookup lists it");
    }

    #[test]
    fn the_summary_counts_only_after_the_last_root_key_went() {
        let (mut lab, _) = signed_in_lab();
        push(
            &mut lab,
            "GetAccountSummary",
            5,
            Principal::Root,
            Value::Null,
        );
        assert!(!states(&lab)[2], "no key was ever deleted");
        push(
            &mut lab,
            "CreateAccessKey",
            10,
            Principal::Root,
            Value::Null,
        );
        push(
            &mut lab,
            "GetAccountSummary",
            12,
            Principal::Root,
            Value::Null,
        );
        assert!(!states(&lab)[2], "a key is still there");
        push(
            &mut lab,
            "DeleteAccessKey",
            20,
            Principal::Root,
            json!({ "accessKeyId": KEY }),
        );
        push(
            &mut lab,
            "GetAccountSummary",
            30,
            Principal::Root,
            Value::Null,
        );
        assert!(states(&lab)[2]);
        // A key the root user still holds now (created before the call) says otherwise.
        let me = crate::domain::lab::Identity::root(lab.accounts[0].id);
        lab.create_access_key(
            &me,
            &me,
            &mut crate::domain::random::OsRandom,
            Timestamp(25),
        )
        .unwrap();
        assert!(!states(&lab)[2]);
    }
}
