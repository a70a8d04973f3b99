//! Every random value in the lab (account IDs, key IDs, secrets, salts, MFA seeds)
//! comes through `Random`, so tests can be deterministic while the app only ever
//! draws from the platform's cryptographic source.

pub trait Random {
    fn fill(&mut self, buf: &mut [u8]);

    /// A uniform index below `n` (1..=256), by rejection so no value is favoured.
    fn below(&mut self, n: u16) -> u8 {
        debug_assert!((1..=256).contains(&n));
        let limit = 256 - (256 % n);
        loop {
            let mut b = [0u8; 1];
            self.fill(&mut b);
            if u16::from(b[0]) < limit {
                return (u16::from(b[0]) % n) as u8;
            }
        }
    }

    fn bytes<const N: usize>(&mut self) -> [u8; N]
    where
        Self: Sized,
    {
        let mut out = [0u8; N];
        self.fill(&mut out);
        out
    }
}

/// The operating system's (or, in the browser, WebCrypto's) secure generator.
pub struct OsRandom;

impl Random for OsRandom {
    fn fill(&mut self, buf: &mut [u8]) {
        getrandom::fill(buf).expect("the platform's secure random source is unavailable");
    }
}

/// A deterministic stream from a secret 32-byte seed (SHA-256 in counter mode).
/// An operation that needs slow PBKDF2 results is first rehearsed on a copy of the
/// lab to learn which ones, then replayed with the same seed, so it draws the same
/// salts and IDs and finds every result ready.
pub struct SeededRandom {
    seed: [u8; 32],
    counter: u64,
    block: [u8; 32],
    used: usize,
}

impl SeededRandom {
    pub fn new(seed: [u8; 32]) -> Self {
        SeededRandom {
            seed,
            counter: 0,
            block: [0; 32],
            used: 32,
        }
    }
}

impl Random for SeededRandom {
    fn fill(&mut self, buf: &mut [u8]) {
        use sha2::{Digest, Sha256};
        for b in buf {
            if self.used == 32 {
                let mut h = Sha256::new();
                h.update(self.seed);
                h.update(self.counter.to_be_bytes());
                self.block = h.finalize().into();
                self.counter += 1;
                self.used = 0;
            }
            *b = self.block[self.used];
            self.used += 1;
        }
    }
}

#[cfg(test)]
pub mod testing {
    use super::Random;

    /// Replays the given bytes in a loop: a test double, never used by the app.
    pub struct Replay {
        bytes: Vec<u8>,
        at: usize,
    }

    impl Replay {
        pub fn new(bytes: &[u8]) -> Self {
            Replay {
                bytes: bytes.to_vec(),
                at: 0,
            }
        }
    }

    impl Random for Replay {
        fn fill(&mut self, buf: &mut [u8]) {
            for b in buf {
                *b = self.bytes[self.at % self.bytes.len()];
                self.at += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::Replay;
    use super::*;

    #[test]
    fn below_rejects_bytes_that_would_bias_the_result() {
        // 250..=255 would favour 0..=5 for n = 10, so they are skipped.
        let mut r = Replay::new(&[255, 250, 13]);
        assert_eq!(r.below(10), 3);
    }

    #[test]
    fn below_accepts_every_byte_for_powers_of_two() {
        let mut r = Replay::new(&[255]);
        assert_eq!(r.below(32), 31);
        assert_eq!(r.below(256), 255);
    }

    #[test]
    fn a_seeded_stream_replays_exactly_and_depends_on_its_seed() {
        let draw = |seed: u8| {
            let mut r = SeededRandom::new([seed; 32]);
            let a: [u8; 20] = r.bytes();
            let b: [u8; 40] = r.bytes();
            (a, b)
        };
        assert_eq!(draw(1), draw(1));
        assert_ne!(draw(1), draw(2));
        let (a, b) = draw(1);
        assert_ne!(a[..], b[..20]);
    }

    #[test]
    fn os_random_fills_the_buffer() {
        let a: [u8; 32] = OsRandom.bytes();
        let b: [u8; 32] = OsRandom.bytes();
        assert_ne!(a, b);
    }
}
