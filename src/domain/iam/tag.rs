//! IAM tags on a user, and the one use the console makes of them for access
//! keys: the description tag, whose key is the access key ID. The rules are
//! IAM's `TagUser` ones (`Tag` in the IAM API reference): a key of 1 to 128
//! characters, a value of at most 256, both of Unicode letters, digits and
//! spaces and `_ . : / = + - @`, and at most 50 tags on one user.

use serde::{Deserialize, Serialize};

pub const TAG_KEY_MAX: usize = 128;
pub const TAG_VALUE_MAX: usize = 256;
pub const MAX_TAGS_PER_USER: usize = 50;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagProblem {
    /// The key is empty or over 128 characters, the value over 256.
    Length,
    /// Only letters, digits, spaces and `_ . : / = + - @`.
    Characters,
}

/// IAM's `[\p{L}\p{Z}\p{N}_.:/=+\-@]`: tabs and line breaks are not spaces here.
pub fn is_tag_char(c: char) -> bool {
    c.is_alphabetic()
        || c.is_numeric()
        || (c.is_whitespace() && !c.is_control())
        || "_.:/=+-@".contains(c)
}

fn check(text: &str, min: usize, max: usize) -> Option<TagProblem> {
    let len = text.chars().count();
    if !(min..=max).contains(&len) {
        Some(TagProblem::Length)
    } else if !text.chars().all(is_tag_char) {
        Some(TagProblem::Characters)
    } else {
        None
    }
}

pub fn tag_key_problem(key: &str) -> Option<TagProblem> {
    check(key, 1, TAG_KEY_MAX)
}

/// An access key's description is a tag value: empty is allowed (no description).
pub fn tag_value_problem(value: &str) -> Option<TagProblem> {
    check(value, 0, TAG_VALUE_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_take_letters_digits_spaces_and_the_listed_marks() {
        for ok in [
            "",
            "CLI on my laptop",
            "deploy-bot@ci: s3/sync = +1_x.",
            "検証用のキー",
            "Café 42",
            &"a".repeat(256),
        ] {
            assert_eq!(tag_value_problem(ok), None, "{ok}");
        }
    }

    #[test]
    fn values_refuse_other_marks_and_length() {
        assert_eq!(
            tag_value_problem(&"a".repeat(257)),
            Some(TagProblem::Length)
        );
        assert_eq!(tag_value_problem(&"é".repeat(256)), None);
        for bad in [
            "a,b",
            "50%",
            "tab\there",
            "line\nbreak",
            "quote\"",
            "<b>",
            "a#b",
            "a!",
        ] {
            assert_eq!(
                tag_value_problem(bad),
                Some(TagProblem::Characters),
                "{bad}"
            );
        }
    }

    #[test]
    fn keys_need_one_to_128_characters() {
        assert_eq!(tag_key_problem("AKIAIOSFODNN7EXAMPLE"), None);
        assert_eq!(tag_key_problem(""), Some(TagProblem::Length));
        assert_eq!(tag_key_problem(&"k".repeat(128)), None);
        assert_eq!(tag_key_problem(&"k".repeat(129)), Some(TagProblem::Length));
        assert_eq!(tag_key_problem("a,b"), Some(TagProblem::Characters));
    }
}
