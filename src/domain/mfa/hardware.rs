//! A simulated hardware TOTP token, so a learner without a key fob can still walk
//! through "Hardware TOTP token": the lab makes one up and shows its display.

use super::totp::{self, DEFAULT_DIGITS};
use crate::domain::random::Random;
use crate::domain::time::Timestamp;
use std::fmt;

/// AWS sells Gemalto tokens whose serials look like `GAHT12345678`.
const SERIAL_PREFIX: &str = "GAHT";
const SERIAL_DIGITS: usize = 8;
/// Hardware tokens carry a 20-byte (160-bit) seed, the RFC 4226 recommended length.
pub const HARDWARE_SEED_BYTES: usize = 20;

/// Deliberately not serialisable: the lab keeps a token only in memory until it
/// is assigned, and then only its sealed seed.
#[derive(Clone, PartialEq, Eq)]
pub struct HardwareToken {
    /// Printed on the back of the token; the console asks for it as the device's
    /// serial number.
    pub serial: String,
    /// On a real token this never leaves it; AWS gets it from the manufacturer.
    pub seed: [u8; HARDWARE_SEED_BYTES],
}

impl HardwareToken {
    pub fn new(rng: &mut impl Random) -> Self {
        let digits: String = (0..SERIAL_DIGITS)
            .map(|_| char::from(b'0' + rng.below(10)))
            .collect();
        HardwareToken {
            serial: format!("{SERIAL_PREFIX}{digits}"),
            seed: rng.bytes(),
        }
    }

    /// The six digits the token's screen shows at `now`.
    pub fn display(&self, now: Timestamp) -> String {
        totp::totp(&self.seed, now, DEFAULT_DIGITS)
    }

    /// Seconds (30 down to 1) until the display changes.
    pub fn seconds_left(&self, now: Timestamp) -> u64 {
        totp::seconds_left(now)
    }
}

impl fmt::Debug for HardwareToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HardwareToken")
            .field("serial", &self.serial)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::mfa::enrol::verify_enrolment_codes;
    use crate::domain::random::testing::Replay;
    use crate::domain::random::OsRandom;

    #[test]
    fn the_serial_looks_like_an_aws_token_and_the_seed_is_random() {
        let token = HardwareToken::new(&mut Replay::new(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 0]));
        assert_eq!(token.serial, "GAHT12345678");
        assert_eq!(&token.seed[..3], &[9, 0, 1]);
        for _ in 0..20 {
            let t = HardwareToken::new(&mut OsRandom);
            assert_eq!(t.serial.len(), 12);
            assert!(t.serial.starts_with("GAHT"));
            assert!(
                t.serial[4..].bytes().all(|b| b.is_ascii_digit()),
                "{}",
                t.serial
            );
        }
        assert_ne!(
            HardwareToken::new(&mut OsRandom),
            HardwareToken::new(&mut OsRandom)
        );
    }

    #[test]
    fn the_display_is_the_rfc_6238_code_and_changes_every_thirty_seconds() {
        let token = HardwareToken {
            serial: "GAHT00000001".into(),
            seed: *b"12345678901234567890",
        };
        let at = |s: i64| Timestamp::from_millis(s * 1000);
        assert_eq!(token.display(at(59)), "287082");
        assert_eq!(token.seconds_left(at(59)), 1);
        assert_eq!(token.display(at(1_111_111_109)), "081804");
        assert_eq!(token.seconds_left(at(1_111_111_111)), 29);
        assert_eq!(token.display(at(60)), token.display(at(89)));
        assert_ne!(token.display(at(89)), token.display(at(90)));
    }

    #[test]
    fn two_readings_of_the_display_assign_the_device() {
        let token = HardwareToken::new(&mut OsRandom);
        let now = Timestamp::from_millis(1_800_000_000_000);
        let later = Timestamp::from_millis(1_800_000_030_000);
        assert!(verify_enrolment_codes(
            &token.seed,
            &token.display(now),
            &token.display(later),
            later
        )
        .is_ok());
    }
}
