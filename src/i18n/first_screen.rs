//! The entries the main module carries: what the first screen (the sign-in
//! page, the top bar, the notices of `App`) draws before the
//! lab engine loads with every other entry (`every_text.rs`). Add an entry here
//! when one of `FIRST_SCREEN_FILES` starts to name it; the test below says so.

use super::{Locale, T};

first_screen! {
    AppName,
    Language,
    TrainingBanner,
    LabDataLink,
    StorageUnreadable,
    DownloadUnreadable,
    StartFresh,
    StorageWriteFailed,
    StorageNewer,
    StorageUnavailable,
    PartNotLoaded,
    ReloadPage,
    SessionExpired,
    Dismiss,
    LabNote,
    PasswordWorking,
    SignInHeading,
    RootUser,
    RootUserHint,
    IamUser,
    IamUserHint,
    RootUserEmail,
    AccountIdOrAlias,
    Next,
    Password,
    SignInButton,
    CreateNewAwsAccount,
    SigningInAs,
    UseDifferentEmail,
    AuthIncorrect,
    EmailRequired,
    AccountRequired,
    RootUserSignIn,
    ForgotPassword,
    ForgotPasswordLabNote,
    AccountClosedHeading,
    AccountClosedText,
    LabNoteReopen,
    ReopenAccount,
    ReopenableUntil,
    ScenarioLoaded,
    ScenarioRefused,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files whose views the main module draws before the lab engine loads.
    const FIRST_SCREEN_FILES: &[(&str, &str)] = &[
        ("app.rs", include_str!("../app.rs")),
        ("pages/sign_in.rs", include_str!("../pages/sign_in.rs")),
        (
            "pages/sign_in/reopen_account.rs",
            include_str!("../pages/sign_in/reopen_account.rs"),
        ),
        ("pages/start.rs", include_str!("../pages/start.rs")),
        (
            "components/top_bar.rs",
            include_str!("../components/top_bar.rs"),
        ),
        (
            "components/on_first_need.rs",
            include_str!("../components/on_first_need.rs"),
        ),
        (
            "components/session_expired.rs",
            include_str!("../components/session_expired.rs"),
        ),
        (
            "components/field.rs",
            include_str!("../components/field.rs"),
        ),
        (
            "components/submit.rs",
            include_str!("../components/submit.rs"),
        ),
        (
            "components/lab_note.rs",
            include_str!("../components/lab_note.rs"),
        ),
        (
            "components/page_title.rs",
            include_str!("../components/page_title.rs"),
        ),
        (
            "components/flash_bars.rs",
            include_str!("../components/flash_bars.rs"),
        ),
    ];

    fn named_entries(source: &str) -> Vec<&str> {
        source
            .split("T::")
            .skip(1)
            .map(|rest| {
                let end = rest
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .unwrap_or(rest.len());
                &rest[..end]
            })
            .filter(|name| name.starts_with(|c: char| c.is_ascii_uppercase()))
            .collect()
    }

    #[test]
    fn the_first_screen_names_only_its_own_entries() {
        let listed: Vec<String> = FIRST_SCREEN.iter().map(|k| format!("{k:?}")).collect();
        for (file, source) in FIRST_SCREEN_FILES {
            for name in named_entries(source) {
                assert!(
                    listed.iter().any(|l| l == name),
                    "{file} names T::{name}: list it in i18n/first_screen.rs"
                );
            }
        }
    }

    #[test]
    fn first_screen_entries_read_as_every_entry_does() {
        for key in FIRST_SCREEN {
            for locale in [Locale::En, Locale::Ja] {
                assert_eq!(
                    text(*key, locale),
                    Some(super::super::catalogue::every_text(*key, locale))
                );
            }
        }
        assert_eq!(text(T::CreateNewAccessKey, Locale::En), None);
    }

    #[test]
    fn the_scan_finds_what_a_view_names() {
        assert_eq!(
            named_entries("tr(T::SignInHeading) x T::Next}, T::unit"),
            ["SignInHeading", "Next"]
        );
    }
}
