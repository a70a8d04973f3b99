//! Signing up, signing in (root email and password, or the account-specific IAM
//! user page) and signing out: the one place a console session begins and ends.
//!
//! A sign-in checks the password once and derives the seal key once; the step it
//! returns carries that key, so a page only shows the outcome and hands the key
//! to the tab's memory.
use super::mfa::MfaChallenge;
use super::{Identity, Lab, Principal, Request, Session};
use crate::domain::access_key::AccessKeys;
use crate::domain::account::{Account, RootUser};
use crate::domain::iam::alias::alias_problem;
use crate::domain::ids::AccountId;
use crate::domain::mfa::SealKey;
use crate::domain::password::{Kdf, PasswordHash};
use crate::domain::policy::{
    is_valid_account_name, is_valid_email, password_problems, same_email, PasswordProblem,
};
use crate::domain::random::Random;
use crate::domain::time::Timestamp;
use crate::domain::training::TaskEvent;

/// A session has started. The seal key is for the tab's memory only (it seals
/// the MFA seeds of devices assigned later): storage never sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedIn {
    pub identity: Identity,
    pub seal_key: SealKey,
}

/// What a correct password leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignInStep {
    SignedIn(SignedIn),
    MfaRequired(MfaChallenge),
}

impl SignInStep {
    /// Who signed in, if no MFA step remains.
    pub fn signed_in(&self) -> Option<&Identity> {
        match self {
            SignInStep::SignedIn(s) => Some(&s.identity),
            SignInStep::MfaRequired(_) => None,
        }
    }
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
    /// The lab's own cap on accounts in one browser (`MAX_LAB_ACCOUNTS`), not AWS's.
    LabFull,
    EmailInvalid,
    EmailTaken,
    /// The email of an account in its post-closure period (AWS: not usable as
    /// another account's email).
    EmailOfClosedAccount,
    AccountNameLength,
    Password(PasswordProblem),
    ConfirmMismatch,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInError {
    /// One message for a wrong email, user name or password: it never says which.
    Incorrect,
    RootEmailAsIamUserName,
    /// The right root password of an account in its post-closure period: the
    /// sign-in page offers to reopen it.
    AccountClosed,
}

impl Lab {
    pub(super) fn email_in_use(&self, email: &str) -> bool {
        self.accounts
            .iter()
            .any(|a| same_email(&a.root.email, email))
    }

    pub fn sign_up(
        &mut self,
        form: &SignUpForm,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<AccountId, Vec<SignUpProblem>> {
        self.forget_ended_closures(now);
        let problems = self.sign_up_problems(form, now);
        if !problems.is_empty() {
            return Err(problems);
        }
        let id = loop {
            let id = AccountId::generate(rng);
            if !self.account_id_held(id) {
                break id;
            }
        };
        self.open_account(id, form, kdf, rng, now);
        Ok(id)
    }

    /// Every rule of the sign-up form the form breaks, in the page's order.
    pub(super) fn sign_up_problems(&self, form: &SignUpForm, now: Timestamp) -> Vec<SignUpProblem> {
        let mut problems = Vec::new();
        if self.accounts.len() >= super::integrity::MAX_LAB_ACCOUNTS {
            problems.push(SignUpProblem::LabFull);
        }
        if !is_valid_email(&form.email) {
            problems.push(SignUpProblem::EmailInvalid);
        } else if self.email_in_use(&form.email) {
            problems.push(SignUpProblem::EmailTaken);
        } else if self.closed_account_by_email(&form.email, now).is_some() {
            problems.push(SignUpProblem::EmailOfClosedAccount);
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
        problems
    }

    /// The account a checked sign-up form describes, under a free ID.
    pub(super) fn open_account(
        &mut self,
        id: AccountId,
        form: &SignUpForm,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        created: Timestamp,
    ) {
        self.accounts.push(Account {
            id,
            name: form.account_name.trim().to_string(),
            alias: None,
            created,
            root: RootUser {
                email: form.email.trim().to_string(),
                password: PasswordHash::new(&form.password, kdf, rng),
                access_keys: AccessKeys::default(),
                hide_root_warning: false,
                mfa: Default::default(),
                password_last_used: None,
            },
            users: Vec::new(),
            groups: Vec::new(),
            credential_report: None,
            trail: Default::default(),
        });
    }

    pub fn sign_in_root(
        &mut self,
        email: &str,
        password: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<SignInStep, SignInError> {
        self.forget_ended_closures(now);
        let open = self
            .accounts
            .iter()
            .find(|a| same_email(&a.root.email, email));
        let Some(id) = open.map(|a| a.id) else {
            // AWS lets a closed account's root user sign in during the
            // post-closure period; here that sign-in offers to reopen it.
            let closed = self.closed_account_by_email(email, now);
            return match closed {
                Some(c) if c.account.root.password.verify(password, kdf) => {
                    Err(SignInError::AccountClosed)
                }
                _ => Err(SignInError::Incorrect),
            };
        };
        self.sign_in_with_password(Identity::root(id), password, kdf, rng, now)
    }

    /// The password step for the root user and IAM users alike: the one check of
    /// the password, an old hash upgraded, the one derivation of the seal key;
    /// then either a session starts or, with any MFA device assigned, the MFA
    /// step begins.
    fn sign_in_with_password(
        &mut self,
        identity: Identity,
        password: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<SignInStep, SignInError> {
        let step = self.check_password(identity.clone(), password, kdf, rng, now);
        if step.is_err() {
            // AWS records a refused password as a failed ConsoleLogin.
            let at = Request::console(now);
            self.serve(at, |lab| {
                lab.record_console_login(&identity, false, Some("Failed authentication"))
            });
        }
        step
    }

    fn check_password(
        &mut self,
        identity: Identity,
        password: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<SignInStep, SignInError> {
        let seal_key = {
            let found = self.credentials(&identity).ok_or(SignInError::Incorrect)?;
            let hash = found.password.ok_or(SignInError::Incorrect)?;
            if !hash.verify(password, kdf) {
                return Err(SignInError::Incorrect);
            }
            super::mfa::key_from_password(found.mfa, password, kdf, rng)
        };
        if let Some(hash) = self.credentials_mut(&identity).and_then(|c| c.password) {
            if hash.needs_rehash() {
                *hash = PasswordHash::new(password, kdf, rng);
            }
        }
        if let Some(challenge) = MfaChallenge::begin(self, &identity, &seal_key, rng) {
            return Ok(SignInStep::MfaRequired(challenge));
        }
        self.start_session(identity.clone(), now, false);
        Ok(SignInStep::SignedIn(SignedIn { identity, seal_key }))
    }

    /// The one place a console session begins, once every sign-in step has passed:
    /// so also the one place the sign-in tasks are evidenced.
    /// `with_mfa`: the MFA step was answered on the way.
    pub(super) fn start_session(&mut self, identity: Identity, now: Timestamp, with_mfa: bool) {
        self.serve(Request::console(now), |lab| {
            lab.record_console_login(&identity, with_mfa, None)
        });
        let event = match identity.principal {
            Principal::Root => TaskEvent::SignedInAsRoot,
            Principal::IamUser { .. } => TaskEvent::SignedInAsIamUser,
        };
        self.record_task_event(identity.account, event);
        self.record_password_used(&identity, now);
        if with_mfa && identity.is_root() {
            self.record_task_event(identity.account, TaskEvent::SignedInAsRootWithMfa);
        }
        self.session_expired = false;
        self.session = Some(Session {
            identity,
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
        self.remember_iam_sign_in(id_or_alias);
        let user_name = user_name.trim();
        let found = self
            .find_account(id_or_alias)
            .and_then(|a| a.user(user_name).map(|u| (a.id, u.name.clone())));
        let Some((account, name)) = found else {
            if self.email_in_use(user_name) {
                return Err(SignInError::RootEmailAsIamUserName);
            }
            if let Some(account) = self.find_account(id_or_alias).map(|a| a.id) {
                // AWS hides a user name the account does not have.
                let who = Identity::user(account, "HIDDEN_DUE_TO_SECURITY_REASONS");
                self.serve(Request::console(now), |lab| {
                    let message = "No username found in supplied account";
                    lab.record_console_login(&who, false, Some(message))
                });
            }
            return Err(SignInError::Incorrect);
        };
        self.sign_in_with_password(Identity::user(account, name), password, kdf, rng, now)
    }

    /// Remembers the account-specific page for this browser, as the console's
    /// cookie does; only what could name an account (an ID or a well-formed
    /// alias), so nothing typed can grow the stored lab past its caps.
    pub fn remember_iam_sign_in(&mut self, id_or_alias: &str) {
        let typed = id_or_alias.trim();
        let names_an_account = AccountId::parse(typed).is_some()
            || alias_problem(&typed.to_ascii_lowercase()).is_none();
        if names_an_account {
            self.prefs.iam_sign_in_account = Some(typed.to_string());
        }
    }

    pub fn forget_iam_sign_in(&mut self) {
        self.prefs.iam_sign_in_account = None;
    }

    pub fn sign_out(&mut self) {
        self.session = None;
        self.session_expired = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lab::testing::*;
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
        let b = add_account(&mut lab);
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
            who(lab.sign_in_root(
                " Learner@Example.com",
                PASSWORD,
                &QuickKdf,
                &mut OsRandom,
                Timestamp(3)
            )),
            Ok(Some(Identity::root(id)))
        );
        assert_eq!(
            lab.session.as_ref().unwrap().identity.principal,
            Principal::Root
        );
        lab.sign_out();
        assert_eq!(lab.session, None);
    }

    #[test]
    fn an_old_cost_is_upgraded_on_sign_in() {
        use crate::domain::password::testing::{assert_upgraded, old_hash, CountingKdf};
        let (mut lab, id) = lab_with_account();
        lab.accounts[0].root.password = old_hash(PASSWORD);
        let kdf = CountingKdf::default();
        lab.sign_in_root(EMAIL, PASSWORD, &kdf, &mut OsRandom, Timestamp(3))
            .unwrap();
        assert_upgraded(&lab.account(id).unwrap().root.password, PASSWORD, &kdf);
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
    fn only_what_could_name_an_account_is_remembered() {
        let (mut lab, id) = lab_with_account();
        lab.remember_iam_sign_in(&id.hyphenated());
        assert_eq!(lab.prefs.iam_sign_in_account, Some(id.hyphenated()));
        lab.remember_iam_sign_in(" My-Lab ");
        assert_eq!(lab.prefs.iam_sign_in_account, Some("My-Lab".into()));
        for junk in ["x".repeat(1100), "<b>".into(), "".into()] {
            lab.remember_iam_sign_in(&junk);
            let _ = lab.sign_in_iam_user(
                &junk,
                "bob",
                PASSWORD,
                &QuickKdf,
                &mut OsRandom,
                Timestamp(3),
            );
            assert_eq!(
                lab.prefs.iam_sign_in_account,
                Some("My-Lab".into()),
                "{junk}"
            );
        }
    }

    #[test]
    fn a_full_lab_takes_no_more_accounts() {
        let (mut lab, _) = lab_with_account();
        let template = lab.accounts[0].clone();
        while lab.accounts.len() < crate::domain::lab::integrity::MAX_LAB_ACCOUNTS {
            let mut a = template.clone();
            a.id = AccountId::parse(&format!("{:012}", 100_000 + lab.accounts.len())).unwrap();
            a.root.email = format!("a{}@example.com", lab.accounts.len());
            lab.accounts.push(a);
        }
        let before = lab.clone();
        let refused = lab.sign_up(
            &form("new@example.com"),
            &QuickKdf,
            &mut OsRandom,
            Timestamp(9),
        );
        assert_eq!(refused, Err(vec![SignUpProblem::LabFull]));
        assert_eq!(lab, before);
    }
}
