//! The MFA devices assigned to one principal (the root user, later each IAM
//! user), as `iam list-mfa-devices` shows them, with seeds only ever sealed.

use super::base32;
use super::seal::SealedSeed;
use super::seed::valid_device_name;
use crate::domain::ids::AccountId;
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// AWS allows up to eight MFA devices of any mix per user, root included.
pub const MAX_MFA_DEVICES: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MfaDevice {
    pub name: String,
    /// The device's identifier as AWS reports it: an ARN for virtual devices and
    /// passkeys, the printed serial for a hardware token.
    pub serial: String,
    pub kind: MfaDeviceKind,
    pub created: Timestamp,
    /// The TOTP step that last signed in (or, after assignment, the second code's
    /// step), so no code is accepted twice.
    #[serde(default)]
    pub last_used_step: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MfaDeviceKind {
    AuthenticatorApp {
        sealed_seed: SealedSeed,
    },
    /// The serial is the device's `serial`.
    HardwareToken {
        sealed_seed: SealedSeed,
    },
    Passkey {
        #[serde(with = "base64url_bytes")]
        credential_id: Vec<u8>,
        /// P-256 SubjectPublicKeyInfo DER, as WebAuthn's `getPublicKey()` returns
        /// it and WebCrypto's `importKey("spki")` takes it.
        #[serde(with = "base64url_bytes")]
        public_key_spki: Vec<u8>,
        sign_count: u32,
    },
}

impl MfaDevice {
    pub fn sealed_seed(&self) -> Option<&SealedSeed> {
        match &self.kind {
            MfaDeviceKind::AuthenticatorApp { sealed_seed }
            | MfaDeviceKind::HardwareToken { sealed_seed } => Some(sealed_seed),
            MfaDeviceKind::Passkey { .. } => None,
        }
    }

    pub fn credential_id(&self) -> Option<&[u8]> {
        match &self.kind {
            MfaDeviceKind::Passkey { credential_id, .. } => Some(credential_id),
            _ => None,
        }
    }
}

/// One principal's devices and the salt its seal key is derived with.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MfaDevices {
    /// Empty until the first seed is sealed.
    #[serde(default, with = "hex_bytes")]
    pub seal_salt: Vec<u8>,
    #[serde(default)]
    pub iterations: u32,
    #[serde(default)]
    pub devices: Vec<MfaDevice>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MfaAssignProblem {
    NoSuchEntity,
    /// Not 1–128 of `A–Z a–z 0–9 + = , . @ _ -`.
    NameInvalid,
    NameTaken,
    /// A virtual MFA device of that name exists in the account already (its
    /// serial, `arn:aws:iam::ACCOUNT:mfa/NAME`, names it account-wide): IAM's
    /// `EntityAlreadyExists`, whichever principal holds it.
    EntityAlreadyExists,
    /// Eight devices already.
    LimitExceeded,
    /// The key was derived before the password (or its salt) changed.
    SealKeyStale,
    Codes(super::EnrolError),
    /// A hardware token belongs to one user only.
    SerialTaken,
    CredentialTaken,
    CredentialIdInvalid,
    /// Only ECDSA P-256 keys, the algorithm (-7) the lab asks authenticators for.
    PublicKeyUnsupported,
}

impl MfaDevices {
    pub fn is_empty(&self) -> bool {
        self.devices.is_empty()
    }

    /// Devices whose codes can be typed: authenticator apps and hardware tokens.
    pub fn totp(&self) -> impl Iterator<Item = &MfaDevice> {
        self.devices.iter().filter(|d| d.sealed_seed().is_some())
    }

    pub fn passkeys(&self) -> impl Iterator<Item = &MfaDevice> {
        self.devices.iter().filter(|d| d.credential_id().is_some())
    }

    pub fn find(&self, serial: &str) -> Option<&MfaDevice> {
        self.devices.iter().find(|d| d.serial == serial)
    }

    pub fn find_passkey(&self, credential_id: &[u8]) -> Option<&MfaDevice> {
        self.passkeys()
            .find(|d| d.credential_id() == Some(credential_id))
    }

    /// The rules every new device meets, whatever its kind.
    pub fn check_new(&self, name: &str, serial: &str) -> Result<(), MfaAssignProblem> {
        if !valid_device_name(name) {
            return Err(MfaAssignProblem::NameInvalid);
        }
        if self.devices.iter().any(|d| d.name == name) {
            return Err(MfaAssignProblem::NameTaken);
        }
        if self.devices.len() >= MAX_MFA_DEVICES {
            return Err(MfaAssignProblem::LimitExceeded);
        }
        if self.find(serial).is_some() {
            return Err(MfaAssignProblem::SerialTaken);
        }
        Ok(())
    }
}

/// `arn:aws:iam::123456789012:mfa/NAME`, the serial AWS gives a virtual device.
pub fn virtual_serial(account: AccountId, name: &str) -> String {
    format!("arn:aws:iam::{account}:mfa/{name}")
}

/// AWS names a FIDO device `arn:aws:iam::ACCOUNT:u2f/PATH/NAME-SUFFIX`, the suffix
/// unique per credential; here it is derived from the credential ID.
pub fn passkey_serial(
    account: AccountId,
    principal_path: &str,
    name: &str,
    credential_id: &[u8],
) -> String {
    let suffix = base32::encode(&Sha256::digest(credential_id)[..16]);
    format!("arn:aws:iam::{account}:u2f/{principal_path}/{name}-{suffix}")
}

/// DER of `SubjectPublicKeyInfo { id-ecPublicKey, prime256v1 }` up to the key.
const P256_SPKI_PREFIX: [u8; 26] = [
    0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a,
    0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
];

/// A P-256 key in SPKI form with an uncompressed point (`04 ‖ x ‖ y`). The curve
/// check itself is WebCrypto's, at import.
pub fn is_p256_spki(spki: &[u8]) -> bool {
    spki.len() == P256_SPKI_PREFIX.len() + 65
        && spki.starts_with(&P256_SPKI_PREFIX)
        && spki[P256_SPKI_PREFIX.len()] == 0x04
}

/// WebAuthn caps credential IDs at 1023 bytes; authenticators use at least 16.
pub fn valid_credential_id(id: &[u8]) -> bool {
    (16..=1023).contains(&id.len())
}

mod hex_bytes {
    use crate::domain::secret::{hex, unhex};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        unhex(&String::deserialize(d)?).ok_or_else(|| serde::de::Error::custom("not hex"))
    }
}

mod base64url_bytes {
    use crate::domain::base64::{base64url_decode, base64url_encode};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64url_encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        base64url_decode(&String::deserialize(d)?)
            .ok_or_else(|| serde::de::Error::custom("not base64url"))
    }
}

#[cfg(test)]
pub mod testing {
    use super::*;

    /// A well-formed P-256 SPKI (the point itself is not checked natively).
    pub fn p256_spki() -> Vec<u8> {
        let mut spki = P256_SPKI_PREFIX.to_vec();
        spki.push(0x04);
        spki.extend_from_slice(&[0x42; 64]);
        spki
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn device(name: &str, serial: &str) -> MfaDevice {
        MfaDevice {
            name: name.into(),
            serial: serial.into(),
            kind: MfaDeviceKind::Passkey {
                credential_id: vec![0xfb; 16],
                public_key_spki: testing::p256_spki(),
                sign_count: 3,
            },
            created: Timestamp(5),
            last_used_step: None,
        }
    }

    #[test]
    fn new_devices_need_a_valid_unique_name_a_free_serial_and_room() {
        let mut devices = MfaDevices::default();
        devices
            .devices
            .push(device("phone", "arn:aws:iam::123456789012:mfa/phone"));
        assert_eq!(devices.check_new("key", "GAHT00000001"), Ok(()));
        for (name, serial, problem) in [
            ("", "s", MfaAssignProblem::NameInvalid),
            ("my phone", "s", MfaAssignProblem::NameInvalid),
            ("phone", "s", MfaAssignProblem::NameTaken),
            (
                "other",
                "arn:aws:iam::123456789012:mfa/phone",
                MfaAssignProblem::SerialTaken,
            ),
        ] {
            assert_eq!(devices.check_new(name, serial), Err(problem), "{name}");
        }
        for i in 1..MAX_MFA_DEVICES {
            devices
                .devices
                .push(device(&format!("d{i}"), &format!("s{i}")));
        }
        assert_eq!(
            devices.check_new("ninth", "s9"),
            Err(MfaAssignProblem::LimitExceeded)
        );
    }

    #[test]
    fn serials_take_the_shapes_aws_gives_them() {
        let account = AccountId::new(123_456_789_012).unwrap();
        assert_eq!(
            virtual_serial(account, "root-mfa"),
            "arn:aws:iam::123456789012:mfa/root-mfa"
        );
        let serial = passkey_serial(account, "root", "yubikey", &[1, 2, 3]);
        assert!(serial.starts_with("arn:aws:iam::123456789012:u2f/root/yubikey-"));
        assert_eq!(
            serial.len(),
            "arn:aws:iam::123456789012:u2f/root/yubikey-".len() + 26
        );
        assert_ne!(
            serial,
            passkey_serial(account, "root", "yubikey", &[1, 2, 4])
        );
    }

    #[test]
    fn only_p256_keys_and_sensible_credential_ids_are_accepted() {
        let good = testing::p256_spki();
        assert!(is_p256_spki(&good));
        let mut compressed = good.clone();
        compressed[26] = 0x02;
        let mut other_curve = good.clone();
        other_curve[22] = 0x22;
        for bad in [vec![], good[..90].to_vec(), compressed, other_curve] {
            assert!(!is_p256_spki(&bad));
        }
        for (len, ok) in [
            (0, false),
            (15, false),
            (16, true),
            (1023, true),
            (1024, false),
        ] {
            assert_eq!(valid_credential_id(&vec![1; len]), ok, "{len}");
        }
    }

    #[test]
    fn devices_round_trip_through_json_and_default_when_absent() {
        let mut devices = MfaDevices {
            seal_salt: vec![0xab; 16],
            iterations: 600_000,
            devices: vec![device("key", "arn")],
        };
        devices.devices[0].last_used_step = Some(9);
        let json = serde_json::to_string(&devices).unwrap();
        assert!(
            json.contains("\"abababababababababababababababab\""),
            "{json}"
        );
        assert!(
            json.contains("\"credential_id\":\"-_v7-_v7-_v7-_v7-_v7-w\""),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<MfaDevices>(&json).unwrap(), devices);
        assert_eq!(
            serde_json::from_str::<MfaDevices>("{}").unwrap(),
            MfaDevices::default()
        );
    }
}
