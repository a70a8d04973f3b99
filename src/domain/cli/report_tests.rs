//! The terminal's audit commands: `get-account-summary`, `generate-credential-report`
//! and `get-credential-report`, their output, errors and exit codes.

use super::testing::*;
use crate::domain::base64;
use crate::domain::iam::credential_report::{HEADER, REPORT_LIFETIME_MS};
use crate::domain::iam::managed_policy::policy_arn;
use crate::domain::lab::Identity;
use crate::domain::random::OsRandom;
use crate::domain::time::Timestamp;

fn summary_line(out: &str, key: &str) -> String {
    out.lines()
        .find(|l| l.trim_start().starts_with(&format!("\"{key}\"")))
        .unwrap_or_default()
        .trim()
        .trim_end_matches(',')
        .to_string()
}

#[test]
fn the_summary_prints_every_key_in_awss_order() {
    let mut t = signed_in();
    let out = t.out("aws iam get-account-summary");
    let expected = "{\n    \"SummaryMap\": {\n        \"GroupPolicySizeQuota\": 5120,\n        \"InstanceProfilesQuota\": 1000,\n        \"Policies\": 0,\n        \"GroupsPerUserQuota\": 10,\n        \"InstanceProfiles\": 0,\n        \"AttachedPoliciesPerUserQuota\": 10,\n        \"Users\": 0,\n        \"PoliciesQuota\": 1500,\n        \"Providers\": 0,\n        \"AccountMFAEnabled\": 0,\n        \"AccessKeysPerUserQuota\": 2,\n        \"AssumeRolePolicySizeQuota\": 2048,\n        \"PolicyVersionsInUseQuota\": 10000,\n        \"GlobalEndpointTokenVersion\": 1,\n        \"VersionsPerPolicyQuota\": 5,\n        \"AttachedPoliciesPerGroupQuota\": 10,\n        \"PolicySizeQuota\": 6144,\n        \"Groups\": 0,\n        \"AccountSigningCertificatesPresent\": 0,\n        \"UsersQuota\": 5000,\n        \"ServerCertificatesQuota\": 20,\n        \"MFADevices\": 0,\n        \"UserPolicySizeQuota\": 2048,\n        \"PolicyVersionsInUse\": 0,\n        \"ServerCertificates\": 0,\n        \"Roles\": 0,\n        \"RolesQuota\": 1000,\n        \"SigningCertificatesPerUserQuota\": 2,\n        \"MFADevicesInUse\": 0,\n        \"RolePolicySizeQuota\": 10240,\n        \"AttachedPoliciesPerRoleQuota\": 20,\n        \"AccountAccessKeysPresent\": 0,\n        \"AccountPasswordPresent\": 1,\n        \"GroupsQuota\": 300\n    }\n}\n";
    assert_eq!(out, expected);
    // A root key, even an inactive one, sets AccountAccessKeysPresent.
    let key = t.console_key();
    let root = t.root();
    t.lab
        .set_access_key_status(
            &root,
            &root,
            key.id.as_str(),
            crate::domain::access_key::AccessKeyStatus::Inactive,
        )
        .unwrap();
    let out = t.out("aws iam get-account-summary");
    assert_eq!(
        summary_line(&out, "AccountAccessKeysPresent"),
        "\"AccountAccessKeysPresent\": 1"
    );
    assert_eq!(
        t.out("aws iam get-account-summary --query SummaryMap.AccountMFAEnabled --output text"),
        "0\n"
    );
}

#[test]
fn generating_starts_once_then_is_complete_for_four_hours() {
    let mut t = signed_in();
    assert_eq!(
        t.out("aws iam generate-credential-report"),
        "{\n    \"State\": \"STARTED\",\n    \"Description\": \"No report exists. Starting a new report generation task\"\n}\n"
    );
    assert_eq!(
        t.out("aws iam generate-credential-report"),
        "{\n    \"State\": \"COMPLETE\"\n}\n"
    );
    // Four hours on the console session is over: the root key signs instead.
    let key = t.console_key();
    t.use_key(&key);
    let later = Timestamp(NOW.millis() + REPORT_LIFETIME_MS);
    let o = t.term.run_line(
        &mut t.lab,
        "aws iam get-credential-report",
        &mut OsRandom,
        later,
    );
    assert_eq!(o.exit_code, 254);
    assert_eq!(
        lines(&o),
        "!\n!aws: [ERROR]: An error occurred (ReportExpired) when calling the GetCredentialReport operation: Unknown\n"
    );
}

#[test]
fn no_report_until_one_is_generated() {
    let mut t = signed_in();
    assert_eq!(
        t.err("aws iam get-credential-report"),
        "!\n!aws: [ERROR]: An error occurred (ReportNotPresent) when calling the GetCredentialReport operation: Unknown\n"
    );
    assert_eq!(t.status(), "254\n");
}

#[test]
fn the_report_arrives_as_base64_of_the_csv() {
    let mut t = signed_in();
    t.console_key();
    t.out("aws iam generate-credential-report");
    let content = t.out("aws iam get-credential-report --query Content --output text");
    let csv = String::from_utf8(base64::decode(content.trim_end()).unwrap()).unwrap();
    let mut rows = csv.lines();
    assert_eq!(rows.next(), Some(HEADER));
    let root = rows.next().unwrap();
    let acct = t.account;
    assert!(
        root.starts_with(&format!("<root_account>,arn:aws:iam::{acct}:root,")),
        "{root}"
    );
    let cells: Vec<&str> = root.split(',').collect();
    assert_eq!(
        &cells[3..9],
        [
            "not_supported",
            NOW_TEXT,
            "not_supported",
            "not_supported",
            "false",
            "true"
        ]
    );
    let out =
        t.out("aws iam get-credential-report --query [ReportFormat,GeneratedTime] --output text");
    assert_eq!(out, format!("text/csv\t{NOW_TEXT}\n"));
    let json = t.out("aws iam get-credential-report");
    assert!(json.starts_with(&format!("{{\n    \"Content\": \"{}\",\n    \"ReportFormat\": \"text/csv\",\n    \"GeneratedTime\": \"{NOW_TEXT}\"\n}}", content.trim_end())), "{json}");
}

#[test]
fn an_iam_user_needs_the_actions_on_resource_star() {
    let mut t = signed_in();
    let acct = t.account;
    t.user("bob", None, false);
    let key = t.key("bob");
    t.use_key(&key);
    for op in [
        "GetAccountSummary",
        "GenerateCredentialReport",
        "GetCredentialReport",
    ] {
        let cli = match op {
            "GetAccountSummary" => "get-account-summary",
            "GenerateCredentialReport" => "generate-credential-report",
            _ => "get-credential-report",
        };
        assert_eq!(
            t.err(&format!("aws iam {cli}")),
            format!("!\n!aws: [ERROR]: An error occurred (AccessDenied) when calling the {op} operation: User: arn:aws:iam::{acct}:user/bob is not authorized to perform: iam:{op} on resource: * because no identity-based policy allows the iam:{op} action\n")
        );
    }
    let root = Identity::root(acct);
    t.lab
        .attach_user_policy(&root, acct, "bob", &policy_arn("IAMReadOnlyAccess"))
        .unwrap();
    t.out("aws iam generate-credential-report");
    let csv = t.out("aws iam get-credential-report --query Content --output text");
    let csv = String::from_utf8(base64::decode(csv.trim_end()).unwrap()).unwrap();
    assert!(csv.contains(&format!("\nbob,arn:aws:iam::{acct}:user/bob,")));
}
