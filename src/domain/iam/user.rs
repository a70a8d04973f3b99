//! IAM users: their stored shape, the name rule, the unique IDs AWS gives
//! principals, and the console password rules of IAM's default password policy.

use crate::domain::access_key::AccessKeys;
use crate::domain::ids::{encode_account, AccountId};
use crate::domain::password::PasswordHash;
use crate::domain::policy::{password_problems, PasswordProblem};
use crate::domain::random::Random;
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};

pub const USER_NAME_MAX: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IamUser {
    pub name: String,
    /// `AIDA...`: what STS returns as `UserId` for this user.
    pub user_id: String,
    pub created: Timestamp,
    /// `None`: no console access, so no console sign-in.
    #[serde(default)]
    pub password: Option<PasswordHash>,
    #[serde(default)]
    pub groups: Vec<String>,
    /// Managed policy ARNs attached to the user directly.
    #[serde(default)]
    pub attached_policies: Vec<String>,
    #[serde(default)]
    pub access_keys: AccessKeys,
    #[serde(default)]
    pub mfa: crate::domain::mfa::MfaDevices,
    /// IAM tags; the console keeps each access key's description here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<crate::domain::iam::tag::Tag>,
    /// The last console sign-in with the password (`password_last_used`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_last_used: Option<Timestamp>,
    /// When the console password was last set (`password_last_changed`); a lab
    /// saved before this was kept has `None` for a password set at creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_last_changed: Option<Timestamp>,
}

impl IamUser {
    pub fn arn(&self, account: AccountId) -> String {
        user_arn(account, &self.name)
    }
}

pub fn user_arn(account: AccountId, name: &str) -> String {
    format!("arn:aws:iam::{account}:user/{name}")
}

/// IAM names (users and groups) are unique regardless of case.
pub fn same_name(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The 21-character unique ID AWS gives a user (`AIDA`) or group (`AGPA`): it
/// encodes the account as access key IDs do.
pub fn unique_id(prefix: &str, account: AccountId, rng: &mut impl Random) -> String {
    encode_account(prefix, account, 8, rng)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UserNameProblem {
    Length,
    /// Only letters, digits and `+=,.@_-`.
    Characters,
    Taken,
}

/// IAM's `[\w+=,.@-]+`, with `\w` as Java reads it: ASCII only.
pub fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "+=,.@_-".contains(c)
}

/// The rule on the name itself; uniqueness needs the account, so `Taken` is decided there.
pub fn user_name_problem(name: &str) -> Option<UserNameProblem> {
    let len = name.chars().count();
    if !(1..=USER_NAME_MAX).contains(&len) {
        Some(UserNameProblem::Length)
    } else if !name.chars().all(is_name_char) {
        Some(UserNameProblem::Characters)
    } else {
        None
    }
}

/// IAM's default password policy: 8 to 128 characters, three of the four kinds,
/// and not the account name or the root user's email.
pub fn console_password_problems(
    password: &str,
    root_email: &str,
    account_name: &str,
) -> Vec<PasswordProblem> {
    password_problems(password, root_email, account_name)
}

#[derive(Clone, Debug, Default)]
pub struct CreateUserForm {
    pub name: String,
    /// `Some`: "Provide user access to the AWS Management Console" with this password.
    pub console_password: Option<String>,
    /// "Add to group Administrators (AdministratorAccess)".
    pub add_to_administrators: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreateUserProblem {
    UserName(UserNameProblem),
    Password(PasswordProblem),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{decode_account, BASE32};
    use crate::domain::random::OsRandom;
    use UserNameProblem::*;

    #[test]
    fn user_names() {
        for (name, expected) in [
            ("bob", None),
            ("Bob.Smith+ops=1,x@example.com", None),
            ("a_b-c", None),
            (&"a".repeat(64), None),
            ("", Some(Length)),
            (&"a".repeat(65), Some(Length)),
            ("bob smith", Some(Characters)),
            ("bob/admin", Some(Characters)),
            ("bob:admin", Some(Characters)),
            ("ボブ", Some(Characters)),
            ("bób", Some(Characters)),
        ] {
            assert_eq!(user_name_problem(name), expected, "{name:?}");
        }
        assert!(same_name("Bob", "bOB"));
        assert!(!same_name("bob", "bob2"));
    }

    #[test]
    fn unique_ids_look_like_aws_and_decode_to_their_account() {
        for account in [0, 1, 123_456_789_012, 999_999_999_999] {
            let account = AccountId::new(account).unwrap();
            for prefix in ["AIDA", "AGPA"] {
                let a = unique_id(prefix, account, &mut OsRandom);
                assert_eq!(a.len(), 21);
                assert!(a.starts_with(prefix));
                assert!(a
                    .bytes()
                    .all(|b| BASE32.contains(&b) || b"AIDGP".contains(&b)));
                assert_eq!(decode_account(&a), Some(account), "{a}");
                assert_ne!(a, unique_id(prefix, account, &mut OsRandom));
            }
        }
    }

    #[test]
    fn console_passwords_follow_the_default_policy() {
        use PasswordProblem::*;
        let (e, n) = ("learner@example.com", "Training");
        for (pw, expected) in [
            ("Secret-Pass1", vec![]),
            ("secretpass1!", vec![]),
            ("Sp1!", vec![Length]),
            ("secretpassword", vec![Variety]),
            ("LEARNER@example.com", vec![SameAsEmailOrName]),
            ("training", vec![Variety, SameAsEmailOrName]),
        ] {
            assert_eq!(console_password_problems(pw, e, n), expected, "{pw}");
        }
    }
}
