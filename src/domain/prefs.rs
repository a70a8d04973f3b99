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

/// Which console the access-key screens follow: the flow the AWS documentation
/// of the seed's era describes (the names `ui-contract.md` lists), or today's
/// console. Both call the same lab operations; only the views differ.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Edition {
    #[default]
    Classic,
    Current,
}

impl Edition {
    /// The word `?console=` and a scenario's `console_edition` use.
    pub fn tag(self) -> &'static str {
        match self {
            Edition::Classic => "classic",
            Edition::Current => "current",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Edition> {
        match tag {
            "classic" => Some(Edition::Classic),
            "current" => Some(Edition::Current),
            _ => None,
        }
    }

    /// `?console=current` in a query string (`?a=1&console=current`), if any.
    pub fn from_query(query: &str) -> Option<Edition> {
        query
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("console="))
            .and_then(Edition::from_tag)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    #[serde(default)]
    pub locale: Option<Locale>,
    /// The console edition chosen in this browser; `None` is the Classic one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<Edition>,
    /// The account (ID or alias, as typed) of the account-specific IAM user sign-in
    /// page, once used: the console opens that page directly until the learner
    /// chooses "Sign in using root user email".
    #[serde(default)]
    pub iam_sign_in_account: Option<String>,
}

impl Prefs {
    /// The learner's own choices, which outlive the lab they were made in: a
    /// reset or a replaced lab keeps them.
    pub fn learners_choices(&self) -> Prefs {
        Prefs {
            locale: self.locale,
            edition: self.edition,
            iam_sign_in_account: None,
        }
    }

    pub fn edition(&self) -> Edition {
        self.edition.unwrap_or_default()
    }
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
    fn editions_round_trip_and_classic_is_the_default() {
        for e in [Edition::Classic, Edition::Current] {
            assert_eq!(Edition::from_tag(e.tag()), Some(e));
        }
        assert_eq!(Edition::from_tag("Current"), None);
        assert_eq!(Prefs::default().edition(), Edition::Classic);
    }

    #[test]
    fn the_address_may_name_the_edition() {
        for (query, edition) in [
            ("?console=current", Some(Edition::Current)),
            ("?scenario=fresh&console=classic", Some(Edition::Classic)),
            ("console=current", Some(Edition::Current)),
            ("?console=modern", None),
            ("?xconsole=current", None),
            ("", None),
        ] {
            assert_eq!(Edition::from_query(query), edition, "{query}");
        }
    }

    #[test]
    fn a_lab_saved_before_editions_reads_as_classic() {
        let prefs: Prefs = serde_json::from_str(r#"{"locale":"Ja"}"#).unwrap();
        assert_eq!(prefs.edition(), Edition::Classic);
        let kept = Prefs {
            locale: Some(Locale::Ja),
            edition: Some(Edition::Current),
            iam_sign_in_account: Some("123456789012".into()),
        }
        .learners_choices();
        assert_eq!(kept.edition, Some(Edition::Current));
        assert_eq!(kept.iam_sign_in_account, None);
    }

    #[test]
    fn tags_round_trip() {
        for l in [Locale::En, Locale::Ja] {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
    }
}
