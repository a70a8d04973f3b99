//! 20,000 mutated and truncated variants of the built-in scenarios through
//! `parse_scenario` and `build`: refused or built, never a panic, and whatever
//! builds satisfies the lab's rules.

use super::{builtin, parse_scenario, BUILTIN_NAMES};
use crate::domain::access_key::MAX_ACCESS_KEYS;
use crate::domain::mfa::MAX_MFA_DEVICES;
use crate::domain::password::testing::QuickKdf;
use crate::domain::random::OsRandom;
use crate::domain::time::Timestamp;

/// xorshift64*: a fixed seed, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Characters that matter to JSON, to the format's rules, or to UTF-8 handling.
const PIECES: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\\",
    "null",
    "true",
    "0",
    "9",
    "-1",
    "1e400",
    "A",
    "a",
    "/",
    "+",
    " ",
    "-",
    "T",
    "Z",
    "@",
    "é",
    "あ",
    "\u{0}",
    "\"version\": 1",
    "\"version\": 2",
    "\"mfa\": [1]",
    "\"iam_users\": []",
    "\"administrator\": true",
    "\"type\": \"hardware-token\"",
    "OJXW65DLMV4S",
    "2026-02-29T00:00:00+00:00",
    "AKIARZPUZDIKGEXAMPLE",
    "Inactive",
    "[]",
    "{}",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..=rng.below(3) {
        let len = chars.len();
        let at = rng.below(len + 1);
        match rng.below(6) {
            0 => chars.truncate(at),
            1 if at < len => {
                chars.remove(at);
            }
            2 => {
                let piece = PIECES[rng.below(PIECES.len())];
                chars.splice(at..at, piece.chars());
            }
            3 if at < len => {
                let piece = PIECES[rng.below(PIECES.len())];
                let end = (at + rng.below(8)).min(len);
                chars.splice(at..end, piece.chars());
            }
            4 if at < len => {
                // Duplicate a span: repeated keys, list items, whole accounts.
                let end = (at + rng.below(400)).min(len);
                let span: Vec<char> = chars[at..end].to_vec();
                chars.splice(end..end, span);
            }
            _ if at < len && chars[at].is_ascii_alphanumeric() => {
                // Nudge a letter or digit inside a value: keeps the JSON valid.
                let c = chars[at] as u8;
                chars[at] = (if c == b'z' || c == b'Z' || c == b'9' {
                    c - 1
                } else {
                    c + 1
                }) as char;
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

#[test]
fn twenty_thousand_variants_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut parsed, mut built) = (0, 0);
    for i in 0..20_000 {
        let name = BUILTIN_NAMES[i % BUILTIN_NAMES.len()];
        let text = mutate(builtin(name).unwrap(), &mut rng);
        let Ok(scenario) = parse_scenario(&text) else {
            continue;
        };
        parsed += 1;
        // A cheap hash: the rules are what is under test, not PBKDF2.
        if let Ok(lab) = scenario.build(&QuickKdf, &mut OsRandom, Timestamp(0)) {
            built += 1;
            for a in &lab.accounts {
                assert!(lab.training.get(a.id).is_some(), "{text}");
                assert!(a.root.mfa.devices.len() <= MAX_MFA_DEVICES, "{text}");
                let user_keys = a.users.iter().map(|u| &u.access_keys);
                for keys in std::iter::once(&a.root.access_keys).chain(user_keys) {
                    assert!(keys.len() <= MAX_ACCESS_KEYS, "{text}");
                    for k in keys.iter() {
                        assert_eq!(k.id.account(), Some(a.id), "{text}");
                    }
                }
            }
        }
    }
    // The mutations reach past the JSON parser into the scenario rules.
    assert!(parsed > 1_000, "{parsed}");
    assert!(built > 1_000, "{built}");
}
