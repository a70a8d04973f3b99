//! The whole lab as one value, and every operation the console (and later the
//! terminal) performs on it. Operations validate fully before they change
//! anything, so a refused one leaves the lab exactly as it was.

use super::account::Account;
use super::ids::AccountId;
use super::prefs::Prefs;
pub use super::principal::{Identity, Principal};
use super::time::Timestamp;
use super::training::{Task, TaskEvent, TrainingProgress};
use serde::{Deserialize, Serialize};

mod alias;
mod authz;
mod closing;
mod console_iam;
#[cfg(test)]
mod create_user_tests;
mod event_history;
mod expiry;
mod iam_events;
#[cfg(test)]
mod iam_tests;
mod integrity;
mod key_description;
mod keys;
#[cfg(test)]
mod keys_tests;
mod mfa;
mod prepared;
mod replace;
mod reports;
#[cfg(test)]
mod reports_tests;
mod root;
mod seen;
mod session;
mod trail;
#[cfg(test)]
mod trail_tests;
mod users;

pub use authz::{ConsoleAction, Denied, Refused};
pub use closing::{ClosedAccount, POST_CLOSURE_DAYS};
pub use console_iam::{console_may_delete_user, iam_user_label, sign_in_url};
pub use expiry::{IAM_USER_SESSION_LIMIT, ROOT_SESSION_LIMIT};
pub use integrity::IntegrityProblem;
pub use key_description::DescriptionError;
pub use keys::{KeyError, KeyRefusal};
pub use mfa::{
    HardwareTokenDisplay, MfaChallenge, MfaRemoveProblem, MfaSignInProblem, NewTotpDevice,
};
pub use prepared::{ImportedKey, KnownSeedDevice, PrepareProblem};
pub use replace::what_replacing_removes;
pub use reports::{ReportProblem, ReportState};
pub(crate) use root::change_password_problems;
pub use root::{ChangePasswordProblem, CloseAccountProblem, EmailChangeProblem};
pub use seen::Seen;
pub use session::{SignInError, SignInStep, SignUpForm, SignUpProblem, SignedIn};
pub use trail::{ApiCall, Origin, Request, CLOUDSHELL_IP, GLOBAL_REGION, LEARNER_IP};
pub use users::UserPasswordError;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lab {
    #[serde(default)]
    pub accounts: Vec<Account>,
    #[serde(default)]
    pub session: Option<Session>,
    /// The last session ended because it expired (not by a sign-out): every
    /// tab's sign-in page says so until someone signs in. Stored only when true,
    /// so labs without it keep their stored form.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub session_expired: bool,
    #[serde(default)]
    pub prefs: Prefs,
    /// Each account's guided-task progress. Stored with the lab so it survives
    /// reloads; a lab from before training (schema 1) gets it by migration.
    #[serde(default)]
    pub training: TrainingProgress,
    /// Accounts closed within AWS's 90-day post-closure period (`closing`).
    /// Stored only when there are some, so older labs keep their stored form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closed_accounts: Vec<ClosedAccount>,
    /// The request being served, which stamps the CloudTrail events operations
    /// record (`trail.rs`). Never stored; `None` between requests.
    #[serde(skip)]
    pub(crate) request: Option<Request>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Flattened: the stored form stays `{account, principal, started}`.
    #[serde(flatten)]
    pub identity: Identity,
    pub started: Timestamp,
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

    pub fn session_account(&self) -> Option<&Account> {
        self.session
            .as_ref()
            .and_then(|s| self.account(s.identity.account))
    }

    /// Records what happened on an account for its guided tasks. Only the lab's
    /// own operations call it, where the event happens; a view reports what it
    /// alone saw through [`Lab::record_seen`]. An account the lab does not have
    /// is ignored.
    pub(in crate::domain) fn record_task_event(&mut self, account: AccountId, event: TaskEvent) {
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

    /// The lab with its accounts' CloudTrail events forgotten: for tests of a
    /// refusal that AWS still records (a failed sign-in).
    pub fn without_trails(lab: &Lab) -> Lab {
        let mut copy = lab.clone();
        for a in &mut copy.accounts {
            a.trail = Default::default();
        }
        copy
    }

    /// Who a password step signed in; `None` when the MFA step follows.
    pub fn who<E>(step: Result<SignInStep, E>) -> Result<Option<Identity>, E> {
        step.map(|s| s.signed_in().cloned())
    }

    /// The same, signed in as its root user.
    pub fn signed_in_lab() -> (Lab, AccountId) {
        let (mut lab, id) = lab_with_account();
        lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, Timestamp(2))
            .unwrap();
        (lab, id)
    }

    /// A second account in the same browser (`other@example.com`).
    pub fn add_account(lab: &mut Lab) -> AccountId {
        lab.sign_up(
            &form("other@example.com"),
            &QuickKdf,
            &mut OsRandom,
            Timestamp(2),
        )
        .unwrap()
    }

    /// An IAM user without a console password, created by the root user, in
    /// Administrators or not; its identity.
    pub fn add_user(lab: &mut Lab, id: AccountId, name: &str, admin: bool) -> Identity {
        let form = crate::domain::iam::user::CreateUserForm {
            name: name.into(),
            console_password: None,
            add_to_administrators: admin,
            ..Default::default()
        };
        lab.create_user(
            &Identity::root(id),
            id,
            &form,
            &QuickKdf,
            &mut OsRandom,
            Timestamp(3),
        )
        .unwrap();
        Identity::user(id, name)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;

    #[test]
    fn accounts_are_found_by_id_in_any_typed_form_or_by_alias() {
        let (mut lab, id) = lab_with_account();
        lab.accounts[0].alias = Some("my-training".into());
        assert_eq!(lab.find_account(&id.to_string()).unwrap().id, id);
        assert_eq!(lab.find_account(&id.hyphenated()).unwrap().id, id);
        assert_eq!(lab.find_account("My-Training").unwrap().id, id);
        assert!(lab.find_account("other").is_none());
    }
}
