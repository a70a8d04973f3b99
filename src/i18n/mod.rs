//! Every visible string, in English and Japanese. Each entry gives both texts
//! side by side, so a missing translation cannot compile.
//!
//! A text is in a wasm module's data only if that module's code names it, so
//! the texts are named one by one (`texts::Key`) and looked up in two tables:
//! the first screen's (`first_screen.rs`, in the main module), and every entry
//! (`every_text`), which the lab engine's module registers when it loads
//! (`register_every_text`). Pages and parts loaded on first need draw after the
//! engine, so they find every text; a native test checks that the files the
//! first screen draws name only first-screen entries.

pub use crate::domain::prefs::Locale;

macro_rules! catalogue {
    ($($key:ident => $en:expr, $ja:expr;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T { $($key),* }

        /// Each entry's texts, English then Japanese, by the entry's name.
        #[allow(non_upper_case_globals)]
        pub(super) mod texts {
            $(pub const $key: [&str; 2] = [$en, $ja];)*
        }

        /// Every entry's text: only the lab engine's module names this table.
        pub(super) fn every_text(key: T, locale: Locale) -> &'static str {
            match key {
                $(T::$key => texts::$key[locale as usize],)*
            }
        }

        #[cfg(test)]
        pub const ALL: &[T] = &[$(T::$key),*];
    };
}

/// The entries the first screen draws, before the lab engine has loaded.
macro_rules! first_screen {
    ($($key:ident,)*) => {
        pub(super) fn text(key: T, locale: Locale) -> Option<&'static str> {
            match key {
                $(T::$key => Some(super::catalogue::texts::$key[locale as usize]),)*
                _ => None,
            }
        }

        #[cfg(test)]
        pub(super) const FIRST_SCREEN: &[T] = &[$(T::$key),*];
    };
}

mod catalogue;
pub mod edition_messages;
mod every_text;
mod first_screen;
pub mod messages;
mod mfa_messages;
pub mod training;
pub use catalogue::T;
pub use every_text::register_every_text;

/// What goes between two sentences shown side by side: a space in English,
/// nothing after a Japanese full stop (a half-width space there is a typo).
pub fn sentence_gap(locale: Locale) -> &'static str {
    match locale {
        Locale::En => " ",
        Locale::Ja => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_joined_as_each_language_writes() {
        assert_eq!(sentence_gap(Locale::En), " ");
        assert_eq!(sentence_gap(Locale::Ja), "");
    }

    #[test]
    fn every_entry_has_text_in_both_languages() {
        for key in catalogue::ALL {
            for locale in [Locale::En, Locale::Ja] {
                assert!(!key.text(locale).trim().is_empty(), "{key:?} {locale:?}");
            }
        }
    }

    #[test]
    fn contract_names_are_exact() {
        assert_eq!(
            T::CreateNewAccessKey.text(Locale::En),
            "Create New Access Key"
        );
        assert_eq!(
            T::CreateNewAccessKey.text(Locale::Ja),
            "新しいアクセスキーの作成"
        );
        assert_eq!(
            T::SignInUsingRootEmail.text(Locale::Ja),
            "ルートユーザーの E メールを使用したサインイン"
        );
    }

    #[test]
    fn replace_lab_contract_names_are_exact() {
        assert_eq!(T::ReplaceLab.text(Locale::En), "Replace lab");
        assert_eq!(T::ReplaceLab.text(Locale::Ja), "ラボを置き換える");
        assert_eq!(T::KeepMyLab.text(Locale::En), "Keep my lab");
        assert_eq!(T::KeepMyLab.text(Locale::Ja), "今のラボを残す");
    }
}
