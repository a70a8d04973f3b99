//! Identifiers as AWS shapes them: 12-digit account IDs and access key IDs whose
//! middle encodes the owning account (the layout AWS has used since 2019, which
//! `sts get-access-key-info` decodes).

use super::random::Random;
use serde::{Deserialize, Serialize};
use std::fmt;

/// RFC 4648 Base32, the alphabet of every character after the four-letter prefix.
pub const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const ACCOUNT_ID_MAX: u64 = 999_999_999_999;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AccountId(u64);

impl AccountId {
    pub fn new(value: u64) -> Option<Self> {
        (value <= ACCOUNT_ID_MAX).then_some(AccountId(value))
    }

    pub fn generate(rng: &mut impl Random) -> Self {
        let value = (0..12).fold(0u64, |acc, _| acc * 10 + u64::from(rng.below(10)));
        AccountId(value)
    }

    pub fn value(self) -> u64 {
        self.0
    }

    /// The console shows `1234-5678-9012`; ARNs and the CLI use the bare digits.
    pub fn hyphenated(self) -> String {
        let d = self.to_string();
        format!("{}-{}-{}", &d[0..4], &d[4..8], &d[8..12])
    }

    /// The root user's ARN, as STS and IAM name it.
    pub fn root_arn(self) -> String {
        format!("arn:aws:iam::{self}:root")
    }

    /// Accepts what a person types: 12 digits, optionally grouped by hyphens or spaces.
    pub fn parse(text: &str) -> Option<Self> {
        let digits: String = text
            .trim()
            .chars()
            .filter(|c| *c != '-' && *c != ' ')
            .collect();
        if digits.len() != 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok().and_then(AccountId::new)
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:012}", self.0)
    }
}

impl TryFrom<String> for AccountId {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        AccountId::parse(&s).ok_or_else(|| format!("not an account ID: {s}"))
    }
}

impl From<AccountId> for String {
    fn from(id: AccountId) -> String {
        id.to_string()
    }
}

/// `AKIA` for long-term keys (the lab's), `ASIA` for temporary ones (decodable only).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AccessKeyId(String);

impl AccessKeyId {
    pub fn generate(account: AccountId, rng: &mut impl Random) -> Self {
        AccessKeyId(encode_account("AKIA", account, 7, rng))
    }

    /// Any well-formed key ID, whether or not the lab knows it.
    pub fn parse(text: &str) -> Option<Self> {
        let ok = text.len() == 20
            && (text.starts_with("AKIA") || text.starts_with("ASIA"))
            && text[4..].bytes().all(|b| BASE32.contains(&b));
        ok.then(|| AccessKeyId(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The account a key belongs to, read from the ID alone.
    pub fn account(&self) -> Option<AccountId> {
        decode_account(&self.0)
    }
}

/// AWS's unique-ID layout, shared by access key IDs and IAM's user (`AIDA`) and
/// group (`AGPA`) IDs: the prefix, eight base32 characters packing the account
/// (without its lowest bit) under a marker bit, one character whose half of
/// the alphabet is that lowest bit, then `tail` random characters.
pub fn encode_account(
    prefix: &str,
    account: AccountId,
    tail: usize,
    rng: &mut impl Random,
) -> String {
    let mut id = String::from(prefix);
    let packed = (1u64 << 39) | (account.0 >> 1);
    for i in (0..8).rev() {
        id.push(BASE32[((packed >> (5 * i)) & 31) as usize] as char);
    }
    // The account's lowest bit picks the half of the alphabet for the next character.
    let half = if account.0 & 1 == 1 { 16 } else { 0 };
    id.push(BASE32[half + rng.below(16) as usize] as char);
    for _ in 0..tail {
        id.push(BASE32[rng.below(32) as usize] as char);
    }
    id
}

/// The account a unique ID (key, user or group) encodes, from its text alone.
pub fn decode_account(id: &str) -> Option<AccountId> {
    let body = id.get(4..)?.as_bytes();
    let value = |b: &u8| BASE32.iter().position(|c| c == b).map(|p| p as u64);
    let mut packed = 0u64;
    for b in body.get(..8)? {
        packed = packed << 5 | value(b)?;
    }
    let low_bit = value(body.get(8)?)? >> 4;
    AccountId::new(((packed & ((1 << 39) - 1)) << 1) | low_bit)
}

impl fmt::Display for AccessKeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::random::{testing::Replay, OsRandom};

    const VECTORS: [(&str, &str); 3] = [
        ("AKIARZPUZDIKGB2VALC4", "123456789012"),
        ("ASIAY34FZKBOKMUTVV7A", "609629065308"),
        ("ASIAQAAAAAAAGMKEM7X5", "000000000000"),
    ];

    #[test]
    fn decodes_the_published_vectors() {
        for (key, account) in VECTORS {
            let id = AccessKeyId::parse(key).unwrap();
            assert_eq!(id.account().unwrap().to_string(), account, "{key}");
        }
    }

    #[test]
    fn generated_ids_reproduce_the_vectors_prefix_and_half() {
        for (key, account) in VECTORS {
            let account = AccountId::parse(account).unwrap();
            let id = AccessKeyId::generate(account, &mut OsRandom);
            assert_eq!(&id.as_str()[4..12], &key[4..12]);
            let half = |c: u8| BASE32.iter().position(|b| *b == c).unwrap() >= 16;
            assert_eq!(half(id.as_str().as_bytes()[12]), half(key.as_bytes()[12]));
            assert!(id.as_str().starts_with("AKIA"));
        }
    }

    #[test]
    fn generated_ids_round_trip_for_edge_accounts() {
        for value in [0, 1, 2, 123_456_789_012, 609_629_065_308, 999_999_999_999] {
            let account = AccountId::new(value).unwrap();
            for _ in 0..20 {
                let id = AccessKeyId::generate(account, &mut OsRandom);
                assert_eq!(id.as_str().len(), 20);
                assert!(AccessKeyId::parse(id.as_str()).is_some());
                assert_eq!(id.account(), Some(account), "{id}");
            }
        }
    }

    #[test]
    fn rejects_malformed_key_ids() {
        for bad in [
            "",
            "AKIA",
            "AKIARZPUZDIKGB2VALC",
            "AKIARZPUZDIKGB2VALC44",
            "AKIArzpuzdikgb2valc4",
            "AKIARZPUZDIKGB2VAL01",
            "AIDARZPUZDIKGB2VALC4",
        ] {
            assert!(AccessKeyId::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn account_ids_have_twelve_digits_and_hyphenate() {
        let id = AccountId::generate(&mut Replay::new(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2]));
        assert_eq!(id.to_string(), "123456789012");
        assert_eq!(id.hyphenated(), "1234-5678-9012");
        let zero = AccountId::generate(&mut Replay::new(&[0]));
        assert_eq!(zero.to_string(), "000000000000");
        assert_eq!(zero.hyphenated(), "0000-0000-0000");
        assert_eq!(id.root_arn(), "arn:aws:iam::123456789012:root");
    }

    #[test]
    fn account_ids_parse_as_people_type_them() {
        for (text, ok) in [
            ("123456789012", true),
            ("1234-5678-9012", true),
            (" 1234 5678 9012 ", true),
            ("12345678901", false),
            ("1234567890123", false),
            ("12345678901a", false),
            ("", false),
        ] {
            assert_eq!(AccountId::parse(text).is_some(), ok, "{text:?}");
        }
    }
}
