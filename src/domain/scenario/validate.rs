//! The rules a scenario meets before anything is built: the console's own (the
//! sign-up page's email, name and password rules, the alias rule, IAM's user-name
//! and console-password rules), what must be unique across the scenario, and the
//! format's limits. Each refusal names the field by its path.

use super::credentials::{check_keys, check_mfa_device, Seen};
use super::{invalid, Scenario, ScenarioAccount, ScenarioError, ScenarioUser};
use super::{MAX_ACCOUNTS, MAX_IAM_USERS, SUPPORTED_VERSION};
use crate::domain::iam::alias::{alias_problem, AliasProblem};
use crate::domain::iam::user::{
    console_password_problems, same_name, user_name_problem, UserNameProblem, USER_NAME_MAX,
};
use crate::domain::ids::AccountId;
use crate::domain::mfa::MAX_MFA_DEVICES;
use crate::domain::policy::{
    is_valid_account_name, is_valid_email, password_problems, same_email, PasswordProblem,
    ACCOUNT_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN,
};

impl Scenario {
    /// Every rule of the lab that needs no randomness. [`super::parse_scenario`]
    /// calls it; [`Scenario::build`] calls it again, since the fields are public.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        if self.version == 0 || self.version > SUPPORTED_VERSION {
            return Err(ScenarioError::NewerVersion {
                found: self.version,
                supported: SUPPORTED_VERSION,
            });
        }
        if self.accounts.len() > MAX_ACCOUNTS {
            return Err(invalid(
                "accounts",
                format!("at most {MAX_ACCOUNTS} accounts in one scenario"),
            ));
        }
        let mut seen = Seen::default();
        for i in 0..self.accounts.len() {
            self.check_account(i, &mut seen)?;
        }
        if let Some(typed) = &self.remembered_iam_sign_in {
            if self.account_named(typed).is_none() {
                return Err(invalid(
                    "remembered_iam_sign_in",
                    "must be the account_id or alias of an account of this scenario",
                ));
            }
        }
        if let Some(email) = &self.signed_in {
            if !self.accounts.iter().any(|a| same_email(&a.email, email)) {
                return Err(invalid(
                    "signed_in",
                    "must be the email of an account of this scenario",
                ));
            }
        }
        Ok(())
    }

    /// The account the sign-in page would find for what was typed.
    pub(super) fn account_named(&self, typed: &str) -> Option<usize> {
        let typed = typed.trim();
        match AccountId::parse(typed) {
            Some(id) => self.accounts.iter().position(|a| a.account_id == Some(id)),
            None => self.accounts.iter().position(|a| {
                a.alias
                    .as_deref()
                    .is_some_and(|al| al.eq_ignore_ascii_case(typed))
            }),
        }
    }

    fn check_account<'a>(&'a self, i: usize, seen: &mut Seen<'a>) -> Result<(), ScenarioError> {
        let a = &self.accounts[i];
        let at = |field: &str| format!("accounts[{i}].{field}");
        let earlier = &self.accounts[..i];
        if self.version == 1 && (!a.mfa_devices.is_empty() || !a.iam_users.is_empty()) {
            let field = if a.mfa_devices.is_empty() {
                "iam_users"
            } else {
                "mfa_devices"
            };
            return Err(invalid(
                &at(field),
                "needs format version 2: set \"version\": 2 at the top of the file",
            ));
        }
        check_sign_up(a, earlier, &at)?;
        if let Some(id) = a.account_id {
            if let Some(j) = earlier.iter().position(|b| b.account_id == Some(id)) {
                return Err(invalid(
                    &at("account_id"),
                    format!("is already the ID of accounts[{j}]"),
                ));
            }
        }
        if let Some(alias) = &a.alias {
            check_alias(alias, earlier, &at)?;
        }
        check_keys(&a.access_keys, a.account_id, i, &at("access_keys"), seen)?;
        if a.mfa_devices.len() > MAX_MFA_DEVICES {
            return Err(invalid(
                &at("mfa_devices"),
                format!("a user has at most {MAX_MFA_DEVICES} MFA devices"),
            ));
        }
        for (m, d) in a.mfa_devices.iter().enumerate() {
            let here = at(&format!("mfa_devices[{m}]"));
            check_mfa_device(d, &here, seen)?;
            if let Some(j) = a.mfa_devices[..m].iter().position(|e| e.name == d.name) {
                return Err(invalid(
                    &format!("{here}.name"),
                    format!("is already the name of accounts[{i}].mfa_devices[{j}]"),
                ));
            }
        }
        if a.iam_users.len() > MAX_IAM_USERS {
            return Err(invalid(
                &at("iam_users"),
                format!("at most {MAX_IAM_USERS} IAM users per account in one scenario"),
            ));
        }
        for n in 0..a.iam_users.len() {
            check_user(a, i, n, seen)?;
        }
        Ok(())
    }
}

/// What the sign-up page checks, plus an email unique in the scenario.
fn check_sign_up(
    a: &ScenarioAccount,
    earlier: &[ScenarioAccount],
    at: &impl Fn(&str) -> String,
) -> Result<(), ScenarioError> {
    if !is_valid_email(&a.email) {
        return Err(invalid(
            &at("email"),
            "must be an email address like learner@example.com",
        ));
    }
    if let Some(j) = earlier.iter().position(|b| same_email(&b.email, &a.email)) {
        return Err(invalid(
            &at("email"),
            format!("is already the email of accounts[{j}]"),
        ));
    }
    if !is_valid_account_name(&a.account_name) {
        return Err(invalid(
            &at("account_name"),
            format!("must be 1 to {ACCOUNT_NAME_MAX} characters"),
        ));
    }
    let problems = password_problems(&a.password, &a.email, &a.account_name);
    if !problems.is_empty() {
        return Err(invalid(&at("password"), password_reason(&problems)));
    }
    Ok(())
}

/// The console's alias rule (`iam::alias`), and unique in the scenario.
fn check_alias(
    alias: &str,
    earlier: &[ScenarioAccount],
    at: &impl Fn(&str) -> String,
) -> Result<(), ScenarioError> {
    match alias_problem(alias) {
        None => {}
        Some(AliasProblem::TwelveDigits) => {
            return Err(invalid(
                &at("alias"),
                "must not be a 12-digit number: it would read as an account ID",
            ))
        }
        Some(_) => {
            return Err(invalid(
                &at("alias"),
                "must be 3 to 63 of a-z 0-9 and single hyphens, not starting or ending with a hyphen, and not an account ID",
            ))
        }
    }
    let taken = earlier.iter().position(|b| {
        b.alias
            .as_deref()
            .is_some_and(|x| x.eq_ignore_ascii_case(alias))
    });
    match taken {
        Some(j) => Err(invalid(
            &at("alias"),
            format!("is already the alias of accounts[{j}]"),
        )),
        None => Ok(()),
    }
}

/// IAM's rules for the user `n` of account `i`: the name, a console password
/// under IAM's default policy, and keys that are the user's own.
fn check_user<'a>(
    a: &'a ScenarioAccount,
    i: usize,
    n: usize,
    seen: &mut Seen<'a>,
) -> Result<(), ScenarioError> {
    let u: &ScenarioUser = &a.iam_users[n];
    let here = format!("accounts[{i}].iam_users[{n}]");
    let name_reason = match user_name_problem(&u.name) {
        Some(UserNameProblem::Length) => Some(format!("must be 1 to {USER_NAME_MAX} characters")),
        Some(_) => Some("must be letters, digits and + = , . @ _ - only".to_string()),
        None => None,
    };
    if let Some(reason) = name_reason {
        return Err(invalid(&format!("{here}.name"), reason));
    }
    if let Some(j) = a.iam_users[..n]
        .iter()
        .position(|v| same_name(&v.name, &u.name))
    {
        return Err(invalid(
            &format!("{here}.name"),
            format!("is already the name of accounts[{i}].iam_users[{j}] (IAM user names are unique regardless of case)"),
        ));
    }
    if let Some(pw) = &u.password {
        let problems = console_password_problems(pw, &a.email, &a.account_name);
        if !problems.is_empty() {
            return Err(invalid(
                &format!("{here}.password"),
                password_reason(&problems),
            ));
        }
    }
    let keys_at = format!("{here}.access_keys");
    check_keys(&u.access_keys, a.account_id, i, &keys_at, seen)?;
    // Set in code only: the file's user keys have no such field.
    if let Some(k) = u.access_keys.iter().position(|k| k.secret_saved) {
        return Err(invalid(
            &format!("{keys_at}[{k}].secret_saved"),
            "only the root user's keys count for the key tasks",
        ));
    }
    Ok(())
}

fn password_reason(problems: &[PasswordProblem]) -> String {
    problems
        .iter()
        .map(|p| match p {
            PasswordProblem::Length => {
                format!("must be {PASSWORD_MIN} to {PASSWORD_MAX} characters")
            }
            PasswordProblem::Variety => {
                "must mix at least three of: uppercase letters, lowercase letters, digits, symbols"
                    .to_string()
            }
            PasswordProblem::SameAsEmailOrName => {
                "must not be the account's email or name".to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}
