//! The words of the guided tasks: each task's title and how-to, its group's
//! title, why a task did not tick, the account menu item to choose; and the
//! built-in scenarios' summaries, descriptions and refusals.

use super::{Locale, T};
use crate::domain::scenario::{ScenarioError, BUILTIN_NAMES};
use crate::domain::training::{MenuItem, NotTicked, Task, TaskGroup};

pub fn task_title(task: Task) -> T {
    match task {
        Task::CreateAccount => T::TaskCreateAccount,
        Task::SignInAsRoot => T::TaskSignInAsRoot,
        Task::OpenSecurityCredentials => T::TaskOpenSecurityCredentials,
        Task::EnableRootMfa => T::TaskEnableRootMfa,
        Task::SignInWithMfa => T::TaskSignInWithMfa,
        Task::CreateAccessKey => T::TaskCreateAccessKey,
        Task::UseKeyInCloudShell => T::TaskUseKeyInCloudShell,
        Task::DeactivateKey => T::TaskDeactivateKey,
        Task::DeleteAccessKey => T::TaskDeleteAccessKey,
        Task::ChangeRootPassword => T::TaskChangeRootPassword,
        Task::CreateIamAdmin => T::TaskCreateIamAdmin,
        Task::SignInAsIamUser => T::TaskSignInAsIamUser,
        Task::FindRootKeyInReport => T::TaskFindRootKeyInReport,
        Task::FindKeyCreator => T::TaskFindKeyCreator,
        Task::ConfirmNoRootKeys => T::TaskConfirmNoRootKeys,
    }
}

pub fn task_hint(task: Task) -> T {
    match task {
        Task::CreateAccount => T::HintCreateAccount,
        Task::SignInAsRoot => T::HintSignInAsRoot,
        Task::OpenSecurityCredentials => T::HintOpenSecurityCredentials,
        Task::EnableRootMfa => T::HintEnableRootMfa,
        Task::SignInWithMfa => T::HintSignInWithMfa,
        Task::CreateAccessKey => T::HintCreateAccessKey,
        Task::UseKeyInCloudShell => T::HintUseKeyInCloudShell,
        Task::DeactivateKey => T::HintDeactivateKey,
        Task::DeleteAccessKey => T::HintDeleteAccessKey,
        Task::ChangeRootPassword => T::HintChangeRootPassword,
        Task::CreateIamAdmin => T::HintCreateIamAdmin,
        Task::SignInAsIamUser => T::HintSignInAsIamUser,
        Task::FindRootKeyInReport => T::HintFindRootKeyInReport,
        Task::FindKeyCreator => T::HintFindKeyCreator,
        Task::ConfirmNoRootKeys => T::HintConfirmNoRootKeys,
    }
}

/// A group's title, by its slug (a new group adds its arm here).
pub fn group_title(group: &TaskGroup) -> T {
    match group.slug {
        "secure-root" => T::GroupSecureRoot,
        "audit-root" => T::TaskGroupAudit,
        _ => T::GuidedTasks,
    }
}

pub fn menu_item(item: MenuItem) -> T {
    match item {
        MenuItem::Account => T::MenuAccount,
        MenuItem::SecurityCredentials => T::MenuSecurityCredentials,
        MenuItem::SignOut => T::MenuSignOut,
    }
}

/// The reason, as a user it names (if any, shown after `WhyUserPrefix`) and the
/// sentence that follows.
pub fn not_ticked(reason: &NotTicked) -> (Option<&str>, T) {
    match reason {
        NotTicked::NeedsRootUser => (None, T::WhyNeedsRootUser),
        NotTicked::KeyLimitReached => (None, T::WhyKeyLimitReached),
        NotTicked::SecretNotSaved => (None, T::WhySecretNotSaved),
        NotTicked::ConsoleCredentialsUsed => (None, T::WhyConsoleCredentialsUsed),
        NotTicked::InactiveKeyNotTried => (None, T::WhyInactiveKeyNotTried),
        NotTicked::KeyStillActive => (None, T::WhyKeyStillActive),
        NotTicked::UserWithoutAdministrators { user } => {
            (Some(user), T::WhyUserWithoutAdministrators)
        }
        NotTicked::AdminWithoutConsolePassword { user } => {
            (Some(user), T::WhyAdminWithoutConsolePassword)
        }
        NotTicked::NoRootMfaDevice => (None, T::WhyNoRootMfaDevice),
        NotTicked::SignOutFirst => (None, T::WhySignOutFirst),
    }
}

/// A built-in scenario's one-line summary and its description, by name.
pub fn builtin_scenario(name: &str) -> Option<(T, T)> {
    Some(match name {
        "fresh" => (T::ScenarioFreshSummary, T::ScenarioFreshDescription),
        "two-keys" => (T::ScenarioTwoKeysSummary, T::ScenarioTwoKeysDescription),
        "mfa-enabled" => (
            T::ScenarioMfaEnabledSummary,
            T::ScenarioMfaEnabledDescription,
        ),
        "iam-user-remembered" => (
            T::ScenarioIamUserRememberedSummary,
            T::ScenarioIamUserRememberedDescription,
        ),
        "ready-to-delete" => (
            T::ScenarioReadyToDeleteSummary,
            T::ScenarioReadyToDeleteDescription,
        ),
        "leaked-root-key" => (
            T::ScenarioLeakedRootKeySummary,
            T::ScenarioLeakedRootKeyDescription,
        ),
        _ => return None,
    })
}

/// Why a scenario was not loaded, in `locale` where the lab has the words; a
/// validator's rule (`path: reason`) and a JSON error stay as written.
pub fn scenario_refusal(e: &ScenarioError, locale: Locale) -> String {
    match e {
        ScenarioError::UnknownName(name) => T::ScenarioUnknownName
            .text(locale)
            .replace("{name}", &crate::domain::echo::short_echo(name))
            .replace("{list}", &BUILTIN_NAMES.join(", ")),
        ScenarioError::WrongFormat => T::ScenarioWrongFormat.text(locale).to_string(),
        ScenarioError::NewerVersion { found, supported } => T::ScenarioNewerVersion
            .text(locale)
            .replace("{found}", &found.to_string())
            .replace("{supported}", &supported.to_string()),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scenario::named_scenario;

    #[test]
    fn every_builtin_has_words_and_its_english_description_is_the_files_own() {
        for name in BUILTIN_NAMES {
            let (_, description) = builtin_scenario(name).expect(name);
            let file = named_scenario(name).unwrap().description.unwrap();
            assert_eq!(description.text(Locale::En), file, "{name}");
        }
        assert_eq!(builtin_scenario("my-class"), None);
    }

    #[test]
    fn scenario_refusals_say_in_english_what_the_error_says_and_have_japanese() {
        for e in [
            ScenarioError::UnknownName("two_keys".into()),
            ScenarioError::WrongFormat,
            ScenarioError::NewerVersion {
                found: 99,
                supported: 2,
            },
            ScenarioError::Invalid {
                path: "accounts[0].password".into(),
                reason: "is too short".into(),
            },
        ] {
            assert_eq!(scenario_refusal(&e, Locale::En), e.to_string());
            assert!(!scenario_refusal(&e, Locale::Ja).contains('{'));
        }
        let ja = scenario_refusal(&ScenarioError::UnknownName("nope".into()), Locale::Ja);
        assert!(
            ja.starts_with("\"nope\" という名前の組み込みシナリオはありません。"),
            "{ja}"
        );
        assert!(ja.contains("fresh, two-keys"), "{ja}");
    }
}
