//! MFA seeds at rest. Whoever reads the browser's storage (or an exported lab file)
//! must not be able to mint codes, so every seed is sealed with AES-256-GCM under a
//! key only the principal's password can rebuild.

use crate::domain::password::{Kdf, PBKDF2_ITERATIONS};
use crate::domain::random::Random;
use crate::domain::secret::{constant_time_eq, hex, unhex};
use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
use serde::{Deserialize, Serialize};
use std::fmt;

pub const SEAL_SALT_BYTES: usize = 16;
pub const NONCE_BYTES: usize = 12;
/// Labels the associated data, so a sealed seed can never be mistaken for any
/// other ciphertext the lab might produce under the same key later.
const AAD_LABEL: &[u8] = b"rootkey-lab/mfa-seed/1";
/// The fewest PBKDF2 iterations a stored seal key may claim: below it a stolen
/// lab file's seeds would fall to a quick guess at the password.
pub const SEAL_ITERATIONS_MIN: u32 = 100_000;
/// The most: a higher count would hang every sign-in that rebuilds the key.
pub const SEAL_ITERATIONS_MAX: u32 = 10_000_000;

/// Stored seal parameters a key may be derived with: a salt of the size this app
/// makes and a count within the bounds. Anything else is never derived with.
pub fn seal_params_valid(salt: &[u8], iterations: u32) -> bool {
    salt.len() == SEAL_SALT_BYTES
        && (SEAL_ITERATIONS_MIN..=SEAL_ITERATIONS_MAX).contains(&iterations)
}

/// The key that seals a principal's seeds. Never stored and never serialised: it
/// exists only between a password being typed and the operation that needed it.
#[derive(Clone)]
pub struct SealKey {
    bytes: [u8; 32],
    salt: Vec<u8>,
    iterations: u32,
}

impl SealKey {
    /// The principal's own salt, distinct from the password hash's so the stored
    /// hash says nothing about the key.
    pub(crate) fn derive(password: &str, salt: &[u8], iterations: u32, kdf: &dyn Kdf) -> Self {
        SealKey {
            bytes: kdf.pbkdf2(password, salt, iterations),
            salt: salt.to_vec(),
            iterations,
        }
    }

    /// A key under a fresh salt at today's cost: for a principal's first device, and
    /// for re-wrapping every seed when the password changes.
    pub(crate) fn fresh(password: &str, kdf: &dyn Kdf, rng: &mut impl Random) -> Self {
        Self::derive(
            password,
            &rng.bytes::<SEAL_SALT_BYTES>(),
            PBKDF2_ITERATIONS,
            kdf,
        )
    }

    pub fn salt(&self) -> &[u8] {
        &self.salt
    }

    pub fn iterations(&self) -> u32 {
        self.iterations
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.bytes.into())
    }
}

impl PartialEq for SealKey {
    fn eq(&self, other: &Self) -> bool {
        constant_time_eq(&self.bytes, &other.bytes)
            && self.salt == other.salt
            && self.iterations == other.iterations
    }
}

impl Eq for SealKey {}

impl fmt::Debug for SealKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SealKey(..)")
    }
}

impl Drop for SealKey {
    fn drop(&mut self) {
        // black_box keeps the compiler from dropping the wipe as a dead store.
        self.bytes = [0; 32];
        std::hint::black_box(&self.bytes);
    }
}

/// The associated data: who and which device the seed belongs to. Opening with any
/// other device's data fails, so a ciphertext cannot be moved to another device.
pub fn seal_aad(account: &str, principal: &str, device: &str) -> Vec<u8> {
    let mut aad = AAD_LABEL.to_vec();
    for part in [account, principal, device] {
        aad.push(0);
        aad.extend_from_slice(&(part.len() as u32).to_be_bytes());
        aad.extend_from_slice(part.as_bytes());
    }
    aad
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SealedSeed {
    nonce: [u8; NONCE_BYTES],
    /// Includes GCM's 16-byte tag.
    ciphertext: Vec<u8>,
}

/// Opening failed: wrong key (password), altered bytes or another device's data.
/// GCM cannot tell these apart, and nothing should.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SealError;

impl SealedSeed {
    /// A fresh random nonce each time: reusing one under a key breaks GCM.
    pub fn seal(key: &SealKey, seed: &[u8], aad: &[u8], rng: &mut impl Random) -> Self {
        let nonce = rng.bytes::<NONCE_BYTES>();
        let ciphertext = key
            .cipher()
            .encrypt(Nonce::from_slice(&nonce), Payload { msg: seed, aad })
            .expect("AES-GCM encrypts any seed-sized message");
        SealedSeed { nonce, ciphertext }
    }

    pub fn open(&self, key: &SealKey, aad: &[u8]) -> Result<Vec<u8>, SealError> {
        key.cipher()
            .decrypt(
                Nonce::from_slice(&self.nonce),
                Payload {
                    msg: &self.ciphertext,
                    aad,
                },
            )
            .map_err(|_| SealError)
    }
}

impl From<SealedSeed> for String {
    fn from(s: SealedSeed) -> String {
        format!("{}.{}", hex(&s.nonce), hex(&s.ciphertext))
    }
}

impl TryFrom<String> for SealedSeed {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        let bad = || "not a sealed seed".to_string();
        let (nonce, ciphertext) = text.split_once('.').ok_or_else(bad)?;
        Ok(SealedSeed {
            nonce: unhex(nonce)
                .and_then(|n| n.try_into().ok())
                .ok_or_else(bad)?,
            ciphertext: unhex(ciphertext).filter(|c| c.len() > 16).ok_or_else(bad)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::password::testing::QuickKdf;
    use crate::domain::random::testing::Replay;
    use crate::domain::random::OsRandom;

    fn key(password: &str) -> SealKey {
        SealKey::derive(password, b"0123456789abcdef", 1, &QuickKdf)
    }

    #[test]
    fn matches_the_gcm_specifications_test_case_16() {
        // McGrew & Viega, "The Galois/Counter Mode of Operation", AES-256 case 16;
        // also checked against Python's `cryptography`.
        let key = SealKey {
            bytes: unhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
                .unwrap()
                .try_into()
                .unwrap(),
            salt: vec![],
            iterations: 0,
        };
        let plain = unhex(
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72\
             1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
        )
        .unwrap();
        let aad = unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2").unwrap();
        let iv = unhex("cafebabefacedbaddecaf888").unwrap();
        let sealed = SealedSeed::seal(&key, &plain, &aad, &mut Replay::new(&iv));
        assert_eq!(
            hex(&sealed.ciphertext),
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa\
             8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662\
             76fc6ece0f4e1768cddf8853bb2d551b"
        );
        assert_eq!(sealed.open(&key, &aad), Ok(plain));
    }

    #[test]
    fn a_seed_opens_only_with_its_key_and_its_device() {
        let aad = seal_aad(
            "123456789012",
            "root",
            "arn:aws:iam::123456789012:mfa/phone",
        );
        let seed = [7u8; 40];
        let sealed = SealedSeed::seal(&key("Secret-Pass1"), &seed, &aad, &mut OsRandom);
        assert_eq!(sealed.open(&key("Secret-Pass1"), &aad), Ok(seed.to_vec()));

        let other_device = seal_aad("123456789012", "root", "arn:aws:iam::123456789012:mfa/x");
        let other_account = seal_aad(
            "123456789013",
            "root",
            "arn:aws:iam::123456789012:mfa/phone",
        );
        let shifted = seal_aad(
            "123456789012",
            "root:arn",
            ":aws:iam::123456789012:mfa/phone",
        );
        let mut tampered = sealed.clone();
        tampered.ciphertext[0] ^= 1;
        let mut tag_tampered = sealed.clone();
        *tag_tampered.ciphertext.last_mut().unwrap() ^= 0x80;
        let mut nonce_tampered = sealed.clone();
        nonce_tampered.nonce[11] ^= 1;
        for (what, sealed, key, aad) in [
            ("wrong password", &sealed, key("Secret-Pass2"), &aad),
            ("other device", &sealed, key("Secret-Pass1"), &other_device),
            (
                "other account",
                &sealed,
                key("Secret-Pass1"),
                &other_account,
            ),
            ("fields shifted", &sealed, key("Secret-Pass1"), &shifted),
            ("ciphertext altered", &tampered, key("Secret-Pass1"), &aad),
            ("tag altered", &tag_tampered, key("Secret-Pass1"), &aad),
            ("nonce altered", &nonce_tampered, key("Secret-Pass1"), &aad),
        ] {
            assert_eq!(sealed.open(&key, aad), Err(SealError), "{what}");
        }
    }

    #[test]
    fn sealing_twice_gives_different_ciphertexts() {
        let k = key("Secret-Pass1");
        let a = SealedSeed::seal(&k, &[1; 40], b"", &mut OsRandom);
        let b = SealedSeed::seal(&k, &[1; 40], b"", &mut OsRandom);
        assert_ne!(a, b);
    }

    #[test]
    fn the_stored_form_is_one_compact_string() {
        let sealed = SealedSeed::seal(&key("p"), &[9; 40], b"", &mut Replay::new(&[0xab]));
        let json = serde_json::to_string(&sealed).unwrap();
        assert!(json.starts_with("\"abababababababababababab."), "{json}");
        assert_eq!(json.len(), 2 + 24 + 1 + (40 + 16) * 2);
        assert_eq!(serde_json::from_str::<SealedSeed>(&json).unwrap(), sealed);
        for bad in ["\"\"", "\"00.00\"", "\"abab.00\"", "\"zz.00\"", "5"] {
            assert!(serde_json::from_str::<SealedSeed>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn seal_parameters_are_bounded() {
        let salt = [7u8; SEAL_SALT_BYTES];
        assert!(seal_params_valid(&salt, SEAL_ITERATIONS_MIN));
        assert!(seal_params_valid(&salt, SEAL_ITERATIONS_MAX));
        assert!(seal_params_valid(&salt, PBKDF2_ITERATIONS));
        assert!(!seal_params_valid(&salt, 0));
        assert!(!seal_params_valid(&salt, SEAL_ITERATIONS_MIN - 1));
        assert!(!seal_params_valid(&salt, 4_000_000_000));
        assert!(!seal_params_valid(&salt[..15], PBKDF2_ITERATIONS));
        assert!(!seal_params_valid(&[], PBKDF2_ITERATIONS));
    }

    #[test]
    fn a_key_never_prints_its_bytes() {
        let k = SealKey::derive("p", b"s", 1, &QuickKdf);
        assert_eq!(format!("{k:?}"), "SealKey(..)");
        assert_eq!(k, SealKey::derive("p", b"s", 1, &QuickKdf));
        assert_ne!(k, SealKey::derive("q", b"s", 1, &QuickKdf));
    }
}
