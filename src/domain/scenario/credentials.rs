//! The rules of a scenario's access keys and MFA devices: the shapes the console
//! and the CLI use (`ids`, `secret`, `mfa`), the two-key and eight-device limits,
//! and IDs and serials unique in the whole lab.

use super::{invalid, ScenarioError, ScenarioKey, ScenarioMfaDevice, ScenarioMfaKind};
use super::{MAX_APP_SEED_BYTES, MIN_APP_SEED_BYTES};
use crate::domain::access_key::MAX_ACCESS_KEYS;
use crate::domain::ids::{AccessKeyId, AccountId};
use crate::domain::mfa::{base32, valid_device_name, DEVICE_NAME_MAX, HARDWARE_SEED_BYTES};
use crate::domain::secret::{is_secret_access_key_shape, SECRET_LEN};

/// Key IDs and serials are unique in the whole lab, so each is remembered with
/// where it was first seen.
#[derive(Default)]
pub(super) struct Seen<'a> {
    pub key_ids: Vec<(&'a AccessKeyId, String)>,
    pub serials: Vec<(&'a str, String)>,
}

/// The rules of one list of access keys (the root user's or an IAM user's) of
/// account `i`, found at `at`.
pub(super) fn check_keys<'a>(
    keys: &'a [ScenarioKey],
    account_id: Option<AccountId>,
    i: usize,
    at: &str,
    seen: &mut Seen<'a>,
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
        if !is_secret_access_key_shape(&key.secret_access_key) {
            return Err(invalid(
                &field("secret_access_key"),
                format!("must be {SECRET_LEN} characters of A-Z a-z 0-9 + /"),
            ));
        }
        if let Some(id) = &key.access_key_id {
            check_key_id(id, account_id, i, &field("access_key_id"))?;
            if let Some((_, first)) = seen.key_ids.iter().find(|(other, _)| *other == id) {
                return Err(invalid(
                    &field("access_key_id"),
                    format!("is already the ID of {first}"),
                ));
            }
            seen.key_ids.push((id, format!("{at}[{k}]")));
        }
        if let Some(ip) = &key.created_from {
            if ip.parse::<std::net::Ipv4Addr>().is_err() {
                return Err(invalid(
                    &field("created_from"),
                    "must be an IPv4 address like 203.0.113.77",
                ));
            }
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

/// A long-term key of this very account, as `aws sts get-access-key-info` decodes it.
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

/// The rules of one MFA device at `here`: the fields its type has, the console's
/// name rule, a seed of the size its type uses, and a token's serial.
pub(super) fn check_mfa_device<'a>(
    d: &'a ScenarioMfaDevice,
    here: &str,
    seen: &mut Seen<'a>,
) -> Result<(), ScenarioError> {
    // Which fields a device has depends on its type, so serde cannot say this.
    let serial = match (d.kind, d.serial.as_deref()) {
        (ScenarioMfaKind::AuthenticatorApp, None) => None,
        (ScenarioMfaKind::HardwareToken, Some(serial)) => Some(serial),
        (ScenarioMfaKind::AuthenticatorApp, Some(_)) => {
            return Err(invalid(
                &format!("{here}.serial"),
                "is not a field here (known fields: type, name, secret_key)",
            ))
        }
        (ScenarioMfaKind::HardwareToken, None) => {
            return Err(invalid(&format!("{here}.serial"), super::fields::MISSING))
        }
    };
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
    let Some(serial) = serial else {
        if !(MIN_APP_SEED_BYTES..=MAX_APP_SEED_BYTES).contains(&seed.len()) {
            return Err(invalid(
                &format!("{here}.secret_key"),
                format!("must encode {MIN_APP_SEED_BYTES} to {MAX_APP_SEED_BYTES} bytes (AWS's own are 40 bytes: 64 Base32 characters); this one is {} bytes", seed.len()),
            ));
        }
        return Ok(());
    };
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
    if let Some((_, first)) = seen.serials.iter().find(|(s, _)| *s == serial) {
        return Err(invalid(
            &format!("{here}.serial"),
            format!("is already the serial of {first} (a token belongs to one user)"),
        ));
    }
    seen.serials.push((serial, here.to_string()));
    Ok(())
}

/// The lab's own tokens have serials like `GAHT12345678`; a file's may differ, but
/// stay short capitals and digits, as printed on a token.
fn is_valid_serial(serial: &str) -> bool {
    (4..=32).contains(&serial.len())
        && serial
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Region and service names: short lowercase words with digits and hyphens.
fn is_valid_word(text: &str) -> bool {
    (1..=32).contains(&text.len())
        && text
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}
