//! MFA on the lab: assigning and removing a principal's devices (`assign`), the
//! second sign-in step (`sign_in`), and the sealing of TOTP seeds under a key
//! rebuilt from the password just typed (`sealing`). A seed is handled in the
//! clear only inside one operation.

use super::{Identity, Lab, Principal};
use crate::domain::mfa::{MfaDevice, MfaDevices};
use crate::domain::password::PasswordHash;

mod assign;
mod events;
mod sealing;
mod sign_in;

pub use assign::{MfaRemoveProblem, NewTotpDevice};
pub(super) use sealing::key_from_password;
pub(crate) use sealing::{add_known_seed, rewrap_seeds};
pub use sign_in::{HardwareTokenDisplay, MfaChallenge, MfaSignInProblem};

/// A principal's password and MFA devices: what signing in and sealing need,
/// found the same way for the root user and an IAM user.
pub(super) struct Credentials<P, D> {
    /// `None` for an IAM user without console access.
    pub password: Option<P>,
    pub mfa: D,
}

impl Lab {
    /// The one lookup of a principal's credentials (and its mutable twin below).
    pub(super) fn credentials(
        &self,
        who: &Identity,
    ) -> Option<Credentials<&PasswordHash, &MfaDevices>> {
        let a = self.account(who.account)?;
        Some(match &who.principal {
            Principal::Root => Credentials {
                password: Some(&a.root.password),
                mfa: &a.root.mfa,
            },
            Principal::IamUser { name } => {
                let u = a.user(name)?;
                Credentials {
                    password: u.password.as_ref(),
                    mfa: &u.mfa,
                }
            }
        })
    }

    pub(super) fn credentials_mut(
        &mut self,
        who: &Identity,
    ) -> Option<Credentials<&mut PasswordHash, &mut MfaDevices>> {
        let a = self.account_mut(who.account)?;
        Some(match &who.principal {
            Principal::Root => Credentials {
                password: Some(&mut a.root.password),
                mfa: &mut a.root.mfa,
            },
            Principal::IamUser { name } => {
                let u = a.user_mut(name)?;
                Credentials {
                    password: u.password.as_mut(),
                    mfa: &mut u.mfa,
                }
            }
        })
    }

    pub fn mfa_devices(&self, who: &Identity) -> Option<&MfaDevices> {
        self.credentials(who).map(|c| c.mfa)
    }

    fn mfa_devices_mut(&mut self, who: &Identity) -> Option<&mut MfaDevices> {
        self.credentials_mut(who).map(|c| c.mfa)
    }

    /// The ACCOUNT in the authenticator app's `DEVICE@ACCOUNT` label: the alias if
    /// set, else the account ID; an IAM user's is `USER@ALIAS-OR-ID`.
    pub fn mfa_account_label(&self, who: &Identity) -> String {
        let acct = self
            .account(who.account)
            .and_then(|a| a.alias.clone())
            .unwrap_or_else(|| who.account.to_string());
        match &who.principal {
            Principal::Root => acct,
            Principal::IamUser { name } => format!("{name}@{acct}"),
        }
    }

    /// Every principal's devices in the lab, for what must be unique across it.
    pub(super) fn all_mfa_devices(&self) -> impl Iterator<Item = &MfaDevice> {
        self.accounts.iter().flat_map(|a| {
            a.root
                .mfa
                .devices
                .iter()
                .chain(a.users.iter().flat_map(|u| &u.mfa.devices))
        })
    }
}

#[cfg(test)]
mod tests;
