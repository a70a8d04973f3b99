//! Runs an authenticated call: the service's validation, the caller's
//! authorization, then the one handler its API names (one arm per API, no
//! fall-through), with the STS replies that need no lab operation.

use super::access_keys;
use super::authorize::authorize;
use super::json::Value;
use super::operations::{Api, Call};
use super::reports;
use super::service_error::ServiceError;
use super::users;
use super::validate::server_validate;
use crate::domain::ids::AccessKeyId;
use crate::domain::lab::Lab;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

/// `Ok(None)` is a success that prints nothing.
pub fn execute(
    lab: &mut Lab,
    call: &Call,
    rng: &mut impl Random,
    now: Timestamp,
) -> Result<Option<Value>, ServiceError> {
    server_validate(call.op, call.args)?;
    authorize(lab, call)?;
    match call.op.api {
        Api::CreateAccessKey => access_keys::create(lab, call, rng, now),
        Api::ListAccessKeys => access_keys::list(lab, call),
        Api::UpdateAccessKey => access_keys::update(lab, call),
        Api::DeleteAccessKey => access_keys::delete(lab, call),
        Api::GetAccessKeyLastUsed => access_keys::last_used(lab, call),
        Api::CreateUser => users::create_user(lab, call, rng, now),
        Api::GetUser => users::get_user(lab, call),
        Api::ListUsers => users::list_users(lab, call),
        Api::CreateGroup => users::create_group(lab, call, rng, now),
        Api::ListGroups => users::list_groups(lab, call),
        Api::AddUserToGroup => users::add_user_to_group(lab, call),
        Api::AttachUserPolicy => users::attach_user_policy(lab, call),
        Api::GetAccountSummary => reports::account_summary(lab, call),
        Api::GenerateCredentialReport => reports::generate_report(lab, call, now),
        Api::GetCredentialReport => reports::get_report(lab, call, now),
        Api::GetCallerIdentity => Ok(Some(caller_identity(lab, call))),
        Api::GetAccessKeyInfo => access_key_info(call).map(Some),
        Api::LookupEvents => super::cloudtrail::lookup_events(lab, call, now),
    }
}

fn caller_identity(lab: &Lab, call: &Call) -> Value {
    let account = call.caller.identity.account;
    let user_id = match call.caller.user_name() {
        Some(name) => lab
            .iam_user(account, name)
            .map(|u| u.user_id.clone())
            .unwrap_or_default(),
        None => account.to_string(),
    };
    Value::object(vec![
        ("UserId", Value::str(user_id)),
        ("Account", Value::str(account.to_string())),
        ("Arn", Value::str(call.caller.arn())),
    ])
}

/// Any well-formed key ID names its account, whether or not the key exists.
fn access_key_info(call: &Call) -> Result<Value, ServiceError> {
    let key_id = call.args.get("--access-key-id").unwrap_or_default();
    let owner = AccessKeyId::parse(key_id)
        .and_then(|id| id.account())
        .ok_or_else(|| ServiceError::new("ValidationError", "Access key ID is not valid."))?;
    Ok(Value::object(vec![(
        "Account",
        Value::str(owner.to_string()),
    )]))
}
