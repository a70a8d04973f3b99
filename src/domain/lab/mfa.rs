//! MFA on the lab: assigning and removing a principal's devices, and the second
//! sign-in step. A seed is handled in the clear only inside one operation, under a
//! key rebuilt from the password just typed.

use super::{Lab, Principal};
use crate::domain::ids::AccountId;
use crate::domain::mfa::device::{
    is_p256_spki, passkey_serial, valid_credential_id, virtual_serial,
};
use crate::domain::mfa::seal::seal_aad;
use crate::domain::mfa::webauthn::{sign_count_acceptable, CHALLENGE_BYTES};
use crate::domain::mfa::{
    normalise_code, verify_enrolment_codes, verify_sign_in_code, HardwareToken, MfaAssignProblem,
    MfaDevice, MfaDeviceKind, MfaDevices, SealKey, SealedSeed, SignInCodeError, WebAuthnProblem,
    HARDWARE_SEED_BYTES,
};
use crate::domain::password::{Kdf, PasswordHash};
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

/// What a correct password leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignInStep {
    SignedIn(AccountId),
    MfaRequired(MfaChallenge),
}

/// The state between the password page and the MFA page. Kept in memory only:
/// it carries the seal key, which must never reach storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MfaChallenge {
    pub account: AccountId,
    pub principal: Principal,
    /// Only when the principal has a device that takes codes.
    seal_key: Option<SealKey>,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MfaRemoveProblem {
    NoSuchEntity,
}

/// What the lab-issued token's screen shows, since the learner holds no real fob.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HardwareTokenDisplay {
    pub name: String,
    pub serial: String,
    pub code: String,
    pub seconds_left: u64,
}

impl Principal {
    /// Part of every sealed seed's associated data.
    fn seal_label(&self) -> String {
        serde_json::to_string(self).expect("a principal serialises")
    }

    /// The path segment AWS puts in a FIDO device's ARN.
    fn arn_path(&self) -> String {
        match self {
            Principal::Root => "root".into(),
            Principal::IamUser { name } => format!("user/{name}"),
        }
    }
}

fn device_aad(account: AccountId, principal: &Principal, serial: &str) -> Vec<u8> {
    seal_aad(&account.to_string(), &principal.seal_label(), serial)
}

/// A key from a principal's earlier salt (or password) cannot seal: its seeds
/// would open with no password the principal has.
fn key_fits(devices: &MfaDevices, key: &SealKey) -> bool {
    devices.seal_salt.is_empty()
        || (key.salt() == devices.seal_salt.as_slice() && key.iterations() == devices.iterations)
}

/// After a password change every seed is sealed again under the new password, with
/// a new salt so that keys derived earlier stop fitting. A seed that no longer
/// opens (damaged storage) stays as it was: it was already unusable.
pub(crate) fn rewrap_seeds(
    devices: &mut MfaDevices,
    account: AccountId,
    principal: &Principal,
    old_password: &str,
    new_password: &str,
    kdf: &dyn Kdf,
    rng: &mut impl Random,
) {
    let new_key = SealKey::fresh(new_password, kdf, rng);
    if devices.totp().next().is_some() {
        let old_key = SealKey::derive(old_password, &devices.seal_salt, devices.iterations, kdf);
        for device in &mut devices.devices {
            let aad = device_aad(account, principal, &device.serial);
            if let MfaDeviceKind::AuthenticatorApp { sealed_seed }
            | MfaDeviceKind::HardwareToken { sealed_seed } = &mut device.kind
            {
                if let Ok(seed) = sealed_seed.open(&old_key, &aad) {
                    *sealed_seed = SealedSeed::seal(&new_key, &seed, &aad, rng);
                }
            }
        }
    }
    devices.seal_salt = new_key.salt().to_vec();
    devices.iterations = new_key.iterations();
}

/// A TOTP device whose seed arrives already known (a scenario's published one),
/// sealed exactly as an assigned device would be, so the MFA sign-in step opens it
/// with the principal's password. No codes are checked: nobody is enrolling.
/// `hardware_serial`: the token's printed serial; `None` makes an authenticator
/// app, named by its ARN as AWS names virtual devices.
#[allow(clippy::too_many_arguments)]
pub(super) fn add_known_seed(
    devices: &mut MfaDevices,
    account: AccountId,
    principal: &Principal,
    name: &str,
    hardware_serial: Option<&str>,
    seed: &[u8],
    key: &SealKey,
    rng: &mut impl Random,
    now: Timestamp,
) -> Result<(), MfaAssignProblem> {
    let serial = match hardware_serial {
        Some(serial) => serial.to_string(),
        None => virtual_serial(account, name),
    };
    devices.check_new(name, &serial)?;
    if !key_fits(devices, key) {
        return Err(MfaAssignProblem::SealKeyStale);
    }
    let sealed_seed = SealedSeed::seal(key, seed, &device_aad(account, principal, &serial), rng);
    if devices.seal_salt.is_empty() {
        devices.seal_salt = key.salt().to_vec();
        devices.iterations = key.iterations();
    }
    let kind = match hardware_serial {
        Some(_) => MfaDeviceKind::HardwareToken { sealed_seed },
        None => MfaDeviceKind::AuthenticatorApp { sealed_seed },
    };
    devices.devices.push(MfaDevice {
        name: name.to_string(),
        serial,
        kind,
        created: now,
        last_used_step: None,
    });
    Ok(())
}

impl Lab {
    fn password_of(&self, account: AccountId, principal: &Principal) -> Option<&PasswordHash> {
        let a = self.account(account)?;
        match principal {
            Principal::Root => Some(&a.root.password),
            Principal::IamUser { name } => a.user(name)?.password.as_ref(),
        }
    }

    fn password_of_mut(
        &mut self,
        account: AccountId,
        principal: &Principal,
    ) -> Option<&mut PasswordHash> {
        let a = self.account_mut(account)?;
        match principal {
            Principal::Root => Some(&mut a.root.password),
            Principal::IamUser { name } => a.user_mut(name)?.password.as_mut(),
        }
    }

    /// The ACCOUNT in the authenticator app's `DEVICE@ACCOUNT` label: the alias if
    /// set, else the account ID; an IAM user's is `USER@ALIAS-OR-ID`.
    pub fn mfa_account_label(&self, account: AccountId, principal: &Principal) -> String {
        let acct = self
            .account(account)
            .and_then(|a| a.alias.clone())
            .unwrap_or_else(|| account.to_string());
        match principal {
            Principal::Root => acct,
            Principal::IamUser { name } => format!("{name}@{acct}"),
        }
    }

    pub fn mfa_devices(&self, account: AccountId, principal: &Principal) -> Option<&MfaDevices> {
        let a = self.account(account)?;
        match principal {
            Principal::Root => Some(&a.root.mfa),
            Principal::IamUser { name } => Some(&a.user(name)?.mfa),
        }
    }

    fn mfa_devices_mut(
        &mut self,
        account: AccountId,
        principal: &Principal,
    ) -> Option<&mut MfaDevices> {
        let a = self.account_mut(account)?;
        match principal {
            Principal::Root => Some(&mut a.root.mfa),
            Principal::IamUser { name } => Some(&mut a.user_mut(name)?.mfa),
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

    /// The key to seal seeds with, once the password proves who is asking. For a
    /// principal with nothing sealed yet it comes with a fresh salt, which the
    /// first assignment adopts.
    pub fn seal_key(
        &self,
        account: AccountId,
        principal: &Principal,
        password: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
    ) -> Option<SealKey> {
        if !self.password_of(account, principal)?.verify(password, kdf) {
            return None;
        }
        let devices = self.mfa_devices(account, principal)?;
        Some(if devices.seal_salt.is_empty() {
            SealKey::fresh(password, kdf, rng)
        } else {
            SealKey::derive(password, &devices.seal_salt, devices.iterations, kdf)
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn assign_seed(
        &mut self,
        account: AccountId,
        principal: &Principal,
        name: &str,
        serial: String,
        seed: &[u8],
        codes: (&str, &str),
        key: &SealKey,
        kind: fn(SealedSeed) -> MfaDeviceKind,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), MfaAssignProblem> {
        let devices = self
            .mfa_devices(account, principal)
            .ok_or(MfaAssignProblem::NoSuchEntity)?;
        devices.check_new(name, &serial)?;
        if !key_fits(devices, key) {
            return Err(MfaAssignProblem::SealKeyStale);
        }
        let last_used_step =
            verify_enrolment_codes(seed, codes.0, codes.1, now).map_err(MfaAssignProblem::Codes)?;
        let sealed = SealedSeed::seal(key, seed, &device_aad(account, principal, &serial), rng);
        let devices = self
            .mfa_devices_mut(account, principal)
            .expect("found above");
        if devices.seal_salt.is_empty() {
            devices.seal_salt = key.salt().to_vec();
            devices.iterations = key.iterations();
        }
        devices.devices.push(MfaDevice {
            name: name.to_string(),
            serial,
            kind: kind(sealed),
            created: now,
            last_used_step: Some(last_used_step),
        });
        Ok(())
    }

    /// "Authenticator app": the seed the page generated and showed, and two
    /// consecutive codes proving the app holds it.
    #[allow(clippy::too_many_arguments)]
    pub fn assign_authenticator_app(
        &mut self,
        account: AccountId,
        principal: &Principal,
        name: &str,
        seed: &[u8],
        code_1: &str,
        code_2: &str,
        key: &SealKey,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), MfaAssignProblem> {
        let serial = virtual_serial(account, name);
        let kind = |sealed_seed| MfaDeviceKind::AuthenticatorApp { sealed_seed };
        self.assign_seed(
            account,
            principal,
            name,
            serial,
            seed,
            (code_1, code_2),
            key,
            kind,
            rng,
            now,
        )
    }

    /// The lab hands the learner a token; it is kept only once assigned.
    pub fn issue_hardware_token(rng: &mut impl Random) -> HardwareToken {
        HardwareToken::new(rng)
    }

    /// "Hardware TOTP token". A serial can be assigned only once in the whole lab,
    /// as AWS ties a token to one user.
    #[allow(clippy::too_many_arguments)]
    pub fn assign_hardware_token(
        &mut self,
        account: AccountId,
        principal: &Principal,
        name: &str,
        token: &HardwareToken,
        code_1: &str,
        code_2: &str,
        key: &SealKey,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), MfaAssignProblem> {
        self.mfa_devices(account, principal)
            .ok_or(MfaAssignProblem::NoSuchEntity)?
            .check_new(name, &token.serial)?;
        if self.all_mfa_devices().any(|d| d.serial == token.serial) {
            return Err(MfaAssignProblem::SerialTaken);
        }
        let kind = |sealed_seed| MfaDeviceKind::HardwareToken { sealed_seed };
        self.assign_seed(
            account,
            principal,
            name,
            token.serial.clone(),
            &token.seed,
            (code_1, code_2),
            key,
            kind,
            rng,
            now,
        )
    }

    /// "Passkey or security key", after `check_registration` accepted the
    /// browser's clientDataJSON. A passkey has no secret here, only a public key.
    pub fn assign_passkey(
        &mut self,
        account: AccountId,
        principal: &Principal,
        name: &str,
        credential_id: &[u8],
        public_key_spki: &[u8],
        now: Timestamp,
    ) -> Result<(), MfaAssignProblem> {
        let serial = passkey_serial(account, &principal.arn_path(), name, credential_id);
        self.mfa_devices(account, principal)
            .ok_or(MfaAssignProblem::NoSuchEntity)?
            .check_new(name, &serial)?;
        if !valid_credential_id(credential_id) {
            return Err(MfaAssignProblem::CredentialIdInvalid);
        }
        if !is_p256_spki(public_key_spki) {
            return Err(MfaAssignProblem::PublicKeyUnsupported);
        }
        if self
            .all_mfa_devices()
            .any(|d| d.credential_id() == Some(credential_id))
        {
            return Err(MfaAssignProblem::CredentialTaken);
        }
        let devices = self
            .mfa_devices_mut(account, principal)
            .expect("found above");
        devices.devices.push(MfaDevice {
            name: name.to_string(),
            serial,
            kind: MfaDeviceKind::Passkey {
                credential_id: credential_id.to_vec(),
                public_key_spki: public_key_spki.to_vec(),
                sign_count: 0,
            },
            created: now,
            last_used_step: None,
        });
        Ok(())
    }

    pub fn remove_mfa_device(
        &mut self,
        account: AccountId,
        principal: &Principal,
        serial: &str,
    ) -> Result<(), MfaRemoveProblem> {
        let devices = self
            .mfa_devices_mut(account, principal)
            .ok_or(MfaRemoveProblem::NoSuchEntity)?;
        let at = devices
            .devices
            .iter()
            .position(|d| d.serial == serial)
            .ok_or(MfaRemoveProblem::NoSuchEntity)?;
        devices.devices.remove(at);
        Ok(())
    }

    /// Everything after a password proved correct, for the root user and IAM users
    /// alike: an old hash is upgraded, then either a session starts or, with any
    /// MFA device assigned, the MFA step begins.
    pub(crate) fn after_password(
        &mut self,
        account: AccountId,
        principal: Principal,
        password: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> SignInStep {
        if let Some(hash) = self.password_of_mut(account, &principal) {
            if hash.needs_rehash() {
                *hash = PasswordHash::new(password, kdf, rng);
            }
        }
        let Some(devices) = self
            .mfa_devices(account, &principal)
            .filter(|d| !d.is_empty())
        else {
            self.start_session(account, principal, now);
            return SignInStep::SignedIn(account);
        };
        let seal_key = devices
            .totp()
            .next()
            .is_some()
            .then(|| SealKey::derive(password, &devices.seal_salt, devices.iterations, kdf));
        SignInStep::MfaRequired(MfaChallenge {
            account,
            principal,
            seal_key,
            passkey_challenge: rng.bytes(),
        })
    }

    /// A code from any of the principal's authenticator apps or hardware tokens.
    pub fn complete_mfa_with_code(
        &mut self,
        challenge: &MfaChallenge,
        code: &str,
        now: Timestamp,
    ) -> Result<AccountId, MfaSignInProblem> {
        let wrong = MfaSignInProblem::Code;
        normalise_code(code).ok_or(wrong(SignInCodeError::NotSixDigits))?;
        let (account, principal) = (challenge.account, &challenge.principal);
        let devices = self
            .mfa_devices(account, principal)
            .ok_or(MfaSignInProblem::NoSuchEntity)?;
        let key = challenge
            .seal_key
            .as_ref()
            .ok_or(wrong(SignInCodeError::Incorrect))?;
        let mut problem = SignInCodeError::Incorrect;
        let mut accepted = None;
        for (at, device) in devices.devices.iter().enumerate() {
            let Some(seed) = device.sealed_seed().and_then(|s| {
                s.open(key, &device_aad(account, principal, &device.serial))
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
        let (at, step) = accepted.ok_or(wrong(problem))?;
        let devices = self
            .mfa_devices_mut(account, principal)
            .expect("found above");
        devices.devices[at].last_used_step = Some(step);
        self.start_session(account, challenge.principal.clone(), now);
        Ok(account)
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
    ) -> Result<AccountId, MfaSignInProblem> {
        let (account, principal) = (challenge.account, &challenge.principal);
        let device = self
            .mfa_devices(account, principal)
            .ok_or(MfaSignInProblem::NoSuchEntity)?
            .find_passkey(credential_id)
            .ok_or(MfaSignInProblem::UnknownCredential)?;
        if !signature_verified {
            return Err(MfaSignInProblem::SignatureInvalid);
        }
        let serial = device.serial.clone();
        let devices = self
            .mfa_devices_mut(account, principal)
            .expect("found above");
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
        self.start_session(account, challenge.principal.clone(), now);
        Ok(account)
    }
}

impl MfaChallenge {
    fn devices<'a>(&self, lab: &'a Lab) -> impl Iterator<Item = &'a MfaDevice> {
        lab.mfa_devices(self.account, &self.principal)
            .into_iter()
            .flat_map(|d| &d.devices)
    }

    /// Whether the page should offer the code box.
    pub fn accepts_codes(&self) -> bool {
        self.seal_key.is_some()
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
        let Some(key) = &self.seal_key else {
            return Vec::new();
        };
        self.devices(lab)
            .filter(|d| matches!(d.kind, MfaDeviceKind::HardwareToken { .. }))
            .filter_map(|d| {
                let aad = device_aad(self.account, &self.principal, &d.serial);
                let seed: [u8; HARDWARE_SEED_BYTES] =
                    d.sealed_seed()?.open(key, &aad).ok()?.try_into().ok()?;
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

#[cfg(test)]
mod tests;
