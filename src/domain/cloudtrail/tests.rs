//! Native tests of the CloudTrail core: the record's keys in AWS's order,
//! retention (90 days, 300 events), IDs, and the lookup's rules.
//! Key order: the CloudTrail User Guide's root `ConsoleLogin` example and the
//! IAM User Guide's `CreateUser` example (eventVersion 1.08 and later).

use super::*;
use crate::domain::ids::AccountId;
use crate::domain::principal::Principal;
use crate::domain::time::Timestamp;
use serde_json::{json, Value};

const DAY: i64 = 86_400_000;
const T0: Timestamp = Timestamp(1_795_774_530_000);

fn account() -> AccountId {
    AccountId::parse("123456789012").unwrap()
}

fn event(trail: &mut Trail, name: &str, at: Timestamp, via: Via) -> TrailEvent {
    let (id, request_id) = trail.next_ids(account());
    TrailEvent {
        id,
        request_id,
        time: at,
        source: if name == "ConsoleLogin" {
            EventSource::Signin
        } else {
            EventSource::Iam
        },
        name: name.into(),
        principal: Principal::Root,
        principal_id: String::new(),
        via,
        ip: "192.0.2.10".into(),
        region: "us-east-1".into(),
        read_only: false,
        request: Value::Null,
        response: Value::Null,
        additional: Value::Null,
        error: None,
        resources: Vec::new(),
    }
}

/// The top-level keys of a compact record, in order.
fn keys(record: &str) -> Vec<String> {
    let mut depth = 0;
    let mut out = Vec::new();
    let mut chars = record.char_indices().peekable();
    let mut in_str = false;
    let mut start = 0;
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if in_str => {
                chars.next();
            }
            '"' => {
                if !in_str {
                    start = i + 1;
                } else if depth == 1 && record[i + 1..].starts_with(':') {
                    out.push(record[start..i].to_string());
                }
                in_str = !in_str;
            }
            '{' | '[' if !in_str => depth += 1,
            '}' | ']' if !in_str => depth -= 1,
            _ => {}
        }
    }
    out
}

#[test]
fn a_console_login_record_has_awss_keys_in_awss_order() {
    let mut trail = Trail::default();
    let mut e = event(&mut trail, "ConsoleLogin", T0, Via::SignIn);
    e.response = json!({ "ConsoleLogin": "Success" });
    e.additional = json!({ "LoginTo": "https://console.aws.amazon.com/console/home", "MobileVersion": "No", "MFAUsed": "No" });
    let record = e.record(account());
    assert_eq!(
        keys(&record),
        [
            "eventVersion",
            "userIdentity",
            "eventTime",
            "eventSource",
            "eventName",
            "awsRegion",
            "sourceIPAddress",
            "userAgent",
            "requestParameters",
            "responseElements",
            "additionalEventData",
            "eventID",
            "readOnly",
            "eventType",
            "managementEvent",
            "recipientAccountId",
            "eventCategory",
        ]
    );
    assert!(record.starts_with(r#"{"eventVersion":"1.11","userIdentity":{"type":"Root","principalId":"123456789012","arn":"arn:aws:iam::123456789012:root","accountId":"123456789012","accessKeyId":""},"eventTime":"2026-11-27T10:15:30Z","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"192.0.2.10","userAgent":"Mozilla/5.0"#), "{record}");
    assert!(record
        .contains(r#""requestParameters":null,"responseElements":{"ConsoleLogin":"Success"}"#));
    assert!(record.ends_with(r#""readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,"recipientAccountId":"123456789012","eventCategory":"Management"}"#));
}

#[test]
fn an_api_call_record_has_a_request_id_and_its_session() {
    let mut trail = Trail::default();
    let via = Via::Console {
        session: Timestamp(T0.0 - 60_000),
        mfa: true,
    };
    let mut e = event(&mut trail, "CreateAccessKey", T0, via);
    e.error = Some((
        "LimitExceeded".into(),
        "Cannot exceed quota for AccessKeysPerUser: 2".into(),
    ));
    let record = e.record(account());
    assert_eq!(
        keys(&record),
        [
            "eventVersion",
            "userIdentity",
            "eventTime",
            "eventSource",
            "eventName",
            "awsRegion",
            "sourceIPAddress",
            "userAgent",
            "errorCode",
            "errorMessage",
            "requestParameters",
            "responseElements",
            "requestID",
            "eventID",
            "readOnly",
            "eventType",
            "managementEvent",
            "recipientAccountId",
            "eventCategory",
            "sessionCredentialFromConsole",
        ]
    );
    let json: Value = serde_json::from_str(&record).unwrap();
    let identity = &json["userIdentity"];
    assert_eq!(
        identity["sessionContext"],
        json!({ "sessionIssuer": {}, "webIdFederationData": {}, "attributes": { "creationDate": "2026-11-27T10:14:30Z", "mfaAuthenticated": "true" } })
    );
    let key = identity["accessKeyId"].as_str().unwrap();
    assert_eq!(
        key,
        console_session_key(account(), Timestamp(T0.0 - 60_000))
    );
    assert!(key.starts_with("ASIA") && key.len() == 20);
    // The pretty form is the same record.
    let pretty: Value = serde_json::from_str(&e.record_pretty(account())).unwrap();
    assert_eq!(pretty, json);
    assert!(e
        .record_pretty(account())
        .contains("\n    \"eventVersion\": \"1.11\","));
}

#[test]
fn event_ids_are_uuid_shaped_and_unique() {
    let mut trail = Trail::default();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..500 {
        let (id, request) = trail.next_ids(account());
        for u in [&id, &request] {
            let parts: Vec<&str> = u.split('-').collect();
            assert_eq!(
                parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
                [8, 4, 4, 4, 12],
                "{u}"
            );
            assert!(parts[2].starts_with('4'));
            assert!(u
                .chars()
                .all(|c| c == '-' || c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        }
        assert!(seen.insert(id));
    }
}

#[test]
fn iam_dates_are_written_as_iam_writes_them() {
    for (ms, text) in [
        (T0.0, "Nov 27, 2026 10:15:30 AM"),
        (0, "Jan 1, 1970 12:00:00 AM"),
        (1_689_801_909_000, "Jul 19, 2023 9:25:09 PM"),
        (1_689_768_000_000, "Jul 19, 2023 12:00:00 PM"),
    ] {
        assert_eq!(aws_date(Timestamp(ms)), text);
    }
}

#[test]
fn events_are_kept_90_days_and_300_at_most_in_time_order() {
    let mut trail = Trail::default();
    let old = event(
        &mut trail,
        "CreateUser",
        Timestamp(T0.0 - 91 * DAY),
        Via::SignIn,
    );
    let kept = event(
        &mut trail,
        "CreateGroup",
        Timestamp(T0.0 - 89 * DAY),
        Via::SignIn,
    );
    trail.push(old.clone(), Timestamp(T0.0 - 91 * DAY));
    trail.push(kept.clone(), T0);
    assert_eq!(
        trail.events(),
        std::slice::from_ref(&kept),
        "older than 90 days is gone"
    );
    // An event from the past goes in its place.
    let earlier = event(
        &mut trail,
        "DeleteUser",
        Timestamp(T0.0 - 90 * DAY),
        Via::SignIn,
    );
    trail.push(earlier.clone(), T0);
    assert_eq!(trail.events()[0], earlier);
    // Shown newest first; what is older than 90 days at the time shown is not.
    let names: Vec<&str> = trail.newest_first(T0).map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["CreateGroup", "DeleteUser"]);
    assert_eq!(trail.newest_first(Timestamp(T0.0 + 2 * DAY)).count(), 0);
    for i in 0..MAX_TRAIL_EVENTS as i64 {
        let e = event(&mut trail, "ListUsers", Timestamp(T0.0 + i), Via::SignIn);
        trail.push(e, T0);
    }
    assert_eq!(trail.events().len(), MAX_TRAIL_EVENTS);
    assert!(
        trail.events().iter().all(|e| e.name == "ListUsers"),
        "the oldest went first"
    );
    assert_eq!(RETENTION_DAYS, 90);
}

#[test]
fn the_stored_form_is_small_and_loads_without_a_trail() {
    let mut trail = Trail::default();
    let e = event(&mut trail, "CreateUser", T0, Via::SignIn);
    trail.push(e, T0);
    let stored = serde_json::to_string(&trail).unwrap();
    assert!(stored.len() < 400, "{stored}");
    let back: Trail = serde_json::from_str(&stored).unwrap();
    assert_eq!(back, trail);
    assert_eq!(
        serde_json::from_str::<Trail>("{}").unwrap(),
        Trail::default()
    );
    assert!(Trail::default().is_empty());
}

#[test]
fn a_lookup_takes_one_attribute_an_ordered_range_and_50_at_most() {
    let mut trail = Trail::default();
    for i in 0..60 {
        let e = event(
            &mut trail,
            "CreateUser",
            Timestamp(T0.0 + i * 1000),
            Via::SignIn,
        );
        trail.push(e, T0);
    }
    let region = "us-east-1".to_string();
    let base = LookupRequest {
        region: region.clone(),
        ..LookupRequest::default()
    };
    let (page, more) = trail.lookup(account(), &base, T0).unwrap();
    assert_eq!((page.len(), more), (50, true));
    assert_eq!(page[0].time, Timestamp(T0.0 + 59_000), "newest first");
    let name = |v: &str| LookupAttribute {
        key: LookupKey::EventName,
        value: v.into(),
    };
    for (request, problem) in [
        (
            LookupRequest {
                attributes: vec![name("a"), name("b")],
                ..base.clone()
            },
            LookupProblem::TooManyAttributes,
        ),
        (
            LookupRequest {
                start: Some(T0),
                end: Some(Timestamp(T0.0 - 1)),
                ..base.clone()
            },
            LookupProblem::TimeRange,
        ),
        (
            LookupRequest {
                max_results: Some(51),
                ..base.clone()
            },
            LookupProblem::MaxResults,
        ),
        (
            LookupRequest {
                after: Some("nope".into()),
                ..base.clone()
            },
            LookupProblem::NextToken,
        ),
    ] {
        assert_eq!(trail.lookup(account(), &request, T0).unwrap_err(), problem);
    }
    let other = LookupRequest {
        region: "eu-west-1".into(),
        ..base.clone()
    };
    assert_eq!(trail.lookup(account(), &other, T0).unwrap().0.len(), 0);
    let none = LookupRequest {
        attributes: vec![name("createuser")],
        ..base
    };
    assert_eq!(
        trail.lookup(account(), &none, T0).unwrap().0.len(),
        0,
        "names match exactly"
    );
    assert_eq!(LookupKey::parse("Username"), Some(LookupKey::Username));
    assert_eq!(LookupKey::parse("UserName"), None);
}
