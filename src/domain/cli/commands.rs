//! The IAM and STS operations the lab serves, each with the CLI options it takes,
//! botocore's client-side checks, the service's validation, and AWS's replies.

use super::args::{required_value, value, OpArgs, Opt};
use super::credentials::Caller;
use super::json::Value;
use super::users;
use crate::domain::access_key::{AccessKey, AccessKeyError, AccessKeyStatus};
use crate::domain::iam::error::IamError;
use crate::domain::iam::user::user_arn;
use crate::domain::ids::AccessKeyId;
use crate::domain::lab::{Lab, Refused};
use crate::domain::random::Random;
use crate::domain::time::Timestamp;
use crate::domain::training::TaskEvent;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    Iam,
    Sts,
}

impl Service {
    /// The name AWS records as a key's last-used service.
    pub fn name(self) -> &'static str {
        match self {
            Service::Iam => "iam",
            Service::Sts => "sts",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Operation {
    pub cli: &'static str,
    pub api: &'static str,
    pub service: Service,
    pub opts: &'static [Opt],
    pub summary: &'static str,
}

/// The CLI pages the list operations; these options are accepted and change nothing here.
const PAGING: [Opt; 3] = [
    value("--max-items"),
    value("--page-size"),
    value("--starting-token"),
];

pub const OPERATIONS: &[Operation] = &[
    Operation {
        cli: "add-user-to-group",
        api: "AddUserToGroup",
        service: Service::Iam,
        opts: &[required_value("--group-name"), required_value("--user-name")],
        summary: "Adds the specified user to the specified group.",
    },
    Operation {
        cli: "attach-user-policy",
        api: "AttachUserPolicy",
        service: Service::Iam,
        opts: &[required_value("--user-name"), required_value("--policy-arn")],
        summary: "Attaches the specified managed policy to the specified user.",
    },
    Operation {
        cli: "create-access-key",
        api: "CreateAccessKey",
        service: Service::Iam,
        opts: &[value("--user-name")],
        summary: "Creates a new secret access key and its access key ID. The secret is shown only once.",
    },
    Operation {
        cli: "create-group",
        api: "CreateGroup",
        service: Service::Iam,
        opts: &[required_value("--group-name")],
        summary: "Creates a new group.",
    },
    Operation {
        cli: "create-user",
        api: "CreateUser",
        service: Service::Iam,
        opts: &[required_value("--user-name")],
        summary: "Creates a new IAM user for your Amazon Web Services account.",
    },
    Operation {
        cli: "delete-access-key",
        api: "DeleteAccessKey",
        service: Service::Iam,
        opts: &[value("--user-name"), required_value("--access-key-id")],
        summary: "Deletes the access key pair. This cannot be undone.",
    },
    Operation {
        cli: "get-access-key-last-used",
        api: "GetAccessKeyLastUsed",
        service: Service::Iam,
        opts: &[required_value("--access-key-id")],
        summary: "Retrieves when the access key was last used, with which service and in which Region.",
    },
    Operation {
        cli: "get-user",
        api: "GetUser",
        service: Service::Iam,
        opts: &[value("--user-name")],
        summary: "Retrieves information about the specified IAM user, or about the user making the request.",
    },
    Operation {
        cli: "list-access-keys",
        api: "ListAccessKeys",
        service: Service::Iam,
        opts: &[value("--user-name"), PAGING[0], PAGING[1], PAGING[2]],
        summary: "Returns the access key IDs of the user (or of the root user), with status and creation date.",
    },
    Operation {
        cli: "list-groups",
        api: "ListGroups",
        service: Service::Iam,
        opts: &[PAGING[0], PAGING[1], PAGING[2]],
        summary: "Lists the IAM groups.",
    },
    Operation {
        cli: "list-users",
        api: "ListUsers",
        service: Service::Iam,
        opts: &[PAGING[0], PAGING[1], PAGING[2]],
        summary: "Lists the IAM users.",
    },
    Operation {
        cli: "update-access-key",
        api: "UpdateAccessKey",
        service: Service::Iam,
        opts: &[
            value("--user-name"),
            required_value("--access-key-id"),
            required_value("--status"),
        ],
        summary: "Changes the status of the access key from Active to Inactive, or vice versa.",
    },
    Operation {
        cli: "get-access-key-info",
        api: "GetAccessKeyInfo",
        service: Service::Sts,
        opts: &[required_value("--access-key-id")],
        summary: "Returns the account identifier for the specified access key ID.",
    },
    Operation {
        cli: "get-caller-identity",
        api: "GetCallerIdentity",
        service: Service::Sts,
        opts: &[],
        summary: "Returns details about the IAM user or role whose credentials are used to call the operation.",
    },
];

pub fn operations(service: Service) -> impl Iterator<Item = &'static Operation> {
    OPERATIONS.iter().filter(move |o| o.service == service)
}

/// The operation names as the CLI's choice list shows them (sorted, then `help`).
pub fn choices(service: Service) -> Vec<&'static str> {
    operations(service).map(|o| o.cli).chain(["help"]).collect()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceError {
    pub code: &'static str,
    pub message: String,
}

impl ServiceError {
    fn new(code: &'static str, message: impl Into<String>) -> Self {
        ServiceError {
            code,
            message: message.into(),
        }
    }
}

impl From<AccessKeyError> for ServiceError {
    fn from(e: AccessKeyError) -> Self {
        ServiceError::new(e.code(), e.message())
    }
}

impl From<IamError> for ServiceError {
    fn from(e: IamError) -> Self {
        ServiceError::new(e.code(), e.message())
    }
}

impl From<Refused<IamError>> for ServiceError {
    fn from(e: Refused<IamError>) -> Self {
        match e {
            Refused::Problem(e) => e.into(),
            // `authorize` below refuses first, with AWS's full text, by the same
            // rule: the lab's own check is only the backstop.
            Refused::Denied(_) => ServiceError::new("AccessDenied", "Access denied"),
        }
    }
}

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
fn server_validate(op: &Operation, args: &OpArgs) -> Result<(), ServiceError> {
    let mut problems = Vec::new();
    let mut check = |v: &str, member: &str, ok: bool, rule: &str| {
        if !ok {
            problems.push(format!(
                "Value '{v}' at '{member}' failed to satisfy constraint: Member must {rule}"
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
        let max = if op.api == "CreateUser" { 64 } else { 128 };
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
            Service::Sts => "[\\w]*",
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

fn metadata(user: Option<&str>, key: &AccessKey) -> Value {
    let mut fields = user_field(user);
    fields.extend([
        ("AccessKeyId", Value::str(key.id.as_str())),
        ("Status", Value::str(key.status.as_aws())),
        ("CreateDate", Value::str(key.created.to_aws_cli())),
    ]);
    Value::Object(fields)
}

/// IAM names the owner first in a user's key output, and not at all in root's.
fn user_field(user: Option<&str>) -> Vec<(&'static str, Value)> {
    user.map(|u| ("UserName", Value::str(u)))
        .into_iter()
        .collect()
}

/// Runs an authenticated call. `Ok(None)` is a success that prints nothing.
pub fn execute(
    lab: &mut Lab,
    caller: &Caller,
    op: &Operation,
    args: &OpArgs,
    rng: &mut impl Random,
    now: Timestamp,
) -> Result<Option<Value>, ServiceError> {
    server_validate(op, args)?;
    authorize(lab, caller, op, args)?;
    if let Some(result) = users::execute(lab, caller, op, args, rng, now) {
        return result;
    }
    let key_id = args.get("--access-key-id").unwrap_or_default();
    let account = caller.account;
    // Without --user-name, key operations act on the caller's own keys.
    let target = args
        .get("--user-name")
        .or(caller.user_name())
        .map(|named| {
            lab.iam_user(account, named)
                .map(|u| u.name.clone())
                .ok_or_else(|| IamError::NoSuchUser(named.to_string()))
        })
        .transpose()?;
    let target = target.as_deref();
    match op.api {
        "CreateAccessKey" => {
            let new = match target {
                Some(user) => lab.create_user_access_key(account, user, rng, now)?,
                None => {
                    let new = lab.create_root_access_key(account, rng, now)?;
                    // The reply below prints the secret: the learner has it now,
                    // as after the console's "Show".
                    let key_id = new.id.clone();
                    lab.record_task_event(account, TaskEvent::SecretSaved { key_id });
                    new
                }
            };
            let mut fields = user_field(target);
            fields.extend([
                ("AccessKeyId", Value::str(new.id.as_str())),
                ("Status", Value::str(AccessKeyStatus::Active.as_aws())),
                ("SecretAccessKey", Value::str(new.secret)),
                ("CreateDate", Value::str(new.created.to_aws_cli())),
            ]);
            Ok(Some(Value::Object(vec![(
                "AccessKey",
                Value::Object(fields),
            )])))
        }
        "ListAccessKeys" => {
            let keys = lab
                .account(account)
                .and_then(|a| match target {
                    Some(user) => a.user(user).map(|u| &u.access_keys),
                    None => Some(&a.root.access_keys),
                })
                .map(|keys| keys.iter().map(|k| metadata(target, k)).collect())
                .unwrap_or_default();
            Ok(Some(Value::Object(vec![(
                "AccessKeyMetadata",
                Value::List(keys),
            )])))
        }
        "UpdateAccessKey" => {
            let status = AccessKeyStatus::parse(args.get("--status").unwrap_or_default())
                .unwrap_or(AccessKeyStatus::Inactive);
            match target {
                Some(user) => lab.set_user_access_key_status(account, user, key_id, status)?,
                None => lab.set_root_access_key_status(account, key_id, status)?,
            }
            Ok(None)
        }
        "DeleteAccessKey" => {
            match target {
                Some(user) => lab.delete_user_access_key(account, user, key_id)?,
                None => lab.delete_root_access_key(account, key_id)?,
            }
            Ok(None)
        }
        "GetAccessKeyLastUsed" => {
            let key = lab
                .access_key(key_id)
                .filter(|(owner, _, _)| *owner == account)
                .map(|(_, _, key)| key)
                .ok_or_else(|| {
                    ServiceError::new(
                        "AccessDenied",
                        format!(
                            "User: {} is not authorized to perform iam:GetAccessKeyLastUsed on resource: access key {key_id}.",
                            caller.arn()
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
            Ok(Some(Value::Object(vec![(
                "AccessKeyLastUsed",
                Value::Object(used),
            )])))
        }
        "GetCallerIdentity" => {
            let user_id = match caller.user_name() {
                Some(name) => lab
                    .iam_user(account, name)
                    .map(|u| u.user_id.clone())
                    .unwrap_or_default(),
                None => account.to_string(),
            };
            Ok(Some(Value::Object(vec![
                ("UserId", Value::str(user_id)),
                ("Account", Value::str(account.to_string())),
                ("Arn", Value::str(caller.arn())),
            ])))
        }
        "GetAccessKeyInfo" => {
            let owner = AccessKeyId::parse(key_id)
                .and_then(|id| id.account())
                .ok_or_else(|| {
                    ServiceError::new("ValidationError", "Access key ID is not valid.")
                })?;
            Ok(Some(Value::Object(vec![(
                "Account",
                Value::str(owner.to_string()),
            )])))
        }
        _ => Ok(None),
    }
}

/// The root user may do anything; an IAM user what an attached policy allows,
/// except `sts get-caller-identity`, which no policy can deny.
fn authorize(
    lab: &Lab,
    caller: &Caller,
    op: &Operation,
    args: &OpArgs,
) -> Result<(), ServiceError> {
    if op.api == "GetCallerIdentity" {
        return Ok(());
    }
    let account = caller.account;
    let action = format!("{}:{}", op.service.name(), op.api);
    let target = args.get("--user-name").or(caller.user_name());
    if lab.allows(
        &crate::domain::lab::Identity::new(account, caller.principal.clone()),
        &action,
        target,
    ) {
        return Ok(());
    }
    let group = args.get("--group-name").unwrap_or_default();
    let resource = match op.api {
        "ListUsers" => Some(format!("arn:aws:iam::{account}:user/")),
        "ListGroups" => Some(format!("arn:aws:iam::{account}:group/")),
        "CreateGroup" | "AddUserToGroup" => Some(format!("arn:aws:iam::{account}:group/{group}")),
        _ if op.service == Service::Iam => Some(user_arn(account, target.unwrap_or_default())),
        _ => None,
    };
    let on = resource
        .map(|r| format!(" on resource: {r}"))
        .unwrap_or_default();
    Err(ServiceError::new(
        "AccessDenied",
        format!(
            "User: {} is not authorized to perform: {action}{on} because no identity-based policy allows the {action} action",
            caller.arn()
        ),
    ))
}
