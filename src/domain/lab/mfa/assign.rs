//! `Assign MFA device` and `Remove`: a principal assigns its own devices (a TOTP
//! seed is sealed under its password, which an administrator never knows), and
//! removes its own or, as a user manager, another IAM user's.

use super::super::{Denied, Identity, Lab, Principal};
use super::sealing::{check_sealable, key_from_password, push_sealed, SealedDevice};
use crate::domain::ids::AccountId;
use crate::domain::mfa::device::{
    is_p256_spki, passkey_serial, valid_credential_id, virtual_serial,
};
use crate::domain::mfa::{
    valid_device_name, verify_enrolment_codes, HardwareToken, MfaAssignProblem, MfaDevice,
    MfaDeviceKind, SealKey,
};
use crate::domain::password::Kdf;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MfaRemoveProblem {
    NoSuchEntity,
    Denied(Denied),
}

/// What the learner typed for a new authenticator app or hardware token: its
/// name and two consecutive codes proving the device holds the seed.
#[derive(Clone, Copy, Debug)]
pub struct NewTotpDevice<'a> {
    pub name: &'a str,
    pub code_1: &'a str,
    pub code_2: &'a str,
}

impl Principal {
    /// The path segment AWS puts in a FIDO device's ARN.
    fn arn_path(&self) -> String {
        match self {
            Principal::Root => "root".into(),
            Principal::IamUser { name } => format!("user/{name}"),
        }
    }
}

impl Lab {
    /// The key to seal `who`'s seeds with, once the password proves who is asking.
    pub fn seal_key(
        &self,
        who: &Identity,
        password: &str,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
    ) -> Option<SealKey> {
        let found = self.credentials(who)?;
        if !found.password?.verify(password, kdf) {
            return None;
        }
        Some(key_from_password(found.mfa, password, kdf, rng))
    }

    fn assign_seed(
        &mut self,
        actor: &Identity,
        (device, serial, hardware): (NewTotpDevice, String, bool),
        seed: &[u8],
        key: &SealKey,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), MfaAssignProblem> {
        let devices = self
            .mfa_devices(actor)
            .ok_or(MfaAssignProblem::NoSuchEntity)?;
        check_sealable(devices, device.name, &serial, key)?;
        let last_used_step = verify_enrolment_codes(seed, device.code_1, device.code_2, now)
            .map_err(MfaAssignProblem::Codes)?;
        let recorded = (device.name.to_string(), serial.clone());
        let sealed = SealedDevice {
            name: device.name,
            serial,
            seed,
            hardware,
            last_used_step: Some(last_used_step),
        };
        let devices = self.mfa_devices_mut(actor).expect("found above");
        push_sealed(devices, actor, sealed, key, rng, now);
        self.record_mfa_enabled(actor, &recorded.0, &recorded.1, !hardware);
        Ok(())
    }

    /// "Authenticator app", to the actor's own devices: the seed the page
    /// generated and showed.
    pub fn assign_authenticator_app(
        &mut self,
        actor: &Identity,
        device: NewTotpDevice,
        seed: &[u8],
        key: &SealKey,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), MfaAssignProblem> {
        let serial = virtual_serial(actor.account, device.name);
        if self.virtual_device_exists(actor.account, &serial) {
            return Err(MfaAssignProblem::EntityAlreadyExists);
        }
        self.assign_seed(actor, (device, serial, false), seed, key, rng, now)
    }

    /// A virtual device's name is unique in its account, not per principal: its
    /// ARN has no user in it. IAM names ignore case.
    pub(in crate::domain::lab) fn virtual_device_exists(
        &self,
        account: AccountId,
        serial: &str,
    ) -> bool {
        let Some(a) = self.account(account) else {
            return false;
        };
        std::iter::once(&a.root.mfa)
            .chain(a.users.iter().map(|u| &u.mfa))
            .flat_map(|m| &m.devices)
            .any(|d| d.serial.eq_ignore_ascii_case(serial))
    }

    /// The wizard's first step (`Next`) on a name: the rules any new device of
    /// `owner`'s meets, and for a virtual device (an authenticator app) the
    /// account-wide name IAM checks when the console creates it at that step.
    pub fn check_new_device_name(
        &self,
        owner: &Identity,
        name: &str,
        virtual_device: bool,
    ) -> Result<(), MfaAssignProblem> {
        let devices = self
            .mfa_devices(owner)
            .ok_or(MfaAssignProblem::NoSuchEntity)?;
        if !valid_device_name(name) {
            return Err(MfaAssignProblem::NameInvalid);
        }
        let serial = virtual_serial(owner.account, name);
        if virtual_device && self.virtual_device_exists(owner.account, &serial) {
            return Err(MfaAssignProblem::EntityAlreadyExists);
        }
        devices.check_new(name, "")
    }

    /// The lab hands the learner a token; it is kept only once assigned.
    pub fn issue_hardware_token(rng: &mut impl Random) -> HardwareToken {
        HardwareToken::new(rng)
    }

    /// "Hardware TOTP token", to the actor's own devices. A serial can be assigned
    /// only once in the whole lab, as AWS ties a token to one user.
    pub fn assign_hardware_token(
        &mut self,
        actor: &Identity,
        device: NewTotpDevice,
        token: &HardwareToken,
        key: &SealKey,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), MfaAssignProblem> {
        self.mfa_devices(actor)
            .ok_or(MfaAssignProblem::NoSuchEntity)?
            .check_new(device.name, &token.serial)?;
        if self.all_mfa_devices().any(|d| d.serial == token.serial) {
            return Err(MfaAssignProblem::SerialTaken);
        }
        let serial = token.serial.clone();
        self.assign_seed(actor, (device, serial, true), &token.seed, key, rng, now)
    }

    /// "Passkey or security key", to the actor's own devices, after
    /// `check_registration` accepted the browser's clientDataJSON. A passkey has
    /// no secret here, only a public key.
    pub fn assign_passkey(
        &mut self,
        actor: &Identity,
        name: &str,
        credential_id: &[u8],
        public_key_spki: &[u8],
        now: Timestamp,
    ) -> Result<(), MfaAssignProblem> {
        let serial = passkey_serial(
            actor.account,
            &actor.principal.arn_path(),
            name,
            credential_id,
        );
        self.mfa_devices(actor)
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
        let devices = self.mfa_devices_mut(actor).expect("found above");
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
        let serial = devices.devices.last().map(|d| d.serial.clone());
        self.record_mfa_enabled(actor, name, &serial.unwrap_or_default(), false);
        Ok(())
    }

    /// `Remove` on `owner`'s device: the owner's own, or an IAM user's by a user
    /// manager of the same account (the user detail page offers it). The root
    /// user's devices only the root user removes.
    pub fn remove_mfa_device(
        &mut self,
        actor: &Identity,
        owner: &Identity,
        serial: &str,
    ) -> Result<(), MfaRemoveProblem> {
        if actor != owner {
            let denied = match owner.user_name() {
                None if actor.account == owner.account => Err(Denied::RootUserOnly),
                None => Err(Denied::NotAuthorized),
                Some(user) => {
                    self.check_allowed(actor, owner.account, "iam:DeactivateMFADevice", Some(user))
                }
            };
            denied.map_err(MfaRemoveProblem::Denied)?;
        }
        let devices = self
            .mfa_devices_mut(owner)
            .ok_or(MfaRemoveProblem::NoSuchEntity)?;
        let at = devices
            .devices
            .iter()
            .position(|d| d.serial == serial)
            .ok_or(MfaRemoveProblem::NoSuchEntity)?;
        let removed = devices.devices.remove(at);
        let virtual_ = matches!(removed.kind, MfaDeviceKind::AuthenticatorApp { .. });
        self.record_mfa_removed(actor, owner, serial, virtual_);
        Ok(())
    }
}
