//! The CloudTrail record of each IAM operation the console and `aws` share:
//! event name, `requestParameters` (passwords never: AWS leaves them out too),
//! `responseElements` and the resources `lookup-events` lists, shaped as in the
//! IAM User Guide's CloudTrail examples (`CreateUser`, `CreateAccessKey`).

use super::trail::ApiCall;
use crate::domain::cloudtrail::{aws_date, EventSource};
use crate::domain::iam::group::Group;
use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
use crate::domain::iam::user::{user_arn, IamUser};
use crate::domain::ids::AccountId;
use serde_json::json;

const USER: &str = "AWS::IAM::User";
const GROUP: &str = "AWS::IAM::Group";
const POLICY: &str = "AWS::IAM::Policy";

fn write(name: &'static str) -> ApiCall {
    ApiCall::write(EventSource::Iam, name)
}

pub(super) fn create_user(account: AccountId, u: &IamUser) -> ApiCall {
    write("CreateUser")
        .request(json!({ "userName": u.name }))
        .response(json!({ "user": {
            "path": "/",
            "userName": u.name,
            "userId": u.user_id,
            "arn": user_arn(account, &u.name),
            "createDate": aws_date(u.created),
        }}))
        .resource(USER, &u.name)
}

pub(super) fn create_group(account: AccountId, g: &Group) -> ApiCall {
    write("CreateGroup")
        .request(json!({ "groupName": g.name }))
        .response(json!({ "group": {
            "path": "/",
            "groupName": g.name,
            "groupId": g.group_id,
            "arn": format!("arn:aws:iam::{account}:group/{}", g.name),
            "createDate": aws_date(g.created),
        }}))
        .resource(GROUP, &g.name)
}

/// The console's Administrators group gets AdministratorAccess when created.
pub(super) fn attach_administrator_access(group: &str) -> ApiCall {
    write("AttachGroupPolicy")
        .request(json!({ "groupName": group, "policyArn": ADMINISTRATOR_ACCESS }))
        .resource(GROUP, group)
        .resource(POLICY, ADMINISTRATOR_ACCESS)
}

pub(super) fn user_only(name: &'static str, user: &str) -> ApiCall {
    write(name)
        .request(json!({ "userName": user }))
        .resource(USER, user)
}

/// `CreateLoginProfile`, `UpdateLoginProfile`: the password is not recorded.
pub(super) fn login_profile(name: &'static str, user: &str) -> ApiCall {
    let mut call = user_only(name, user);
    if name != "DeleteLoginProfile" {
        call = call.request(json!({ "userName": user, "passwordResetRequired": false }));
    }
    call
}

pub(super) fn membership(name: &'static str, user: &str, group: &str) -> ApiCall {
    write(name)
        .request(json!({ "groupName": group, "userName": user }))
        .resource(GROUP, group)
        .resource(USER, user)
}

pub(super) fn user_policy(name: &'static str, user: &str, policy: &str) -> ApiCall {
    write(name)
        .request(json!({ "userName": user, "policyArn": policy }))
        .resource(USER, user)
        .resource(POLICY, policy)
}
