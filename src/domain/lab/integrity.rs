//! One validator of a whole lab, for whatever did not come through the lab's own
//! operations: an imported file, a stored lab read at start-up, a built scenario.
//! It applies the console's own rules (two keys per principal, unique account
//! IDs, emails, aliases and user names, their character sets, eight MFA devices),
//! the bounds of stored seal parameters, counts per collection and the string
//! cap, the CloudTrail history's own caps (`Trail::problem`), and names the first problem by its path, like `accounts[0].root.access_keys`.
//! Password hashes are bounded where they are parsed (`PasswordHash`).

use super::{Lab, Principal};
use crate::domain::access_key::{AccessKeys, MAX_ACCESS_KEYS};
use crate::domain::account::Account;
use crate::domain::iam::alias::alias_problem;
use crate::domain::iam::credential_report::rows_problem;
use crate::domain::iam::group::is_valid_group_name;
use crate::domain::iam::tag::{tag_key_problem, tag_value_problem, Tag, MAX_TAGS_PER_USER};
use crate::domain::iam::user::{same_name, user_name_problem};
use crate::domain::ids::{AccessKeyId, AccountId};
use crate::domain::mfa::seal::{seal_params_valid, SEAL_SALT_BYTES};
use crate::domain::mfa::{valid_device_name, MfaDevices, MAX_MFA_DEVICES};
use crate::domain::policy::{is_valid_account_name, is_valid_email, same_email};
use crate::domain::size_caps::check_strings;
use std::collections::HashSet;
use std::fmt;

/// More accounts than a classroom's worth in one browser is not a lab.
pub const MAX_LAB_ACCOUNTS: usize = 100;
pub const MAX_USERS_PER_ACCOUNT: usize = 1000;
pub const MAX_GROUPS_PER_ACCOUNT: usize = 300;
/// AWS's quotas: ten groups per user, twenty managed policies per user or group.
pub const MAX_GROUPS_PER_USER: usize = 10;
pub const MAX_ATTACHED_POLICIES: usize = 20;

/// The first rule a lab breaks, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntegrityProblem {
    pub path: String,
    pub reason: String,
}

impl fmt::Display for IntegrityProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.reason)
        } else {
            write!(f, "{}: {}", self.path, self.reason)
        }
    }
}

type Checked = Result<(), IntegrityProblem>;

fn problem(path: impl Into<String>, reason: impl Into<String>) -> IntegrityProblem {
    IntegrityProblem {
        path: path.into(),
        reason: reason.into(),
    }
}

fn at_most(path: &str, count: usize, cap: usize, what: &str) -> Checked {
    if count > cap {
        return Err(problem(
            path,
            format!("has {count} {what}; the cap is {cap}"),
        ));
    }
    Ok(())
}

impl Lab {
    /// An MFA device's serial names one device in the whole lab (a hardware token
    /// belongs to one user; a virtual device's ARN to one account).
    fn check_serials_unique(&self) -> Checked {
        let mut seen = HashSet::new();
        for (i, a) in self.accounts.iter().enumerate() {
            let principals = std::iter::once((format!("accounts[{i}].root.mfa"), &a.root.mfa))
                .chain(
                    a.users
                        .iter()
                        .enumerate()
                        .map(move |(u, user)| (format!("accounts[{i}].users[{u}].mfa"), &user.mfa)),
                );
            for (at, mfa) in principals {
                for (d, device) in mfa.devices.iter().enumerate() {
                    if !seen.insert(device.serial.clone()) {
                        return Err(problem(
                            format!("{at}.devices[{d}].serial"),
                            "repeats a serial of another principal's device",
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// Accounts in their post-closure period: each a valid account, holding its
    /// ID and email against every other account, open or closed. Its alias may
    /// have been taken by an open account meanwhile (reopening drops it then).
    fn check_closed_accounts(&self, key_ids: &mut HashSet<String>) -> Checked {
        at_most(
            "closed_accounts",
            self.closed_accounts.len(),
            MAX_LAB_ACCOUNTS,
            "closed accounts",
        )?;
        for (i, c) in self.closed_accounts.iter().enumerate() {
            let at = format!("closed_accounts[{i}].account");
            let a = &c.account;
            let earlier = self.closed_accounts[..i].iter().map(|c| &c.account);
            let others = || self.accounts.iter().chain(earlier.clone());
            if others().any(|b| b.id == a.id) {
                return Err(problem(format!("{at}.id"), "repeats another account's ID"));
            }
            if others().any(|b| same_email(&b.root.email, &a.root.email)) {
                return Err(problem(
                    format!("{at}.root.email"),
                    "repeats another account's email",
                ));
            }
            check_account(a, &at, key_ids)?;
        }
        Ok(())
    }

    /// Every rule a lab made only by the lab's operations keeps.
    pub fn check_integrity(&self) -> Checked {
        let value = serde_json::to_value(self).expect("the lab always serialises");
        check_strings(&value).map_err(|c| problem(c.path, c.reason))?;
        at_most(
            "accounts",
            self.accounts.len(),
            MAX_LAB_ACCOUNTS,
            "accounts",
        )?;
        let mut key_ids = HashSet::new();
        for (i, a) in self.accounts.iter().enumerate() {
            let at = format!("accounts[{i}]");
            let earlier = &self.accounts[..i];
            if earlier.iter().any(|b| b.id == a.id) {
                return Err(problem(format!("{at}.id"), "repeats an earlier account ID"));
            }
            if earlier
                .iter()
                .any(|b| same_email(&b.root.email, &a.root.email))
            {
                return Err(problem(
                    format!("{at}.root.email"),
                    "repeats an earlier account's email",
                ));
            }
            if let Some(alias) = &a.alias {
                if earlier.iter().any(|b| {
                    b.alias
                        .as_deref()
                        .is_some_and(|x| x.eq_ignore_ascii_case(alias))
                }) {
                    return Err(problem(format!("{at}.alias"), "repeats an earlier alias"));
                }
            }
            check_account(a, &at, &mut key_ids)?;
        }
        self.check_serials_unique()?;
        self.check_closed_accounts(&mut key_ids)?;
        if let Some(session) = &self.session {
            let who = &session.identity;
            let known = self
                .account(who.account)
                .is_some_and(|a| match &who.principal {
                    Principal::Root => true,
                    Principal::IamUser { name } => a.user(name).is_some(),
                });
            if !known {
                return Err(problem("session", "names no principal of the lab"));
            }
        }
        Ok(())
    }
}

fn check_account(a: &Account, at: &str, key_ids: &mut HashSet<String>) -> Checked {
    if !is_valid_account_name(&a.name) {
        return Err(problem(format!("{at}.name"), "must be 1 to 50 characters"));
    }
    if !is_valid_email(&a.root.email) {
        return Err(problem(
            format!("{at}.root.email"),
            "is not an email address",
        ));
    }
    if let Some(p) = a.alias.as_deref().and_then(alias_problem) {
        return Err(problem(
            format!("{at}.alias"),
            format!("breaks the alias rule ({p:?})"),
        ));
    }
    check_keys(
        &a.root.access_keys,
        a.id,
        &format!("{at}.root.access_keys"),
        key_ids,
    )?;
    check_mfa(&a.root.mfa, &format!("{at}.root.mfa"))?;
    if let Some((path, reason)) = a.trail.problem() {
        return Err(problem(format!("{at}.trail.{path}"), reason));
    }
    at_most(
        &format!("{at}.users"),
        a.users.len(),
        MAX_USERS_PER_ACCOUNT,
        "users",
    )?;
    at_most(
        &format!("{at}.groups"),
        a.groups.len(),
        MAX_GROUPS_PER_ACCOUNT,
        "groups",
    )?;
    for (g, group) in a.groups.iter().enumerate() {
        let here = format!("{at}.groups[{g}]");
        if !is_valid_group_name(&group.name) {
            return Err(problem(
                format!("{here}.name"),
                "must be 1 to 128 letters, digits and + = , . @ _ - only",
            ));
        }
        if a.groups[..g]
            .iter()
            .any(|h| same_name(&h.name, &group.name))
        {
            return Err(problem(
                format!("{here}.name"),
                "repeats an earlier group name",
            ));
        }
        let policies = group.attached_policies.len();
        at_most(
            &format!("{here}.attached_policies"),
            policies,
            MAX_ATTACHED_POLICIES,
            "policies",
        )?;
    }
    for (n, user) in a.users.iter().enumerate() {
        let here = format!("{at}.users[{n}]");
        if let Some(p) = user_name_problem(&user.name) {
            return Err(problem(
                format!("{here}.name"),
                format!("breaks the user name rule ({p:?}): 1 to 64 letters, digits and + = , . @ _ - only"),
            ));
        }
        if a.users[..n].iter().any(|u| same_name(&u.name, &user.name)) {
            return Err(problem(
                format!("{here}.name"),
                "repeats an earlier user name",
            ));
        }
        at_most(
            &format!("{here}.groups"),
            user.groups.len(),
            MAX_GROUPS_PER_USER,
            "groups",
        )?;
        if let Some(g) = user.groups.iter().position(|g| a.group(g).is_none()) {
            return Err(problem(
                format!("{here}.groups[{g}]"),
                "names no group of the account",
            ));
        }
        let policies = user.attached_policies.len();
        at_most(
            &format!("{here}.attached_policies"),
            policies,
            MAX_ATTACHED_POLICIES,
            "policies",
        )?;
        check_keys(
            &user.access_keys,
            a.id,
            &format!("{here}.access_keys"),
            key_ids,
        )?;
        check_mfa(&user.mfa, &format!("{here}.mfa"))?;
        check_tags(&user.tags, &format!("{here}.tags"))?;
    }
    if let Some(reason) = a
        .credential_report
        .as_ref()
        .and_then(|r| rows_problem(&r.rows, MAX_USERS_PER_ACCOUNT))
    {
        return Err(problem(format!("{at}.credential_report.rows"), reason));
    }
    Ok(())
}

/// IAM's tag rules, which the console's access key descriptions meet.
fn check_tags(tags: &[Tag], at: &str) -> Checked {
    at_most(at, tags.len(), MAX_TAGS_PER_USER, "tags")?;
    for (t, tag) in tags.iter().enumerate() {
        if let Some(p) = tag_key_problem(&tag.key).or(tag_value_problem(&tag.value)) {
            return Err(problem(
                format!("{at}[{t}]"),
                format!("breaks IAM's tag rule ({p:?}): a key of 1 to 128 and a value of up to 256 letters, digits, spaces and _ . : / = + - @"),
            ));
        }
        if tags[..t].iter().any(|o| o.key == tag.key) {
            return Err(problem(
                format!("{at}[{t}].key"),
                "repeats an earlier tag key",
            ));
        }
    }
    Ok(())
}

/// Key IDs are unique across the lab, as AWS's are across AWS, and encode their
/// owner's account (what `aws sts get-access-key-info` decodes).
fn check_keys(
    keys: &AccessKeys,
    account: AccountId,
    at: &str,
    key_ids: &mut HashSet<String>,
) -> Checked {
    at_most(at, keys.len(), MAX_ACCESS_KEYS, "access keys")?;
    for (k, key) in keys.iter().enumerate() {
        let id = key.id.as_str();
        let Some(parsed) = AccessKeyId::parse(id) else {
            return Err(problem(format!("{at}[{k}].id"), "is not an access key ID"));
        };
        if parsed.account() != Some(account) {
            return Err(problem(
                format!("{at}[{k}].id"),
                "does not encode its owner's account ID",
            ));
        }
        if !key_ids.insert(id.to_string()) {
            return Err(problem(
                format!("{at}[{k}].id"),
                "repeats an earlier access key ID",
            ));
        }
    }
    Ok(())
}

fn check_mfa(mfa: &MfaDevices, at: &str) -> Checked {
    at_most(
        &format!("{at}.devices"),
        mfa.devices.len(),
        MAX_MFA_DEVICES,
        "MFA devices",
    )?;
    // With a sealed seed, the parameters its key is rebuilt with must be within the
    // bounds; without one, they are either unset or within them too.
    let unset = mfa.seal_salt.is_empty() || mfa.iterations == 0;
    let valid = seal_params_valid(&mfa.seal_salt, mfa.iterations);
    let salt_ok = mfa.seal_salt.is_empty() || mfa.seal_salt.len() == SEAL_SALT_BYTES;
    if !valid && (mfa.totp().next().is_some() || !unset || !salt_ok) {
        return Err(problem(
            format!("{at}.iterations"),
            "seal parameters must be a 16-byte salt and 100000 to 10000000 iterations",
        ));
    }
    for (d, device) in mfa.devices.iter().enumerate() {
        let here = format!("{at}.devices[{d}]");
        if !valid_device_name(&device.name) {
            return Err(problem(
                format!("{here}.name"),
                "must be 1 to 128 letters, digits and + = , . @ _ - only",
            ));
        }
        let earlier = &mfa.devices[..d];
        if earlier.iter().any(|e| e.name == device.name) {
            return Err(problem(
                format!("{here}.name"),
                "repeats an earlier device name",
            ));
        }
        if earlier.iter().any(|e| e.serial == device.serial) {
            return Err(problem(
                format!("{here}.serial"),
                "repeats an earlier serial",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "integrity_tests.rs"]
mod tests;
