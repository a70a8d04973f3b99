//! The IAM user and group operations of the terminal, with AWS CLI v2's output
//! shapes. They call the lab as the caller; the CLI's own policy check has
//! already given AWS's refusal, so a lab denial is only a backstop, shown with
//! the same AccessDenied text.

use super::authorize::access_denied;
use super::json::Value;
use super::operations::Call;
use super::service_error::ServiceError;
use crate::domain::account::Account;
use crate::domain::iam::error::IamError;
use crate::domain::iam::group::Group;
use crate::domain::iam::user::{CreateUserForm, CreateUserProblem, IamUser, UserNameProblem};
use crate::domain::lab::{Lab, Refused};
use crate::domain::password::RustKdf;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

type Reply = Result<Option<Value>, ServiceError>;

fn refused<E: Into<ServiceError>>(call: &Call, e: Refused<E>) -> ServiceError {
    match e {
        Refused::Denied(_) => access_denied(call),
        Refused::Problem(e) => e.into(),
    }
}

fn user_value(account: &Account, u: &IamUser) -> Value {
    Value::object(vec![
        ("Path", Value::str("/")),
        ("UserName", Value::str(&u.name)),
        ("UserId", Value::str(&u.user_id)),
        ("Arn", Value::str(u.arn(account.id))),
        ("CreateDate", Value::str(u.created.to_aws_cli())),
    ])
}

fn group_value(account: &Account, g: &Group) -> Value {
    Value::object(vec![
        ("Path", Value::str("/")),
        ("GroupName", Value::str(&g.name)),
        ("GroupId", Value::str(&g.group_id)),
        ("Arn", Value::str(g.arn(account.id))),
        ("CreateDate", Value::str(g.created.to_aws_cli())),
    ])
}

fn account(lab: &Lab, call: &Call) -> Result<Account, IamError> {
    lab.account(call.caller.identity.account)
        .cloned()
        .ok_or(IamError::NoSuchUser(String::new()))
}

fn user_name<'a>(call: &Call<'a>) -> &'a str {
    call.args.get("--user-name").unwrap_or_default()
}

fn group_name<'a>(call: &Call<'a>) -> &'a str {
    call.args.get("--group-name").unwrap_or_default()
}

pub fn create_user(lab: &mut Lab, call: &Call, rng: &mut impl Random, now: Timestamp) -> Reply {
    let user = user_name(call);
    let form = CreateUserForm {
        name: user.to_string(),
        ..CreateUserForm::default()
    };
    // No console password, so the KDF is never called.
    let who = &call.caller.identity;
    match lab.create_user(who, who.account, &form, &RustKdf, rng, now) {
        Ok(_) => {}
        Err(Refused::Denied(_)) => return Err(access_denied(call)),
        Err(Refused::Problem(problems)) => {
            let taken = CreateUserProblem::UserName(UserNameProblem::Taken);
            return Err(if problems.contains(&taken) {
                IamError::UserExists(user.to_string()).into()
            } else {
                IamError::NoSuchUser(user.to_string()).into()
            });
        }
    }
    let a = account(lab, call)?;
    let u = a.user(user).ok_or(IamError::NoSuchUser(user.to_string()))?;
    Ok(Some(Value::object(vec![("User", user_value(&a, u))])))
}

pub fn get_user(lab: &Lab, call: &Call) -> Reply {
    let a = account(lab, call)?;
    let value = match call.args.get("--user-name").or(call.caller.user_name()) {
        Some(name) => {
            let u = a.user(name).ok_or(IamError::NoSuchUser(name.to_string()))?;
            user_value(&a, u)
        }
        // The root user, as IAM describes it: no name, no path.
        None => Value::object(vec![
            ("UserId", Value::str(a.id.to_string())),
            ("Arn", Value::str(a.id.root_arn())),
            ("CreateDate", Value::str(a.created.to_aws_cli())),
        ]),
    };
    Ok(Some(Value::object(vec![("User", value)])))
}

pub fn list_users(lab: &Lab, call: &Call) -> Reply {
    let a = account(lab, call)?;
    let users = a.users.iter().map(|u| user_value(&a, u)).collect();
    Ok(Some(Value::object(vec![("Users", Value::List(users))])))
}

pub fn create_group(lab: &mut Lab, call: &Call, rng: &mut impl Random, now: Timestamp) -> Reply {
    let group = group_name(call);
    let who = &call.caller.identity;
    lab.create_group(who, who.account, group, rng, now)
        .map_err(|e| refused(call, e))?;
    let a = account(lab, call)?;
    let g = a
        .group(group)
        .ok_or(IamError::NoSuchGroup(group.to_string()))?;
    Ok(Some(Value::object(vec![("Group", group_value(&a, g))])))
}

pub fn list_groups(lab: &Lab, call: &Call) -> Reply {
    let a = account(lab, call)?;
    let groups = a.groups.iter().map(|g| group_value(&a, g)).collect();
    Ok(Some(Value::object(vec![("Groups", Value::List(groups))])))
}

pub fn add_user_to_group(lab: &mut Lab, call: &Call) -> Reply {
    let who = &call.caller.identity;
    lab.add_user_to_group(who, who.account, user_name(call), group_name(call))
        .map_err(|e| refused(call, e))?;
    Ok(None)
}

pub fn attach_user_policy(lab: &mut Lab, call: &Call) -> Reply {
    let who = &call.caller.identity;
    let arn = call.args.get("--policy-arn").unwrap_or_default();
    lab.attach_user_policy(who, who.account, user_name(call), arn)
        .map_err(|e| refused(call, e))?;
    Ok(None)
}
