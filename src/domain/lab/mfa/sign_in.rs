//! The second sign-in step: a code from an authenticator app or hardware token,
//! or a passkey. The password step (`session`) hands over everything it proved,
//! so this step neither sees the password nor derives a key again.

use super::super::session::SignedIn;
use super::super::{Identity, Lab};
use super::sealing::device_aad;
use crate::domain::mfa::webauthn::{sign_count_acceptable, CHALLENGE_BYTES};
use crate::domain::mfa::{
    normalise_code, verify_sign_in_code, HardwareToken, MfaDevice, MfaDeviceKind, SealKey,
    SignInCodeError, WebAuthnProblem, HARDWARE_SEED_BYTES,
};
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

/// The state between the password page and the MFA page. Kept in memory only:
/// it carries the seal key, which must never reach storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MfaChallenge {
    pub identity: Identity,
    /// Derived with the password's check: it opens the TOTP seeds here and is
    /// the key the session keeps once this step passes.
    seal_key: SealKey,
    /// Whether the principal has a device that takes codes.
    takes_codes: bool,
    /// For `navigator.credentials.get()`; `check_assertion` expects it back.
    pub passkey_challenge: [u8; CHALLENGE_BYTES],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MfaSignInProblem {
    /// The account or user went away (closed in another tab) meanwhile.
    NoSuchEntity,
    Code(SignInCodeError),
    /// No passkey of this principal has that credential ID.
    UnknownCredential,
    SignatureInvalid,
    Passkey(WebAuthnProblem),
}

/// What the lab-issued token's screen shows, since the learner holds no real fob.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HardwareTokenDisplay {
    pub name: String,
    pub serial: String,
    pub code: String,
    pub seconds_left: u64,
}

impl MfaChallenge {
    /// The MFA step for `identity`, or `None` when it has no device to ask for.
    pub(in crate::domain::lab) fn begin(
        lab: &Lab,
        identity: &Identity,
        seal_key: &SealKey,
        rng: &mut impl Random,
    ) -> Option<MfaChallenge> {
        let devices = lab.mfa_devices(identity).filter(|d| !d.is_empty())?;
        Some(MfaChallenge {
            identity: identity.clone(),
            seal_key: seal_key.clone(),
            takes_codes: devices.totp().next().is_some(),
            passkey_challenge: rng.bytes(),
        })
    }

    fn signed_in(&self) -> SignedIn {
        SignedIn {
            identity: self.identity.clone(),
            seal_key: self.seal_key.clone(),
        }
    }

    fn devices<'a>(&self, lab: &'a Lab) -> impl Iterator<Item = &'a MfaDevice> {
        lab.mfa_devices(&self.identity)
            .into_iter()
            .flat_map(|d| &d.devices)
    }

    /// Whether the page should offer the code box.
    pub fn accepts_codes(&self) -> bool {
        self.takes_codes
    }

    /// For `allowCredentials`; empty when the principal has no passkey.
    pub fn passkey_credential_ids(&self, lab: &Lab) -> Vec<Vec<u8>> {
        self.devices(lab)
            .filter_map(|d| d.credential_id().map(<[u8]>::to_vec))
            .collect()
    }

    /// The device `check_assertion` needs for the credential the browser returned.
    pub fn passkey<'a>(&self, lab: &'a Lab, credential_id: &[u8]) -> Option<&'a MfaDevice> {
        self.devices(lab)
            .find(|d| d.credential_id() == Some(credential_id))
    }

    /// The screens of the principal's lab-issued hardware tokens at `now`.
    pub fn hardware_token_display(&self, lab: &Lab, now: Timestamp) -> Vec<HardwareTokenDisplay> {
        self.devices(lab)
            .filter(|d| matches!(d.kind, MfaDeviceKind::HardwareToken { .. }))
            .filter_map(|d| {
                let aad = device_aad(&self.identity, &d.serial);
                let seed: [u8; HARDWARE_SEED_BYTES] = d
                    .sealed_seed()?
                    .open(&self.seal_key, &aad)
                    .ok()?
                    .try_into()
                    .ok()?;
                let token = HardwareToken {
                    serial: d.serial.clone(),
                    seed,
                };
                Some(HardwareTokenDisplay {
                    name: d.name.clone(),
                    serial: d.serial.clone(),
                    code: token.display(now),
                    seconds_left: token.seconds_left(now),
                })
            })
            .collect()
    }
}

impl Lab {
    /// A code from any of the principal's authenticator apps or hardware tokens.
    pub fn complete_mfa_with_code(
        &mut self,
        challenge: &MfaChallenge,
        code: &str,
        now: Timestamp,
    ) -> Result<SignedIn, MfaSignInProblem> {
        let wrong = MfaSignInProblem::Code;
        normalise_code(code).ok_or(wrong(SignInCodeError::NotSixDigits))?;
        let who = &challenge.identity;
        let devices = self
            .mfa_devices(who)
            .ok_or(MfaSignInProblem::NoSuchEntity)?;
        if !challenge.takes_codes {
            return Err(wrong(SignInCodeError::Incorrect));
        }
        let mut problem = SignInCodeError::Incorrect;
        let mut accepted = None;
        for (at, device) in devices.devices.iter().enumerate() {
            let Some(seed) = device.sealed_seed().and_then(|s| {
                s.open(&challenge.seal_key, &device_aad(who, &device.serial))
                    .ok()
            }) else {
                continue;
            };
            match verify_sign_in_code(&seed, code, now, device.last_used_step) {
                Ok(step) => {
                    accepted = Some((at, step));
                    break;
                }
                Err(SignInCodeError::AlreadyUsed) => problem = SignInCodeError::AlreadyUsed,
                Err(_) => {}
            }
        }
        let Some((at, step)) = accepted else {
            // A wrong code after the right password: a failed ConsoleLogin with MFA.
            let who = who.clone();
            self.serve(crate::domain::lab::Request::console(now), |lab| {
                lab.record_console_login(&who, true, Some("Failed authentication"))
            });
            return Err(wrong(problem));
        };
        let devices = self.mfa_devices_mut(who).expect("found above");
        devices.devices[at].last_used_step = Some(step);
        self.start_session(who.clone(), now, true);
        Ok(challenge.signed_in())
    }

    /// After `check_assertion` and the browser's WebCrypto verification of the
    /// signature it prepared.
    pub fn complete_mfa_with_passkey(
        &mut self,
        challenge: &MfaChallenge,
        credential_id: &[u8],
        new_sign_count: u32,
        signature_verified: bool,
        now: Timestamp,
    ) -> Result<SignedIn, MfaSignInProblem> {
        let who = &challenge.identity;
        let device = self
            .mfa_devices(who)
            .ok_or(MfaSignInProblem::NoSuchEntity)?
            .find_passkey(credential_id)
            .ok_or(MfaSignInProblem::UnknownCredential)?;
        if !signature_verified {
            return Err(MfaSignInProblem::SignatureInvalid);
        }
        let serial = device.serial.clone();
        let devices = self.mfa_devices_mut(who).expect("found above");
        let device = devices
            .devices
            .iter_mut()
            .find(|d| d.serial == serial)
            .expect("found above");
        if let MfaDeviceKind::Passkey { sign_count, .. } = &mut device.kind {
            if !sign_count_acceptable(*sign_count, new_sign_count) {
                return Err(MfaSignInProblem::Passkey(
                    WebAuthnProblem::SignCountNotIncreased,
                ));
            }
            *sign_count = new_sign_count;
        }
        self.start_session(who.clone(), now, true);
        Ok(challenge.signed_in())
    }
}
