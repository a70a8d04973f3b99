//! Closing an account as AWS does: the account is closed at once (its sessions
//! end, nobody reaches its console) but kept for the 90-day post-closure period,
//! in which its root user can sign in and reopen it and its email address cannot
//! be used for another account. After the period the lab forgets it.
//!
//! Source: AWS Account Management Reference Guide, "Close an AWS account"
//! (`manage-acct-closing.html`): "After you've closed it, you can reopen it within
//! 90 days from the day you closed the account", and "You can't use the same email
//! address that was registered to your AWS account at the time of its closure as
//! the primary email address for another AWS account".

use super::{CloseAccountProblem, Identity, Lab, Refused, SignInError, SignInStep};
use crate::domain::account::Account;
use crate::domain::ids::AccountId;
use crate::domain::password::Kdf;
use crate::domain::policy::same_email;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;
use crate::domain::training::Progress;
use serde::{Deserialize, Serialize};

/// AWS's post-closure period.
pub const POST_CLOSURE_DAYS: i64 = 90;
const POST_CLOSURE_MILLIS: i64 = POST_CLOSURE_DAYS * 86_400_000;

/// A closed account as the lab keeps it through the post-closure period: all of
/// it, with its guided-task progress, so reopening gives it back unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosedAccount {
    pub account: Account,
    pub closed: Timestamp,
    #[serde(default)]
    pub progress: Progress,
}

impl ClosedAccount {
    /// The first instant the account can no longer be reopened.
    pub fn post_closure_end(&self) -> Timestamp {
        Timestamp(self.closed.0.saturating_add(POST_CLOSURE_MILLIS))
    }

    pub fn reopenable_at(&self, now: Timestamp) -> bool {
        now < self.post_closure_end()
    }
}

impl Lab {
    /// Closes the actor's account (its root user only, the ID typed back): it
    /// leaves the open accounts, its session ends, and it is kept for the
    /// post-closure period.
    pub fn close_account(
        &mut self,
        actor: &Identity,
        typed_id: &str,
        now: Timestamp,
    ) -> Result<(), Refused<CloseAccountProblem>> {
        let account = actor.account;
        self.check_root_user(actor).map_err(Refused::Denied)?;
        if AccountId::parse(typed_id) != Some(account) {
            return Err(CloseAccountProblem::IdMismatch.into());
        }
        self.forget_ended_closures(now);
        let Some(at) = self.accounts.iter().position(|a| a.id == account) else {
            return Err(Refused::Denied(super::Denied::NotAuthorized));
        };
        let closed = self.accounts.remove(at);
        let progress = self.training.take(account).unwrap_or_default();
        // The lab's own bound on what it keeps: the oldest closure goes first.
        if self.closed_accounts.len() >= super::integrity::MAX_LAB_ACCOUNTS {
            self.closed_accounts.remove(0);
        }
        self.closed_accounts.push(ClosedAccount {
            account: closed,
            closed: now,
            progress,
        });
        if self
            .session
            .as_ref()
            .is_some_and(|s| s.identity.account == account)
        {
            self.session = None;
        }
        Ok(())
    }

    /// Drops the closed accounts whose post-closure period is over.
    pub(super) fn forget_ended_closures(&mut self, now: Timestamp) {
        self.closed_accounts.retain(|c| c.reopenable_at(now));
    }

    /// The closed account, still in its post-closure period, registered to this
    /// email address.
    pub fn closed_account_by_email(&self, email: &str, now: Timestamp) -> Option<&ClosedAccount> {
        self.closed_accounts
            .iter()
            .find(|c| c.reopenable_at(now) && same_email(&c.account.root.email, email))
    }

    /// Whether an ID is held by an open account or one in its post-closure period.
    pub(super) fn account_id_held(&self, id: AccountId) -> bool {
        self.account(id).is_some() || self.closed_accounts.iter().any(|c| c.account.id == id)
    }

    /// The root user of a closed account, within the post-closure period, reopens
    /// it with its password: the account comes back as it was closed (an alias
    /// another account took meanwhile stays with that one), then the sign-in goes
    /// on as any root sign-in does, MFA step included.
    pub fn reopen_account(
        &mut self,
        email: &str,
        password: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<SignInStep, SignInError> {
        self.forget_ended_closures(now);
        let at = self
            .closed_accounts
            .iter()
            .position(|c| same_email(&c.account.root.email, email))
            .ok_or(SignInError::Incorrect)?;
        if !self.closed_accounts[at]
            .account
            .root
            .password
            .verify(password, kdf)
        {
            return Err(SignInError::Incorrect);
        }
        let ClosedAccount {
            mut account,
            progress,
            ..
        } = self.closed_accounts.remove(at);
        let alias_taken = account.alias.as_deref().is_some_and(|alias| {
            self.accounts.iter().any(|a| {
                a.alias
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case(alias))
            })
        });
        if alias_taken {
            account.alias = None;
        }
        let id = account.id;
        self.accounts.push(account);
        self.training.restore(id, progress);
        self.sign_in_root(email, password, kdf, rng, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lab::testing::*;
    use crate::domain::lab::SignUpProblem;
    use crate::domain::random::OsRandom;

    const DAY: i64 = 86_400_000;

    fn closed_lab() -> (Lab, AccountId) {
        let (mut lab, id) = lab_with_account();
        let root = Identity::root(id);
        lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, Timestamp(3))
            .unwrap();
        lab.settle_training();
        lab.create_access_key(&root, &root, &mut OsRandom, Timestamp(4))
            .unwrap();
        lab.set_account_alias(&root, id, "closing-lab").unwrap();
        assert_eq!(
            lab.close_account(&root, "000000000000", Timestamp(5)),
            Err(Refused::Problem(CloseAccountProblem::IdMismatch))
        );
        assert!(lab.account(id).is_some());
        lab.close_account(&root, &id.hyphenated(), Timestamp(5))
            .unwrap();
        (lab, id)
    }

    #[test]
    fn a_closed_account_signs_out_and_is_gone_from_the_console_but_kept() {
        let (lab, id) = closed_lab();
        assert!(lab.account(id).is_none());
        assert_eq!(lab.session, None);
        assert!(lab.find_account("closing-lab").is_none());
        assert_eq!(lab.closed_accounts.len(), 1);
        assert_eq!(
            lab.closed_accounts[0].post_closure_end(),
            Timestamp(5 + 90 * DAY)
        );
        assert!(lab.check_integrity().is_ok());
        let stored: Lab = serde_json::from_str(&serde_json::to_string(&lab).unwrap()).unwrap();
        assert_eq!(stored, lab);
    }

    #[test]
    fn within_90_days_the_email_is_not_reusable_and_the_root_user_may_reopen() {
        let (mut lab, id) = closed_lab();
        let before = lab.clone();
        let day_89 = Timestamp(5 + 89 * DAY);
        assert_eq!(
            lab.sign_up(&form(EMAIL), &QuickKdf, &mut OsRandom, day_89),
            Err(vec![SignUpProblem::EmailOfClosedAccount])
        );
        assert_eq!(
            lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, day_89),
            Err(SignInError::AccountClosed)
        );
        // A wrong password says nothing about the account.
        assert_eq!(
            lab.sign_in_root(EMAIL, "Wrong-Pass1", &QuickKdf, &mut OsRandom, day_89),
            Err(SignInError::Incorrect)
        );
        assert_eq!(
            lab.reopen_account(EMAIL, "Wrong-Pass1", &QuickKdf, &mut OsRandom, day_89),
            Err(SignInError::Incorrect)
        );
        assert_eq!(lab, before);
        let step = lab.reopen_account(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, day_89);
        assert_eq!(who(step), Ok(Some(Identity::root(id))));
        let a = lab.account(id).unwrap();
        assert_eq!(a.root.access_keys.len(), 1);
        assert_eq!(a.alias.as_deref(), Some("closing-lab"));
        assert!(lab.closed_accounts.is_empty());
        assert!(lab.check_integrity().is_ok());
    }

    #[test]
    fn after_90_days_the_account_is_gone() {
        let (mut lab, _) = closed_lab();
        let day_90 = Timestamp(5 + 90 * DAY);
        assert_eq!(
            lab.reopen_account(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, day_90),
            Err(SignInError::Incorrect)
        );
        assert!(lab.closed_accounts.is_empty());
        assert_eq!(
            lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, day_90),
            Err(SignInError::Incorrect)
        );
        assert!(lab
            .sign_up(&form(EMAIL), &QuickKdf, &mut OsRandom, day_90)
            .is_ok());
    }

    #[test]
    fn a_reopened_account_gives_up_an_alias_taken_meanwhile_and_keeps_its_progress() {
        let (mut lab, id) = closed_lab();
        let other = add_account(&mut lab);
        lab.set_account_alias(&Identity::root(other), other, "closing-lab")
            .unwrap();
        lab.reopen_account(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, Timestamp(9))
            .unwrap();
        assert_eq!(lab.account(id).unwrap().alias, None);
        assert!(lab
            .training
            .of(id)
            .latched()
            .any(|t| t == crate::domain::training::Task::SignInAsRoot));
        assert!(lab.check_integrity().is_ok());
    }
}
