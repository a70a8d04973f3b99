//! What `make fuzz` and the fuzz tests share: a seeded random source (a seed
//! replays a run exactly), a fast stand-in for PBKDF2 (the rules are under test,
//! not the hash), edits of text and of JSON values, and a tally that prints the
//! share of each outcome. Not used by the app.

use super::password::{Kdf, RustKdf};
use super::random::Random;
use serde_json::Value;
use std::collections::BTreeMap;

/// SplitMix64: small, fast, and the same stream for the same seed everywhere,
/// so a failure found by one run is found again by its seed.
#[derive(Clone, Debug)]
pub struct FuzzRng(u64);

impl FuzzRng {
    pub fn new(seed: u64) -> FuzzRng {
        FuzzRng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn index(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.index(items.len())]
    }
}

impl Random for FuzzRng {
    fn fill(&mut self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            let bytes = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
    }
}

/// PBKDF2 at one round whatever the count asked: sign-ups and scenario builds
/// by the thousand, each still hashing, salting and checking as the lab does.
pub struct FastKdf;

impl Kdf for FastKdf {
    fn pbkdf2(&self, password: &str, salt: &[u8], _iterations: u32) -> [u8; 32] {
        RustKdf.pbkdf2(password, salt, 1)
    }
}

/// Pieces that matter to JSON, to UTF-8 handling and to the lab's own fields.
const PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "-1",
    "0",
    "1e309",
    "\\",
    "\\u0000",
    "\u{0}",
    "é",
    "💥",
    "\"app\"",
    "\"schema\"",
    "\"rootkey-lab\"",
    "\"data\"",
    "\"accounts\"",
    "AKIA",
    "Inactive",
    "[]",
    "{}",
];

/// One to four byte-level edits of `base`: cut, flip a bit, insert a piece,
/// delete or repeat a span.
pub fn mutate_bytes(base: &str, rng: &mut FuzzRng) -> String {
    let mut bytes = base.as_bytes().to_vec();
    for _ in 0..=rng.index(4) {
        let at = rng.index(bytes.len() + 1);
        match rng.index(5) {
            0 => bytes.truncate(at),
            1 if at < bytes.len() => bytes[at] ^= 1 << rng.index(8),
            2 => {
                let piece = rng.pick(PIECES).as_bytes().to_vec();
                bytes.splice(at..at, piece);
            }
            3 => {
                let end = (at + rng.index(16)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                let end = (at + rng.index(64)).min(bytes.len());
                let span = bytes[at..end].to_vec();
                bytes.splice(at..at, span);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Every value in `v`, depth first, as a path of keys and indexes.
fn paths(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                here.push(Step::Key(k.clone()));
                paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                here.push(Step::Index(i));
                paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// A value of another shape, or the same shape nudged: what a hand edit, an old
/// build or a bug could leave in a field.
fn replacement(old: &Value, rng: &mut FuzzRng) -> Value {
    match rng.index(10) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(50)),
        2 => Value::from(*rng.pick(&[-1i64, 0, 1, 2, 3, 99, 4_000_000_000, i64::MAX])),
        3 => Value::from(*rng.pick(&["", "x", "Active", "Inactive", "AKIA", "💥", "a/../b"])),
        4 => Value::Array(vec![]),
        5 => Value::Object(Default::default()),
        _ => match old {
            Value::String(s) => {
                let mut s = s.clone();
                match rng.index(3) {
                    0 if !s.is_empty() => {
                        let cut = rng.index(s.len());
                        s.truncate(s.floor_char_boundary_compat(cut));
                    }
                    1 => s.push_str(rng.pick::<&str>(&["x", "0", "=", "é", " "])),
                    _ => s = s.repeat(2),
                }
                Value::String(s)
            }
            Value::Number(n) => {
                let n = n.as_i64().unwrap_or(0);
                Value::from(n.wrapping_add(*rng.pick(&[-1i64, 1, -1000, 1000])))
            }
            Value::Array(a) if !a.is_empty() => {
                // Repeat an item: duplicate keys, IDs, devices, whole accounts.
                let mut a = a.clone();
                let i = rng.index(a.len());
                a.push(a[i].clone());
                Value::Array(a)
            }
            Value::Object(m) if !m.is_empty() => {
                let mut m = m.clone();
                let key = m
                    .keys()
                    .nth(rng.index(m.len()))
                    .cloned()
                    .unwrap_or_default();
                m.remove(&key);
                Value::Object(m)
            }
            other => other.clone(),
        },
    }
}

/// `str::floor_char_boundary` for the stable toolchain.
trait FloorBoundary {
    fn floor_char_boundary_compat(&self, at: usize) -> usize;
}

impl FloorBoundary for String {
    fn floor_char_boundary_compat(&self, mut at: usize) -> usize {
        while !self.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

/// One to three edits of the JSON value `base` that keep it JSON: a field
/// replaced, removed or repeated, so the reader's later stages (the schema,
/// the migrations, the typed lab, the validator) see it.
pub fn mutate_json(base: &Value, rng: &mut FuzzRng) -> Value {
    let mut v = base.clone();
    for _ in 0..=rng.index(3) {
        let mut all = Vec::new();
        paths(&v, &mut Vec::new(), &mut all);
        let path = rng.pick(&all).clone();
        if let Some(slot) = at(&mut v, &path) {
            *slot = replacement(slot, rng);
        }
    }
    v
}

/// Counts of named outcomes, printed with their shares.
#[derive(Default, Debug)]
pub struct Tally(pub BTreeMap<String, usize>);

impl Tally {
    pub fn add(&mut self, outcome: impl Into<String>) {
        *self.0.entry(outcome.into()).or_default() += 1;
    }

    pub fn total(&self) -> usize {
        self.0.values().sum()
    }

    pub fn share(&self, outcome: &str) -> f64 {
        let n = self.0.get(outcome).copied().unwrap_or(0);
        n as f64 * 100.0 / self.total().max(1) as f64
    }

    /// Each outcome of `required` below 1%, for the run's verdict.
    pub fn under_one_percent<'a>(&self, required: &[&'a str]) -> Vec<&'a str> {
        required
            .iter()
            .copied()
            .filter(|r| self.share(r) < 1.0)
            .collect()
    }

    /// One line per outcome: the count and its share of the total.
    pub fn table(&self) -> String {
        self.0
            .iter()
            .map(|(k, n)| format!("  {k:<34} {n:>9}  {:>6.2}%\n", self.share(k)))
            .collect()
    }
}
