//! Where "Go there" takes the learner for a task: a page, with the section the
//! task happens in opened and highlighted; or, when finding the way is itself
//! the skill (the account menu), the menu to open, pointed at rather than skipped.

use super::progress::Progress;
use super::task::Task;
use crate::domain::access_key::AccessKeyStatus;
use crate::domain::account::Account;
use crate::domain::principal::Principal;

/// A section of the Security credentials page, named in the address
/// (`?section=access-keys`) so the page opens and highlights it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    AccessKeys,
    Mfa,
}

impl Section {
    pub const QUERY: &'static str = "section";

    pub fn slug(self) -> &'static str {
        match self {
            Section::AccessKeys => "access-keys",
            Section::Mfa => "mfa",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Section> {
        [Section::AccessKeys, Section::Mfa]
            .into_iter()
            .find(|s| s.slug() == slug)
    }
}

/// An item of the console's account menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MenuItem {
    Account,
    SecurityCredentials,
    SignOut,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Guide {
    /// Open this app route, with this section opened.
    Page {
        route: &'static str,
        section: Option<Section>,
    },
    /// Open the account menu and choose this item: the panel points at the menu.
    AccountMenu(MenuItem),
}

impl Guide {
    /// The app route (without the site's base path) of a `Page`.
    pub fn href(self) -> Option<String> {
        match self {
            Guide::Page {
                route,
                section: Some(s),
            } => Some(format!("{route}?{}={}", Section::QUERY, s.slug())),
            Guide::Page { route, .. } => Some(route.to_string()),
            Guide::AccountMenu(_) => None,
        }
    }
}

const CREDENTIALS: &str = "/console/security-credentials";

fn page(route: &'static str) -> Guide {
    Guide::Page {
        route,
        section: None,
    }
}

fn credentials(section: Section) -> Guide {
    Guide::Page {
        route: CREDENTIALS,
        section: Some(section),
    }
}

/// Where to go for `task`, given who is signed in (if anyone) and, for the key
/// tasks, how far the learner's key has come.
pub fn guide(
    task: Task,
    account: Option<&Account>,
    progress: &Progress,
    signed_in: Option<&Principal>,
) -> Guide {
    let menu_or_sign_in = |item| match signed_in {
        Some(_) => Guide::AccountMenu(item),
        None => page("/signin"),
    };
    match task {
        Task::CreateAccount => page("/signup"),
        // Signing in again is part of the skill: from the console, sign out first.
        Task::SignInAsRoot | Task::SignInWithMfa | Task::SignInAsIamUser => {
            menu_or_sign_in(MenuItem::SignOut)
        }
        Task::OpenSecurityCredentials => menu_or_sign_in(MenuItem::SecurityCredentials),
        Task::ChangeRootPassword => menu_or_sign_in(MenuItem::Account),
        Task::EnableRootMfa => credentials(Section::Mfa),
        Task::CreateAccessKey | Task::DeleteAccessKey => credentials(Section::AccessKeys),
        Task::UseKeyInCloudShell => page("/console/cloudshell"),
        // Made inactive already: what is left is seeing it refused.
        Task::DeactivateKey if account.is_some_and(|a| key_made_inactive(a, progress)) => {
            page("/console/cloudshell")
        }
        Task::DeactivateKey => credentials(Section::AccessKeys),
        Task::CreateIamAdmin => page("/console/iam"),
        Task::FindRootKeyInReport => page("/console/iam/credential-report"),
        Task::FindKeyCreator => page("/console/cloudtrail"),
        Task::ConfirmNoRootKeys => page("/console/cloudshell"),
    }
}

fn key_made_inactive(account: &Account, progress: &Progress) -> bool {
    progress.created_keys(account).iter().any(|id| {
        account
            .root
            .access_keys
            .get(id.as_str())
            .is_some_and(|k| k.status == AccessKeyStatus::Inactive)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;
    use crate::domain::training::testing::account;
    use crate::domain::training::TaskEvent;

    #[test]
    fn sections_round_trip_and_land_in_the_address() {
        for s in [Section::AccessKeys, Section::Mfa] {
            assert_eq!(Section::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Section::from_slug("keys"), None);
        assert_eq!(
            guide(Task::CreateAccessKey, None, &Progress::default(), None).href(),
            Some("/console/security-credentials?section=access-keys".into())
        );
        assert_eq!(
            guide(Task::EnableRootMfa, None, &Progress::default(), None).href(),
            Some("/console/security-credentials?section=mfa".into())
        );
    }

    #[test]
    fn menu_skills_point_at_the_menu_when_signed_in_and_lead_to_sign_in_otherwise() {
        let p = Progress::default();
        let root = Some(&Principal::Root);
        for (task, item) in [
            (Task::OpenSecurityCredentials, MenuItem::SecurityCredentials),
            (Task::ChangeRootPassword, MenuItem::Account),
            (Task::SignInWithMfa, MenuItem::SignOut),
            (Task::SignInAsIamUser, MenuItem::SignOut),
        ] {
            let g = guide(task, None, &p, root);
            assert_eq!(g, Guide::AccountMenu(item), "{task:?}");
            assert_eq!(g.href(), None);
            assert_eq!(guide(task, None, &p, None).href(), Some("/signin".into()));
        }
    }

    #[test]
    fn an_inactive_key_sends_the_learner_to_cloudshell_to_see_it_refused() {
        let mut a = account();
        let mut p = Progress::default();
        let at_keys = guide(Task::DeactivateKey, Some(&a), &p, Some(&Principal::Root));
        assert_eq!(at_keys, credentials(Section::AccessKeys));
        let id = a
            .root
            .access_keys
            .create(a.id, &mut OsRandom, Timestamp(1))
            .unwrap()
            .id;
        p.record(TaskEvent::SecretSaved { key_id: id.clone() });
        a.root
            .access_keys
            .set_status(id.as_str(), AccessKeyStatus::Inactive)
            .unwrap();
        assert_eq!(
            guide(Task::DeactivateKey, Some(&a), &p, Some(&Principal::Root)),
            page("/console/cloudshell")
        );
    }

    #[test]
    fn every_page_is_an_app_route() {
        for t in Task::ALL {
            if let Some(h) = guide(t, None, &Progress::default(), None).href() {
                assert!(h.starts_with('/'), "{t:?}");
            }
        }
    }
}
