//! The access-key operations of the terminal, with AWS CLI v2's output shapes.
//! They call the lab's one access-key API as the caller; the CLI's own policy
//! check has already given AWS's refusal, so a lab denial is only a backstop,
//! shown with the same AccessDenied text.

use super::authorize::access_denied;
use super::json::Value;
use super::operations::Call;
use super::service_error::ServiceError;
use crate::domain::access_key::{AccessKey, AccessKeyStatus};
use crate::domain::iam::error::IamError;
use crate::domain::lab::{Identity, KeyError, Lab, Seen};
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

type Reply = Result<Option<Value>, ServiceError>;

fn refused(call: &Call, e: KeyError) -> ServiceError {
    match e {
        KeyError::Denied(_) => access_denied(call),
        KeyError::AccessKey(e) => e.into(),
    }
}

/// Whose keys: `--user-name`'s user (named as stored), or else the caller's own;
/// the root user's when the caller is the root user.
fn owner(lab: &Lab, call: &Call) -> Result<Identity, ServiceError> {
    let account = call.caller.identity.account;
    match call.args.get("--user-name").or(call.caller.user_name()) {
        Some(named) => lab
            .iam_user(account, named)
            .map(|u| Identity::user(account, u.name.clone()))
            .ok_or_else(|| IamError::NoSuchUser(named.to_string()).into()),
        None => Ok(Identity::root(account)),
    }
}

fn key_id<'a>(call: &Call<'a>) -> &'a str {
    call.args.get("--access-key-id").unwrap_or_default()
}

/// IAM names the owner first in a user's key output, and not at all in root's.
fn user_field(owner: &Identity) -> Vec<(&'static str, Value)> {
    owner
        .user_name()
        .map(|u| ("UserName", Value::str(u)))
        .into_iter()
        .collect()
}

fn metadata(owner: &Identity, key: &AccessKey) -> Value {
    let mut fields = user_field(owner);
    fields.extend([
        ("AccessKeyId", Value::str(key.id.as_str())),
        ("Status", Value::str(key.status.as_aws())),
        ("CreateDate", Value::str(key.created.to_aws_cli())),
    ]);
    Value::object(fields)
}

pub fn create(lab: &mut Lab, call: &Call, rng: &mut impl Random, now: Timestamp) -> Reply {
    let owner = owner(lab, call)?;
    let actor = &call.caller.identity;
    let new = lab
        .create_access_key(actor, &owner, rng, now)
        .map_err(|e| refused(call, e))?;
    // Whether the learner saw the secret depends on `--query`/`--output`:
    // `secret_printed` decides once the reply is printed.
    let mut fields = user_field(&owner);
    fields.extend([
        ("AccessKeyId", Value::str(new.id.as_str())),
        ("Status", Value::str(AccessKeyStatus::Active.as_aws())),
        ("SecretAccessKey", Value::str(new.secret)),
        ("CreateDate", Value::str(new.created.to_aws_cli())),
    ]);
    Ok(Some(Value::object(vec![(
        "AccessKey",
        Value::object(fields),
    )])))
}

pub fn list(lab: &Lab, call: &Call) -> Reply {
    let owner = owner(lab, call)?;
    let keys = lab
        .access_keys(&owner)
        .map(|keys| keys.iter().map(|k| metadata(&owner, k)).collect())
        .unwrap_or_default();
    Ok(Some(Value::object(vec![(
        "AccessKeyMetadata",
        Value::List(keys),
    )])))
}

pub fn update(lab: &mut Lab, call: &Call) -> Reply {
    let owner = owner(lab, call)?;
    let status = AccessKeyStatus::parse(call.args.get("--status").unwrap_or_default())
        .unwrap_or(AccessKeyStatus::Inactive);
    lab.set_access_key_status(&call.caller.identity, &owner, key_id(call), status)
        .map_err(|e| refused(call, e))?;
    Ok(None)
}

pub fn delete(lab: &mut Lab, call: &Call) -> Reply {
    let owner = owner(lab, call)?;
    lab.delete_access_key(&call.caller.identity, &owner, key_id(call))
        .map_err(|e| refused(call, e))?;
    Ok(None)
}

/// Any key of the caller's account; another account's key is refused as IAM
/// refuses it, without saying whether it exists.
pub fn last_used(lab: &Lab, call: &Call) -> Reply {
    let key_id = key_id(call);
    let (owner, key) = lab
        .access_key(key_id)
        .filter(|(owner, _)| owner.account == call.caller.identity.account)
        .ok_or_else(|| {
            ServiceError::new(
                "AccessDenied",
                format!(
                    // No final period, as IAM writes it.
                    "User: {} is not authorized to perform iam:GetAccessKeyLastUsed on resource: access key {key_id}",
                    call.caller.arn()
                ),
            )
        })?;
    let used = match &key.last_used {
        Some(u) => vec![
            ("LastUsedDate", Value::str(u.date.to_aws_cli())),
            ("ServiceName", Value::str(&u.service)),
            ("Region", Value::str(&u.region)),
        ],
        None => vec![
            ("ServiceName", Value::str("N/A")),
            ("Region", Value::str("N/A")),
        ],
    };
    // An IAM user's key names its user first, as GetAccessKeyLastUsedResult orders it.
    let mut fields = user_field(&owner);
    fields.push(("AccessKeyLastUsed", Value::object(used)));
    Ok(Some(Value::object(fields)))
}

/// A new key's secret reached the screen (not every `--query` or `--output`
/// prints it): the learner has it now, as after the console's "Show".
pub fn secret_printed(lab: &mut Lab, call: &Call, response: &Value, printed: &[String]) {
    let Value::Object(top) = response else { return };
    let Some((_, Value::Object(key))) = top.iter().find(|(k, _)| k == "AccessKey") else {
        return;
    };
    let text = |name: &str| {
        key.iter().find_map(|(k, v)| match v {
            Value::Str(s) if k == name => Some(s.as_str()),
            _ => None,
        })
    };
    let (Some(key_id), Some(secret)) = (text("AccessKeyId"), text("SecretAccessKey")) else {
        return;
    };
    if !printed.iter().any(|line| line.contains(secret)) {
        return;
    }
    let Some((owner, _)) = lab.access_key(key_id) else {
        return;
    };
    let Some(key_id) = crate::domain::ids::AccessKeyId::parse(key_id) else {
        return;
    };
    lab.record_seen(&call.caller.identity, Seen::SecretShown { owner, key_id });
}
