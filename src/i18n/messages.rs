//! The console's words for each domain outcome.

use super::T;
use crate::domain::access_key::AccessKeyError;
use crate::domain::lab::{ChangePasswordProblem, EmailChangeProblem, SignUpProblem};
use crate::domain::policy::PasswordProblem;

impl From<PasswordProblem> for T {
    fn from(p: PasswordProblem) -> T {
        match p {
            PasswordProblem::Length => T::ProblemPasswordLength,
            PasswordProblem::Variety => T::ProblemPasswordVariety,
            PasswordProblem::SameAsEmailOrName => T::ProblemPasswordSame,
        }
    }
}

impl From<SignUpProblem> for T {
    fn from(p: SignUpProblem) -> T {
        match p {
            SignUpProblem::EmailInvalid => T::ProblemEmailInvalid,
            SignUpProblem::EmailTaken => T::ProblemEmailTaken,
            SignUpProblem::AccountNameLength => T::ProblemAccountName,
            SignUpProblem::Password(p) => p.into(),
            SignUpProblem::ConfirmMismatch => T::ProblemConfirm,
        }
    }
}

impl From<ChangePasswordProblem> for T {
    fn from(p: ChangePasswordProblem) -> T {
        match p {
            ChangePasswordProblem::CurrentIncorrect => T::CurrentPasswordIncorrect,
            ChangePasswordProblem::Password(p) => p.into(),
            ChangePasswordProblem::ConfirmMismatch => T::ProblemConfirm,
        }
    }
}

impl From<EmailChangeProblem> for T {
    fn from(p: EmailChangeProblem) -> T {
        match p {
            EmailChangeProblem::Invalid => T::ProblemEmailInvalid,
            EmailChangeProblem::Taken => T::EmailChangeTaken,
            EmailChangeProblem::PasswordIncorrect => T::PasswordIncorrect,
        }
    }
}

impl From<AccessKeyError> for T {
    fn from(e: AccessKeyError) -> T {
        match e {
            AccessKeyError::LimitExceeded => T::LimitExceededMessage,
            AccessKeyError::NoSuchEntity(_) => T::KeyNotFoundMessage,
        }
    }
}

/// Which sign-up field a problem belongs beside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignUpField {
    Email,
    AccountName,
    Password,
    Confirm,
}

pub fn sign_up_field(p: SignUpProblem) -> SignUpField {
    match p {
        SignUpProblem::EmailInvalid | SignUpProblem::EmailTaken => SignUpField::Email,
        SignUpProblem::AccountNameLength => SignUpField::AccountName,
        SignUpProblem::Password(_) => SignUpField::Password,
        SignUpProblem::ConfirmMismatch => SignUpField::Confirm,
    }
}

/// Same for the change-password form.
pub fn is_current_password_problem(p: ChangePasswordProblem) -> bool {
    p == ChangePasswordProblem::CurrentIncorrect
}
