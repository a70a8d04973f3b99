//! The IAM user and group operations of the terminal, with AWS CLI v2's output
//! shapes. Access-key operations stay in `commands`.

use super::args::OpArgs;
use super::commands::{Operation, ServiceError};
use super::credentials::Caller;
use super::json::Value;
use crate::domain::account::Account;
use crate::domain::iam::error::IamError;
use crate::domain::iam::group::Group;
use crate::domain::iam::user::{CreateUserForm, CreateUserProblem, IamUser, UserNameProblem};
use crate::domain::lab::{Identity, Lab, Refused};
use crate::domain::password::RustKdf;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

fn user_value(account: &Account, u: &IamUser) -> Value {
    Value::Object(vec![
        ("Path", Value::str("/")),
        ("UserName", Value::str(&u.name)),
        ("UserId", Value::str(&u.user_id)),
        ("Arn", Value::str(u.arn(account.id))),
        ("CreateDate", Value::str(u.created.to_aws_cli())),
    ])
}

fn group_value(account: &Account, g: &Group) -> Value {
    Value::Object(vec![
        ("Path", Value::str("/")),
        ("GroupName", Value::str(&g.name)),
        ("GroupId", Value::str(&g.group_id)),
        ("Arn", Value::str(g.arn(account.id))),
        ("CreateDate", Value::str(g.created.to_aws_cli())),
    ])
}

const APIS: &[&str] = &[
    "AddUserToGroup",
    "AttachUserPolicy",
    "CreateGroup",
    "CreateUser",
    "GetUser",
    "ListGroups",
    "ListUsers",
];

/// `None` when the operation is not a user or group one.
pub fn execute(
    lab: &mut Lab,
    caller: &Caller,
    op: &Operation,
    args: &OpArgs,
    rng: &mut impl Random,
    now: Timestamp,
) -> Option<Result<Option<Value>, ServiceError>> {
    if !APIS.contains(&op.api) {
        return None;
    }
    let id = caller.account;
    let actor = Identity::new(id, caller.principal.clone());
    let user = args.get("--user-name").unwrap_or_default();
    let group = args.get("--group-name").unwrap_or_default();
    let account = |lab: &Lab| {
        lab.account(id)
            .cloned()
            .ok_or(IamError::NoSuchUser(String::new()))
    };
    let result = (|| -> Result<Option<Value>, Refused<IamError>> {
        Ok(match op.api {
            "CreateUser" => {
                let form = CreateUserForm {
                    name: user.to_string(),
                    ..CreateUserForm::default()
                };
                // No console password, so the KDF is never called.
                match lab.create_user(&actor, id, &form, &RustKdf, rng, now) {
                    Ok(_) => {}
                    Err(Refused::Denied(d)) => return Err(Refused::Denied(d)),
                    Err(Refused::Problem(problems)) => {
                        let taken = CreateUserProblem::UserName(UserNameProblem::Taken);
                        return Err(if problems.contains(&taken) {
                            IamError::UserExists(user.to_string())
                        } else {
                            IamError::NoSuchUser(user.to_string())
                        }
                        .into());
                    }
                }
                let a = account(lab)?;
                let u = a.user(user).ok_or(IamError::NoSuchUser(user.to_string()))?;
                Some(Value::Object(vec![("User", user_value(&a, u))]))
            }
            "GetUser" => {
                let a = account(lab)?;
                let value = match args.get("--user-name").or(caller.user_name()) {
                    Some(name) => {
                        let u = a.user(name).ok_or(IamError::NoSuchUser(name.to_string()))?;
                        user_value(&a, u)
                    }
                    // The root user, as IAM describes it: no name, no path.
                    None => Value::Object(vec![
                        ("UserId", Value::str(id.to_string())),
                        ("Arn", Value::str(id.root_arn())),
                        ("CreateDate", Value::str(a.created.to_aws_cli())),
                    ]),
                };
                Some(Value::Object(vec![("User", value)]))
            }
            "ListUsers" => {
                let a = account(lab)?;
                let users = a.users.iter().map(|u| user_value(&a, u)).collect();
                Some(Value::Object(vec![("Users", Value::List(users))]))
            }
            "CreateGroup" => {
                lab.create_group(&actor, id, group, rng, now)?;
                let a = account(lab)?;
                let g = a
                    .group(group)
                    .ok_or(IamError::NoSuchGroup(group.to_string()))?;
                Some(Value::Object(vec![("Group", group_value(&a, g))]))
            }
            "ListGroups" => {
                let a = account(lab)?;
                let groups = a.groups.iter().map(|g| group_value(&a, g)).collect();
                Some(Value::Object(vec![("Groups", Value::List(groups))]))
            }
            "AddUserToGroup" => {
                lab.add_user_to_group(&actor, id, user, group)?;
                None
            }
            "AttachUserPolicy" => {
                lab.attach_user_policy(
                    &actor,
                    id,
                    user,
                    args.get("--policy-arn").unwrap_or_default(),
                )?;
                None
            }
            _ => None,
        })
    })();
    Some(result.map_err(ServiceError::from))
}
