//! The secret a virtual MFA device is assigned with, and the two ways the console
//! hands it to an authenticator app: the QR code's `otpauth://` URI and the
//! "Show secret key" text.

use super::base32;
use crate::domain::random::Random;

/// AWS virtual MFA seeds are 40 bytes, which is why their secret key is 64
/// Base32 characters rather than the 32 of many other sites.
pub const SEED_BYTES: usize = 40;

pub const ISSUER: &str = "Amazon Web Services";

/// The longest device name AWS accepts.
pub const DEVICE_NAME_MAX: usize = 128;

pub fn generate_seed(rng: &mut impl Random) -> [u8; SEED_BYTES] {
    rng.bytes()
}

/// The secret key as an app's "enter a setup key" screen takes it.
pub fn secret_key(seed: &[u8]) -> String {
    base32::encode(seed)
}

/// Groups of four separated by spaces, so the key can be read out and typed
/// without losing one's place; `base32::decode` ignores the spaces again.
pub fn format_secret_for_display(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().filter(|c| !c.is_whitespace()).collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The URI the console's QR code carries. Apps show the label's issuer prefix and
/// `issuer=` parameter as the entry's title, and `DEVICE@ACCOUNT` beneath it.
pub fn otpauth_uri(device_name: &str, account_label: &str, seed: &[u8]) -> String {
    let issuer = percent_encode(ISSUER);
    format!(
        "otpauth://totp/{issuer}:{}@{}?secret={}&issuer={issuer}",
        percent_encode(device_name),
        percent_encode(account_label),
        secret_key(seed),
    )
}

/// RFC 3986: everything but the unreserved characters is escaped, so an `@`, `:`
/// or `?` in a name cannot change how an app splits the label.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// AWS's rule for a virtual MFA device name: 1–128 of `A–Z a–z 0–9 + = , . @ _ -`.
pub fn valid_device_name(name: &str) -> bool {
    (1..=DEVICE_NAME_MAX).contains(&name.len()) && first_bad_name_char(name).is_none()
}

/// The first character of `name` that the device-name rule refuses, so the
/// form can name it (a space, most often).
pub fn first_bad_name_char(name: &str) -> Option<char> {
    name.chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "+=,.@_-".contains(*c)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::random::testing::Replay;

    #[test]
    fn a_seed_is_forty_random_bytes_shown_as_sixty_four_characters() {
        let seed = generate_seed(&mut Replay::new(&[0xff, 0x00, 0x5a]));
        assert_eq!(seed.len(), 40);
        assert_eq!(&seed[..4], &[0xff, 0x00, 0x5a, 0xff]);
        let key = secret_key(&seed);
        assert_eq!(key.len(), 64);
        assert_eq!(base32::decode(&key).as_deref(), Ok(&seed[..]));
    }

    #[test]
    fn the_secret_is_displayed_in_groups_of_four() {
        for (secret, shown) in [
            ("", ""),
            ("ABC", "ABC"),
            ("ABCD", "ABCD"),
            ("ABCDEFGHIJ", "ABCD EFGH IJ"),
            ("AB CD\nEFGH", "ABCD EFGH"),
        ] {
            assert_eq!(format_secret_for_display(secret), shown, "{secret:?}");
        }
        let key = secret_key(&[7u8; SEED_BYTES]);
        let shown = format_secret_for_display(&key);
        assert_eq!(shown.len(), 64 + 15);
        assert_eq!(
            base32::decode(&shown).as_deref(),
            Ok(&[7u8; SEED_BYTES][..])
        );
    }

    #[test]
    fn the_uri_is_the_one_the_console_encodes() {
        let seed = *b"12345678901234567890";
        assert_eq!(
            otpauth_uri("root-account-mfa-device", "123456789012", &seed),
            "otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@123456789012\
             ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Amazon%20Web%20Services"
        );
    }

    #[test]
    fn names_in_the_uri_are_percent_encoded() {
        let uri = otpauth_uri("my+phone@home", "my alias/テスト~", &[0]);
        assert_eq!(
            uri,
            "otpauth://totp/Amazon%20Web%20Services:my%2Bphone%40home\
             @my%20alias%2F%E3%83%86%E3%82%B9%E3%83%88~?secret=AA&issuer=Amazon%20Web%20Services"
        );
    }

    #[test]
    fn the_first_refused_character_is_named() {
        for (name, bad) in [
            ("my phone", Some(' ')),
            ("phone/1 x", Some('/')),
            ("電話", Some('電')),
            ("My_Phone.2@home+x=y,z", None),
            ("", None),
        ] {
            assert_eq!(first_bad_name_char(name), bad, "{name:?}");
        }
    }

    #[test]
    fn device_names_follow_the_aws_rule() {
        let longest = "a".repeat(128);
        for ok in ["a", "root-mfa", "My_Phone.2@home+x=y,z", &longest] {
            assert!(valid_device_name(ok), "{ok}");
        }
        let too_long = "a".repeat(129);
        for bad in [
            "",
            " ",
            "my phone",
            "phone/1",
            "téléphone",
            "電話",
            "a:b",
            &too_long,
        ] {
            assert!(!valid_device_name(bad), "{bad}");
        }
    }
}
