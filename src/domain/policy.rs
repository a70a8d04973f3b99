//! The input rules of sign-up and account settings, as the AWS sign-up page and the
//! root password policy state them.

use serde::{Deserialize, Serialize};

pub const ACCOUNT_NAME_MAX: usize = 50;
pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 128;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasswordProblem {
    Length,
    Variety,
    SameAsEmailOrName,
}

/// A pragmatic address check: one `@`, a non-empty local part, a dotted domain,
/// no spaces. Mail delivery is what really validates an address.
pub fn is_valid_email(email: &str) -> bool {
    let email = email.trim();
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let labels_ok = domain.split('.').all(|l| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    email.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && !local.contains(char::is_whitespace)
        && domain.contains('.')
        && labels_ok
}

pub fn same_email(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

pub fn is_valid_account_name(name: &str) -> bool {
    let n = name.trim().chars().count();
    (1..=ACCOUNT_NAME_MAX).contains(&n)
}

/// Every rule the password breaks, so each can be named beside the field.
pub fn password_problems(password: &str, email: &str, account_name: &str) -> Vec<PasswordProblem> {
    let mut problems = Vec::new();
    let len = password.chars().count();
    if !(PASSWORD_MIN..=PASSWORD_MAX).contains(&len) {
        problems.push(PasswordProblem::Length);
    }
    let classes = [
        password.chars().any(|c| c.is_uppercase()),
        password.chars().any(|c| c.is_lowercase()),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(|c| !c.is_alphanumeric()),
    ];
    if classes.iter().filter(|x| **x).count() < 3 {
        problems.push(PasswordProblem::Variety);
    }
    let same =
        |other: &str| !other.trim().is_empty() && password.eq_ignore_ascii_case(other.trim());
    if same(email) || same(account_name) {
        problems.push(PasswordProblem::SameAsEmailOrName);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use PasswordProblem::*;

    #[test]
    fn emails() {
        for (email, ok) in [
            ("learner@example.com", true),
            ("a.b+c@sub.example.co.jp", true),
            (" learner@example.com ", true),
            ("learner@example", false),
            ("@example.com", false),
            ("learner@", false),
            ("learner example@example.com", false),
            ("learner@@example.com", false),
            ("learner@exa mple.com", false),
            ("learner@.com", false),
            ("", false),
        ] {
            assert_eq!(is_valid_email(email), ok, "{email:?}");
        }
        assert!(same_email("Learner@Example.com", "learner@example.com "));
    }

    #[test]
    fn account_names() {
        assert!(is_valid_account_name("a"));
        assert!(is_valid_account_name(&"あ".repeat(50)));
        assert!(!is_valid_account_name(&"a".repeat(51)));
        assert!(!is_valid_account_name("   "));
    }

    #[test]
    fn passwords() {
        let e = "learner@example.com";
        let n = "Training";
        for (pw, expected) in [
            ("Secret-Pass1", vec![]),
            ("secretpass1!", vec![]),
            ("SECRETPASS1!", vec![]),
            ("Secretpass1", vec![]),
            ("Sp1!", vec![Length]),
            ("secretpassword", vec![Variety]),
            ("secretpass1", vec![Variety]),
            ("abc", vec![Length, Variety]),
            ("Training1!", vec![]),
        ] {
            assert_eq!(password_problems(pw, e, n), expected, "{pw}");
        }
        assert_eq!(password_problems(&"Aa1!".repeat(33), e, n), vec![Length]);
        assert_eq!(password_problems(&"Aa1!".repeat(32), e, n), vec![]);
        assert_eq!(
            password_problems("Learner@Example.com", e, n),
            vec![SameAsEmailOrName]
        );
        assert_eq!(
            password_problems("Train-Ing1", e, "Train-Ing1"),
            vec![SameAsEmailOrName]
        );
    }
}
