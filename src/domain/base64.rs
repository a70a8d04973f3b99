//! Standard Base64 (RFC 4648 §4, `+` `/` and `=` padding): how IAM returns a
//! credential report's `Content` and how the AWS CLI prints a blob. Built on
//! the URL-safe codec WebAuthn needs (below), so the alphabet lives once.

const B64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded, as WebAuthn's clientDataJSON carries the challenge.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(B64URL[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Strict apart from optional trailing padding: the bytes are compared, so any
/// other spelling of them is refused rather than guessed at.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0u8);
    for c in text.bytes() {
        let v = B64URL.iter().position(|&a| a == c)? as u32;
        buffer = buffer << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    // Leftover bits must be zero, or two texts would decode to the same bytes.
    (buffer == 0).then_some(out)
}

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
