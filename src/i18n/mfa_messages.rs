//! The console's words for MFA outcomes.

use super::T;
use crate::domain::lab::MfaSignInProblem;
use crate::domain::mfa::{EnrolError, MfaAssignProblem, SignInCodeError, WebAuthnProblem};

impl From<MfaSignInProblem> for T {
    fn from(p: MfaSignInProblem) -> T {
        match p {
            MfaSignInProblem::NoSuchEntity => T::PrincipalGone,
            MfaSignInProblem::Code(SignInCodeError::NotSixDigits) => T::MfaCodeNotSixDigits,
            MfaSignInProblem::Code(SignInCodeError::AlreadyUsed) => T::MfaCodeAlreadyUsed,
            MfaSignInProblem::Code(SignInCodeError::Incorrect) => T::MfaCodeIncorrect,
            MfaSignInProblem::UnknownCredential
            | MfaSignInProblem::SignatureInvalid
            | MfaSignInProblem::Passkey(_) => T::PasskeyNotVerified,
        }
    }
}

impl From<EnrolError> for T {
    fn from(e: EnrolError) -> T {
        match e {
            EnrolError::NotSixDigits { which: 1 } => T::EnrolNotSixDigits1,
            EnrolError::NotSixDigits { .. } => T::EnrolNotSixDigits2,
            EnrolError::SameCodeTwice => T::EnrolSameTwice,
            EnrolError::WrongOrder => T::EnrolWrongOrder,
            EnrolError::NotConsecutive => T::EnrolNotConsecutive,
            EnrolError::TooOld => T::EnrolTooOld,
            EnrolError::ClockAhead => T::EnrolClockAhead,
            EnrolError::NotRecognised => T::EnrolNotRecognised,
        }
    }
}

impl From<MfaAssignProblem> for T {
    fn from(p: MfaAssignProblem) -> T {
        match p {
            MfaAssignProblem::NoSuchEntity => T::PrincipalGone,
            MfaAssignProblem::NameInvalid => T::MfaNameInvalid,
            MfaAssignProblem::NameTaken => T::MfaNameTaken,
            MfaAssignProblem::EntityAlreadyExists => T::MfaDeviceExists,
            MfaAssignProblem::LimitExceeded => T::MfaLimit,
            MfaAssignProblem::SealKeyStale => T::MfaSealStale,
            MfaAssignProblem::Codes(e) => e.into(),
            MfaAssignProblem::SerialTaken => T::SerialTaken,
            MfaAssignProblem::CredentialTaken => T::CredentialTaken,
            MfaAssignProblem::CredentialIdInvalid | MfaAssignProblem::PublicKeyUnsupported => {
                T::PasskeyUnsupported
            }
        }
    }
}

impl From<WebAuthnProblem> for T {
    fn from(_: WebAuthnProblem) -> T {
        T::PasskeyNotVerified
    }
}
