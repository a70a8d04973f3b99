//! The root user's own settings: its password, its email (how an account changes
//! hands), the root-user warning, and closing the account.
use super::{mfa, Lab, Principal};
use crate::domain::ids::AccountId;
use crate::domain::password::{Kdf, PasswordHash};
use crate::domain::policy::{is_valid_email, password_problems, same_email, PasswordProblem};
use crate::domain::random::Random;
use crate::domain::training::TaskEvent;

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
        if self
            .session
            .as_ref()
            .is_some_and(|s| s.identity.account == account)
        {
            self.session = None;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lab::testing::*;
    use crate::domain::lab::SignInStep;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;

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
        let root = crate::domain::lab::Identity::root(id);
        lab.create_access_key(&root, &root, &mut OsRandom, Timestamp(4))
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
