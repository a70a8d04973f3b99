//! Scenarios: a documented, versioned JSON description of a starting lab.
//!
//! ```json
//! {
//!   "format": "rootkey-lab-scenario",
//!   "version": 2,
//!   "name": "two-keys",
//!   "description": "One account with two root access keys, one of them inactive.",
//!   "accounts": [
//!     {
//!       "email": "learner@example.com",
//!       "account_name": "Training",
//!       "password": "Lab-Password-1",
//!       "account_id": "123456789012",
//!       "alias": "my-training-lab",
//!       "created": "2026-11-01T09:00:00+00:00",
//!       "hide_root_warning": false,
//!       "access_keys": [
//!         {
//!           "access_key_id": "AKIARZPUZDIKGEXAMPLE",
//!           "secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
//!           "status": "Active",
//!           "created": "2026-11-20T10:00:00+00:00",
//!           "last_used": { "date": "2026-11-25T09:30:00+00:00", "region": "us-east-1", "service": "sts" },
//!           "secret_saved": true
//!         }
//!       ],
//!       "mfa_devices": [
//!         { "type": "authenticator-app", "name": "my-phone", "secret_key": "OJXW65DLMV4S23DB..." }
//!       ],
//!       "iam_users": [
//!         { "name": "admin", "password": "Admin-Password-1", "administrator": true }
//!       ],
//!       "tasks_done": ["create-account", "sign-in-as-root"]
//!     }
//!   ],
//!   "remembered_iam_sign_in": "my-training-lab",
//!   "signed_in": "learner@example.com"
//! }
//! ```
//!
//! Versions: this build reads versions 1 and 2 ([`SUPPORTED_VERSION`]). Version 2
//! added `mfa_devices` and `iam_users`; a version-1 file still loads as it always
//! did (it has neither). The version was raised rather than the fields slipped into
//! version 1 so that a build reading only version 1 refuses a file with devices or
//! users as "newer: update the app", instead of pointing at a field it does not know.
//!
//! Top level:
//! - `format` (required): exactly `"rootkey-lab-scenario"`; anything else is not a scenario.
//! - `version` (required): the format version, a whole number. A newer one than
//!   this build reads is refused as such, before anything else in the file is
//!   looked at.
//! - `name`, `description` (optional): free text for people.
//! - `accounts` (optional, default none): at most [`MAX_ACCOUNTS`] accounts, below.
//! - `remembered_iam_sign_in` (optional): the account ID (any typed form) or alias the
//!   sign-in page remembers, so it opens on the account-specific IAM user page with
//!   its three boxes. It must name an account of the scenario.
//! - `signed_in` (optional): the root email of an account of the scenario, signed in
//!   as root when the scenario loads (otherwise nobody is signed in).
//!
//! Each account:
//! - `email`, `account_name`, `password` (required): the sign-up rules apply (a
//!   valid email unique in the scenario, 1–50 characters of name, the root password
//!   policy). The password is given in plaintext for convenience and only its hash
//!   is kept once loaded.
//! - `account_id` (optional): 12 digits, hyphens or spaces allowed; unique. Generated
//!   when absent (then `access_key_id`s cannot be given, since they encode it).
//! - `alias` (optional): 3–63 of `a-z 0-9 -`, no leading, trailing or doubled hyphen,
//!   not an account ID; unique in the scenario (case aside).
//! - `created` (optional): when the account was created; default the load time.
//! - `hide_root_warning` (optional, default false): "Don't show me this message
//!   again" on the Security credentials warning was ticked.
//! - `access_keys` (optional, default none): the root user's keys, at most 2
//!   (inactive ones count), below.
//! - `mfa_devices` (version 2, optional): the root user's MFA devices, at most 8, below.
//! - `iam_users` (version 2, optional): at most [`MAX_IAM_USERS`] IAM users, below.
//! - `tasks_done` (optional): guided tasks already done, by name (`create-account`,
//!   `sign-in-as-root`, `open-security-credentials`, `create-access-key`,
//!   `use-key-in-cloudshell`, `deactivate-key`, `delete-access-key`,
//!   `enable-root-mfa`, `change-root-password`, `create-iam-admin`,
//!   `sign-in-as-iam-user`). Tasks the state itself shows (an MFA device, an
//!   administrator) are ticked without being listed.
//! - `mfa`, and in version 1 `mfa_devices` and `iam_users`: an empty list (or
//!   `null`) is accepted, as version 1 reserved these names; any content is refused
//!   with a reason saying it needs version 2 (where devices go in `mfa_devices`).
//!
//! Each access key (the root user's or an IAM user's):
//! - `secret_access_key` (required): 40 characters of `A-Z a-z 0-9 + /`, given in
//!   plaintext and kept only as a salted hash, so the key works in CloudShell.
//! - `access_key_id` (optional): `AKIA` and 16 Base32 characters encoding the
//!   account's ID (as `aws sts get-access-key-info` decodes it); unique in the
//!   scenario. Generated when absent.
//! - `status` (optional, default `"Active"`): `"Active"` or `"Inactive"`.
//! - `created` (optional): default the load time, or the last use if that is earlier.
//! - `last_used` (optional): `{ "date", "region", "service" }`, e.g. `us-east-1`,
//!   `sts`; not before `created`.
//! - `secret_saved` (optional, default false; root keys only): the learner already
//!   has this secret (it counts as a key they created, for the key tasks).
//!
//! Each MFA device (version 2):
//! - `type` (required): `"authenticator-app"` or `"hardware-token"`. Passkeys cannot
//!   be described in a file: their private key lives in the learner's authenticator.
//! - `name` (required): 1–128 of `A-Z a-z 0-9 + = , . @ _ -`; unique for the user.
//! - `secret_key` (required): the seed in Base32, as an authenticator app's "enter
//!   a setup key" screen takes it (spaces and case ignored). An authenticator app's
//!   is 16–64 bytes (AWS's own are 40: 64 characters); a hardware token's is 20
//!   bytes (32 characters). Publish it with the scenario, so a training site can
//!   show the codes; once loaded it is kept only sealed under the root password,
//!   as an assigned device's seed is.
//! - `serial` (hardware tokens only, required): 4–32 capital letters and digits,
//!   like `GAHT12345678`; unique in the scenario.
//!
//! Each IAM user (version 2):
//! - `name` (required): 1–64 of `A-Z a-z 0-9 + = , . @ _ -`; unique in the account
//!   regardless of case.
//! - `password` (optional): console access with this password (IAM's default
//!   password policy applies); without one the user cannot sign in to the console.
//!   Given in plaintext, kept only as a hash.
//! - `administrator` (optional, default false): a member of the `Administrators`
//!   group with AdministratorAccess, as the console's "Create user" makes it.
//! - `created` (optional): default the load time.
//! - `access_keys` (optional): at most 2, as above (without `secret_saved`).
//!
//! Dates are UTC, as the AWS CLI prints them: `2026-11-20T10:00:00+00:00` (or with `Z`).
//! Unknown fields are refused, so a misspelt one never silently does nothing.

use super::progress::{Progress, TrainingProgress};
use super::task::{Task, TaskEvent};
use crate::domain::access_key::{AccessKeyStatus, AccessKeys, LastUsed, MAX_ACCESS_KEYS};
use crate::domain::account::{Account, RootUser};
use crate::domain::iam::user::{
    console_password_problems, same_name, user_name_problem, CreateUserForm, UserNameProblem,
    USER_NAME_MAX,
};
use crate::domain::ids::{AccessKeyId, AccountId};
use crate::domain::lab::{add_known_seed, Identity, Lab, Session};
use crate::domain::mfa::seal::SEAL_SALT_BYTES;
use crate::domain::mfa::{
    base32, valid_device_name, SealKey, DEVICE_NAME_MAX, HARDWARE_SEED_BYTES, MAX_MFA_DEVICES,
};
use crate::domain::password::{Kdf, PasswordHash, PBKDF2_ITERATIONS};
use crate::domain::policy::{
    is_valid_account_name, is_valid_email, password_problems, same_email, PasswordProblem,
    ACCOUNT_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN,
};
use crate::domain::random::Random;
use crate::domain::secret::{is_secret_access_key_shape, SECRET_LEN};
use crate::domain::time::Timestamp;
use serde_json::{Map, Value};
use std::fmt;

pub const FORMAT: &str = "rootkey-lab-scenario";
/// The newest format version this build reads; it reads every older one too.
pub const SUPPORTED_VERSION: u64 = 2;
/// Each account costs a password hash on load; this keeps a load well under a second.
pub const MAX_ACCOUNTS: usize = 10;
/// Each user with a password costs a hash too.
pub const MAX_IAM_USERS: usize = 5;
/// The shortest authenticator-app seed accepted: RFC 4226's 128-bit minimum.
pub const MIN_APP_SEED_BYTES: usize = 16;
pub const MAX_APP_SEED_BYTES: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    /// `?scenario=` named no built-in scenario.
    UnknownName(String),
    /// The text is not JSON at all.
    NotJson(String),
    /// JSON, but not a rootkey-lab scenario.
    WrongFormat,
    /// Written for a newer build.
    NewerVersion { found: u64, supported: u64 },
    /// The field at `path` breaks a rule.
    Invalid { path: String, reason: String },
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScenarioError::UnknownName(name) => write!(
                f,
                "There is no built-in scenario named \"{name}\". Built-in scenarios: {}.",
                super::builtin::BUILTIN_NAMES.join(", ")
            ),
            ScenarioError::NotJson(detail) => write!(f, "The file is not valid JSON: {detail}."),
            ScenarioError::WrongFormat => write!(
                f,
                "The file is not a rootkey-lab scenario: it needs \"format\": \"{FORMAT}\"."
            ),
            ScenarioError::NewerVersion { found, supported } => write!(
                f,
                "The scenario is format version {found}, but this version of rootkey-lab reads version {supported} at most. Update the app to load it."
            ),
            ScenarioError::Invalid { path, reason } => write!(f, "{path}: {reason}"),
        }
    }
}

impl std::error::Error for ScenarioError {}

fn invalid(path: &str, reason: impl Into<String>) -> ScenarioError {
    ScenarioError::Invalid {
        path: path.to_string(),
        reason: reason.into(),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub version: u64,
    pub name: Option<String>,
    pub description: Option<String>,
    pub accounts: Vec<ScenarioAccount>,
    pub remembered_iam_sign_in: Option<String>,
    pub signed_in: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioAccount {
    pub email: String,
    pub account_name: String,
    /// Plaintext, as the file gives it; hashed by [`Scenario::build`].
    pub password: String,
    pub account_id: Option<AccountId>,
    pub alias: Option<String>,
    pub created: Option<Timestamp>,
    pub hide_root_warning: bool,
    pub access_keys: Vec<ScenarioKey>,
    /// The root user's.
    pub mfa_devices: Vec<ScenarioMfaDevice>,
    pub iam_users: Vec<ScenarioUser>,
    pub tasks_done: Vec<Task>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioKey {
    pub access_key_id: Option<AccessKeyId>,
    /// Plaintext, as the file gives it; hashed by [`Scenario::build`].
    pub secret_access_key: String,
    pub status: AccessKeyStatus,
    pub created: Option<Timestamp>,
    pub last_used: Option<LastUsed>,
    pub secret_saved: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioMfaKind {
    AuthenticatorApp,
    /// With the serial printed on the token.
    HardwareToken {
        serial: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioMfaDevice {
    pub kind: ScenarioMfaKind,
    pub name: String,
    /// Base32, as the file gives it; sealed by [`Scenario::build`].
    pub secret_key: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioUser {
    pub name: String,
    /// Plaintext console password, as the file gives it; hashed by [`Scenario::build`].
    pub password: Option<String>,
    pub administrator: bool,
    pub created: Option<Timestamp>,
    pub access_keys: Vec<ScenarioKey>,
}

/// What the UI says after a scenario loaded, and where it goes next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioLoaded {
    pub name: Option<String>,
    pub description: Option<String>,
    /// The accounts it created, in the file's order.
    pub accounts: Vec<AccountId>,
    /// The account whose root user it signed in (`signed_in`): the console opens.
    pub signed_in: Option<AccountId>,
}

/// Reads and checks a scenario file: its format and version, its shape, and every
/// rule [`Scenario::build`] applies that needs no randomness.
pub fn parse_scenario(text: &str) -> Result<Scenario, ScenarioError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| ScenarioError::NotJson(e.to_string()))?;
    let top = value.as_object().ok_or(ScenarioError::WrongFormat)?;
    if top.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ScenarioError::WrongFormat);
    }
    let version = match top.get("version") {
        None => {
            return Err(invalid(
                "version",
                format!("is missing (this build reads versions 1 to {SUPPORTED_VERSION})"),
            ))
        }
        Some(v) => v
            .as_u64()
            .filter(|v| *v >= 1)
            .ok_or_else(|| invalid("version", "must be a whole number from 1"))?,
    };
    if version > SUPPORTED_VERSION {
        return Err(ScenarioError::NewerVersion {
            found: version,
            supported: SUPPORTED_VERSION,
        });
    }
    let top = Fields::new(top, "");
    top.only(&[
        "format",
        "version",
        "name",
        "description",
        "accounts",
        "remembered_iam_sign_in",
        "signed_in",
    ])?;
    let accounts = top
        .list("accounts")?
        .into_iter()
        .map(|(path, v)| read_account(v, &path, version))
        .collect::<Result<Vec<_>, _>>()?;
    let scenario = Scenario {
        version,
        name: top.text("name")?,
        description: top.text("description")?,
        accounts,
        remembered_iam_sign_in: top.text("remembered_iam_sign_in")?,
        signed_in: top.text("signed_in")?,
    };
    scenario.validate()?;
    Ok(scenario)
}

const ACCOUNT_FIELDS: [&str; 9] = [
    "email",
    "account_name",
    "password",
    "account_id",
    "alias",
    "created",
    "hide_root_warning",
    "access_keys",
    "tasks_done",
];

fn read_account(value: &Value, path: &str, version: u64) -> Result<ScenarioAccount, ScenarioError> {
    let f = Fields::of(value, path)?;
    let mut known = ACCOUNT_FIELDS.to_vec();
    if version == 1 {
        known.extend(["mfa", "mfa_devices", "iam_users"]);
        f.reserved("mfa", "MFA devices (in mfa_devices)")?;
        f.reserved("mfa_devices", "MFA devices")?;
        f.reserved("iam_users", "IAM users")?;
    } else {
        known.extend(["mfa_devices", "iam_users"]);
    }
    f.only(&known)?;
    let account_id = match f.text("account_id")? {
        None => None,
        Some(text) => Some(AccountId::parse(&text).ok_or_else(|| {
            invalid(
                &f.path("account_id"),
                "must be 12 digits, like \"123456789012\" or \"1234-5678-9012\"",
            )
        })?),
    };
    let access_keys = f
        .list("access_keys")?
        .into_iter()
        .map(|(path, v)| read_key(v, &path, true))
        .collect::<Result<Vec<_>, _>>()?;
    let (mfa_devices, iam_users) = if version == 1 {
        (Vec::new(), Vec::new())
    } else {
        (
            f.list("mfa_devices")?
                .into_iter()
                .map(|(path, v)| read_mfa_device(v, &path))
                .collect::<Result<Vec<_>, _>>()?,
            f.list("iam_users")?
                .into_iter()
                .map(|(path, v)| read_user(v, &path))
                .collect::<Result<Vec<_>, _>>()?,
        )
    };
    let tasks_done = f
        .list("tasks_done")?
        .into_iter()
        .map(|(path, v)| {
            v.as_str().and_then(Task::from_slug).ok_or_else(|| {
                let names: Vec<&str> = Task::ALL.iter().map(|t| t.slug()).collect();
                invalid(
                    &path,
                    format!("must be one of the task names: {}", names.join(", ")),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ScenarioAccount {
        email: f.required_text("email")?,
        account_name: f.required_text("account_name")?,
        password: f.required_text("password")?,
        account_id,
        alias: f.text("alias")?,
        created: f.date("created")?,
        hide_root_warning: f.flag("hide_root_warning")?,
        access_keys,
        mfa_devices,
        iam_users,
        tasks_done,
    })
}

/// `root`: only the root user's keys can carry `secret_saved`, since only they
/// count for the key tasks.
fn read_key(value: &Value, path: &str, root: bool) -> Result<ScenarioKey, ScenarioError> {
    let f = Fields::of(value, path)?;
    let mut known = vec![
        "access_key_id",
        "secret_access_key",
        "status",
        "created",
        "last_used",
    ];
    if root {
        known.push("secret_saved");
    }
    f.only(&known)?;
    let access_key_id = match f.text("access_key_id")? {
        None => None,
        Some(text) => Some(AccessKeyId::parse(&text).ok_or_else(|| {
            invalid(
                &f.path("access_key_id"),
                "must be AKIA followed by 16 characters of A-Z 2-7",
            )
        })?),
    };
    let status = match f.text("status")? {
        None => AccessKeyStatus::Active,
        Some(text) => AccessKeyStatus::parse(&text)
            .ok_or_else(|| invalid(&f.path("status"), "must be \"Active\" or \"Inactive\""))?,
    };
    let last_used = match f.get("last_used") {
        None => None,
        Some(v) => {
            let u = Fields::of(v, &f.path("last_used"))?;
            u.only(&["date", "region", "service"])?;
            Some(LastUsed {
                date: u
                    .date("date")?
                    .ok_or_else(|| invalid(&u.path("date"), "is missing"))?,
                region: u.required_text("region")?,
                service: u.required_text("service")?,
            })
        }
    };
    Ok(ScenarioKey {
        access_key_id,
        secret_access_key: f.required_text("secret_access_key")?,
        status,
        created: f.date("created")?,
        last_used,
        secret_saved: f.flag("secret_saved")?,
    })
}

fn read_mfa_device(value: &Value, path: &str) -> Result<ScenarioMfaDevice, ScenarioError> {
    let f = Fields::of(value, path)?;
    let kind = match f.required_text("type")?.as_str() {
        "authenticator-app" => {
            f.only(&["type", "name", "secret_key"])?;
            ScenarioMfaKind::AuthenticatorApp
        }
        "hardware-token" => {
            f.only(&["type", "name", "secret_key", "serial"])?;
            ScenarioMfaKind::HardwareToken {
                serial: f.required_text("serial")?,
            }
        }
        _ => {
            return Err(invalid(
                &f.path("type"),
                "must be \"authenticator-app\" or \"hardware-token\" (a passkey cannot be described in a file: its private key lives in the learner's authenticator)",
            ))
        }
    };
    Ok(ScenarioMfaDevice {
        kind,
        name: f.required_text("name")?,
        secret_key: f.required_text("secret_key")?,
    })
}

fn read_user(value: &Value, path: &str) -> Result<ScenarioUser, ScenarioError> {
    let f = Fields::of(value, path)?;
    f.only(&[
        "name",
        "password",
        "administrator",
        "created",
        "access_keys",
    ])?;
    let access_keys = f
        .list("access_keys")?
        .into_iter()
        .map(|(path, v)| read_key(v, &path, false))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ScenarioUser {
        name: f.required_text("name")?,
        password: f.text("password")?,
        administrator: f.flag("administrator")?,
        created: f.date("created")?,
        access_keys,
    })
}

/// One JSON object and its path, with typed, path-reporting getters. `null` reads
/// as absent.
struct Fields<'a> {
    map: &'a Map<String, Value>,
    at: String,
}

impl<'a> Fields<'a> {
    fn new(map: &'a Map<String, Value>, at: &str) -> Self {
        Fields {
            map,
            at: at.to_string(),
        }
    }

    fn of(value: &'a Value, at: &str) -> Result<Self, ScenarioError> {
        let map = value
            .as_object()
            .ok_or_else(|| invalid(at, "must be an object { ... }"))?;
        Ok(Fields::new(map, at))
    }

    fn path(&self, key: &str) -> String {
        if self.at.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.at)
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn only(&self, known: &[&str]) -> Result<(), ScenarioError> {
        match self.map.keys().find(|k| !known.contains(&k.as_str())) {
            None => Ok(()),
            Some(k) => Err(invalid(
                &self.path(k),
                format!("is not a field here (known fields: {})", known.join(", ")),
            )),
        }
    }

    /// A name version 1 reserved: empty is fine, content needs version 2.
    fn reserved(&self, key: &str, what: &str) -> Result<(), ScenarioError> {
        match self.get(key) {
            None => Ok(()),
            Some(Value::Array(items)) if items.is_empty() => Ok(()),
            Some(_) => Err(invalid(
                &self.path(key),
                format!("{what} need format version 2: set \"version\": 2 at the top of the file"),
            )),
        }
    }

    fn text(&self, key: &str) -> Result<Option<String>, ScenarioError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(invalid(&self.path(key), "must be a string \"...\"")),
        }
    }

    fn required_text(&self, key: &str) -> Result<String, ScenarioError> {
        self.text(key)?
            .ok_or_else(|| invalid(&self.path(key), "is missing"))
    }

    fn flag(&self, key: &str) -> Result<bool, ScenarioError> {
        match self.get(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(invalid(&self.path(key), "must be true or false")),
        }
    }

    fn date(&self, key: &str) -> Result<Option<Timestamp>, ScenarioError> {
        match self.text(key)? {
            None => Ok(None),
            Some(text) => parse_date(&text).map(Some).ok_or_else(|| {
                invalid(
                    &self.path(key),
                    "must be a UTC date and time like \"2026-11-20T10:00:00+00:00\"",
                )
            }),
        }
    }

    /// A list's items with their paths; absent reads as empty.
    fn list(&self, key: &str) -> Result<Vec<(String, &'a Value)>, ScenarioError> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => Ok(items
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{}[{i}]", self.path(key)), v))
                .collect()),
            Some(_) => Err(invalid(&self.path(key), "must be a list [ ... ]")),
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SS` in UTC, ending `+00:00` or `Z`: the AWS CLI's form.
pub fn parse_date(text: &str) -> Option<Timestamp> {
    let body = text
        .strip_suffix("+00:00")
        .or_else(|| text.strip_suffix('Z'))?;
    let b = body.as_bytes();
    let shape_ok = b.len() == 19
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            _ => c.is_ascii_digit(),
        });
    if !shape_ok {
        return None;
    }
    let n = |r: std::ops::Range<usize>| body[r].parse::<i64>().ok();
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (hh, mm, ss) = (n(11..13)?, n(14..16)?, n(17..19)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || hh > 23 || mm > 59 || ss > 59 {
        return None;
    }
    let secs = days_from_civil(y, m, d) * 86_400 + hh * 3600 + mm * 60 + ss;
    let t = Timestamp(secs * 1000);
    // 2026-02-30 would land in March: only real dates format back to themselves.
    (t.to_aws_cli() == format!("{body}+00:00")).then_some(t)
}

/// Howard Hinnant's days-from-civil (proleptic Gregorian), the inverse of `time.rs`.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// AWS's rule for account aliases (IAM `CreateAccountAlias`), plus: not something
/// the sign-in page would read as an account ID.
pub fn is_valid_alias(alias: &str) -> bool {
    let b = alias.as_bytes();
    (3..=63).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && !alias.starts_with('-')
        && !alias.ends_with('-')
        && !alias.contains("--")
        && AccountId::parse(alias).is_none()
}

fn is_valid_secret(secret: &str) -> bool {
    is_secret_access_key_shape(secret)
}

/// Region and service names: short lowercase words with digits and hyphens.
fn is_valid_word(text: &str) -> bool {
    (1..=32).contains(&text.len())
        && text
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}

fn password_reason(problems: &[PasswordProblem]) -> String {
    problems
        .iter()
        .map(|p| match p {
            PasswordProblem::Length => {
                format!("must be {PASSWORD_MIN} to {PASSWORD_MAX} characters")
            }
            PasswordProblem::Variety => {
                "must mix at least three of: uppercase letters, lowercase letters, digits, symbols"
                    .to_string()
            }
            PasswordProblem::SameAsEmailOrName => {
                "must not be the account's email or name".to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

impl Scenario {
    /// Every rule of the lab that needs no randomness. [`parse_scenario`] calls it;
    /// [`Scenario::build`] calls it again, since the fields are public.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        if self.version == 0 || self.version > SUPPORTED_VERSION {
            return Err(ScenarioError::NewerVersion {
                found: self.version,
                supported: SUPPORTED_VERSION,
            });
        }
        if self.accounts.len() > MAX_ACCOUNTS {
            return Err(invalid(
                "accounts",
                format!("at most {MAX_ACCOUNTS} accounts in one scenario"),
            ));
        }
        // Both unique across the whole lab, so remembered with where they were first.
        let mut key_ids: Vec<(&AccessKeyId, String)> = Vec::new();
        let mut serials: Vec<(&str, String)> = Vec::new();
        for (i, a) in self.accounts.iter().enumerate() {
            let at = |field: &str| format!("accounts[{i}].{field}");
            let earlier = &self.accounts[..i];
            if self.version == 1 && (!a.mfa_devices.is_empty() || !a.iam_users.is_empty()) {
                let field = if a.mfa_devices.is_empty() {
                    "iam_users"
                } else {
                    "mfa_devices"
                };
                return Err(invalid(
                    &at(field),
                    "needs format version 2: set \"version\": 2 at the top of the file",
                ));
            }
            if !is_valid_email(&a.email) {
                return Err(invalid(
                    &at("email"),
                    "must be an email address like learner@example.com",
                ));
            }
            if let Some(j) = earlier.iter().position(|b| same_email(&b.email, &a.email)) {
                return Err(invalid(
                    &at("email"),
                    format!("is already the email of accounts[{j}]"),
                ));
            }
            if !is_valid_account_name(&a.account_name) {
                return Err(invalid(
                    &at("account_name"),
                    format!("must be 1 to {ACCOUNT_NAME_MAX} characters"),
                ));
            }
            let problems = password_problems(&a.password, &a.email, &a.account_name);
            if !problems.is_empty() {
                return Err(invalid(&at("password"), password_reason(&problems)));
            }
            if let Some(id) = a.account_id {
                if let Some(j) = earlier.iter().position(|b| b.account_id == Some(id)) {
                    return Err(invalid(
                        &at("account_id"),
                        format!("is already the ID of accounts[{j}]"),
                    ));
                }
            }
            if let Some(alias) = &a.alias {
                if !is_valid_alias(alias) {
                    return Err(invalid(
                        &at("alias"),
                        "must be 3 to 63 of a-z 0-9 and single hyphens, not starting or ending with a hyphen, and not an account ID",
                    ));
                }
                let taken = earlier.iter().position(|b| {
                    b.alias
                        .as_deref()
                        .is_some_and(|x| x.eq_ignore_ascii_case(alias))
                });
                if let Some(j) = taken {
                    return Err(invalid(
                        &at("alias"),
                        format!("is already the alias of accounts[{j}]"),
                    ));
                }
            }
            check_keys(
                &a.access_keys,
                a.account_id,
                i,
                &at("access_keys"),
                &mut key_ids,
            )?;
            if a.mfa_devices.len() > MAX_MFA_DEVICES {
                return Err(invalid(
                    &at("mfa_devices"),
                    format!("a user has at most {MAX_MFA_DEVICES} MFA devices"),
                ));
            }
            for (m, d) in a.mfa_devices.iter().enumerate() {
                let here = format!("accounts[{i}].mfa_devices[{m}]");
                check_mfa_device(d, &here, &mut serials)?;
                let same = a.mfa_devices[..m].iter().position(|e| e.name == d.name);
                if let Some(j) = same {
                    return Err(invalid(
                        &format!("{here}.name"),
                        format!("is already the name of accounts[{i}].mfa_devices[{j}]"),
                    ));
                }
            }
            if a.iam_users.len() > MAX_IAM_USERS {
                return Err(invalid(
                    &at("iam_users"),
                    format!("at most {MAX_IAM_USERS} IAM users per account in one scenario"),
                ));
            }
            for (n, u) in a.iam_users.iter().enumerate() {
                let here = format!("accounts[{i}].iam_users[{n}]");
                match user_name_problem(&u.name) {
                    Some(UserNameProblem::Length) => {
                        return Err(invalid(
                            &format!("{here}.name"),
                            format!("must be 1 to {USER_NAME_MAX} characters"),
                        ))
                    }
                    Some(_) => {
                        return Err(invalid(
                            &format!("{here}.name"),
                            "must be letters, digits and + = , . @ _ - only",
                        ))
                    }
                    None => {}
                }
                let same = a.iam_users[..n]
                    .iter()
                    .position(|v| same_name(&v.name, &u.name));
                if let Some(j) = same {
                    return Err(invalid(
                        &format!("{here}.name"),
                        format!("is already the name of accounts[{i}].iam_users[{j}] (IAM user names are unique regardless of case)"),
                    ));
                }
                if let Some(pw) = &u.password {
                    let problems = console_password_problems(pw, &a.email, &a.account_name);
                    if !problems.is_empty() {
                        return Err(invalid(
                            &format!("{here}.password"),
                            password_reason(&problems),
                        ));
                    }
                }
                let keys_at = format!("{here}.access_keys");
                check_keys(&u.access_keys, a.account_id, i, &keys_at, &mut key_ids)?;
                if let Some(k) = u.access_keys.iter().position(|k| k.secret_saved) {
                    return Err(invalid(
                        &format!("{keys_at}[{k}].secret_saved"),
                        "only the root user's keys count for the key tasks",
                    ));
                }
            }
        }
        if let Some(typed) = &self.remembered_iam_sign_in {
            if self.account_named(typed).is_none() {
                return Err(invalid(
                    "remembered_iam_sign_in",
                    "must be the account_id or alias of an account of this scenario",
                ));
            }
        }
        if let Some(email) = &self.signed_in {
            if !self.accounts.iter().any(|a| same_email(&a.email, email)) {
                return Err(invalid(
                    "signed_in",
                    "must be the email of an account of this scenario",
                ));
            }
        }
        Ok(())
    }

    /// The account the sign-in page would find for what was typed.
    fn account_named(&self, typed: &str) -> Option<usize> {
        let typed = typed.trim();
        match AccountId::parse(typed) {
            Some(id) => self.accounts.iter().position(|a| a.account_id == Some(id)),
            None => self.accounts.iter().position(|a| {
                a.alias
                    .as_deref()
                    .is_some_and(|al| al.eq_ignore_ascii_case(typed))
            }),
        }
    }

    /// A new lab as the scenario describes it, each account's training progress
    /// included (`tasks_done`, keys whose secret is saved, and what the state
    /// shows, settled). Passwords and secrets are hashed and seeds sealed here;
    /// nothing outside is touched, so a refused scenario changes nothing.
    pub fn build(
        &self,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<Lab, ScenarioError> {
        self.build_with_cost(kdf, rng, now, PBKDF2_ITERATIONS)
    }

    /// Replaces `lab` with the scenario's, progress included, keeping only the
    /// chosen language; on any error `lab` is left exactly as it was.
    pub fn load_into(
        &self,
        lab: &mut Lab,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<ScenarioLoaded, ScenarioError> {
        let mut fresh = self.build(kdf, rng, now)?;
        fresh.prefs.locale = lab.prefs.locale;
        let loaded = ScenarioLoaded {
            name: self.name.clone(),
            description: self.description.clone(),
            accounts: fresh.accounts.iter().map(|a| a.id).collect(),
            signed_in: fresh.session.as_ref().map(|s| s.identity.account),
        };
        *lab = fresh;
        Ok(loaded)
    }

    /// `build` with a chosen cost for the root passwords and seal keys: tests use
    /// a cheap one. (IAM users are made by `Lab::create_user`, at today's cost.)
    pub(super) fn build_with_cost(
        &self,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
        iterations: u32,
    ) -> Result<Lab, ScenarioError> {
        self.validate()?;
        let mut ids: Vec<AccountId> = Vec::new();
        for a in &self.accounts {
            let id = match a.account_id {
                Some(id) => id,
                None => loop {
                    let id = AccountId::generate(rng);
                    let given = self.accounts.iter().any(|b| b.account_id == Some(id));
                    if !given && !ids.contains(&id) {
                        break id;
                    }
                },
            };
            ids.push(id);
        }
        let mut lab = Lab::default();
        let mut progress = Vec::new();
        for (i, (a, id)) in self.accounts.iter().zip(ids).enumerate() {
            let at = |field: &str| format!("accounts[{i}].{field}");
            let mut keys = AccessKeys::default();
            let mut p = Progress::with_done(a.tasks_done.iter().copied());
            for (k, key) in a.access_keys.iter().enumerate() {
                let key_id = import_key(&mut keys, id, key, rng, now)
                    .map_err(|reason| invalid(&at(&format!("access_keys[{k}]")), reason))?;
                if key.secret_saved {
                    p.record(TaskEvent::SecretSaved { key_id });
                }
            }
            let salt: [u8; 16] = rng.bytes();
            let mut root = RootUser {
                email: a.email.trim().to_string(),
                password: PasswordHash::with_iterations(&a.password, &salt, iterations, kdf),
                access_keys: keys,
                hide_root_warning: a.hide_root_warning,
                mfa: Default::default(),
            };
            if !a.mfa_devices.is_empty() {
                // The same derivation as `Lab::seal_key` for a first device: a
                // fresh salt of the root user's own, the password typed at sign-in.
                let salt = rng.bytes::<SEAL_SALT_BYTES>();
                let key = SealKey::derive(&a.password, &salt, iterations, kdf);
                for (m, d) in a.mfa_devices.iter().enumerate() {
                    let here = at(&format!("mfa_devices[{m}]"));
                    let seed = base32::decode(&d.secret_key)
                        .map_err(|_| invalid(&format!("{here}.secret_key"), "is not Base32"))?;
                    let serial = match &d.kind {
                        ScenarioMfaKind::AuthenticatorApp => None,
                        ScenarioMfaKind::HardwareToken { serial } => Some(serial.as_str()),
                    };
                    let root_user = Identity::root(id);
                    add_known_seed(
                        &mut root.mfa,
                        &root_user,
                        (&d.name, serial),
                        &seed,
                        &key,
                        rng,
                        now,
                    )
                    .map_err(|e| invalid(&here, format!("cannot be assigned ({e:?})")))?;
                }
            }
            lab.accounts.push(Account {
                id,
                name: a.account_name.trim().to_string(),
                alias: a.alias.clone(),
                created: a.created.unwrap_or(now),
                root,
                users: Vec::new(),
                groups: Vec::new(),
            });
            for (n, u) in a.iam_users.iter().enumerate() {
                let here = at(&format!("iam_users[{n}]"));
                let form = CreateUserForm {
                    name: u.name.clone(),
                    console_password: u.password.clone(),
                    add_to_administrators: u.administrator,
                };
                let created = u.created.unwrap_or(now);
                let name = lab
                    .create_user(&Identity::root(id), id, &form, kdf, rng, created)
                    .map_err(|e| invalid(&here, format!("cannot be created ({e:?})")))?;
                for (k, key) in u.access_keys.iter().enumerate() {
                    let user = lab
                        .account_mut(id)
                        .and_then(|acc| acc.user_mut(&name))
                        .expect("created above");
                    import_key(&mut user.access_keys, id, key, rng, now)
                        .map_err(|reason| invalid(&format!("{here}.access_keys[{k}]"), reason))?;
                }
            }
            progress.push((id, p));
        }
        lab.prefs.iam_sign_in_account = self
            .remembered_iam_sign_in
            .as_ref()
            .map(|s| s.trim().to_string());
        lab.session = self.signed_in.as_ref().and_then(|email| {
            let a = lab
                .accounts
                .iter()
                .find(|a| same_email(&a.root.email, email))?;
            Some(Session {
                identity: crate::domain::principal::Identity::root(a.id),
                started: now,
            })
        });
        lab.training = progress.into_iter().collect::<TrainingProgress>();
        lab.settle_training();
        Ok(lab)
    }
}

/// The rules of one list of access keys (the root user's or an IAM user's).
/// `key_ids` holds every ID seen so far in the scenario, with where it was.
fn check_keys<'a>(
    keys: &'a [ScenarioKey],
    account_id: Option<AccountId>,
    i: usize,
    at: &str,
    key_ids: &mut Vec<(&'a AccessKeyId, String)>,
) -> Result<(), ScenarioError> {
    if keys.len() > MAX_ACCESS_KEYS {
        let who = if at.contains("iam_users") {
            "an IAM user"
        } else {
            "a root user"
        };
        return Err(invalid(
            at,
            format!("{who} has at most {MAX_ACCESS_KEYS} access keys (inactive ones count)"),
        ));
    }
    for (k, key) in keys.iter().enumerate() {
        let field = |name: &str| format!("{at}[{k}].{name}");
        if !is_valid_secret(&key.secret_access_key) {
            return Err(invalid(
                &field("secret_access_key"),
                format!("must be {SECRET_LEN} characters of A-Z a-z 0-9 + /"),
            ));
        }
        if let Some(id) = &key.access_key_id {
            check_key_id(id, account_id, i, &field("access_key_id"))?;
            if let Some((_, first)) = key_ids.iter().find(|(other, _)| *other == id) {
                return Err(invalid(
                    &field("access_key_id"),
                    format!("is already the ID of {first}"),
                ));
            }
            key_ids.push((id, format!("{at}[{k}]")));
        }
        if let Some(used) = &key.last_used {
            if !is_valid_word(&used.region) {
                return Err(invalid(
                    &field("last_used.region"),
                    "must be a region name like us-east-1",
                ));
            }
            if !is_valid_word(&used.service) {
                return Err(invalid(
                    &field("last_used.service"),
                    "must be a service name like sts or iam",
                ));
            }
            if key.created.is_some_and(|c| used.date < c) {
                return Err(invalid(
                    &field("last_used.date"),
                    "is before the key's created date",
                ));
            }
        }
    }
    Ok(())
}

/// The rules of one MFA device; `serials` holds every hardware serial seen so far.
fn check_mfa_device<'a>(
    d: &'a ScenarioMfaDevice,
    here: &str,
    serials: &mut Vec<(&'a str, String)>,
) -> Result<(), ScenarioError> {
    if !valid_device_name(&d.name) {
        return Err(invalid(
            &format!("{here}.name"),
            format!("must be 1 to {DEVICE_NAME_MAX} of A-Z a-z 0-9 + = , . @ _ -"),
        ));
    }
    let seed = base32::decode(&d.secret_key).map_err(|_| {
        invalid(
            &format!("{here}.secret_key"),
            "must be Base32: A-Z and 2-7 (spaces and case are ignored, = only at the end)",
        )
    })?;
    match &d.kind {
        ScenarioMfaKind::AuthenticatorApp => {
            if !(MIN_APP_SEED_BYTES..=MAX_APP_SEED_BYTES).contains(&seed.len()) {
                return Err(invalid(
                    &format!("{here}.secret_key"),
                    format!("must encode {MIN_APP_SEED_BYTES} to {MAX_APP_SEED_BYTES} bytes (AWS's own are 40 bytes: 64 Base32 characters); this one is {} bytes", seed.len()),
                ));
            }
        }
        ScenarioMfaKind::HardwareToken { serial } => {
            if seed.len() != HARDWARE_SEED_BYTES {
                return Err(invalid(
                    &format!("{here}.secret_key"),
                    format!("a hardware token's seed is {HARDWARE_SEED_BYTES} bytes (32 Base32 characters); this one is {} bytes", seed.len()),
                ));
            }
            if !is_valid_serial(serial) {
                return Err(invalid(
                    &format!("{here}.serial"),
                    "must be 4 to 32 capital letters and digits, like GAHT12345678",
                ));
            }
            if let Some((_, first)) = serials.iter().find(|(s, _)| s == serial) {
                return Err(invalid(
                    &format!("{here}.serial"),
                    format!("is already the serial of {first} (a token belongs to one user)"),
                ));
            }
            serials.push((serial, here.to_string()));
        }
    }
    Ok(())
}

fn is_valid_serial(serial: &str) -> bool {
    (4..=32).contains(&serial.len())
        && serial
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

fn check_key_id(
    id: &AccessKeyId,
    account: Option<AccountId>,
    i: usize,
    path: &str,
) -> Result<(), ScenarioError> {
    if !id.as_str().starts_with("AKIA") {
        return Err(invalid(
            path,
            "must start with AKIA (a root user's long-term key; ASIA is for temporary credentials)",
        ));
    }
    let Some(account) = account else {
        return Err(invalid(
            path,
            format!("needs accounts[{i}].account_id, since a key ID encodes its account"),
        ));
    };
    match id.account() {
        Some(encoded) if encoded == account => Ok(()),
        Some(encoded) => Err(invalid(
            path,
            format!("encodes account {encoded}, not this account's {account}"),
        )),
        None => Err(invalid(path, "does not encode an account ID")),
    }
}

/// Adds one scenario key to `keys`, with its given ID and secret, and returns its ID.
fn import_key(
    keys: &mut AccessKeys,
    account: AccountId,
    key: &ScenarioKey,
    rng: &mut impl Random,
    now: Timestamp,
) -> Result<AccessKeyId, String> {
    let id = match &key.access_key_id {
        Some(id) => id.clone(),
        None => loop {
            let id = AccessKeyId::generate(account, rng);
            if keys.get(id.as_str()).is_none() {
                break id;
            }
        },
    };
    let created = match (&key.created, &key.last_used) {
        (Some(c), _) => *c,
        (None, Some(used)) => now.min(used.date),
        (None, None) => now,
    };
    keys.import(
        id.clone(),
        &key.secret_access_key,
        key.status,
        created,
        key.last_used.clone(),
        rng,
    )
    .map_err(|e| e.message())?;
    Ok(id)
}
