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
            SignUpProblem::EmailOfClosedAccount => T::ProblemEmailOfClosedAccount,
            SignUpProblem::LabFull => T::ProblemLabFull,
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
        SignUpProblem::EmailInvalid
        | SignUpProblem::EmailTaken
        | SignUpProblem::EmailOfClosedAccount
        | SignUpProblem::LabFull => SignUpField::Email,
        SignUpProblem::AccountNameLength => SignUpField::AccountName,
        SignUpProblem::Password(_) => SignUpField::Password,
        SignUpProblem::ConfirmMismatch => SignUpField::Confirm,
    }
}

/// Same for the change-password form.
pub fn is_current_password_problem(p: ChangePasswordProblem) -> bool {
    p == ChangePasswordProblem::CurrentIncorrect
}

mod iam {
    use super::T;
    use crate::domain::iam::alias::AliasProblem;
    use crate::domain::iam::user::{CreateUserProblem, UserNameProblem};
    use crate::domain::lab::UserPasswordError;

    impl From<AliasProblem> for T {
        fn from(p: AliasProblem) -> T {
            match p {
                AliasProblem::Length => T::AliasProblemLength,
                AliasProblem::Characters => T::AliasProblemCharacters,
                AliasProblem::HyphenAtEnd => T::AliasProblemHyphenAtEnd,
                AliasProblem::DoubleHyphen => T::AliasProblemDoubleHyphen,
                AliasProblem::TwelveDigits => T::AliasProblemTwelveDigits,
                AliasProblem::Taken => T::AliasProblemTaken,
            }
        }
    }

    impl From<CreateUserProblem> for T {
        fn from(p: CreateUserProblem) -> T {
            match p {
                CreateUserProblem::UserName(UserNameProblem::Length) => T::ProblemUserNameLength,
                CreateUserProblem::UserName(UserNameProblem::Characters) => {
                    T::ProblemUserNameCharacters
                }
                CreateUserProblem::UserName(UserNameProblem::Taken) => T::ProblemUserNameTaken,
                CreateUserProblem::Password(p) => p.into(),
            }
        }
    }

    /// Every message of a refused password change; a vanished user has its own.
    pub fn user_password_messages(e: &UserPasswordError) -> Vec<T> {
        match e {
            UserPasswordError::NoSuchUser(_) => vec![T::UserNotFound],
            UserPasswordError::Password(ps) => ps.iter().map(|p| T::from(*p)).collect(),
        }
    }
}

pub use iam::user_password_messages;
