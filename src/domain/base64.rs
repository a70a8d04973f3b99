//! Standard Base64 (RFC 4648 §4, `+` `/` and `=` padding): how IAM returns a
//! credential report's `Content` and how the AWS CLI prints a blob. Built on
//! the URL-safe codec WebAuthn already needs, so the alphabet lives once.

use super::mfa::webauthn::{base64url_decode, base64url_encode};

pub fn encode(bytes: &[u8]) -> String {
    let mut out: String = base64url_encode(bytes)
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while !out.len().is_multiple_of(4) {
        out.push('=');
    }
    out
}

/// Strict: only the standard alphabet, padding only at the end.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    if text.contains(['-', '_']) || text.trim_end_matches('=').contains('=') {
        return None;
    }
    let url: String = text
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    base64url_decode(&url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_as_rfc_4648_with_padding() {
        for (bytes, text) in [
            (&b""[..], ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foobar", "Zm9vYmFy"),
            (&[0xfb, 0xff, 0xbf][..], "+/+/"),
        ] {
            assert_eq!(encode(bytes), text);
            assert_eq!(decode(text).as_deref(), Some(bytes));
        }
        assert_eq!(decode("-_-_"), None);
        assert_eq!(decode("Zg==Zg=="), None);
    }
}
