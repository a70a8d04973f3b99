//! Parameter checks in the CLI's order: botocore's before anything is sent
//! (exit 252), then the service's own after authentication (AWS's Coral wording).

use super::args::OpArgs;
use super::operations::{Api, Operation, Service};
use super::service_error::ServiceError;
use crate::domain::access_key::AccessKeyStatus;

/// botocore checks minimum lengths before anything is sent (exit 252).
pub fn client_validate(args: &OpArgs) -> Result<(), String> {
    let mut problems = Vec::new();
    for (flag, param, min) in [
        ("--user-name", "UserName", 1),
        ("--group-name", "GroupName", 1),
        ("--policy-arn", "PolicyArn", 20),
        ("--access-key-id", "AccessKeyId", 16),
    ] {
        if let Some(v) = args.get(flag) {
            let len = v.chars().count();
            if len < min {
                problems.push(format!(
                    "Invalid length for parameter {param}, value: {len}, valid min length: {min}"
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Parameter validation failed:\n{}",
            problems.join("\n")
        ))
    }
}

fn word_chars(s: &str, extra: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || extra.contains(c))
}

/// The service's own validation (AWS's Coral wording), after authentication.
/// STS quotes the refused value; IAM leaves it out ("Value at 'status' ...", as
/// LocalStack's AWS-validated IAM snapshots record it).
pub fn server_validate(op: &Operation, args: &OpArgs) -> Result<(), ServiceError> {
    let mut problems = Vec::new();
    let mut check = |v: &str, member: &str, ok: bool, rule: &str| {
        if !ok {
            let value = match op.service {
                Service::Iam => String::new(),
                Service::Sts | Service::CloudTrail => format!(" '{v}'"),
            };
            problems.push(format!(
                "Value{value} at '{member}' failed to satisfy constraint: Member must {rule}"
            ));
        }
    };
    if let Some(v) = args.get("--user-name") {
        check(
            v,
            "userName",
            word_chars(v, "+=,.@-"),
            "satisfy regular expression pattern: [\\w+=,.@-]+",
        );
        // CreateUser's name type is shorter than the one naming an existing user.
        let max = if op.api == Api::CreateUser { 64 } else { 128 };
        check(
            v,
            "userName",
            v.chars().count() <= max,
            &format!("have length less than or equal to {max}"),
        );
    }
    if let Some(v) = args.get("--group-name") {
        check(
            v,
            "groupName",
            word_chars(v, "+=,.@-"),
            "satisfy regular expression pattern: [\\w+=,.@-]+",
        );
        check(
            v,
            "groupName",
            v.chars().count() <= 128,
            "have length less than or equal to 128",
        );
    }
    if let Some(v) = args.get("--policy-arn") {
        check(
            v,
            "policyArn",
            v.chars().count() <= 2048,
            "have length less than or equal to 2048",
        );
    }
    if let Some(v) = args.get("--access-key-id") {
        let pattern = match op.service {
            Service::Iam => "[\\w]+",
            Service::Sts | Service::CloudTrail => "[\\w]*",
        };
        check(
            v,
            "accessKeyId",
            word_chars(v, ""),
            &format!("satisfy regular expression pattern: {pattern}"),
        );
        check(
            v,
            "accessKeyId",
            v.chars().count() <= 128,
            "have length less than or equal to 128",
        );
    }
    if let Some(v) = args.get("--status") {
        check(
            v,
            "status",
            AccessKeyStatus::parse(v).is_some(),
            "satisfy enum value set: [Active, Inactive]",
        );
    }
    match problems.len() {
        0 => Ok(()),
        1 => Err(ServiceError::new(
            "ValidationError",
            format!("1 validation error detected: {}", problems.join("; ")),
        )),
        n => Err(ServiceError::new(
            "ValidationError",
            format!("{n} validation errors detected: {}", problems.join("; ")),
        )),
    }
}
