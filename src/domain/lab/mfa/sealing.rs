//! Sealing TOTP seeds: the key a password rebuilds, which device a key may seal
//! into, and sealing again when the password changes.

use super::super::{Identity, Principal};
use crate::domain::mfa::device::virtual_serial;
use crate::domain::mfa::seal::{seal_aad, seal_params_valid};
use crate::domain::mfa::{
    MfaAssignProblem, MfaDevice, MfaDeviceKind, MfaDevices, SealKey, SealedSeed,
};
use crate::domain::password::Kdf;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

impl Principal {
    /// Part of every sealed seed's associated data.
    fn seal_label(&self) -> String {
        serde_json::to_string(self).expect("a principal serialises")
    }
}

/// Binds a sealed seed to its owner and device, so it cannot be moved to another.
pub(super) fn device_aad(who: &Identity, serial: &str) -> Vec<u8> {
    seal_aad(
        &who.account.to_string(),
        &who.principal.seal_label(),
        serial,
    )
}

/// Whether the devices have a seal key to rebuild: a salt and a count within the
/// bounds. A stored count below the minimum (or absurdly high) is never derived
/// with; the lab validator refuses it wherever a sealed seed depends on it.
fn sealing_started(devices: &MfaDevices) -> bool {
    seal_params_valid(&devices.seal_salt, devices.iterations)
}

/// The key the password rebuilds for these devices; with nothing sealed yet, a
/// key with a fresh salt, which the first assignment adopts.
pub(in crate::domain::lab) fn key_from_password(
    devices: &MfaDevices,
    password: &str,
    kdf: &dyn Kdf,
    rng: &mut impl Random,
) -> SealKey {
    if !sealing_started(devices) {
        SealKey::fresh(password, kdf, rng)
    } else {
        SealKey::derive(password, &devices.seal_salt, devices.iterations, kdf)
    }
}

/// A key from a principal's earlier salt (or password) cannot seal: its seeds
/// would open with no password the principal has.
fn key_fits(devices: &MfaDevices, key: &SealKey) -> bool {
    !sealing_started(devices)
        || (key.salt() == devices.seal_salt.as_slice() && key.iterations() == devices.iterations)
}

/// What every new TOTP device must pass before anything else is checked.
pub(super) fn check_sealable(
    devices: &MfaDevices,
    name: &str,
    serial: &str,
    key: &SealKey,
) -> Result<(), MfaAssignProblem> {
    devices.check_new(name, serial)?;
    if !key_fits(devices, key) {
        return Err(MfaAssignProblem::SealKeyStale);
    }
    Ok(())
}

/// A TOTP device about to be sealed and kept.
pub(super) struct SealedDevice<'a> {
    pub name: &'a str,
    pub serial: String,
    pub seed: &'a [u8],
    pub hardware: bool,
    pub last_used_step: Option<u64>,
}

/// Seals and keeps a device `check_sealable` accepted; the principal's first
/// sealed device adopts the key's salt.
pub(super) fn push_sealed(
    devices: &mut MfaDevices,
    who: &Identity,
    device: SealedDevice,
    key: &SealKey,
    rng: &mut impl Random,
    now: Timestamp,
) {
    let sealed_seed = SealedSeed::seal(key, device.seed, &device_aad(who, &device.serial), rng);
    if !sealing_started(devices) {
        devices.seal_salt = key.salt().to_vec();
        devices.iterations = key.iterations();
    }
    let kind = if device.hardware {
        MfaDeviceKind::HardwareToken { sealed_seed }
    } else {
        MfaDeviceKind::AuthenticatorApp { sealed_seed }
    };
    devices.devices.push(MfaDevice {
        name: device.name.to_string(),
        serial: device.serial,
        kind,
        created: now,
        last_used_step: device.last_used_step,
    });
}

/// After a password change every seed is sealed again under the new password, with
/// a new salt so that keys derived earlier stop fitting. A seed that no longer
/// opens (damaged storage) stays as it was: it was already unusable.
pub(crate) fn rewrap_seeds(
    devices: &mut MfaDevices,
    who: &Identity,
    old_password: &str,
    new_password: &str,
    kdf: &dyn Kdf,
    rng: &mut impl Random,
) {
    let new_key = SealKey::fresh(new_password, kdf, rng);
    if devices.totp().next().is_some() {
        let old_key = SealKey::derive(old_password, &devices.seal_salt, devices.iterations, kdf);
        for device in &mut devices.devices {
            let aad = device_aad(who, &device.serial);
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
pub(crate) fn add_known_seed(
    devices: &mut MfaDevices,
    who: &Identity,
    (name, hardware_serial): (&str, Option<&str>),
    seed: &[u8],
    key: &SealKey,
    rng: &mut impl Random,
    now: Timestamp,
) -> Result<(), MfaAssignProblem> {
    let serial = match hardware_serial {
        Some(serial) => serial.to_string(),
        None => virtual_serial(who.account, name),
    };
    check_sealable(devices, name, &serial, key)?;
    let device = SealedDevice {
        name,
        serial,
        seed,
        hardware: hardware_serial.is_some(),
        last_used_step: None,
    };
    push_sealed(devices, who, device, key, rng, now);
    Ok(())
}
