//! RFC 4648 Base32, the alphabet authenticator apps expect for a typed-in secret key.
//! Decoding is lenient because people copy keys with the grouping spaces the
//! console shows, in either case, sometimes with padding.

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Unpadded, as in an `otpauth://` URI and the console's "Show secret key".
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u16 = 0;
    let mut bits = 0u8;
    for &b in bytes {
        buffer = (buffer << 8) | u16::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[usize::from((buffer >> bits) & 31)] as char);
        }
        buffer &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(ALPHABET[usize::from((buffer << (5 - bits)) & 31)] as char);
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base32Error {
    /// A character outside A–Z, 2–7 (either case), spaces and trailing `=`.
    InvalidCharacter(char),
    /// Data after padding, or a count of characters no whole number of bytes makes
    /// (1, 3 or 6 left over in the last group of 8): usually a character lost in copying.
    InvalidLength,
}

/// Ignores whitespace and case; accepts `=` only at the end.
pub fn decode(text: &str) -> Result<Vec<u8>, Base32Error> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let mut buffer: u16 = 0;
    let mut bits = 0u8;
    let mut symbols = 0usize;
    let mut padded = false;
    for c in text.chars() {
        if c.is_whitespace() {
            continue;
        }
        if c == '=' {
            padded = true;
            continue;
        }
        if padded {
            return Err(Base32Error::InvalidLength);
        }
        let value = match c.to_ascii_uppercase() {
            u @ 'A'..='Z' => u as u8 - b'A',
            d @ '2'..='7' => d as u8 - b'2' + 26,
            _ => return Err(Base32Error::InvalidCharacter(c)),
        };
        buffer = (buffer << 5) | u16::from(value);
        bits += 5;
        symbols += 1;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    if matches!(symbols % 8, 1 | 3 | 6) {
        return Err(Base32Error::InvalidLength);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_4648: [(&str, &str, &str); 7] = [
        ("", "", ""),
        ("f", "MY", "MY======"),
        ("fo", "MZXQ", "MZXQ===="),
        ("foo", "MZXW6", "MZXW6==="),
        ("foob", "MZXW6YQ", "MZXW6YQ="),
        ("fooba", "MZXW6YTB", "MZXW6YTB"),
        ("foobar", "MZXW6YTBOI", "MZXW6YTBOI======"),
    ];

    #[test]
    fn encodes_the_rfc_4648_vectors_without_padding() {
        for (plain, encoded, _) in RFC_4648 {
            assert_eq!(encode(plain.as_bytes()), encoded, "{plain:?}");
        }
    }

    #[test]
    fn decodes_the_rfc_4648_vectors_with_or_without_padding() {
        for (plain, encoded, padded) in RFC_4648 {
            assert_eq!(
                decode(encoded).as_deref(),
                Ok(plain.as_bytes()),
                "{encoded}"
            );
            assert_eq!(decode(padded).as_deref(), Ok(plain.as_bytes()), "{padded}");
        }
    }

    #[test]
    fn decoding_ignores_spaces_and_case() {
        for text in ["mzxw 6ytb oi", " MZXW6ytboi\n", "Mzxw\t6Ytb Oi== ===="] {
            assert_eq!(decode(text).as_deref(), Ok(&b"foobar"[..]), "{text:?}");
        }
    }

    #[test]
    fn decoding_refuses_what_is_not_base32() {
        for (text, error) in [
            ("MZXW1", Base32Error::InvalidCharacter('1')),
            ("MZXW0", Base32Error::InvalidCharacter('0')),
            ("MZ-XW", Base32Error::InvalidCharacter('-')),
            ("MZXＷ", Base32Error::InvalidCharacter('Ｗ')),
            ("MY=A", Base32Error::InvalidLength),
            ("M", Base32Error::InvalidLength),
            ("MZX", Base32Error::InvalidLength),
            ("MZXW6Y", Base32Error::InvalidLength),
            ("MZXW6YTBO", Base32Error::InvalidLength),
        ] {
            assert_eq!(decode(text), Err(error), "{text:?}");
        }
    }

    #[test]
    fn every_length_round_trips() {
        let bytes: Vec<u8> = (0..=255).rev().collect();
        for n in 0..bytes.len() {
            assert_eq!(decode(&encode(&bytes[..n])).as_deref(), Ok(&bytes[..n]));
        }
    }
}
