//! IAM users and groups of one account, as the console and the CLI manage them.
//! Like every lab operation, each validates fully before it changes anything,
//! and first asks whether its actor may do it at all (`authz`).

use super::iam_events;
use super::integrity::{MAX_GROUPS_PER_ACCOUNT, MAX_GROUPS_PER_USER};
use super::trail::ApiCall;
use super::{ChangePasswordProblem, Identity, Lab, Principal, Refused};
use crate::domain::access_key::AccessKeys;
use crate::domain::account::Account;
use crate::domain::cloudtrail::EventSource;
use crate::domain::iam::error::IamError;
use crate::domain::iam::generated_password::generate_console_password;
use crate::domain::iam::group::{Group, ADMINISTRATORS};
use crate::domain::iam::managed_policy::known_policy;
use crate::domain::iam::managed_policy::IAM_USER_CHANGE_PASSWORD;
use crate::domain::iam::user::{
    console_password_problems, unique_id, user_name_problem, CreateUserForm, CreateUserProblem,
    CreatedUser, IamUser, UserNameProblem,
};
use crate::domain::ids::AccountId;
use crate::domain::password::{Kdf, PasswordHash};
use crate::domain::policy::PasswordProblem;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UserPasswordError {
    NoSuchUser(String),
    Password(Vec<PasswordProblem>),
}

fn account_mut(lab: &mut Lab, account: AccountId) -> Result<&mut Account, IamError> {
    lab.account_mut(account)
        .ok_or_else(|| IamError::NoSuchUser(String::new()))
}

fn user_mut<'a>(
    lab: &'a mut Lab,
    account: AccountId,
    name: &str,
) -> Result<&'a mut IamUser, IamError> {
    account_mut(lab, account)?
        .user_mut(name)
        .ok_or_else(|| IamError::NoSuchUser(name.to_string()))
}

/// A membership, within IAM's quota of groups per user (already a member: nothing to do).
fn join_group(u: &mut IamUser, group: String) -> Result<(), Refused<IamError>> {
    if u.groups.contains(&group) {
        return Ok(());
    }
    if u.groups.len() >= MAX_GROUPS_PER_USER {
        return Err(IamError::LimitExceeded("GroupsPerUser", MAX_GROUPS_PER_USER).into());
    }
    u.groups.push(group);
    Ok(())
}

impl Lab {
    /// `check_allowed` as an operation's refusal.
    fn allowed<E>(
        &self,
        actor: &Identity,
        account: AccountId,
        action: &str,
        user: Option<&str>,
    ) -> Result<(), Refused<E>> {
        self.check_allowed(actor, account, action, user)
            .map_err(Refused::Denied)
    }

    pub fn iam_user(&self, account: AccountId, name: &str) -> Option<&IamUser> {
        self.account(account)?.user(name)
    }

    /// The console's "Create user": the name, optional console access (a custom
    /// password, or one generated to meet the password policy), whether the user
    /// must create a new password at next sign-in (AWS then attaches
    /// `IAMUserChangePassword`, so the user may), and the Administrators group
    /// (created, with AdministratorAccess, on first use). Returns the stored name
    /// and any generated password, which is shown once.
    pub fn create_user(
        &mut self,
        actor: &Identity,
        account: AccountId,
        form: &CreateUserForm,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<CreatedUser, Refused<Vec<CreateUserProblem>>> {
        let name = form.name.trim();
        self.allowed(actor, account, "iam:CreateUser", Some(name))?;
        let Some(a) = self.account(account) else {
            return Err(vec![CreateUserProblem::UserName(UserNameProblem::Taken)].into());
        };
        let mut problems = Vec::new();
        if let Some(p) = user_name_problem(name) {
            problems.push(CreateUserProblem::UserName(p));
        } else if a.user(name).is_some() {
            problems.push(CreateUserProblem::UserName(UserNameProblem::Taken));
        }
        let generated = (form.autogenerate_password && form.console_password.is_none())
            .then(|| generate_console_password(rng, &a.root.email, &a.name));
        let console_password = form.console_password.clone().or(generated.clone());
        if let Some(pw) = &form.console_password {
            problems.extend(
                console_password_problems(pw, &a.root.email, &a.name)
                    .into_iter()
                    .map(CreateUserProblem::Password),
            );
        }
        if !problems.is_empty() {
            return Err(problems.into());
        }
        // Only a user with a console password can be asked to change it.
        let reset_required = form.password_reset_required && console_password.is_some();
        let user = IamUser {
            name: name.to_string(),
            user_id: unique_id("AIDA", account, rng),
            created: now,
            password: console_password
                .as_deref()
                .map(|pw| PasswordHash::new(pw, kdf, rng)),
            groups: Vec::new(),
            attached_policies: if reset_required {
                vec![IAM_USER_CHANGE_PASSWORD.to_string()]
            } else {
                Vec::new()
            },
            access_keys: AccessKeys::default(),
            mfa: Default::default(),
            tags: Vec::new(),
            password_last_used: None,
            password_last_changed: form.console_password.as_ref().map(|_| now),
            password_reset_required: reset_required,
        };
        let group_id = unique_id("AGPA", account, rng);
        let Some(a) = self.account_mut(account) else {
            return Err(vec![CreateUserProblem::UserName(UserNameProblem::Taken)].into());
        };
        let created = iam_events::create_user(account, &user);
        a.users.push(user);
        self.record_call(actor, created);
        if form.console_password.is_some() {
            self.record_call(actor, iam_events::login_profile("CreateLoginProfile", name));
        }
        if form.add_to_administrators {
            // A new user is in no group yet: joining cannot be refused.
            let _ = self.join_administrators(actor, account, name, group_id, now);
        }
        Ok(CreatedUser {
            name: name.to_string(),
            generated_password: generated,
        })
    }

    /// Whether this principal signed in with a password it must change before it
    /// may use the console ("Users must create a new password at next sign-in").
    pub fn password_change_required(&self, who: &Identity) -> bool {
        who.user_name()
            .and_then(|name| self.iam_user(who.account, name))
            .is_some_and(|u| u.password_reset_required && u.password.is_some())
    }

    pub fn create_group(
        &mut self,
        actor: &Identity,
        account: AccountId,
        name: &str,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), Refused<IamError>> {
        self.allowed(actor, account, "iam:CreateGroup", None)?;
        let a = account_mut(self, account)?;
        if a.group(name).is_some() {
            return Err(IamError::GroupExists(name.to_string()).into());
        }
        if a.groups.len() >= MAX_GROUPS_PER_ACCOUNT {
            let quota = IamError::LimitExceeded("GroupsPerAccount", MAX_GROUPS_PER_ACCOUNT);
            return Err(quota.into());
        }
        let group = Group {
            name: name.to_string(),
            group_id: unique_id("AGPA", account, rng),
            created: now,
            attached_policies: Vec::new(),
        };
        let call = iam_events::create_group(account, &group);
        a.groups.push(group);
        self.record_call(actor, call);
        Ok(())
    }

    /// The console deletes a user with everything it holds (keys, memberships,
    /// policies); a session of that user ends with it.
    pub fn delete_user(
        &mut self,
        actor: &Identity,
        account: AccountId,
        name: &str,
    ) -> Result<(), Refused<IamError>> {
        self.allowed(actor, account, "iam:DeleteUser", Some(name))?;
        let a = account_mut(self, account)?;
        let stored = a
            .user(name)
            .map(|u| u.name.clone())
            .ok_or_else(|| IamError::NoSuchUser(name.to_string()))?;
        a.users.retain(|u| u.name != stored);
        let signed_in = self.session.as_ref().is_some_and(|s| {
            s.identity.account == account
                && s.identity.principal
                    == Principal::IamUser {
                        name: stored.clone(),
                    }
        });
        if signed_in {
            self.session = None;
        }
        self.record_call(actor, iam_events::user_only("DeleteUser", &stored));
        Ok(())
    }

    /// An administrator sets (or, with `None`, removes) a user's console password.
    // The time is the credential report's `password_last_changed`.
    #[allow(clippy::too_many_arguments)]
    pub fn set_user_password(
        &mut self,
        actor: &Identity,
        account: AccountId,
        name: &str,
        password: Option<&str>,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), Refused<UserPasswordError>> {
        self.allowed(actor, account, "iam:UpdateLoginProfile", Some(name))?;
        let no_user = || UserPasswordError::NoSuchUser(name.to_string());
        let a = self.account(account).ok_or_else(no_user)?;
        a.user(name).ok_or_else(no_user)?;
        if let Some(pw) = password {
            let problems = console_password_problems(pw, &a.root.email, &a.name);
            if !problems.is_empty() {
                return Err(UserPasswordError::Password(problems).into());
            }
        }
        let hash = password.map(|pw| PasswordHash::new(pw, kdf, rng));
        let user = user_mut(self, account, name).map_err(|_| no_user())?;
        user.password_last_changed = hash.as_ref().map(|_| now);
        let event = match (&user.password, &hash) {
            (None, Some(_)) => "CreateLoginProfile",
            (Some(_), None) => "DeleteLoginProfile",
            _ => "UpdateLoginProfile",
        };
        let stored = user.name.clone();
        user.password = hash;
        // The user's TOTP seeds were sealed under the password the administrator
        // never knew, so nothing can open them again: those devices go, and the
        // user assigns them anew. Passkeys hold no secret and stay.
        user.mfa
            .devices
            .retain(|d| matches!(d.kind, crate::domain::mfa::MfaDeviceKind::Passkey { .. }));
        // A key derived from the old password (kept by the user's tab) must no
        // longer fit, or the next device would be sealed under a password gone.
        user.mfa.seal_salt = rng.bytes::<16>().to_vec();
        user.mfa.iterations = crate::domain::password::PBKDF2_ITERATIONS;
        self.record_call(actor, iam_events::login_profile(event, &stored));
        Ok(())
    }

    /// A user changes their own console password: current, new and confirmation.
    /// Only the user itself does this (the root user has its own page).
    #[allow(clippy::too_many_arguments)]
    pub fn change_user_password(
        &mut self,
        actor: &Identity,
        current: &str,
        new: &str,
        confirm: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), Refused<Vec<ChangePasswordProblem>>> {
        let (account, name) = match actor.user_name() {
            Some(name) => (actor.account, name),
            None => return Err(Refused::Denied(super::Denied::NotAuthorized)),
        };
        let Some(a) = self.account(account) else {
            return Err(vec![ChangePasswordProblem::CurrentIncorrect].into());
        };
        let current_ok = a
            .user(name)
            .and_then(|u| u.password.as_ref())
            .is_some_and(|h| h.verify(current, kdf));
        let problems = super::change_password_problems(
            current_ok,
            console_password_problems(new, &a.root.email, &a.name),
            new,
            confirm,
        );
        if !problems.is_empty() {
            return Err(problems.into());
        }
        if let Ok(u) = user_mut(self, account, name) {
            u.password = Some(PasswordHash::new(new, kdf, rng));
            u.password_last_changed = Some(now);
            u.password_reset_required = false;
            let stored = Identity::user(account, u.name.clone());
            super::mfa::rewrap_seeds(&mut u.mfa, &stored, current, new, kdf, rng);
        }
        // `iam:ChangePassword` records no parameters: both passwords are secret.
        self.record_call(actor, ApiCall::write(EventSource::Iam, "ChangePassword"));
        Ok(())
    }

    /// Adding a member twice changes nothing, as in IAM.
    pub fn add_user_to_group(
        &mut self,
        actor: &Identity,
        account: AccountId,
        user: &str,
        group: &str,
    ) -> Result<(), Refused<IamError>> {
        self.allowed(actor, account, "iam:AddUserToGroup", Some(user))?;
        let a = account_mut(self, account)?;
        let group = a
            .group(group)
            .map(|g| g.name.clone())
            .ok_or_else(|| IamError::NoSuchGroup(group.to_string()))?;
        let u = a
            .user_mut(user)
            .ok_or_else(|| IamError::NoSuchUser(user.to_string()))?;
        let stored = u.name.clone();
        join_group(u, group.clone())?;
        let call = iam_events::membership("AddUserToGroup", &stored, &group);
        self.record_call(actor, call);
        Ok(())
    }

    pub fn remove_user_from_group(
        &mut self,
        actor: &Identity,
        account: AccountId,
        user: &str,
        group: &str,
    ) -> Result<(), Refused<IamError>> {
        self.allowed(actor, account, "iam:RemoveUserFromGroup", Some(user))?;
        let a = account_mut(self, account)?;
        let group = a
            .group(group)
            .map(|g| g.name.clone())
            .ok_or_else(|| IamError::NoSuchGroup(group.to_string()))?;
        let u = a
            .user_mut(user)
            .ok_or_else(|| IamError::NoSuchUser(user.to_string()))?;
        u.groups.retain(|g| *g != group);
        let call = iam_events::membership("RemoveUserFromGroup", &u.name.clone(), &group);
        self.record_call(actor, call);
        Ok(())
    }

    /// The console's "Add to Administrators" on an existing user.
    pub fn add_user_to_administrators(
        &mut self,
        actor: &Identity,
        account: AccountId,
        user: &str,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), Refused<IamError>> {
        self.allowed(actor, account, "iam:AddUserToGroup", Some(user))?;
        let group_id = unique_id("AGPA", account, rng);
        let a = self
            .account_mut(account)
            .ok_or_else(|| IamError::NoSuchUser(user.to_string()))?;
        if a.user(user).is_none() {
            return Err(IamError::NoSuchUser(user.to_string()).into());
        }
        let full = |u: &IamUser| u.groups.len() >= MAX_GROUPS_PER_USER;
        if a.user(user)
            .is_some_and(|u| full(u) && !u.groups.iter().any(|g| g == ADMINISTRATORS))
        {
            let quota = IamError::LimitExceeded("GroupsPerUser", MAX_GROUPS_PER_USER);
            return Err(quota.into());
        }
        self.join_administrators(actor, account, user, group_id, now)
    }

    /// The console's Administrators group, created with AdministratorAccess on
    /// first use, and the user joined to it, each call recorded.
    fn join_administrators(
        &mut self,
        actor: &Identity,
        account: AccountId,
        user: &str,
        group_id: String,
        now: Timestamp,
    ) -> Result<(), Refused<IamError>> {
        let Some(a) = self.account_mut(account) else {
            return Ok(());
        };
        let existed = a.group(ADMINISTRATORS).is_some();
        let group = super::console_iam::ensure_administrators(a, group_id, now);
        if !existed {
            if let Some(g) = a.group(&group).cloned() {
                self.record_call(actor, iam_events::create_group(account, &g));
                self.record_call(actor, iam_events::attach_administrator_access(&group));
            }
        }
        let Some(u) = self.account_mut(account).and_then(|a| a.user_mut(user)) else {
            return Ok(());
        };
        let stored = u.name.clone();
        join_group(u, group.clone())?;
        let call = iam_events::membership("AddUserToGroup", &stored, &group);
        self.record_call(actor, call);
        Ok(())
    }

    /// Only the AWS managed policies the lab knows are attachable.
    pub fn attach_user_policy(
        &mut self,
        actor: &Identity,
        account: AccountId,
        user: &str,
        policy_arn: &str,
    ) -> Result<(), Refused<IamError>> {
        self.allowed(actor, account, "iam:AttachUserPolicy", Some(user))?;
        let u = user_mut(self, account, user)?;
        if known_policy(policy_arn).is_none() {
            return Err(IamError::PolicyNotAttachable(policy_arn.to_string()).into());
        }
        if !u.attached_policies.iter().any(|p| p == policy_arn) {
            u.attached_policies.push(policy_arn.to_string());
        }
        let call = iam_events::user_policy("AttachUserPolicy", &u.name.clone(), policy_arn);
        self.record_call(actor, call);
        Ok(())
    }

    pub fn detach_user_policy(
        &mut self,
        actor: &Identity,
        account: AccountId,
        user: &str,
        policy_arn: &str,
    ) -> Result<(), Refused<IamError>> {
        self.allowed(actor, account, "iam:DetachUserPolicy", Some(user))?;
        let u = user_mut(self, account, user)?;
        u.attached_policies.retain(|p| p != policy_arn);
        let call = iam_events::user_policy("DetachUserPolicy", &u.name.clone(), policy_arn);
        self.record_call(actor, call);
        Ok(())
    }
}
