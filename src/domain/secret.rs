//! Secret access keys: generated once, handed out once, kept only as a salted hash
//! (enough for the terminal to check a presented secret).

use super::random::Random;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

const SECRET_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
pub const SECRET_LEN: usize = 40;

pub fn generate_secret_access_key(rng: &mut impl Random) -> String {
    (0..SECRET_LEN)
        .map(|_| SECRET_ALPHABET[rng.below(64) as usize] as char)
        .collect()
}

/// Whether `text` has the shape of a secret access key (as a scenario file gives one).
pub fn is_secret_access_key_shape(text: &str) -> bool {
    text.len() == SECRET_LEN && text.bytes().all(|b| SECRET_ALPHABET.contains(&b))
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaltedSha256 {
    salt: String,
    hash: String,
}

impl SaltedSha256 {
    pub fn new(secret: &str, rng: &mut impl Random) -> Self {
        let salt = hex(&rng.bytes::<16>());
        let hash = hex(&digest(&salt, secret));
        SaltedSha256 { salt, hash }
    }

    pub fn matches(&self, secret: &str) -> bool {
        constant_time_eq(
            hex(&digest(&self.salt, secret)).as_bytes(),
            self.hash.as_bytes(),
        )
    }
}

fn digest(salt: &str, secret: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update(secret.as_bytes());
    h.finalize().into()
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// Comparison time depends only on the length, never on where the first difference is.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::random::OsRandom;

    #[test]
    fn secrets_are_forty_characters_of_the_aws_alphabet() {
        for _ in 0..50 {
            let s = generate_secret_access_key(&mut OsRandom);
            assert_eq!(s.len(), 40);
            assert!(s.bytes().all(|b| SECRET_ALPHABET.contains(&b)), "{s}");
        }
    }

    #[test]
    fn the_hash_checks_the_secret_without_containing_it() {
        let secret = generate_secret_access_key(&mut OsRandom);
        let stored = SaltedSha256::new(&secret, &mut OsRandom);
        assert!(stored.matches(&secret));
        assert!(!stored.matches(&secret[1..]));
        assert!(!stored.matches(""));
        let json = serde_json::to_string(&stored).unwrap();
        assert!(!json.contains(&secret));
    }

    #[test]
    fn equal_secrets_get_different_salts() {
        let a = SaltedSha256::new("same", &mut OsRandom);
        let b = SaltedSha256::new("same", &mut OsRandom);
        assert_ne!(a, b);
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(hex(&[0, 15, 255]), "000fff");
        assert_eq!(unhex("000fff"), Some(vec![0, 15, 255]));
        assert_eq!(unhex("0"), None);
        assert_eq!(unhex("zz"), None);
    }

    #[test]
    fn constant_time_eq_compares_fully() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
