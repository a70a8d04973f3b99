//! The rows of a credential report for one account: the root user's, then one
//! per IAM user, with the placeholder words AWS writes in each column (the
//! rules and their sources are in `credential_report.rs`).

use crate::domain::access_key::{AccessKeyStatus, AccessKeys};
use crate::domain::account::Account;
use crate::domain::iam::credential_report::{CredentialReport, ROOT_ACCOUNT};
use crate::domain::iam::user::IamUser;
use crate::domain::time::Timestamp;

/// The account's report as of `now`.
pub fn generate_report(a: &Account, now: Timestamp) -> CredentialReport {
    let mut rows = vec![root_row(a)];
    rows.extend(a.users.iter().map(|u| user_row(a, u)));
    CredentialReport {
        generated: now,
        rows,
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
