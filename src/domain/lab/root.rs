//! The root user's own settings: its password, its email (how an account changes
//! hands), the root-user warning, and closing the account.
use super::{mfa, Denied, Identity, Lab, Refused};
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
    pub fn set_hide_root_warning(&mut self, actor: &Identity, hide: bool) -> Result<(), Denied> {
        self.check_root_user(actor)?;
        if let Some(a) = self.account_mut(actor.account) {
            a.root.hide_root_warning = hide;
        }
        Ok(())
    }

    pub fn change_root_password(
        &mut self,
        actor: &Identity,
        current: &str,
        new: &str,
        confirm: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
    ) -> Result<(), Refused<Vec<ChangePasswordProblem>>> {
        let account = actor.account;
        self.check_root_user(actor).map_err(Refused::Denied)?;
        let Some(a) = self.account_mut(account) else {
            return Err(vec![ChangePasswordProblem::CurrentIncorrect].into());
        };
        let problems = change_password_problems(
            a.root.password.verify(current, kdf),
            password_problems(new, &a.root.email, &a.name),
            new,
            confirm,
        );
        if !problems.is_empty() {
            return Err(problems.into());
        }
        a.root.password = PasswordHash::new(new, kdf, rng);
        mfa::rewrap_seeds(&mut a.root.mfa, actor, current, new, kdf, rng);
        self.record_task_event(account, TaskEvent::RootPasswordChanged);
        self.record_sign_in_event(actor, "PasswordUpdated");
        Ok(())
    }

    /// Changing the root email is how an account changes hands.
    pub fn update_root_email(
        &mut self,
        actor: &Identity,
        new_email: &str,
        password: &str,
        kdf: &dyn Kdf,
    ) -> Result<(), Refused<EmailChangeProblem>> {
        let account = actor.account;
        self.check_root_user(actor).map_err(Refused::Denied)?;
        if !is_valid_email(new_email) {
            return Err(EmailChangeProblem::Invalid.into());
        }
        // A closed account's email stays its own through the post-closure period.
        let taken = self
            .accounts
            .iter()
            .any(|a| a.id != account && same_email(&a.root.email, new_email))
            || self
                .closed_accounts
                .iter()
                .any(|c| same_email(&c.account.root.email, new_email));
        if taken {
            return Err(EmailChangeProblem::Taken.into());
        }
        let a = self
            .account_mut(account)
            .ok_or(EmailChangeProblem::PasswordIncorrect)?;
        if !a.root.password.verify(password, kdf) {
            return Err(EmailChangeProblem::PasswordIncorrect.into());
        }
        a.root.email = new_email.trim().to_string();
        self.record_sign_in_event(actor, "EmailUpdated");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
    use crate::domain::lab::testing::*;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;

    fn change(
        lab: &mut Lab,
        actor: &Identity,
        current: &str,
        new: &str,
        confirm: &str,
    ) -> Result<(), Refused<Vec<ChangePasswordProblem>>> {
        lab.change_root_password(actor, current, new, confirm, &QuickKdf, &mut OsRandom)
    }

    #[test]
    fn change_password_checks_the_current_one_and_the_policy() {
        let (mut lab, id) = lab_with_account();
        let root = Identity::root(id);
        let before = lab.clone();
        assert_eq!(
            change(&mut lab, &root, "Wrong-Pass1", "New-Pass-22", "New-Pass-22"),
            Err(Refused::Problem(vec![
                ChangePasswordProblem::CurrentIncorrect
            ]))
        );
        assert_eq!(
            change(&mut lab, &root, PASSWORD, "newpass", "other"),
            Err(Refused::Problem(vec![
                ChangePasswordProblem::Password(PasswordProblem::Length),
                ChangePasswordProblem::Password(PasswordProblem::Variety),
                ChangePasswordProblem::ConfirmMismatch
            ]))
        );
        assert_eq!(lab, before);
        change(&mut lab, &root, PASSWORD, "New-Pass-22", "New-Pass-22").unwrap();
        let password = &lab.account(id).unwrap().root.password;
        assert!(password.verify("New-Pass-22", &QuickKdf));
        assert!(!password.verify(PASSWORD, &QuickKdf));
    }

    #[test]
    fn update_email_needs_the_password_and_a_free_address() {
        let (mut lab, id) = lab_with_account();
        let root = Identity::root(id);
        lab.sign_up(
            &form("other@example.com"),
            &QuickKdf,
            &mut OsRandom,
            Timestamp(2),
        )
        .unwrap();
        for (email, password, problem) in [
            ("bad", PASSWORD, EmailChangeProblem::Invalid),
            ("OTHER@example.com", PASSWORD, EmailChangeProblem::Taken),
            (
                "new@example.com",
                "Wrong-Pass1",
                EmailChangeProblem::PasswordIncorrect,
            ),
        ] {
            assert_eq!(
                lab.update_root_email(&root, email, password, &QuickKdf),
                Err(Refused::Problem(problem))
            );
        }
        assert_eq!(lab.account(id).unwrap().root.email, EMAIL);
        lab.update_root_email(&root, "new@example.com", PASSWORD, &QuickKdf)
            .unwrap();
        assert_eq!(lab.account(id).unwrap().root.email, "new@example.com");
        let step = lab.sign_in_root(
            "new@example.com",
            PASSWORD,
            &QuickKdf,
            &mut OsRandom,
            Timestamp(4),
        );
        assert_eq!(who(step), Ok(Some(root)));
    }

    #[test]
    fn the_root_warning_preference_is_per_account() {
        let (mut lab, a) = lab_with_account();
        let b = add_account(&mut lab);
        lab.set_hide_root_warning(&Identity::root(a), true).unwrap();
        assert!(lab.account(a).unwrap().root.hide_root_warning);
        assert!(!lab.account(b).unwrap().root.hide_root_warning);
    }

    #[test]
    fn only_the_accounts_own_root_user_changes_its_settings() {
        let (mut lab, id) = lab_with_account();
        add_user(&mut lab, id, "admin", false);
        lab.attach_user_policy(&Identity::root(id), id, "admin", ADMINISTRATOR_ACCESS)
            .unwrap();
        // Even AdministratorAccess does not reach the root user's own settings.
        let admin = Identity::user(id, "admin");
        // A principal the lab does not have (a closed account's root) has no say.
        let gone = Identity::root(crate::domain::ids::AccountId::new(1).unwrap());
        let before = lab.clone();
        for (actor, denied) in [
            (&admin, Denied::RootUserOnly),
            (&gone, Denied::NotAuthorized),
        ] {
            let refused = Err(Refused::Denied(denied));
            assert_eq!(
                change(&mut lab, actor, PASSWORD, "New-Pass-22", "New-Pass-22"),
                refused
            );
            assert_eq!(
                lab.update_root_email(actor, "new@example.com", PASSWORD, &QuickKdf),
                Err(Refused::Denied(denied))
            );
            assert_eq!(
                lab.close_account(actor, &id.to_string(), Timestamp(9)),
                Err(Refused::Denied(denied))
            );
            assert_eq!(lab.set_hide_root_warning(actor, true), Err(denied));
            assert_eq!(lab, before);
        }
    }
}
