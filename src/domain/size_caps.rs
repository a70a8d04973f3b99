//! Size caps on what a file may bring in (a lab export or a scenario): the whole
//! text before it is parsed, then every string in it. A 50 MB description parses
//! and then slows every save of the lab, so both are refused up front, with a
//! message naming the cap.

use serde_json::Value;
use std::fmt;

/// The largest file read: a lab of every account the caps allow fits many times.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// The longest string (or object key) anywhere in a file or a lab.
pub const MAX_STRING_BYTES: usize = 1024;

/// Which cap, and where: `path` is like `accounts[0].name` (empty for the file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapExceeded {
    pub path: String,
    pub reason: String,
}

impl fmt::Display for CapExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.reason)
        } else {
            write!(f, "{}: {}", self.path, self.reason)
        }
    }
}

/// The file cap, checked on the text before any parsing.
pub fn check_file_size(text: &str) -> Result<(), CapExceeded> {
    if text.len() > MAX_FILE_BYTES {
        return Err(CapExceeded {
            path: String::new(),
            reason: format!("the file is larger than the cap of 1 MiB ({MAX_FILE_BYTES} bytes)"),
        });
    }
    Ok(())
}

/// The string cap, on every string and object key of parsed JSON; the first one
/// over it is named by its path.
pub fn check_strings(value: &Value) -> Result<(), CapExceeded> {
    check_at(value, &mut String::new())
}

fn too_long(path: &str) -> CapExceeded {
    CapExceeded {
        path: path.to_string(),
        reason: format!("is longer than the cap of 1 KiB ({MAX_STRING_BYTES} bytes) for any text"),
    }
}

fn check_at(value: &Value, path: &mut String) -> Result<(), CapExceeded> {
    let mark = path.len();
    let result = match value {
        Value::String(s) if s.len() > MAX_STRING_BYTES => Err(too_long(path)),
        Value::Array(items) => items.iter().enumerate().try_for_each(|(i, item)| {
            path.truncate(mark);
            path.push_str(&format!("[{i}]"));
            check_at(item, path)
        }),
        Value::Object(fields) => fields.iter().try_for_each(|(key, item)| {
            path.truncate(mark);
            if !path.is_empty() {
                path.push('.');
            }
            if key.len() > MAX_STRING_BYTES {
                path.push_str("(a key)");
                return Err(too_long(path));
            }
            path.push_str(key);
            check_at(item, path)
        }),
        _ => Ok(()),
    };
    path.truncate(mark);
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_file_cap_is_one_mebibyte_named_in_the_refusal() {
        assert!(check_file_size(&"x".repeat(MAX_FILE_BYTES)).is_ok());
        let refused = check_file_size(&"x".repeat(MAX_FILE_BYTES + 1)).unwrap_err();
        assert_eq!(refused.path, "");
        assert!(refused.to_string().contains("1 MiB"), "{refused}");
    }

    #[test]
    fn the_string_cap_names_the_first_string_over_it() {
        let ok = "a".repeat(MAX_STRING_BYTES);
        let long = "a".repeat(MAX_STRING_BYTES + 1);
        assert!(check_strings(&json!({"a": [ok, {"b": ok}]})).is_ok());
        let refused = check_strings(&json!({"a": [1, {"b": long}]})).unwrap_err();
        assert_eq!(refused.path, "a[1].b");
        assert!(refused.to_string().contains("1 KiB"), "{refused}");
        let refused = check_strings(&json!({"data": {long.clone(): 1}})).unwrap_err();
        assert_eq!(refused.path, "data.(a key)");
        assert_eq!(check_strings(&json!(long)).unwrap_err().path, "");
    }

    #[test]
    fn multibyte_text_counts_in_bytes() {
        let kanji = "鍵".repeat(MAX_STRING_BYTES / 3 + 1);
        assert!(check_strings(&json!([kanji])).is_err());
    }
}
