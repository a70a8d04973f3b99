//! The IAM credential report: one CSV row for the root user, then one per IAM
//! user, with the columns and the placeholder words AWS writes, and the
//! four-hour life of a generated report.
//!
//! Column rules: AWS's IAM User Guide, "Generate credential reports for your
//! AWS account" (id_credentials_getting-report). The rows follow real reports
//! where that page is silent: times as `2017-06-10T02:42:36+00:00`, `true` and
//! `false` in lower case, an inactive key still dated in `_last_rotated`, a
//! never-used key `N/A` in all three `_last_used_` columns, rows joined by `\n`
//! with no newline after the last (public test fixtures copied from real
//! reports: guardian/security-hq `CredentialsReportTest`, and one in
//! `IAMBarrel` tests). The report is a snapshot: kept as generated, so a key
//! deleted since still shows until a new report is made, as on AWS.

use crate::domain::access_key::{AccessKeyStatus, AccessKeys};
use crate::domain::account::Account;
use crate::domain::iam::user::IamUser;
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};

pub const HEADER: &str = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

pub const COLUMNS: usize = 22;

/// The root user's row name.
pub const ROOT_ACCOUNT: &str = "<root_account>";

/// "You can generate a credential report as often as once every four hours":
/// a newer one is reused, an older one has expired.
pub const REPORT_LIFETIME_MS: i64 = 4 * 60 * 60 * 1000;

/// The MIME type IAM names (`ReportFormat`).
pub const REPORT_FORMAT: &str = "text/csv";

/// A generated report: when, and its rows (header aside) as IAM wrote them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialReport {
    pub generated: Timestamp,
    pub rows: Vec<Vec<String>>,
}

impl CredentialReport {
    /// The account's report as of `now`.
    pub fn generate(a: &Account, now: Timestamp) -> Self {
        let mut rows = vec![root_row(a)];
        rows.extend(a.users.iter().map(|u| user_row(a, u)));
        CredentialReport {
            generated: now,
            rows,
        }
    }

    /// Within four hours of its generation (generated in the future never is:
    /// a clock set back must not keep a report alive).
    pub fn is_fresh(&self, now: Timestamp) -> bool {
        let age = now.millis() - self.generated.millis();
        (0..REPORT_LIFETIME_MS).contains(&age)
    }

    /// The name the IAM console gives the downloaded file: the generation time
    /// with `:` made `-`, as in a real download's
    /// `status_reports_2018-03-27T03-01-45+00-00.csv`.
    pub fn console_file_name(&self) -> String {
        format!(
            "status_reports_{}.csv",
            self.generated.to_aws_cli().replace(':', "-")
        )
    }

    /// The file: the header, then each row, joined by `\n`.
    pub fn csv(&self) -> String {
        let mut lines = vec![HEADER.to_string()];
        lines.extend(self.rows.iter().map(|r| {
            r.iter()
                .map(String::as_str)
                .map(cell)
                .collect::<Vec<_>>()
                .join(",")
        }));
        lines.join("\n")
    }
}

/// IAM names may hold a comma; such a cell is quoted as CSV quotes it.
fn cell(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

const NA: &str = "N/A";
const NOT_SUPPORTED: &str = "not_supported";
/// A password that exists but was never used to sign in.
const NO_INFORMATION: &str = "no_information";

fn time(t: Timestamp) -> String {
    t.to_aws_cli()
}

fn flag(b: bool) -> String {
    if b { "true" } else { "false" }.to_string()
}

fn root_row(a: &Account) -> Vec<String> {
    let mut row = vec![
        ROOT_ACCOUNT.to_string(),
        a.id.root_arn(),
        time(a.created),
        NOT_SUPPORTED.into(),
        a.root
            .password_last_used
            .map_or(NO_INFORMATION.into(), time),
        NOT_SUPPORTED.into(),
        NOT_SUPPORTED.into(),
        flag(!a.root.mfa.devices.is_empty()),
    ];
    row.extend(key_columns(&a.root.access_keys));
    row.extend(no_certificates());
    row
}

fn user_row(a: &Account, u: &IamUser) -> Vec<String> {
    let has_password = u.password.is_some();
    let last_used = match (u.password_last_used, has_password) {
        (Some(t), _) => time(t),
        (None, true) => NO_INFORMATION.into(),
        (None, false) => NA.into(),
    };
    // A lab saved before change times were kept set the password at creation.
    let last_changed = if has_password {
        time(u.password_last_changed.unwrap_or(u.created))
    } else {
        NA.into()
    };
    let mut row = vec![
        u.name.clone(),
        u.arn(a.id),
        time(u.created),
        flag(has_password),
        last_used,
        last_changed,
        // No password policy in the lab asks for rotation.
        NA.into(),
        flag(!u.mfa.devices.is_empty()),
    ];
    row.extend(key_columns(&u.access_keys));
    row.extend(no_certificates());
    row
}

/// Five columns per key slot, oldest key first: active, last rotated, and
/// where and when it was last used.
fn key_columns(keys: &AccessKeys) -> Vec<String> {
    let mut sorted: Vec<_> = keys.iter().collect();
    sorted.sort_by_key(|k| k.created);
    (0..2)
        .flat_map(|slot| match sorted.get(slot) {
            None => vec![flag(false), NA.into(), NA.into(), NA.into(), NA.into()],
            Some(k) => {
                let used = k.last_used.as_ref();
                vec![
                    flag(k.status == AccessKeyStatus::Active),
                    time(k.created),
                    used.map_or(NA.into(), |u| time(u.date)),
                    used.map_or(NA.into(), |u| u.region.clone()),
                    used.map_or(NA.into(), |u| u.service.clone()),
                ]
            }
        })
        .collect()
}

/// The lab has no signing certificates.
fn no_certificates() -> Vec<String> {
    vec![flag(false), NA.into(), flag(false), NA.into()]
}

/// The rows of a stored report are sound: the root row first, then users, each
/// with every column. What `Lab::check_integrity` asks of an imported report.
pub fn rows_problem(rows: &[Vec<String>], max_users: usize) -> Option<&'static str> {
    if rows
        .first()
        .is_none_or(|r| r.first().map(String::as_str) != Some(ROOT_ACCOUNT))
    {
        return Some("must start with the <root_account> row");
    }
    if rows.len() > max_users + 1 {
        return Some("has more rows than the account may have users");
    }
    if rows.iter().any(|r| r.len() != COLUMNS) {
        return Some("has a row without exactly 22 columns");
    }
    None
}
