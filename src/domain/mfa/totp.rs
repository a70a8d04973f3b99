//! One-time passwords as virtual MFA apps and hardware TOTP tokens compute them:
//! HOTP (RFC 4226) over HMAC-SHA-1, and TOTP (RFC 6238) with the 30-second step
//! and 6 digits that AWS uses.

use crate::domain::time::Timestamp;
use hmac::{Hmac, Mac};
use sha1::Sha1;

pub const TIME_STEP_SECONDS: u64 = 30;
pub const DEFAULT_DIGITS: u32 = 6;

/// RFC 2104 HMAC; SHA-1 is what every authenticator app assumes when an
/// `otpauth://` URI names no algorithm, as AWS's does not.
pub fn hmac_sha1(key: &[u8], data: &[u8]) -> [u8; 20] {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// The code for one counter value, zero-padded to `digits`.
///
/// `digits` is clamped to 1..=10: dynamic truncation yields 31 bits, which never
/// need more than 10 decimal digits.
pub fn hotp(secret: &[u8], counter: u64, digits: u32) -> String {
    let digits = digits.clamp(1, 10);
    let mac = hmac_sha1(secret, &counter.to_be_bytes());
    // The last nibble picks where the 4 bytes start: at most 15 + 3 = 18 < 20.
    let offset = usize::from(mac[19] & 0x0f);
    let truncated = u32::from_be_bytes([
        mac[offset] & 0x7f,
        mac[offset + 1],
        mac[offset + 2],
        mac[offset + 3],
    ]);
    let code = u64::from(truncated) % 10u64.pow(digits);
    format!("{code:0width$}", width = digits as usize)
}

/// The TOTP counter: whole 30-second steps since the epoch. Instants before the
/// epoch (a badly set clock) count as step 0 rather than wrapping around.
pub fn time_step(now: Timestamp) -> u64 {
    u64::try_from(now.seconds()).unwrap_or(0) / TIME_STEP_SECONDS
}

pub fn totp(secret: &[u8], now: Timestamp, digits: u32) -> String {
    hotp(secret, time_step(now), digits)
}

/// How long the code shown now stays current (30 down to 1), for the countdown a
/// token or app shows beside it.
pub fn seconds_left(now: Timestamp) -> u64 {
    let seconds = u64::try_from(now.seconds()).unwrap_or(0);
    TIME_STEP_SECONDS - seconds % TIME_STEP_SECONDS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::secret::hex;

    const RFC_SEED: &[u8] = b"12345678901234567890";

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_millis(seconds * 1000)
    }

    #[test]
    fn hmac_sha1_matches_rfc_2202() {
        let cases: [(&[u8], &[u8], &str); 4] = [
            (
                &[0x0b; 20],
                b"Hi There",
                "b617318655057264e28bc0b6fb378c8ef146be00",
            ),
            (
                b"Jefe",
                b"what do ya want for nothing?",
                "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
            ),
            (
                &[0xaa; 80],
                b"Test Using Larger Than Block-Size Key - Hash Key First",
                "aa4ae5e15272d00e95705637ce8a3b55ed402112",
            ),
            (
                &[0xaa; 80],
                b"Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data",
                "e8e99d0f45237d786d6bbaa7965c7808bbff1a91",
            ),
        ];
        for (key, data, mac) in cases {
            assert_eq!(hex(&hmac_sha1(key, data)), mac);
        }
    }

    #[test]
    fn hotp_matches_rfc_4226_appendix_d() {
        let codes = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        for (counter, code) in codes.iter().enumerate() {
            assert_eq!(
                hotp(RFC_SEED, counter as u64, 6),
                *code,
                "counter {counter}"
            );
        }
    }

    #[test]
    fn totp_matches_rfc_6238_appendix_b_for_sha1() {
        for (seconds, step, code) in [
            (59, 0x1, "94287082"),
            (1_111_111_109, 0x23523EC, "07081804"),
            (1_111_111_111, 0x23523ED, "14050471"),
            (1_234_567_890, 0x273EF07, "89005924"),
            (2_000_000_000, 0x3F940AA, "69279037"),
            (20_000_000_000, 0x27BC86AA, "65353130"),
        ] {
            assert_eq!(time_step(at(seconds)), step, "T={seconds}");
            assert_eq!(totp(RFC_SEED, at(seconds), 8), code, "T={seconds}");
            assert_eq!(
                totp(RFC_SEED, at(seconds), DEFAULT_DIGITS),
                code[2..],
                "T={seconds}"
            );
        }
    }

    #[test]
    fn codes_keep_their_leading_zeros() {
        // RFC 6238's 07081804 has a leading zero in both lengths.
        assert_eq!(totp(RFC_SEED, at(1_111_111_109), 7), "7081804");
        assert_eq!(totp(RFC_SEED, at(1_111_111_109), 8), "07081804");
    }

    #[test]
    fn digits_outside_what_truncation_gives_are_clamped() {
        assert_eq!(hotp(RFC_SEED, 0, 0).len(), 1);
        assert_eq!(hotp(RFC_SEED, 0, 10), "1284755224");
        assert_eq!(hotp(RFC_SEED, 0, u32::MAX), "1284755224");
    }

    #[test]
    fn the_step_and_countdown_follow_the_clock() {
        for (seconds, step, left) in [
            (0, 0, 30),
            (29, 0, 1),
            (30, 1, 30),
            (59, 1, 1),
            (60, 2, 30),
            (-1, 0, 30),
            (i64::MIN / 1000, 0, 30),
        ] {
            assert_eq!(time_step(at(seconds)), step, "{seconds}");
            assert_eq!(seconds_left(at(seconds)), left, "{seconds}");
        }
        assert_eq!(seconds_left(Timestamp::from_millis(29_999)), 1);
        assert_eq!(
            time_step(Timestamp::from_millis(i64::MAX)),
            (i64::MAX / 1000) as u64 / 30
        );
    }
}
