//! The audit operations through the lab's door: the account summary before and
//! after a root key and an MFA device, the credential report's rows against
//! the golden files in `reports_golden/`, its four-hour reuse and expiry, its
//! errors, and who may call each.

use super::testing::*;
use super::*;
use crate::domain::access_key::{AccessKeyStatus, LastUsed};
use crate::domain::account_audit::account_summary::summary_value;
use crate::domain::iam::credential_report::{HEADER, REPORT_LIFETIME_MS};
use crate::domain::iam::managed_policy::policy_arn;
use crate::domain::iam::user::CreateUserForm;
use crate::domain::ids::AccountId;
use crate::domain::random::OsRandom;
use crate::domain::time::Timestamp;

const T0: i64 = 1_795_774_530_000; // 2026-11-27T10:15:30+00:00
const H: i64 = 3_600_000;
const USER_PW: &str = "User-Pass-1";

fn at(ms: i64) -> Timestamp {
    Timestamp(T0 + ms)
}

fn golden(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/domain/lab/reports_golden")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// An account `123456789012` created at T0, nobody signed in.
fn account_at_t0() -> (Lab, AccountId) {
    let id = AccountId::new(123_456_789_012).unwrap();
    let mut lab = Lab::default();
    lab.sign_up_with_id(id, &form(EMAIL), &QuickKdf, &mut OsRandom, at(0))
        .unwrap();
    (lab, id)
}

fn create(lab: &mut Lab, id: AccountId, name: &str, password: Option<&str>, when: i64) {
    let form = CreateUserForm {
        name: name.into(),
        console_password: password.map(String::from),
        add_to_administrators: false,
        ..Default::default()
    };
    lab.create_user(
        &Identity::root(id),
        id,
        &form,
        &QuickKdf,
        &mut OsRandom,
        at(when),
    )
    .unwrap();
}

fn key(
    lab: &mut Lab,
    owner: &Identity,
    status: AccessKeyStatus,
    created: i64,
    used: Option<(&str, &str)>,
) {
    let last_used = used.map(|(region, service)| LastUsed {
        date: at(9 * H),
        region: region.into(),
        service: service.into(),
    });
    let imported = ImportedKey {
        id: None,
        secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        status,
        created: at(created),
        last_used,
    };
    lab.import_access_key(owner, imported, &mut OsRandom)
        .unwrap();
}

fn mfa(lab: &mut Lab, who: &Identity, password: &str, seed: u8) {
    let key = lab
        .seal_key(who, password, &QuickKdf, &mut OsRandom)
        .unwrap();
    // Device names are unique per account, as AWS's are.
    let name = format!("phone-{seed}");
    let device = KnownSeedDevice {
        name: &name,
        hardware_serial: None,
        seed: &[seed; 20],
    };
    lab.assign_known_seed(who, device, &key, &mut OsRandom, at(8 * H))
        .unwrap();
}

/// Every column rule in one account (see `reports_golden/README.md`).
fn every_rule() -> (Lab, AccountId) {
    let (mut lab, id) = account_at_t0();
    let root = Identity::root(id);
    create(&mut lab, id, "alice", Some(USER_PW), H);
    create(&mut lab, id, "carol", Some(USER_PW), 2 * H);
    create(&mut lab, id, "bob", None, 3 * H);
    create(&mut lab, id, "dave", Some(USER_PW), 4 * H);
    let sign_in = |lab: &mut Lab, user: &str, when: i64| {
        lab.sign_in_iam_user(
            &id.to_string(),
            user,
            USER_PW,
            &QuickKdf,
            &mut OsRandom,
            at(when),
        )
        .unwrap();
    };
    sign_in(&mut lab, "dave", 5 * H);
    lab.set_user_password(&root, id, "dave", None, &QuickKdf, &mut OsRandom, at(6 * H))
        .unwrap();
    sign_in(&mut lab, "alice", 7 * H);
    lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, at(8 * H))
        .unwrap();
    mfa(&mut lab, &root, PASSWORD, 1);
    let alice = Identity::user(id, "alice");
    mfa(&mut lab, &alice, USER_PW, 2);
    key(
        &mut lab,
        &root,
        AccessKeyStatus::Active,
        H / 2,
        Some(("us-east-1", "sts")),
    );
    let used = Some(("ap-northeast-1", "iam"));
    key(&mut lab, &alice, AccessKeyStatus::Active, 2 * H, used);
    key(&mut lab, &alice, AccessKeyStatus::Inactive, 3 * H, None);
    let carol = Identity::user(id, "carol");
    key(&mut lab, &carol, AccessKeyStatus::Active, 4 * H, None);
    (lab, id)
}

fn report_csv(lab: &mut Lab, who: &Identity, when: i64) -> String {
    lab.generate_credential_report(who, at(when)).unwrap();
    lab.get_credential_report(who, at(when)).unwrap().csv()
}

#[test]
fn a_new_accounts_report_is_its_root_row() {
    let (mut lab, id) = account_at_t0();
    let csv = report_csv(&mut lab, &Identity::root(id), H);
    assert_eq!(csv, golden("new-account.csv"));
    assert!(csv.starts_with(&format!("{HEADER}\n<root_account>,")));
}

#[test]
fn every_column_rule_matches_the_golden_report() {
    let (mut lab, id) = every_rule();
    let csv = report_csv(&mut lab, &Identity::root(id), 10 * H);
    assert_eq!(csv, golden("every-column-rule.csv"));
    assert!(!csv.ends_with('\n'));
    assert!(csv.lines().all(|l| l.split(',').count() == 22), "{csv}");
}

#[test]
fn a_report_is_reused_for_four_hours_then_expires() {
    let (mut lab, id) = account_at_t0();
    let root = Identity::root(id);
    assert_eq!(
        lab.get_credential_report(&root, at(0)),
        Err(Refused::Problem(ReportProblem::NotPresent))
    );
    assert_eq!(
        lab.generate_credential_report(&root, at(H)),
        Ok(ReportState::Started)
    );
    let first = lab.get_credential_report(&root, at(H)).unwrap();
    assert_eq!(first.generated, at(H));
    assert_eq!(
        first.console_file_name(),
        "status_reports_2026-11-27T11-15-30+00-00.csv"
    );
    // A root key made since does not show: the report of the last four hours stands.
    lab.create_access_key(&root, &root, &mut OsRandom, at(2 * H))
        .unwrap();
    let just_before = H + REPORT_LIFETIME_MS - 1;
    assert_eq!(
        lab.generate_credential_report(&root, at(just_before)),
        Ok(ReportState::Complete)
    );
    assert_eq!(lab.get_credential_report(&root, at(just_before)), Ok(first));
    // Four hours on, it has expired; generating writes a new one with the key.
    let expiry = H + REPORT_LIFETIME_MS;
    assert_eq!(
        lab.get_credential_report(&root, at(expiry)),
        Err(Refused::Problem(ReportProblem::Expired))
    );
    assert_eq!(
        lab.generate_credential_report(&root, at(expiry)),
        Ok(ReportState::Started)
    );
    let second = lab.get_credential_report(&root, at(expiry)).unwrap();
    assert_eq!(second.generated, at(expiry));
    assert_eq!(second.rows[0][8], "true", "{:?}", second.rows[0]);
    // A clock set back before the report was made does not keep it alive.
    assert_eq!(
        lab.get_credential_report(&root, at(0)),
        Err(Refused::Problem(ReportProblem::Expired))
    );
}

#[test]
fn the_summary_follows_the_root_key_and_mfa_device() {
    let (mut lab, id) = account_at_t0();
    let root = Identity::root(id);
    let value = |lab: &mut Lab, k: &str| summary_value(&lab.get_account_summary(&root).unwrap(), k);
    assert_eq!(value(&mut lab, "AccountAccessKeysPresent"), 0);
    assert_eq!(value(&mut lab, "AccountMFAEnabled"), 0);
    assert_eq!(value(&mut lab, "AccountPasswordPresent"), 1);
    let k = lab
        .create_access_key(&root, &root, &mut OsRandom, at(H))
        .unwrap();
    assert_eq!(value(&mut lab, "AccountAccessKeysPresent"), 1);
    // Inactive still counts: the key exists.
    lab.set_access_key_status(&root, &root, k.id.as_str(), AccessKeyStatus::Inactive)
        .unwrap();
    assert_eq!(value(&mut lab, "AccountAccessKeysPresent"), 1);
    lab.delete_access_key(&root, &root, k.id.as_str()).unwrap();
    assert_eq!(value(&mut lab, "AccountAccessKeysPresent"), 0);
    mfa(&mut lab, &root, PASSWORD, 3);
    assert_eq!(value(&mut lab, "AccountMFAEnabled"), 1);
    assert_eq!(value(&mut lab, "MFADevices"), 1);
    assert_eq!(value(&mut lab, "MFADevicesInUse"), 1);
}

#[test]
fn the_summary_counts_users_groups_and_attached_policies() {
    let (mut lab, id) = every_rule();
    let root = Identity::root(id);
    lab.create_group(&root, id, "Auditors", &mut OsRandom, at(H))
        .unwrap();
    lab.attach_user_policy(&root, id, "bob", &policy_arn("ReadOnlyAccess"))
        .unwrap();
    let summary = lab.get_account_summary(&root).unwrap();
    for (k, v) in [
        ("Users", 4),
        ("Groups", 1),
        ("PolicyVersionsInUse", 1),
        ("MFADevices", 2),
        ("MFADevicesInUse", 2),
        ("AccountMFAEnabled", 1),
        ("AccountAccessKeysPresent", 1),
        ("Policies", 0),
        ("Roles", 0),
        ("UsersQuota", 5000),
        ("GroupsQuota", 300),
        ("AccessKeysPerUserQuota", 2),
    ] {
        assert_eq!(summary_value(&summary, k), v, "{k}");
    }
    assert_eq!(summary.first().map(|e| e.0), Some("GroupPolicySizeQuota"));
    assert_eq!(summary.last().map(|e| e.0), Some("GroupsQuota"));
}

#[test]
fn an_iam_user_needs_the_iam_actions_and_the_root_user_does_not() {
    let (mut lab, id) = account_at_t0();
    let root = Identity::root(id);
    create(&mut lab, id, "auditor", None, H);
    create(&mut lab, id, "nobody", None, H);
    lab.attach_user_policy(&root, id, "auditor", &policy_arn("IAMReadOnlyAccess"))
        .unwrap();
    let auditor = Identity::user(id, "auditor");
    let nobody = Identity::user(id, "nobody");
    let before = lab.clone();
    assert_eq!(lab.get_account_summary(&nobody), Err(Denied::NotAuthorized));
    assert_eq!(
        lab.generate_credential_report(&nobody, at(H)),
        Err(Denied::NotAuthorized)
    );
    assert_eq!(
        lab.get_credential_report(&nobody, at(H)),
        Err(Refused::Denied(Denied::NotAuthorized))
    );
    assert_eq!(lab, before);
    // Another account's root user reaches nothing here.
    let other = Identity::root(add_account(&mut lab));
    assert!(lab.get_account_summary(&other).is_ok());
    assert!(lab.account(id).unwrap().credential_report.is_none());
    assert!(lab.get_account_summary(&auditor).is_ok());
    assert_eq!(
        lab.generate_credential_report(&auditor, at(H)),
        Ok(ReportState::Started)
    );
    let csv = lab.get_credential_report(&auditor, at(H)).unwrap().csv();
    assert!(csv.contains("\nauditor,arn:aws:iam::123456789012:user/auditor,"));
}

#[test]
fn a_stored_report_is_checked_like_the_rest_of_the_lab() {
    let (mut lab, id) = account_at_t0();
    let root = Identity::root(id);
    lab.generate_credential_report(&root, at(H)).unwrap();
    assert_eq!(lab.check_integrity(), Ok(()));
    // Stored and read back as it was; a lab saved without one still loads.
    let text = serde_json::to_string(&lab).unwrap();
    assert_eq!(serde_json::from_str::<Lab>(&text).unwrap(), lab);
    let mut broken = lab.clone();
    let report = broken.accounts[0].credential_report.as_mut().unwrap();
    report.rows[0].pop();
    let problem = broken.check_integrity().unwrap_err();
    assert_eq!(problem.path, "accounts[0].credential_report.rows");
    let mut no_root = lab.clone();
    no_root.accounts[0].credential_report.as_mut().unwrap().rows[0][0] = "bob".into();
    assert!(no_root.check_integrity().is_err());
    lab.accounts[0].credential_report = None;
    let old = serde_json::to_string(&lab).unwrap();
    assert!(!old.contains("credential_report"));
}
