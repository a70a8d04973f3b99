//! What a scenario describes, as plain values. The serde attributes are the
//! file's shape: each struct's fields, in this order, are the "known fields" a
//! refusal lists, and `fields` turns each value into its Rust type with the reason
//! a wrong one is refused. Passwords, secrets and seeds are still plaintext here;
//! [`Scenario::build`] hashes and seals them.

use super::fields;
use crate::domain::access_key::{AccessKeyStatus, LastUsed};
use crate::domain::ids::{AccessKeyId, AccountId};
use crate::domain::prefs::Edition;
use crate::domain::time::Timestamp;
use crate::domain::training::Task;
use serde::{Deserialize, Deserializer};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub version: u64,
    pub name: Option<String>,
    pub description: Option<String>,
    pub accounts: Vec<ScenarioAccount>,
    pub remembered_iam_sign_in: Option<String>,
    pub signed_in: Option<String>,
    /// The console edition the lab opens in; `None` keeps the learner's choice.
    pub console_edition: Option<Edition>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioAccount {
    #[serde(deserialize_with = "fields::text")]
    pub email: String,
    #[serde(deserialize_with = "fields::text")]
    pub account_name: String,
    #[serde(deserialize_with = "fields::text")]
    pub password: String,
    #[serde(default, deserialize_with = "fields::account_id")]
    pub account_id: Option<AccountId>,
    #[serde(default, deserialize_with = "fields::optional_text")]
    pub alias: Option<String>,
    #[serde(default, deserialize_with = "fields::optional_date")]
    pub created: Option<Timestamp>,
    #[serde(default, deserialize_with = "fields::flag")]
    pub hide_root_warning: bool,
    /// The root user's.
    #[serde(default, deserialize_with = "fields::objects")]
    pub access_keys: Vec<ScenarioKey>,
    #[serde(default, deserialize_with = "fields::tasks")]
    pub tasks_done: Vec<Task>,
    /// The root user's (version 2).
    #[serde(default, deserialize_with = "fields::objects")]
    pub mfa_devices: Vec<ScenarioMfaDevice>,
    /// Version 2.
    #[serde(default, deserialize_with = "fields::objects")]
    pub iam_users: Vec<ScenarioUser>,
}

/// A root user's key; an IAM user's is read without `secret_saved`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioKey {
    #[serde(default, deserialize_with = "fields::access_key_id")]
    pub access_key_id: Option<AccessKeyId>,
    #[serde(deserialize_with = "fields::text")]
    pub secret_access_key: String,
    #[serde(default = "active", deserialize_with = "fields::status")]
    pub status: AccessKeyStatus,
    #[serde(default, deserialize_with = "fields::optional_date")]
    pub created: Option<Timestamp>,
    #[serde(default, deserialize_with = "last_used")]
    pub last_used: Option<LastUsed>,
    /// The learner already has this secret: it counts as a key they created.
    #[serde(default, deserialize_with = "fields::flag")]
    pub secret_saved: bool,
    /// The IPv4 address someone created and used this root key from: its
    /// CloudTrail history (a console sign-in, the key's creation, then `aws`
    /// calls signed with it) is recorded from there. Without dates, the key
    /// was created three days before the lab was loaded.
    #[serde(default, deserialize_with = "fields::optional_text")]
    pub created_from: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioMfaKind {
    AuthenticatorApp,
    HardwareToken,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioMfaDevice {
    #[serde(rename = "type", deserialize_with = "fields::mfa_kind")]
    pub kind: ScenarioMfaKind,
    #[serde(deserialize_with = "fields::text")]
    pub name: String,
    /// Base32, as the file gives it.
    #[serde(deserialize_with = "fields::text")]
    pub secret_key: String,
    /// Printed on a hardware token; an authenticator app has none (`validate`
    /// refuses one, since which fields a device has depends on its type).
    #[serde(default, deserialize_with = "fields::optional_text")]
    pub serial: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioUser {
    #[serde(deserialize_with = "fields::text")]
    pub name: String,
    /// Console access; without one the user cannot sign in to the console.
    #[serde(default, deserialize_with = "fields::optional_text")]
    pub password: Option<String>,
    #[serde(default, deserialize_with = "fields::flag")]
    pub administrator: bool,
    #[serde(default, deserialize_with = "fields::optional_date")]
    pub created: Option<Timestamp>,
    #[serde(default, deserialize_with = "user_keys")]
    pub access_keys: Vec<ScenarioKey>,
}

/// An IAM user's key: only the root user's keys count for the key tasks, so
/// `secret_saved` is not a field here.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UserKey {
    #[serde(default, deserialize_with = "fields::access_key_id")]
    access_key_id: Option<AccessKeyId>,
    #[serde(deserialize_with = "fields::text")]
    secret_access_key: String,
    #[serde(default = "active", deserialize_with = "fields::status")]
    status: AccessKeyStatus,
    #[serde(default, deserialize_with = "fields::optional_date")]
    created: Option<Timestamp>,
    #[serde(default, deserialize_with = "last_used")]
    last_used: Option<LastUsed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LastUsedFile {
    #[serde(deserialize_with = "fields::date")]
    date: Timestamp,
    #[serde(deserialize_with = "fields::text")]
    region: String,
    #[serde(deserialize_with = "fields::text")]
    service: String,
}

fn active() -> AccessKeyStatus {
    AccessKeyStatus::Active
}

fn user_keys<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ScenarioKey>, D::Error> {
    let keys: Vec<UserKey> = fields::objects(d)?;
    Ok(keys
        .into_iter()
        .map(|k| ScenarioKey {
            access_key_id: k.access_key_id,
            secret_access_key: k.secret_access_key,
            status: k.status,
            created: k.created,
            last_used: k.last_used,
            secret_saved: false,
            created_from: None,
        })
        .collect())
}

fn last_used<'de, D: Deserializer<'de>>(d: D) -> Result<Option<LastUsed>, D::Error> {
    let used: Option<LastUsedFile> = fields::optional_object(d)?;
    Ok(used.map(|u| LastUsed {
        date: u.date,
        region: u.region,
        service: u.service,
    }))
}
