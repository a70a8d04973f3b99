//! Who acts on access keys from the console, and how a refusal reads: shared by
//! the keys panel and its two dialogs.

use crate::domain::lab::{Denied, Identity, KeyError, Lab};
use crate::domain::time::Timestamp;
use crate::i18n::T;

/// Who acts on the keys: the signed-in principal, read inside the operation so
/// a sign-out in another tab is seen. No live session, no right.
pub fn actor(lab: &Lab, now: Timestamp) -> Result<Identity, KeyError> {
    lab.signed_in_at(now)
        .cloned()
        .ok_or(KeyError::Denied(Denied::NotAuthorized))
}

pub fn key_error_text(e: KeyError) -> T {
    match e {
        KeyError::AccessKey(e) => e.into(),
        KeyError::Denied(Denied::RootUserOnly) => T::RootUserOnlyText,
        KeyError::Denied(Denied::NotAuthorized) => T::NotAuthorizedAccessKeys,
    }
}
