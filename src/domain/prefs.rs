//! What this browser remembers apart from the accounts themselves.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Locale {
    En,
    Ja,
}

impl Locale {
    /// `navigator.language` decides when nothing was chosen: `ja*` is Japanese.
    pub fn from_browser(language: &str) -> Locale {
        if language.to_ascii_lowercase().starts_with("ja") {
            Locale::Ja
        } else {
            Locale::En
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ja => "ja",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        match tag {
            "en" => Some(Locale::En),
            "ja" => Some(Locale::Ja),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    #[serde(default)]
    pub locale: Option<Locale>,
    /// The account (ID or alias, as typed) of the account-specific IAM user sign-in
    /// page, once used: the console opens that page directly until the learner
    /// chooses "Sign in using root user email".
    #[serde(default)]
    pub iam_sign_in_account: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_language_picks_the_locale() {
        for (lang, locale) in [
            ("ja", Locale::Ja),
            ("ja-JP", Locale::Ja),
            ("JA", Locale::Ja),
            ("en-US", Locale::En),
            ("fr", Locale::En),
            ("", Locale::En),
        ] {
            assert_eq!(Locale::from_browser(lang), locale, "{lang}");
        }
    }

    #[test]
    fn tags_round_trip() {
        for l in [Locale::En, Locale::Ja] {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
    }
}
