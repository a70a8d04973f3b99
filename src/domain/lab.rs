//! The whole lab as one value, and every operation the console (and later the
//! terminal) performs on it. Operations validate fully before they change
//! anything, so a refused one leaves the lab exactly as it was.

use super::access_key::{AccessKeyError, AccessKeyStatus, AccessKeys, NewAccessKey};
use super::account::{Account, RootUser};
use super::ids::AccountId;
use super::password::{Kdf, PasswordHash};
use super::policy::{
    is_valid_account_name, is_valid_email, password_problems, same_email, PasswordProblem,
};
use super::prefs::Prefs;
use super::random::Random;
use super::time::Timestamp;
use super::training::{Task, TaskEvent, TrainingProgress};
use serde::{Deserialize, Serialize};

mod access;
mod alias;
mod console_iam;
#[cfg(test)]
mod iam_tests;
mod mfa;
mod prepared;
mod users;

pub use access::{ConsoleAction, Denied};
pub use console_iam::{console_may_delete_user, iam_user_label, sign_in_url};
pub use mfa::{HardwareTokenDisplay, MfaChallenge, MfaRemoveProblem, MfaSignInProblem, SignInStep};
pub use prepared::{ImportedKey, KnownSeedDevice, PrepareProblem};
pub use users::UserPasswordError;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lab {
    #[serde(default)]
    pub accounts: Vec<Account>,
    #[serde(default)]
    pub session: Option<Session>,
    #[serde(default)]
    pub prefs: Prefs,
    /// Each account's guided-task progress. Stored with the lab so it survives
    /// reloads; a lab from before training (schema 1) gets it by migration.
    #[serde(default)]
    pub training: TrainingProgress,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub account: AccountId,
    pub principal: Principal,
    pub started: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Principal {
    Root,
    /// Named as stored (IAM keeps the case the user was created with).
    IamUser {
        name: String,
    },
}

#[derive(Clone, Debug, Default)]
pub struct SignUpForm {
    pub email: String,
    pub account_name: String,
    pub password: String,
    pub confirm: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignUpProblem {
    EmailInvalid,
    EmailTaken,
    AccountNameLength,
    Password(PasswordProblem),
    ConfirmMismatch,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInError {
    /// One message for a wrong email, user name or password: it never says which.
    Incorrect,
    RootEmailAsIamUserName,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangePasswordProblem {
    CurrentIncorrect,
    Password(PasswordProblem),
    ConfirmMismatch,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailChangeProblem {
    Invalid,
    Taken,
    PasswordIncorrect,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseAccountProblem {
    IdMismatch,
}

/// The Change password form's rules, for the root user and IAM users alike: each
/// broken one is named, so the form can show it beside its field.
pub(crate) fn change_password_problems(
    current_ok: bool,
    policy: Vec<PasswordProblem>,
    new: &str,
    confirm: &str,
) -> Vec<ChangePasswordProblem> {
    let mut problems = Vec::new();
    if !current_ok {
        problems.push(ChangePasswordProblem::CurrentIncorrect);
    }
    problems.extend(policy.into_iter().map(ChangePasswordProblem::Password));
    if new != confirm {
        problems.push(ChangePasswordProblem::ConfirmMismatch);
    }
    problems
}

impl Lab {
    pub fn account(&self, id: AccountId) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }

    pub(crate) fn account_mut(&mut self, id: AccountId) -> Option<&mut Account> {
        self.accounts.iter_mut().find(|a| a.id == id)
    }

    /// The account behind what a person typed on a sign-in page: an ID or an alias.
    pub fn find_account(&self, id_or_alias: &str) -> Option<&Account> {
        let typed = id_or_alias.trim();
        match AccountId::parse(typed) {
            Some(id) => self.account(id),
            None => self.accounts.iter().find(|a| {
                a.alias
                    .as_deref()
                    .is_some_and(|al| al.eq_ignore_ascii_case(typed))
            }),
        }
    }

    fn email_in_use(&self, email: &str) -> bool {
        self.accounts
            .iter()
            .any(|a| same_email(&a.root.email, email))
    }

    pub fn session_account(&self) -> Option<&Account> {
        self.session.as_ref().and_then(|s| self.account(s.account))
    }

    pub fn sign_up(
        &mut self,
        form: &SignUpForm,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<AccountId, Vec<SignUpProblem>> {
        let mut problems = Vec::new();
        if !is_valid_email(&form.email) {
            problems.push(SignUpProblem::EmailInvalid);
        } else if self.email_in_use(&form.email) {
            problems.push(SignUpProblem::EmailTaken);
        }
        if !is_valid_account_name(&form.account_name) {
            problems.push(SignUpProblem::AccountNameLength);
        }
        problems.extend(
            password_problems(&form.password, &form.email, &form.account_name)
                .into_iter()
                .map(SignUpProblem::Password),
        );
        if form.password != form.confirm {
            problems.push(SignUpProblem::ConfirmMismatch);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let id = loop {
            let id = AccountId::generate(rng);
            if self.account(id).is_none() {
                break id;
            }
        };
        self.accounts.push(Account {
            id,
            name: form.account_name.trim().to_string(),
            alias: None,
            created: now,
            root: RootUser {
                email: form.email.trim().to_string(),
                password: PasswordHash::new(&form.password, kdf, rng),
                access_keys: AccessKeys::default(),
                hide_root_warning: false,
                mfa: Default::default(),
            },
            users: Vec::new(),
            groups: Vec::new(),
        });
        Ok(id)
    }

    pub fn sign_in_root(
        &mut self,
        email: &str,
        password: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<SignInStep, SignInError> {
        let id = self
            .accounts
            .iter()
            .find(|a| same_email(&a.root.email, email))
            .filter(|a| a.root.password.verify(password, kdf))
            .ok_or(SignInError::Incorrect)?
            .id;
        Ok(self.after_password(id, Principal::Root, password, kdf, rng, now))
    }

    /// The one place a console session begins, once every sign-in step has passed:
    /// so also the one place the sign-in tasks are evidenced.
    fn start_session(&mut self, account: AccountId, principal: Principal, now: Timestamp) {
        let event = match principal {
            Principal::Root => TaskEvent::SignedInAsRoot,
            Principal::IamUser { .. } => TaskEvent::SignedInAsIamUser,
        };
        self.record_task_event(account, event);
        self.session = Some(Session {
            account,
            principal,
            started: now,
        });
    }

    /// The account-specific page: an account ID (hyphens or not) or alias, a user
    /// name matched regardless of case, and that user's console password. Only a
    /// root email typed as the user name gets its own message; every other failure
    /// is the one generic refusal.
    pub fn sign_in_iam_user(
        &mut self,
        id_or_alias: &str,
        user_name: &str,
        password: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<SignInStep, SignInError> {
        self.prefs.iam_sign_in_account = Some(id_or_alias.trim().to_string());
        let user_name = user_name.trim();
        let found = self
            .find_account(id_or_alias)
            .and_then(|a| a.user(user_name).map(|u| (a.id, u.name.clone())));
        let Some((account, name)) = found else {
            if self.email_in_use(user_name) {
                return Err(SignInError::RootEmailAsIamUserName);
            }
            return Err(SignInError::Incorrect);
        };
        let user = self
            .account_mut(account)
            .and_then(|a| a.user_mut(&name))
            .ok_or(SignInError::Incorrect)?;
        user.password
            .as_ref()
            .filter(|h| h.verify(password, kdf))
            .ok_or(SignInError::Incorrect)?;
        let principal = Principal::IamUser { name };
        Ok(self.after_password(account, principal, password, kdf, rng, now))
    }

    pub fn remember_iam_sign_in(&mut self, id_or_alias: &str) {
        self.prefs.iam_sign_in_account = Some(id_or_alias.trim().to_string());
    }

    pub fn forget_iam_sign_in(&mut self) {
        self.prefs.iam_sign_in_account = None;
    }

    pub fn sign_out(&mut self) {
        self.session = None;
    }

    pub fn set_hide_root_warning(&mut self, account: AccountId, hide: bool) {
        if let Some(a) = self.account_mut(account) {
            a.root.hide_root_warning = hide;
        }
    }

    pub fn change_root_password(
        &mut self,
        account: AccountId,
        current: &str,
        new: &str,
        confirm: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
    ) -> Result<(), Vec<ChangePasswordProblem>> {
        let Some(a) = self.account_mut(account) else {
            return Err(vec![ChangePasswordProblem::CurrentIncorrect]);
        };
        let problems = change_password_problems(
            a.root.password.verify(current, kdf),
            password_problems(new, &a.root.email, &a.name),
            new,
            confirm,
        );
        if !problems.is_empty() {
            return Err(problems);
        }
        a.root.password = PasswordHash::new(new, kdf, rng);
        mfa::rewrap_seeds(
            &mut a.root.mfa,
            account,
            &Principal::Root,
            current,
            new,
            kdf,
            rng,
        );
        self.record_task_event(account, TaskEvent::RootPasswordChanged);
        Ok(())
    }

    /// Changing the root email is how an account changes hands.
    pub fn update_root_email(
        &mut self,
        account: AccountId,
        new_email: &str,
        password: &str,
        kdf: &dyn Kdf,
    ) -> Result<(), EmailChangeProblem> {
        if !is_valid_email(new_email) {
            return Err(EmailChangeProblem::Invalid);
        }
        let taken = self
            .accounts
            .iter()
            .any(|a| a.id != account && same_email(&a.root.email, new_email));
        if taken {
            return Err(EmailChangeProblem::Taken);
        }
        let a = self
            .account_mut(account)
            .ok_or(EmailChangeProblem::PasswordIncorrect)?;
        if !a.root.password.verify(password, kdf) {
            return Err(EmailChangeProblem::PasswordIncorrect);
        }
        a.root.email = new_email.trim().to_string();
        Ok(())
    }

    /// Closing removes the account with its keys and frees its email; it signs out.
    pub fn close_account(
        &mut self,
        account: AccountId,
        typed_id: &str,
    ) -> Result<(), CloseAccountProblem> {
        if AccountId::parse(typed_id) != Some(account) {
            return Err(CloseAccountProblem::IdMismatch);
        }
        self.accounts.retain(|a| a.id != account);
        if self.session.as_ref().is_some_and(|s| s.account == account) {
            self.session = None;
        }
        Ok(())
    }

    fn root_keys_mut(&mut self, account: AccountId) -> Result<&mut AccessKeys, AccessKeyError> {
        self.account_mut(account)
            .map(|a| &mut a.root.access_keys)
            .ok_or(AccessKeyError::NoSuchEntity(account.to_string()))
    }

    pub fn create_root_access_key(
        &mut self,
        account: AccountId,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<NewAccessKey, AccessKeyError> {
        self.root_keys_mut(account)?.create(account, rng, now)
    }

    pub fn set_root_access_key_status(
        &mut self,
        account: AccountId,
        key_id: &str,
        status: AccessKeyStatus,
    ) -> Result<(), AccessKeyError> {
        self.root_keys_mut(account)?.set_status(key_id, status)
    }

    /// The console's dialog and the CLI's `delete-access-key` both end here, so
    /// the deletion reaches the training progress whichever was used.
    pub fn delete_root_access_key(
        &mut self,
        account: AccountId,
        key_id: &str,
    ) -> Result<(), AccessKeyError> {
        let deleted = self.root_keys_mut(account)?.delete(key_id)?;
        self.record_task_event(account, TaskEvent::KeyDeleted { key_id: deleted.id });
        Ok(())
    }

    /// Records what happened on an account for its guided tasks. The lab records
    /// its own operations' events; the UI calls this only for what happens in a
    /// view alone: the root-user warning's "Continue to Security credentials"
    /// ([`TaskEvent::OpenedSecurityCredentialsThroughWarning`]) and "Show" or
    /// "Download .csv file" in the create-key dialog ([`TaskEvent::SecretSaved`]).
    /// An account the lab does not have is ignored.
    pub fn record_task_event(&mut self, account: AccountId, event: TaskEvent) {
        if self.account(account).is_some() {
            self.training.record(account, event);
        }
    }

    /// Latches every task the accounts' state and recorded events now show, drops
    /// closed accounts' progress, and returns the newly done tasks (for a "task
    /// complete" notice). The app calls it after every operation.
    pub fn settle_training(&mut self) -> Vec<(AccountId, Task)> {
        self.training.settle(&self.accounts)
    }
}

/// Test fixtures shared by the domain's and the store's tests.
#[cfg(test)]
pub mod testing {
    use super::*;
    pub use crate::domain::password::testing::QuickKdf;
    use crate::domain::random::OsRandom;

    pub const EMAIL: &str = "learner@example.com";
    pub const PASSWORD: &str = "Secret-Pass1";

    pub fn form(email: &str) -> SignUpForm {
        SignUpForm {
            email: email.into(),
            account_name: "Training".into(),
            password: PASSWORD.into(),
            confirm: PASSWORD.into(),
        }
    }

    /// A lab with one account (EMAIL / PASSWORD), not signed in.
    pub fn lab_with_account() -> (Lab, AccountId) {
        let mut lab = Lab::default();
        let id = lab
            .sign_up(&form(EMAIL), &QuickKdf, &mut OsRandom, Timestamp(1))
            .unwrap();
        (lab, id)
    }

    /// The same, signed in as its root user.
    pub fn signed_in_lab() -> (Lab, AccountId) {
        let (mut lab, id) = lab_with_account();
        lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, Timestamp(2))
            .unwrap();
        (lab, id)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use crate::domain::random::OsRandom;

    #[test]
    fn sign_up_creates_an_account_with_a_hashed_password() {
        let (lab, id) = lab_with_account();
        let a = lab.account(id).unwrap();
        assert_eq!(a.name, "Training");
        assert_eq!(a.root.email, EMAIL);
        assert!(a.root.password.verify(PASSWORD, &QuickKdf));
        assert!(!serde_json::to_string(&lab).unwrap().contains(PASSWORD));
    }

    #[test]
    fn sign_up_names_every_broken_rule_and_creates_nothing() {
        let (mut lab, _) = lab_with_account();
        let before = lab.clone();
        let cases = [
            (form("LEARNER@example.com"), vec![SignUpProblem::EmailTaken]),
            (form("not-an-email"), vec![SignUpProblem::EmailInvalid]),
            (
                SignUpForm {
                    account_name: "".into(),
                    ..form("b@example.com")
                },
                vec![SignUpProblem::AccountNameLength],
            ),
            (
                SignUpForm {
                    password: "short".into(),
                    confirm: "short".into(),
                    ..form("b@example.com")
                },
                vec![
                    SignUpProblem::Password(PasswordProblem::Length),
                    SignUpProblem::Password(PasswordProblem::Variety),
                ],
            ),
            (
                SignUpForm {
                    confirm: "Secret-Pass2".into(),
                    ..form("b@example.com")
                },
                vec![SignUpProblem::ConfirmMismatch],
            ),
            (
                SignUpForm {
                    password: "B@example.com".into(),
                    confirm: "B@example.com".into(),
                    ..form("b@example.com")
                },
                vec![SignUpProblem::Password(PasswordProblem::SameAsEmailOrName)],
            ),
        ];
        for (f, expected) in cases {
            assert_eq!(
                lab.sign_up(&f, &QuickKdf, &mut OsRandom, Timestamp(2)),
                Err(expected),
                "{f:?}"
            );
            assert_eq!(lab, before);
        }
    }

    #[test]
    fn several_accounts_live_in_one_browser() {
        let (mut lab, a) = lab_with_account();
        let b = lab
            .sign_up(
                &form("other@example.com"),
                &QuickKdf,
                &mut OsRandom,
                Timestamp(2),
            )
            .unwrap();
        assert_ne!(a, b);
        assert_eq!(lab.accounts.len(), 2);
    }

    #[test]
    fn root_sign_in_never_says_which_part_was_wrong() {
        let (mut lab, id) = lab_with_account();
        for (email, pw) in [
            (EMAIL, "Wrong-Pass1"),
            ("nobody@example.com", PASSWORD),
            ("", ""),
        ] {
            assert_eq!(
                lab.sign_in_root(email, pw, &QuickKdf, &mut OsRandom, Timestamp(3)),
                Err(SignInError::Incorrect)
            );
            assert_eq!(lab.session, None);
        }
        assert_eq!(
            lab.sign_in_root(
                " Learner@Example.com",
                PASSWORD,
                &QuickKdf,
                &mut OsRandom,
                Timestamp(3)
            ),
            Ok(SignInStep::SignedIn(id))
        );
        assert_eq!(lab.session.as_ref().unwrap().principal, Principal::Root);
        lab.sign_out();
        assert_eq!(lab.session, None);
    }

    #[test]
    fn an_old_cost_is_upgraded_on_sign_in() {
        let (mut lab, id) = lab_with_account();
        lab.accounts[0].root.password =
            PasswordHash::with_iterations(PASSWORD, b"salt", 10, &QuickKdf);
        lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, Timestamp(3))
            .unwrap();
        let a = lab.account(id).unwrap();
        assert!(!a.root.password.needs_rehash());
        assert!(a.root.password.verify(PASSWORD, &QuickKdf));
    }

    #[test]
    fn the_iam_page_refuses_root_emails_with_their_own_message_and_remembers_itself() {
        let (mut lab, id) = lab_with_account();
        assert_eq!(
            lab.sign_in_iam_user(
                &id.to_string(),
                "LEARNER@example.com",
                PASSWORD,
                &QuickKdf,
                &mut OsRandom,
                Timestamp(3)
            ),
            Err(SignInError::RootEmailAsIamUserName)
        );
        assert_eq!(
            lab.sign_in_iam_user(
                &id.hyphenated(),
                "admin",
                PASSWORD,
                &QuickKdf,
                &mut OsRandom,
                Timestamp(3)
            ),
            Err(SignInError::Incorrect)
        );
        assert_eq!(lab.prefs.iam_sign_in_account, Some(id.hyphenated()));
        assert_eq!(lab.session, None);
        lab.forget_iam_sign_in();
        assert_eq!(lab.prefs.iam_sign_in_account, None);
    }

    #[test]
    fn accounts_are_found_by_id_in_any_typed_form_or_by_alias() {
        let (mut lab, id) = lab_with_account();
        lab.accounts[0].alias = Some("my-training".into());
        assert_eq!(lab.find_account(&id.to_string()).unwrap().id, id);
        assert_eq!(lab.find_account(&id.hyphenated()).unwrap().id, id);
        assert_eq!(lab.find_account("My-Training").unwrap().id, id);
        assert!(lab.find_account("other").is_none());
    }

    #[test]
    fn change_password_checks_the_current_one_and_the_policy() {
        let (mut lab, id) = lab_with_account();
        let before = lab.clone();
        assert_eq!(
            lab.change_root_password(
                id,
                "Wrong-Pass1",
                "New-Pass-22",
                "New-Pass-22",
                &QuickKdf,
                &mut OsRandom
            ),
            Err(vec![ChangePasswordProblem::CurrentIncorrect])
        );
        assert_eq!(
            lab.change_root_password(id, PASSWORD, "newpass", "other", &QuickKdf, &mut OsRandom),
            Err(vec![
                ChangePasswordProblem::Password(PasswordProblem::Length),
                ChangePasswordProblem::Password(PasswordProblem::Variety),
                ChangePasswordProblem::ConfirmMismatch
            ])
        );
        assert_eq!(lab, before);
        lab.change_root_password(
            id,
            PASSWORD,
            "New-Pass-22",
            "New-Pass-22",
            &QuickKdf,
            &mut OsRandom,
        )
        .unwrap();
        assert!(lab
            .account(id)
            .unwrap()
            .root
            .password
            .verify("New-Pass-22", &QuickKdf));
        assert!(!lab
            .account(id)
            .unwrap()
            .root
            .password
            .verify(PASSWORD, &QuickKdf));
    }

    #[test]
    fn update_email_needs_the_password_and_a_free_address() {
        let (mut lab, id) = lab_with_account();
        lab.sign_up(
            &form("other@example.com"),
            &QuickKdf,
            &mut OsRandom,
            Timestamp(2),
        )
        .unwrap();
        assert_eq!(
            lab.update_root_email(id, "bad", PASSWORD, &QuickKdf),
            Err(EmailChangeProblem::Invalid)
        );
        assert_eq!(
            lab.update_root_email(id, "OTHER@example.com", PASSWORD, &QuickKdf),
            Err(EmailChangeProblem::Taken)
        );
        assert_eq!(
            lab.update_root_email(id, "new@example.com", "Wrong-Pass1", &QuickKdf),
            Err(EmailChangeProblem::PasswordIncorrect)
        );
        assert_eq!(lab.account(id).unwrap().root.email, EMAIL);
        lab.update_root_email(id, "new@example.com", PASSWORD, &QuickKdf)
            .unwrap();
        assert_eq!(lab.account(id).unwrap().root.email, "new@example.com");
        assert_eq!(
            lab.sign_in_root(
                "new@example.com",
                PASSWORD,
                &QuickKdf,
                &mut OsRandom,
                Timestamp(4)
            ),
            Ok(SignInStep::SignedIn(id))
        );
    }

    #[test]
    fn closing_an_account_removes_it_signs_out_and_frees_the_email() {
        let (mut lab, id) = lab_with_account();
        lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, Timestamp(3))
            .unwrap();
        lab.create_root_access_key(id, &mut OsRandom, Timestamp(4))
            .unwrap();
        assert_eq!(
            lab.close_account(id, "000000000000"),
            Err(CloseAccountProblem::IdMismatch)
        );
        assert!(lab.account(id).is_some());
        lab.close_account(id, &id.hyphenated()).unwrap();
        assert!(lab.account(id).is_none());
        assert_eq!(lab.session, None);
        assert!(lab
            .sign_up(&form(EMAIL), &QuickKdf, &mut OsRandom, Timestamp(5))
            .is_ok());
    }

    #[test]
    fn root_access_keys_follow_the_two_key_rule() {
        let (mut lab, id) = lab_with_account();
        let k1 = lab
            .create_root_access_key(id, &mut OsRandom, Timestamp(1))
            .unwrap();
        lab.create_root_access_key(id, &mut OsRandom, Timestamp(2))
            .unwrap();
        lab.set_root_access_key_status(id, k1.id.as_str(), AccessKeyStatus::Inactive)
            .unwrap();
        assert_eq!(
            lab.create_root_access_key(id, &mut OsRandom, Timestamp(3)),
            Err(AccessKeyError::LimitExceeded)
        );
        lab.delete_root_access_key(id, k1.id.as_str()).unwrap();
        assert!(lab
            .create_root_access_key(id, &mut OsRandom, Timestamp(3))
            .is_ok());
    }

    #[test]
    fn the_root_warning_preference_is_per_account() {
        let (mut lab, a) = lab_with_account();
        let b = lab
            .sign_up(
                &form("other@example.com"),
                &QuickKdf,
                &mut OsRandom,
                Timestamp(2),
            )
            .unwrap();
        lab.set_hide_root_warning(a, true);
        assert!(lab.account(a).unwrap().root.hide_root_warning);
        assert!(!lab.account(b).unwrap().root.hide_root_warning);
    }
}
