//! What the terminal's calls leave in CloudTrail, and `aws cloudtrail
//! lookup-events` reading it back. Output shape: botocore's CloudTrail model
//! (2013-11-01, `LookupEventsResponse`) and aws-cli's own example
//! (`awscli/examples/cloudtrail/lookup-events.rst`); client-side errors:
//! aws-cli 2.36.7 itself (`golden/errors/lookup-*`).

use super::testing::*;
use crate::domain::cloudtrail::{TrailEvent, Via};

fn events(h: &Harness) -> Vec<TrailEvent> {
    h.lab.account(h.account).unwrap().trail.events().to_vec()
}

fn last(h: &Harness) -> TrailEvent {
    events(h).last().cloned().unwrap()
}

fn record(h: &Harness, e: &TrailEvent) -> serde_json::Value {
    serde_json::from_str(&e.record(h.account)).unwrap()
}

#[test]
fn every_cli_operation_records_one_event_read_only_or_not() {
    let cases: [(&str, &str, bool); 19] = [
        ("aws sts get-caller-identity", "GetCallerIdentity", true),
        ("aws sts get-access-key-info --access-key-id AKIARZPUZDIKGB2VALC4", "GetAccessKeyInfo", true),
        ("aws iam list-access-keys", "ListAccessKeys", true),
        ("aws iam create-access-key", "CreateAccessKey", false),
        ("aws iam create-user --user-name carol", "CreateUser", false),
        ("aws iam get-user --user-name carol", "GetUser", true),
        ("aws iam list-users", "ListUsers", true),
        ("aws iam create-group --group-name Readers", "CreateGroup", false),
        ("aws iam list-groups", "ListGroups", true),
        ("aws iam add-user-to-group --group-name Readers --user-name carol", "AddUserToGroup", false),
        ("aws iam attach-user-policy --user-name carol --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess", "AttachUserPolicy", false),
        ("aws iam create-access-key --user-name carol", "CreateAccessKey", false),
        ("aws iam list-access-keys --user-name carol", "ListAccessKeys", true),
        ("aws cloudtrail lookup-events --max-results 1", "LookupEvents", true),
        ("aws iam get-account-summary", "GetAccountSummary", true),
        ("aws iam generate-credential-report", "GenerateCredentialReport", false),
        ("aws iam generate-credential-report", "GenerateCredentialReport", false),
        ("aws iam get-credential-report", "GetCredentialReport", true),
        ("aws iam get-user --user-name nobody", "GetUser", true),
    ];
    let mut h = signed_in();
    for (line, name, read_only) in cases {
        let before = events(&h).len();
        h.run(line);
        let after = events(&h);
        assert_eq!(after.len(), before + 1, "{line}");
        let e = after.last().unwrap();
        assert_eq!((e.name.as_str(), e.read_only), (name, read_only), "{line}");
        assert_eq!(e.time, NOW, "{line}");
        let json = record(&h, e);
        let agent = json["userAgent"].as_str().unwrap();
        assert!(agent.starts_with("aws-cli/2.36.7 "), "{agent}");
        let command = line
            .split(' ')
            .skip(1)
            .take(2)
            .collect::<Vec<_>>()
            .join(".");
        assert!(agent.ends_with(&format!("md/command#{command}")), "{agent}");
        assert_eq!(json["sourceIPAddress"], crate::domain::lab::CLOUDSHELL_IP);
        assert_eq!(json["userIdentity"]["type"], "Root");
    }
    let missing = record(&h, &last(&h));
    assert_eq!(missing["errorCode"], "NoSuchEntity");
    assert_eq!(
        missing["errorMessage"],
        "The user with name nobody cannot be found."
    );
    assert_eq!(missing["requestParameters"]["userName"], "nobody");
}

#[test]
fn cloudshell_calls_carry_the_session_and_key_calls_the_key() {
    let mut h = signed_in();
    h.out("aws iam list-access-keys");
    let json = record(&h, &last(&h));
    assert!(matches!(last(&h).via, Via::CloudShell { .. }));
    assert!(json["userIdentity"]["accessKeyId"]
        .as_str()
        .unwrap()
        .starts_with("ASIA"));
    assert_eq!(
        json["userIdentity"]["sessionContext"]["attributes"]["mfaAuthenticated"],
        "false"
    );
    assert_eq!(json["sessionCredentialFromConsole"], "true");

    let key = h.console_key();
    h.use_key(&key);
    h.out("aws sts get-caller-identity");
    let json = record(&h, &last(&h));
    assert_eq!(json["userIdentity"]["accessKeyId"], key.id.as_str());
    assert_eq!(json["userIdentity"].get("sessionContext"), None);
    assert_eq!(json.get("sessionCredentialFromConsole"), None);
    assert_eq!(json["eventSource"], "sts.amazonaws.com");
    assert_eq!(json["readOnly"], true);
}

#[test]
fn a_key_created_by_the_cli_is_recorded_without_its_secret() {
    let mut h = signed_in();
    let out = h.out("aws iam create-access-key --output text");
    let secret = out.split('\t').nth(3).unwrap().to_string();
    let e = last(&h);
    assert_eq!(e.name, "CreateAccessKey");
    assert!(!e.record(h.account).contains(secret.trim()));
    assert!(!serde_json::to_string(&h.lab)
        .unwrap()
        .contains(secret.trim()));
}

#[test]
fn lookup_events_finds_the_root_users_key_creation() {
    let mut h = signed_in();
    h.out("aws iam create-access-key");
    let out = h.out(
        "aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=CreateAccessKey --output json",
    );
    let response: serde_json::Value = serde_json::from_str(&out).unwrap();
    let events = response["Events"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(e["Username"], "root");
    assert_eq!(e["EventName"], "CreateAccessKey");
    assert_eq!(e["ReadOnly"], "false");
    assert_eq!(e["EventSource"], "iam.amazonaws.com");
    assert_eq!(e["EventTime"], NOW_TEXT);
    assert_eq!(e["Resources"][0]["ResourceType"], "AWS::IAM::AccessKey");
    let keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 9, "{keys:?}");
    let record: serde_json::Value =
        serde_json::from_str(e["CloudTrailEvent"].as_str().unwrap()).unwrap();
    assert_eq!(record["userIdentity"]["type"], "Root");
    assert!(!e["CloudTrailEvent"].as_str().unwrap().contains('\n'));
    // The lookup itself is recorded after it answered.
    let looked = record_of_last(&h);
    assert_eq!(looked["eventName"], "LookupEvents");
    assert_eq!(looked["eventSource"], "cloudtrail.amazonaws.com");
    assert_eq!(
        looked["requestParameters"]["lookupAttributes"][0]["attributeValue"],
        "CreateAccessKey"
    );
}

fn record_of_last(h: &Harness) -> serde_json::Value {
    record(h, &last(h))
}

#[test]
fn lookup_events_filters_by_every_attribute_and_time() {
    let mut h = signed_in();
    let key = h.console_key();
    h.out("aws iam create-user --user-name carol");
    let id = last(&h).id;
    h.use_key(&key);
    h.out("aws sts get-caller-identity");
    let count = |h: &mut Harness, args: &str| -> usize {
        let out = h.out(&format!(
            "aws cloudtrail lookup-events {args} --query 'length(Events)' --output text"
        ));
        out.trim().parse().unwrap()
    };
    // First: every lookup below is signed with the same key, and recorded.
    assert_eq!(
        count(
            &mut h,
            &format!(
                "--lookup-attributes AttributeKey=AccessKeyId,AttributeValue={}",
                key.id
            )
        ),
        1
    );
    assert_eq!(
        count(
            &mut h,
            &format!("--lookup-attributes AttributeKey=EventId,AttributeValue={id}")
        ),
        1
    );
    assert_eq!(
        count(
            &mut h,
            "--lookup-attributes AttributeKey=EventName,AttributeValue=CreateUser"
        ),
        1
    );
    assert_eq!(
        count(
            &mut h,
            "--lookup-attributes AttributeKey=ResourceName,AttributeValue=carol"
        ),
        1
    );
    assert_eq!(
        count(
            &mut h,
            "--lookup-attributes AttributeKey=ResourceType,AttributeValue=AWS::IAM::User"
        ),
        1
    );
    assert_eq!(
        count(
            &mut h,
            "--lookup-attributes AttributeKey=EventSource,AttributeValue=sts.amazonaws.com"
        ),
        1
    );
    assert_eq!(
        count(
            &mut h,
            "--lookup-attributes AttributeKey=Username,AttributeValue=carol"
        ),
        0
    );
    assert!(
        count(
            &mut h,
            "--lookup-attributes AttributeKey=ReadOnly,AttributeValue=true"
        ) >= 2
    );
    assert_eq!(count(&mut h, "--start-time 2026-11-28"), 0);
    assert!(
        count(
            &mut h,
            "--start-time 2026-11-27T10:15:30Z --end-time 2026-11-27T10:15:30Z"
        ) >= 3
    );
    assert_eq!(count(&mut h, "--end-time 2026-11-26"), 0);
    // Another region's history has none of IAM's events.
    assert_eq!(count(&mut h, "--region eu-west-1"), 0);
}

#[test]
fn max_results_pages_with_a_next_token() {
    let mut h = signed_in();
    for g in ["a", "b", "c"] {
        h.out(&format!("aws iam create-group --group-name {g}"));
    }
    let attr = "--lookup-attributes AttributeKey=EventName,AttributeValue=CreateGroup";
    let out = h.out(&format!(
        "aws cloudtrail lookup-events {attr} --max-results 2 --output json"
    ));
    let page: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(page["Events"].as_array().unwrap().len(), 2);
    let token = page["NextToken"].as_str().unwrap().to_string();
    let out = h.out(&format!(
        "aws cloudtrail lookup-events {attr} --max-results 2 --next-token {token} --output json"
    ));
    let rest: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(rest["Events"].as_array().unwrap().len(), 1);
    assert_eq!(rest.get("NextToken"), None);
    let all = h.out(&format!(
        "aws cloudtrail lookup-events {attr} --output json"
    ));
    let all: serde_json::Value = serde_json::from_str(&all).unwrap();
    assert_eq!(all["Events"].as_array().unwrap().len(), 3);
    assert_eq!(all.get("NextToken"), None);
}

#[test]
fn lookup_events_refusals_name_cloudtrails_exceptions() {
    let mut h = signed_in();
    for (args, code) in [
        ("--lookup-attributes AttributeKey=Color,AttributeValue=x", "ValidationException"),
        ("--lookup-attributes AttributeKey=EventName,AttributeValue=a AttributeKey=Username,AttributeValue=b", "InvalidLookupAttributesException"),
        ("--start-time 2026-11-27 --end-time 2026-11-26", "InvalidTimeRangeException"),
        ("--max-results 51", "InvalidMaxResultsException"),
        ("--max-results 5 --next-token nope", "InvalidNextTokenException"),
    ] {
        let err = h.err(&format!("aws cloudtrail lookup-events {args}"));
        assert!(err.contains(&format!("An error occurred ({code}) when calling the LookupEvents operation")), "{args}: {err}");
        assert_eq!(last(&h).name, "LookupEvents");
        assert_eq!(record_of_last(&h)["errorCode"], code);
    }
}

#[test]
fn lookup_events_checks_arguments_as_the_cli_does() {
    let mut h = signed_in();
    let before = events(&h).len();
    for (args, rc, text) in [
        ("--lookup-attributes EventName", 252, "Error parsing parameter '--lookup-attributes': Expected: '=', received: 'EOF' for input:"),
        ("--lookup-attributes AttributeKey=EventName", 252, "Missing required parameter in LookupAttributes[0]: \"AttributeValue\""),
        ("--start-time foo", 252, "Invalid type for parameter StartTime, value: foo, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string"),
        ("--max-results 0", 252, "Invalid value for parameter MaxResults, value: 0, valid min value: 1"),
        ("--max-results abc", 255, "invalid literal for int() with base 10: 'abc'"),
    ] {
        let o = h.run(&format!("aws cloudtrail lookup-events {args}"));
        assert_eq!(o.exit_code, rc, "{args}");
        assert!(lines(&o).contains(text), "{args}: {}", lines(&o));
    }
    assert_eq!(events(&h).len(), before, "nothing was sent");
}
