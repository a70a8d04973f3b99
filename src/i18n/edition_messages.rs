//! The Current console edition's words that are more than one catalogue entry:
//! a refused description, and the delete dialog's title, which names the key
//! where each language puts it ("Delete AKIA..." / "AKIA... を削除", as the IAM
//! User Guide's `id_root-user_manage_delete-key` page writes it in each).

use super::{Locale, T};
use crate::domain::iam::tag::TagProblem;
use crate::domain::lab::{Denied, DescriptionError};

impl From<DescriptionError> for T {
    fn from(e: DescriptionError) -> T {
        match e {
            DescriptionError::Value(TagProblem::Length) => T::DescriptionTooLong,
            DescriptionError::Value(TagProblem::Characters) => T::DescriptionCharacters,
            DescriptionError::TooManyTags => T::TooManyTags,
            DescriptionError::NoSuchKey => T::KeyNotFoundMessage,
            DescriptionError::Denied(Denied::RootUserOnly) => T::RootUserOnlyText,
            DescriptionError::Denied(Denied::NotAuthorized) | DescriptionError::NotAnIamUser => {
                T::NotAuthorizedAccessKeys
            }
        }
    }
}

pub fn delete_key_title(key_id: &str, locale: Locale) -> String {
    match locale {
        Locale::En => format!("Delete {key_id}"),
        Locale::Ja => format!("{key_id} を削除"),
    }
}

/// The guided panel's "as of" line: which edition, and the date of the AWS
/// pages it follows, and no more.
pub fn as_of_line(edition: crate::domain::prefs::Edition) -> T {
    match edition {
        crate::domain::prefs::Edition::Classic => T::AsOfClassic,
        crate::domain::prefs::Edition::Current => T::AsOfCurrent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::prefs::Edition;

    #[test]
    fn the_delete_title_names_the_key_in_each_language() {
        let id = "AKIAIOSFODNN7EXAMPLE";
        assert_eq!(
            delete_key_title(id, Locale::En),
            "Delete AKIAIOSFODNN7EXAMPLE"
        );
        assert_eq!(
            delete_key_title(id, Locale::Ja),
            "AKIAIOSFODNN7EXAMPLE を削除"
        );
    }

    #[test]
    fn the_as_of_line_names_the_edition_and_its_date() {
        let classic = as_of_line(Edition::Classic).text(Locale::En);
        assert!(classic.starts_with("Console edition: Classic (AWS documentation flow)."));
        assert!(classic.contains("2023"));
        assert!(!classic.contains("November 2026"));
        let current = as_of_line(Edition::Current).text(Locale::En);
        assert!(current.starts_with("Console edition: Current console."));
        assert!(current.contains("November 2026"));
        assert!(as_of_line(Edition::Current)
            .text(Locale::Ja)
            .contains("2026 年 11 月"));
    }

    #[test]
    fn current_console_names_are_exact() {
        for (key, en, ja) in [
            (
                T::ConsoleEdition,
                "Console edition",
                "コンソールのエディション",
            ),
            (
                T::EditionClassic,
                "Classic (AWS documentation flow)",
                "クラシック (AWS ドキュメントの手順)",
            ),
            (T::EditionCurrent, "Current console", "現在のコンソール"),
            (T::CurAccessKeys, "Access keys", "アクセスキー"),
            (
                T::CreateAccessKey,
                "Create access key",
                "アクセスキーを作成",
            ),
            (
                T::AltRootHeading,
                "Alternatives to root user access keys",
                "ルートユーザーのアクセスキーの代替案",
            ),
            (
                T::RetrieveAccessKey,
                "Retrieve access key",
                "アクセスキーを取得",
            ),
            (
                T::RetrieveAccessKeys,
                "Retrieve access keys",
                "アクセスキーを取得",
            ),
            (T::ShowSecret, "Show", "表示"),
            (
                T::DownloadCsvFile,
                "Download .csv file",
                ".csv ファイルをダウンロード",
            ),
            (T::DoneButton, "Done", "完了"),
            (T::ActionsMenu, "Actions", "アクション"),
            (T::Activate, "Activate", "アクティブ化"),
            (T::Deactivate, "Deactivate", "非アクティブ化"),
            (T::Delete, "Delete", "削除"),
            (T::Cancel, "Cancel", "キャンセル"),
            (
                T::BestPracticesHeading,
                "Access key best practices & alternatives",
                "アクセスキーのベストプラクティスと代替案",
            ),
            (
                T::UseCaseCli,
                "Command Line Interface (CLI)",
                "コマンドラインインターフェイス (CLI)",
            ),
            (
                T::DescriptionTagHeading,
                "Set description tag - optional",
                "説明タグを設定 - オプション",
            ),
        ] {
            assert_eq!((key.text(Locale::En), key.text(Locale::Ja)), (en, ja));
        }
        assert!(T::AltRootAck
            .text(Locale::En)
            .contains("not a best practice"));
    }
}
