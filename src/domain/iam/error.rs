//! IAM's refusals for user, group and policy operations, with AWS's codes and texts.

use crate::domain::access_key::AccessKeyError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IamError {
    NoSuchUser(String),
    NoSuchGroup(String),
    UserExists(String),
    GroupExists(String),
    /// Only the AWS managed policies the lab knows can be attached.
    PolicyNotAttachable(String),
    /// An IAM quota, by AWS's name for it (`GroupsPerUser`) and its value.
    LimitExceeded(&'static str, usize),
    AccessKey(AccessKeyError),
}

impl From<AccessKeyError> for IamError {
    fn from(e: AccessKeyError) -> Self {
        IamError::AccessKey(e)
    }
}

impl IamError {
    pub fn code(&self) -> &'static str {
        match self {
            IamError::NoSuchUser(_)
            | IamError::NoSuchGroup(_)
            | IamError::PolicyNotAttachable(_) => "NoSuchEntity",
            IamError::UserExists(_) | IamError::GroupExists(_) => "EntityAlreadyExists",
            IamError::LimitExceeded(..) => "LimitExceeded",
            IamError::AccessKey(e) => e.code(),
        }
    }

    pub fn message(&self) -> String {
        match self {
            IamError::NoSuchUser(n) => format!("The user with name {n} cannot be found."),
            IamError::NoSuchGroup(n) => format!("The group with name {n} cannot be found."),
            IamError::UserExists(n) => format!("User with name {n} already exists."),
            IamError::GroupExists(n) => format!("Group with name {n} already exists."),
            IamError::PolicyNotAttachable(arn) => {
                format!("Policy {arn} does not exist or is not attachable.")
            }
            IamError::LimitExceeded(quota, n) => format!("Cannot exceed quota for {quota}: {n}."),
            IamError::AccessKey(e) => e.message(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_messages_are_aws_texts() {
        for (e, code, message) in [
            (
                IamError::NoSuchUser("bob".into()),
                "NoSuchEntity",
                "The user with name bob cannot be found.",
            ),
            (
                IamError::NoSuchGroup("Admins".into()),
                "NoSuchEntity",
                "The group with name Admins cannot be found.",
            ),
            (
                IamError::UserExists("bob".into()),
                "EntityAlreadyExists",
                "User with name bob already exists.",
            ),
            (
                IamError::GroupExists("Admins".into()),
                "EntityAlreadyExists",
                "Group with name Admins already exists.",
            ),
            (
                IamError::LimitExceeded("GroupsPerUser", 10),
                "LimitExceeded",
                "Cannot exceed quota for GroupsPerUser: 10.",
            ),
            (
                IamError::PolicyNotAttachable("arn:aws:iam::aws:policy/Nope".into()),
                "NoSuchEntity",
                "Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.",
            ),
            (
                IamError::AccessKey(AccessKeyError::LimitExceeded),
                "LimitExceeded",
                "Cannot exceed quota for AccessKeysPerUser: 2",
            ),
        ] {
            assert_eq!((e.code(), e.message().as_str()), (code, message));
        }
    }
}
