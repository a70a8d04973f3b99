//! Who may call what, and AWS's AccessDenied text when not: the root user may
//! do anything; an IAM user what an attached policy allows, except
//! `sts get-caller-identity`, which no policy can deny.

use super::operations::{Api, Call, Operation, Service};
use super::service_error::ServiceError;
use crate::domain::iam::user::user_arn;
use crate::domain::lab::Lab;

pub fn authorize(lab: &Lab, call: &Call) -> Result<(), ServiceError> {
    let Call {
        caller, op, args, ..
    } = *call;
    if op.api == Api::GetCallerIdentity {
        return Ok(());
    }
    let target = args.get("--user-name").or(caller.user_name());
    let who = &caller.identity;
    if lab.allows(who, &action(op), target) {
        return Ok(());
    }
    Err(access_denied(call))
}

fn action(op: &Operation) -> String {
    format!("{}:{}", op.service.name(), op.api.name())
}

/// IAM's refusal, naming the caller, the action and the resource acted on.
pub fn access_denied(call: &Call) -> ServiceError {
    let Call {
        caller, op, args, ..
    } = *call;
    let account = caller.identity.account;
    let action = action(op);
    let target = args.get("--user-name").or(caller.user_name());
    let group = args.get("--group-name").unwrap_or_default();
    // As AWS words them (CloudTrail records and CLI transcripts): creation names
    // the new ARN, an action on a user or group names it `user bob` / `group
    // Admin`, and an omitted `--user-name` makes IAM print `user null` before
    // the caller's name.
    let resource = match op.api {
        Api::ListUsers => Some(format!("arn:aws:iam::{account}:user/")),
        Api::ListGroups => Some(format!("arn:aws:iam::{account}:group/")),
        Api::CreateGroup => Some(format!("arn:aws:iam::{account}:group/{group}")),
        Api::CreateUser => Some(user_arn(account, target.unwrap_or_default())),
        Api::AddUserToGroup => Some(format!("group {group}")),
        Api::GetUser => Some(format!("user {}", target.unwrap_or_default())),
        // Account-wide actions name no resource of their own.
        Api::GetAccountSummary | Api::GenerateCredentialReport | Api::GetCredentialReport => {
            Some("*".to_string())
        }
        _ if op.service == Service::Iam => Some(match args.get("--user-name") {
            Some(named) => format!("user {named}"),
            None => format!("user null{}", caller.user_name().unwrap_or_default()),
        }),
        _ => None,
    };
    let on = resource
        .map(|r| format!(" on resource: {r}"))
        .unwrap_or_default();
    ServiceError::new(
        "AccessDenied",
        format!(
            "User: {} is not authorized to perform: {action}{on} because no identity-based policy allows the {action} action",
            caller.arn()
        ),
    )
}
