//! The account alias: the name that can replace the account ID in the sign-in URL.
//! IAM's rule (API reference, `CreateAccountAlias`): 3 to 63 characters matching
//! `^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$`, and not a 12-digit number (the
//! sign-in page would read it as an account ID). Checked by hand: no regex crate.

pub const ALIAS_MIN: usize = 3;
pub const ALIAS_MAX: usize = 63;
/// The pattern as IAM states it, quoted in its `ValidationError`.
pub const ALIAS_PATTERN: &str = "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AliasProblem {
    Length,
    /// Only lowercase letters, digits and hyphens.
    Characters,
    HyphenAtEnd,
    DoubleHyphen,
    /// Exactly twelve digits: that is an account ID. Shorter or longer all-digit
    /// aliases are fine, as on AWS.
    TwelveDigits,
    /// Aliases are unique across AWS; in the lab, across this browser's accounts.
    Taken,
}

/// The first rule the alias breaks, in the order the console checks them.
/// Uniqueness needs the lab, so `Taken` is decided there.
pub fn alias_problem(alias: &str) -> Option<AliasProblem> {
    let len = alias.chars().count();
    if !(ALIAS_MIN..=ALIAS_MAX).contains(&len) {
        return Some(AliasProblem::Length);
    }
    if !alias
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Some(AliasProblem::Characters);
    }
    if alias.starts_with('-') || alias.ends_with('-') {
        return Some(AliasProblem::HyphenAtEnd);
    }
    if alias.contains("--") {
        return Some(AliasProblem::DoubleHyphen);
    }
    if alias.len() == 12 && alias.bytes().all(|b| b.is_ascii_digit()) {
        return Some(AliasProblem::TwelveDigits);
    }
    None
}

/// What IAM's API answers (`ValidationError`) for a refused alias: its standard
/// constraint messages, the value quoted. `None` for `Taken`, which IAM answers
/// with `EntityAlreadyExists`, and for the 12-digit rule, whose API text the lab
/// has no recorded evidence of.
pub fn alias_validation_message(alias: &str, problem: AliasProblem) -> Option<String> {
    let constraint = match problem {
        AliasProblem::Length if alias.chars().count() < ALIAS_MIN => {
            format!("Member must have length greater than or equal to {ALIAS_MIN}")
        }
        AliasProblem::Length => {
            format!("Member must have length less than or equal to {ALIAS_MAX}")
        }
        AliasProblem::Characters | AliasProblem::HyphenAtEnd | AliasProblem::DoubleHyphen => {
            format!("Member must satisfy regular expression pattern: {ALIAS_PATTERN}")
        }
        AliasProblem::TwelveDigits | AliasProblem::Taken => return None,
    };
    Some(format!(
        "1 validation error detected: Value '{alias}' at 'accountAlias' failed to satisfy constraint: {constraint}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use AliasProblem::*;

    /// The pattern read literally, to check the hand-written rule against: a
    /// first and last `[a-z0-9]`, between them 1 to 61 of `[a-z0-9]` or a hyphen
    /// not followed by another hyphen.
    fn matches_pattern(s: &str) -> bool {
        let b = s.as_bytes();
        let word = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit();
        if b.len() < 3 || !word(b[0]) || !word(b[b.len() - 1]) {
            return false;
        }
        let middle = &b[1..b.len() - 1];
        (1..=61).contains(&middle.len())
            && middle
                .iter()
                .enumerate()
                .all(|(i, &c)| word(c) || (c == b'-' && b.get(i + 2).is_none_or(|&n| n != b'-')))
    }

    #[test]
    fn alias_rules_follow_iams_pattern_and_the_twelve_digit_rule() {
        for (alias, expected) in [
            // AWS's documented examples (sign-in user guide, "examplecorp",
            // "mycompany") and the forms the pattern allows.
            ("examplecorp", None),
            ("mycompany", None),
            ("my-training", None),
            ("abc", None),
            ("a1b2-c3", None),
            ("a-b", None),
            ("123456789012a", None),
            // All digits but not twelve of them: an alias, not an account ID.
            ("123", None),
            ("12345678901", None),
            ("1234567890123", None),
            ("1234-5678-9012", None),
            (&"a".repeat(63), None),
            ("ab", Some(Length)),
            ("", Some(Length)),
            (&"a".repeat(64), Some(Length)),
            ("My-Training", Some(Characters)),
            ("my_training", Some(Characters)),
            ("my training", Some(Characters)),
            ("my.training", Some(Characters)),
            ("トレーニング", Some(Characters)),
            ("-training", Some(HyphenAtEnd)),
            ("training-", Some(HyphenAtEnd)),
            ("my--training", Some(DoubleHyphen)),
            ("123456789012", Some(TwelveDigits)),
        ] {
            assert_eq!(alias_problem(alias), expected, "{alias:?}");
            let by_pattern = matches_pattern(alias) && expected != Some(TwelveDigits);
            assert_eq!(by_pattern, expected.is_none(), "pattern {alias:?}");
        }
    }

    #[test]
    fn refusals_carry_iams_validation_text() {
        assert_eq!(
            alias_validation_message("My-Lab", Characters).unwrap(),
            "1 validation error detected: Value 'My-Lab' at 'accountAlias' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"
        );
        assert_eq!(
            alias_validation_message("ab", Length).unwrap(),
            "1 validation error detected: Value 'ab' at 'accountAlias' failed to satisfy constraint: Member must have length greater than or equal to 3"
        );
        assert!(alias_validation_message(&"a".repeat(64), Length)
            .unwrap()
            .ends_with("less than or equal to 63"));
        assert_eq!(alias_validation_message("123456789012", TwelveDigits), None);
        assert_eq!(alias_validation_message("taken", Taken), None);
    }
}
