//! The account alias: the name that can replace the account ID in the sign-in URL,
//! so its rules are those of a DNS label.

pub const ALIAS_MIN: usize = 3;
pub const ALIAS_MAX: usize = 63;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AliasProblem {
    Length,
    /// Only lowercase letters, digits and hyphens.
    Characters,
    HyphenAtEnd,
    DoubleHyphen,
    /// Twelve digits would read as an account ID.
    AllDigits,
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
    // Also "1234-5678-9012": the sign-in page would read it as that account ID.
    if alias.bytes().all(|b| b.is_ascii_digit())
        || crate::domain::ids::AccountId::parse(alias).is_some()
    {
        return Some(AliasProblem::AllDigits);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use AliasProblem::*;

    #[test]
    fn alias_rules() {
        for (alias, expected) in [
            ("my-training", None),
            ("abc", None),
            ("a1b2-c3", None),
            ("123456789012a", None),
            (&"a".repeat(63), None),
            ("ab", Some(Length)),
            ("", Some(Length)),
            (&"a".repeat(64), Some(Length)),
            ("My-Training", Some(Characters)),
            ("my_training", Some(Characters)),
            ("my training", Some(Characters)),
            ("トレーニング", Some(Characters)),
            ("-training", Some(HyphenAtEnd)),
            ("training-", Some(HyphenAtEnd)),
            ("my--training", Some(DoubleHyphen)),
            ("123456789012", Some(AllDigits)),
            ("1234-5678-9012", Some(AllDigits)),
            ("123", Some(AllDigits)),
        ] {
            assert_eq!(alias_problem(alias), expected, "{alias:?}");
        }
    }
}
