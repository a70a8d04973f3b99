//! Password hashing: PBKDF2-HMAC-SHA256 with a random salt, stored as a
//! self-describing string so the cost can be raised later and old hashes
//! upgraded on the next successful sign-in.

use super::random::Random;
use super::secret::{constant_time_eq, hex, unhex};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// Iterations for new hashes: OWASP's figure for PBKDF2-HMAC-SHA256. The stored
/// string carries the count, so raising it upgrades accounts on their next sign-in.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
const SCHEME: &str = "pbkdf2-sha256";
/// Bounds on what a stored hash may claim. Below the minimum a stolen lab file's
/// passwords fall to a quick guess; above the maximum one sign-in hangs the tab.
pub const STORED_ITERATIONS_MIN: u32 = 100_000;
pub const STORED_ITERATIONS_MAX: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const HASH_BYTES: usize = 32;

/// Where PBKDF2 is computed. Operations take it as a parameter so the browser can
/// compute with WebCrypto (off the main thread) and hand the results in, while
/// native code and browsers without `crypto.subtle` use `RustKdf`: the same bytes.
pub trait Kdf {
    /// PBKDF2-HMAC-SHA256 with a 32-byte output.
    fn pbkdf2(&self, password: &str, salt: &[u8], iterations: u32) -> [u8; 32];
}

/// RustCrypto's PBKDF2: what native code runs, and the browser's fallback when
/// WebCrypto is missing or fails.
pub struct RustKdf;

/// One PBKDF2 computation an operation asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KdfRequest {
    pub password: String,
    pub salt: Vec<u8>,
    pub iterations: u32,
}

/// Results computed ahead (by WebCrypto, asynchronously) for one operation. While
/// rehearsing, a missing result is noted and answered with zeros, so the caller
/// learns what to compute; for real, a missing one is computed in Rust, so the
/// answer is always right even if a rehearsal missed a request.
#[derive(Default)]
pub struct PreparedKdf {
    ready: std::cell::RefCell<Vec<(KdfRequest, [u8; 32])>>,
    missing: std::cell::RefCell<Vec<KdfRequest>>,
    rehearsing: std::cell::Cell<bool>,
}

impl PreparedKdf {
    pub fn rehearse(&self, on: bool) {
        self.rehearsing.set(on);
    }

    pub fn take_missing(&self) -> Vec<KdfRequest> {
        std::mem::take(&mut *self.missing.borrow_mut())
    }

    pub fn insert(&self, request: KdfRequest, derived: [u8; 32]) {
        self.ready.borrow_mut().push((request, derived));
    }
}

impl Kdf for PreparedKdf {
    fn pbkdf2(&self, password: &str, salt: &[u8], iterations: u32) -> [u8; 32] {
        let request = KdfRequest {
            password: password.to_string(),
            salt: salt.to_vec(),
            iterations,
        };
        if let Some((_, out)) = self.ready.borrow().iter().find(|(r, _)| *r == request) {
            return *out;
        }
        if self.rehearsing.get() {
            let mut missing = self.missing.borrow_mut();
            if !missing.contains(&request) {
                missing.push(request);
            }
            return [0; 32];
        }
        RustKdf.pbkdf2(password, salt, iterations)
    }
}

impl Kdf for RustKdf {
    fn pbkdf2(&self, password: &str, salt: &[u8], iterations: u32) -> [u8; 32] {
        let mut out = [0u8; 32];
        pbkdf2_hmac_sha256(password.as_bytes(), salt, iterations, &mut out);
        out
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PasswordHash {
    iterations: u32,
    salt: Vec<u8>,
    hash: Vec<u8>,
}

impl PasswordHash {
    pub fn new(password: &str, kdf: &dyn Kdf, rng: &mut impl Random) -> Self {
        Self::with_iterations(password, &rng.bytes::<SALT_BYTES>(), PBKDF2_ITERATIONS, kdf)
    }

    pub fn with_iterations(password: &str, salt: &[u8], iterations: u32, kdf: &dyn Kdf) -> Self {
        PasswordHash {
            iterations,
            salt: salt.to_vec(),
            hash: kdf.pbkdf2(password, salt, iterations).to_vec(),
        }
    }

    pub fn verify(&self, password: &str, kdf: &dyn Kdf) -> bool {
        // A shorter stored hash would match a wrong password by chance.
        self.hash.len() == HASH_BYTES
            && constant_time_eq(
                &kdf.pbkdf2(password, &self.salt, self.iterations),
                &self.hash,
            )
    }

    /// The cost this hash was computed at, as stored.
    pub fn iterations(&self) -> u32 {
        self.iterations
    }

    pub fn needs_rehash(&self) -> bool {
        self.iterations < PBKDF2_ITERATIONS
    }
}

impl From<PasswordHash> for String {
    fn from(p: PasswordHash) -> String {
        format!(
            "{SCHEME}${}${}${}",
            p.iterations,
            hex(&p.salt),
            hex(&p.hash)
        )
    }
}

impl TryFrom<String> for PasswordHash {
    type Error = String;
    /// Only what this app writes: the scheme, a count within the bounds, a 16-byte
    /// salt and a 32-byte hash. The message names the rule broken.
    fn try_from(s: String) -> Result<Self, String> {
        let parts: Vec<&str> = s.split('$').collect();
        let [SCHEME, iterations, salt, hash] = parts.as_slice() else {
            return Err("not a password hash".to_string());
        };
        let iterations = iterations
            .parse::<u32>()
            .ok()
            .filter(|n| (STORED_ITERATIONS_MIN..=STORED_ITERATIONS_MAX).contains(n))
            .ok_or_else(|| {
                format!(
                    "password hash iterations must be {STORED_ITERATIONS_MIN} to {STORED_ITERATIONS_MAX}"
                )
            })?;
        let salt = unhex(salt)
            .filter(|s| s.len() == SALT_BYTES)
            .ok_or_else(|| format!("password hash salt must be {SALT_BYTES} bytes"))?;
        let hash = unhex(hash)
            .filter(|h| h.len() == HASH_BYTES)
            .ok_or_else(|| format!("password hash must be {HASH_BYTES} bytes"))?;
        Ok(PasswordHash {
            iterations,
            salt,
            hash,
        })
    }
}

/// Not on the sign-in path; kept so the RFC 4231 vectors pin the PRF that PBKDF2
/// below is built on.
pub fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// RFC 8018 PBKDF2 with HMAC-SHA256 as the PRF: the bytes WebCrypto's
/// `deriveBits` gives, so either side can verify what the other stored.
pub fn pbkdf2_hmac_sha256(password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) {
    pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, iterations, out);
}

/// A fast stand-in for tests of the rules around passwords; PBKDF2 itself is
/// tested against the published vectors.
#[cfg(test)]
pub mod testing {
    use super::*;

    pub struct QuickKdf;

    impl Kdf for QuickKdf {
        fn pbkdf2(&self, password: &str, salt: &[u8], _iterations: u32) -> [u8; 32] {
            RustKdf.pbkdf2(password, salt, 1)
        }
    }

    /// Real PBKDF2 at exactly the count asked, so a hash labelled with one cost
    /// but computed at another fails to verify. It keeps what it computed: a
    /// test can ask which costs an operation used, and checking a stored hash
    /// again costs nothing (the answer is the real one either way).
    #[derive(Default)]
    pub struct CountingKdf {
        computed: std::cell::RefCell<Vec<(KdfRequest, [u8; 32])>>,
    }

    impl CountingKdf {
        /// Every cost asked for, in order, repeats included.
        pub fn counts(&self) -> Vec<u32> {
            let computed = self.computed.borrow();
            computed.iter().map(|(r, _)| r.iterations).collect()
        }
    }

    impl Kdf for CountingKdf {
        fn pbkdf2(&self, password: &str, salt: &[u8], iterations: u32) -> [u8; 32] {
            let request = KdfRequest {
                password: password.to_string(),
                salt: salt.to_vec(),
                iterations,
            };
            let known = self
                .computed
                .borrow()
                .iter()
                .find(|(r, _)| *r == request)
                .map(|(_, out)| *out);
            let out = known.unwrap_or_else(|| RustKdf.pbkdf2(password, salt, iterations));
            self.computed.borrow_mut().push((request, out));
            out
        }
    }

    /// The old hash an upgrade test starts from: real, at a cost far below today's.
    pub fn old_hash(password: &str) -> PasswordHash {
        PasswordHash::with_iterations(password, b"old-salt", 10, &RustKdf)
    }

    /// What an upgrade must leave: a hash at today's cost that real PBKDF2 at that
    /// cost verifies (through `kdf`, which computed it for real), and that
    /// cost computed during the sign-in.
    pub fn assert_upgraded(hash: &PasswordHash, password: &str, kdf: &CountingKdf) {
        assert_eq!(hash.iterations(), PBKDF2_ITERATIONS);
        assert!(
            kdf.counts().contains(&PBKDF2_ITERATIONS),
            "{:?}",
            kdf.counts()
        );
        assert!(hash.verify(password, kdf));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::random::OsRandom;

    #[test]
    fn hmac_sha256_matches_rfc_4231() {
        let cases: [(&[u8], &[u8], &str); 3] = [
            (
                &[0x0b; 20],
                b"Hi There",
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            ),
            (
                b"Jefe",
                b"what do ya want for nothing?",
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            ),
            (
                &[0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First",
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            ),
        ];
        for (key, data, mac) in cases {
            assert_eq!(hex(&hmac_sha256(key, data)), mac);
        }
    }

    /// Password, salt, iterations, output length, derived key.
    type Pbkdf2Vector = (&'static [u8], &'static [u8], u32, usize, &'static str);

    #[test]
    fn pbkdf2_matches_published_vectors() {
        let cases: [Pbkdf2Vector; 4] = [
            (b"password", b"salt", 1, 32, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
            (b"password", b"salt", 2, 32, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
            (b"password", b"salt", 4096, 32, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
            (
                b"passwd",
                b"salt",
                1,
                64,
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
            ),
        ];
        for (p, s, c, len, dk) in cases {
            let mut out = vec![0u8; len];
            pbkdf2_hmac_sha256(p, s, c, &mut out);
            assert_eq!(hex(&out), dk, "c={c}");
        }
    }

    #[test]
    fn a_hash_verifies_only_its_password_and_never_contains_it() {
        let h =
            PasswordHash::with_iterations("Correct-Horse-9", b"0123456789abcdef", 1000, &RustKdf);
        assert!(h.verify("Correct-Horse-9", &RustKdf));
        assert!(!h.verify("correct-horse-9", &RustKdf));
        let stored: String = h.clone().into();
        assert!(stored.starts_with("pbkdf2-sha256$1000$"));
        assert!(!stored.contains("Correct-Horse-9"));
        assert!(h.needs_rehash());
        let kept = PasswordHash::with_iterations(
            "Correct-Horse-9",
            b"0123456789abcdef",
            STORED_ITERATIONS_MIN,
            &testing::QuickKdf,
        );
        assert_eq!(
            PasswordHash::try_from(String::from(kept.clone())).unwrap(),
            kept
        );
    }

    #[test]
    fn a_stored_hash_is_refused_outside_its_bounds_naming_the_bound() {
        let salt = "00".repeat(16);
        let hash = "11".repeat(32);
        let stored = |i: &str, s: &str, h: &str| {
            PasswordHash::try_from(format!("pbkdf2-sha256${i}${s}${h}"))
        };
        assert!(stored("100000", &salt, &hash).is_ok());
        assert!(stored("10000000", &salt, &hash).is_ok());
        for n in ["99999", "1", "0", "10000001", "4000000000", "-1"] {
            assert_eq!(
                stored(n, &salt, &hash).unwrap_err(),
                "password hash iterations must be 100000 to 10000000",
                "{n}"
            );
        }
        assert_eq!(
            stored("600000", "00", &hash).unwrap_err(),
            "password hash salt must be 16 bytes"
        );
        for h in ["ab", "", &"11".repeat(33)] {
            assert_eq!(
                stored("600000", &salt, h).unwrap_err(),
                "password hash must be 32 bytes"
            );
        }
    }

    #[test]
    fn a_short_hash_in_memory_accepts_no_password() {
        let mut h = PasswordHash::with_iterations("pw", b"salt", 3, &RustKdf);
        h.hash.truncate(1);
        assert!(!h.verify("pw", &RustKdf));
        assert!(!h.verify("other", &RustKdf));
    }

    #[test]
    fn new_hashes_use_the_current_cost_and_a_fresh_salt() {
        let a = PasswordHash::new("same", &testing::QuickKdf, &mut OsRandom);
        let b = PasswordHash::new("same", &testing::QuickKdf, &mut OsRandom);
        assert_ne!(a, b);
        assert!(!a.needs_rehash());
    }

    #[test]
    fn the_trait_gives_the_same_bytes_as_the_function() {
        let mut direct = [0u8; 32];
        pbkdf2_hmac_sha256(b"password", b"salt", 4096, &mut direct);
        assert_eq!(RustKdf.pbkdf2("password", b"salt", 4096), direct);
    }

    #[test]
    fn a_rehearsal_lists_what_to_compute_and_the_real_run_uses_it() {
        let kdf = PreparedKdf::default();
        kdf.rehearse(true);
        let h = PasswordHash::with_iterations("pw", b"salt", 3, &RustKdf);
        assert!(!h.verify("pw", &kdf), "a rehearsal answers with zeros");
        let missing = kdf.take_missing();
        assert_eq!(
            missing,
            vec![KdfRequest {
                password: "pw".into(),
                salt: b"salt".to_vec(),
                iterations: 3
            }]
        );
        kdf.insert(missing[0].clone(), RustKdf.pbkdf2("pw", b"salt", 3));
        assert!(h.verify("pw", &kdf));
        assert!(kdf.take_missing().is_empty());
        kdf.rehearse(false);
        assert!(h.verify("pw", &kdf), "prepared");
        assert!(
            !h.verify("other", &kdf),
            "computed in Rust when not prepared"
        );
        assert!(kdf.take_missing().is_empty());
    }

    #[test]
    fn malformed_stored_strings_are_refused() {
        for bad in [
            "",
            "plain",
            "pbkdf2-sha256$x$00$00",
            "md5$1$00$00",
            "pbkdf2-sha256$1$00$",
        ] {
            assert!(PasswordHash::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }
}
