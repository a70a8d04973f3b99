//! The IAM credential report as IAM keeps it: when it was generated, its rows
//! (written by `account_audit/report_rows.rs`), the file they make, and the four-hour life
//! of a report.
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
