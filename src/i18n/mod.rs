//! Every visible string, in English and Japanese. Each entry gives both texts
//! side by side, so a missing translation cannot compile.

pub use crate::domain::prefs::Locale;

macro_rules! catalogue {
    ($($key:ident => $en:expr, $ja:expr;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum T { $($key),* }

        impl T {
            pub fn text(self, locale: $crate::domain::prefs::Locale) -> &'static str {
                match (self, locale) {
                    $((T::$key, $crate::domain::prefs::Locale::En) => $en, (T::$key, $crate::domain::prefs::Locale::Ja) => $ja,)*
                }
            }
        }

        #[cfg(test)]
        pub const ALL: &[T] = &[$(T::$key),*];
    };
}

mod catalogue;
pub mod edition_messages;
pub mod messages;
mod mfa_messages;
pub mod training;
pub use catalogue::*;

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
        for key in ALL {
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
