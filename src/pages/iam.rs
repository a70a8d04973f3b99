//! IAM: the dashboard (security recommendations, resource counts, the credential
//! report link), the account alias and the users of the signed-in account, for
//! the root user and IAM administrators; anyone else is told which permission
//! is missing.

mod alias;
mod create_user;
mod dashboard;
mod user_create_key;
mod user_detail;
mod user_dialogs;
mod users_table;

pub use create_user::{CreateUserDefaults, CreateUserPage};
pub use user_create_key::CreateUserAccessKeyPage;
pub use user_detail::UserDetailPage;

use crate::components::denied::DeniedNotice;
use crate::components::page_title::PageTitle;
use crate::domain::ids::AccountId;
use crate::domain::lab::{ConsoleAction, Principal};
use crate::i18n::T;
use crate::state::{tr, use_lab};
use alias::AliasPanel;
use dashboard::IamDashboard;
use leptos::prelude::*;
use leptos_router::components::A;
use users_table::UsersPanel;

/// The signed-in account; console pages render only inside a session.
fn session_account() -> Option<AccountId> {
    use_lab()
        .lab
        .with_untracked(|l| l.session.as_ref().map(|s| s.identity.account))
}

/// A user's page, as a link target (names may hold `+ = , . @`).
pub(crate) fn user_href(name: &str) -> String {
    crate::browser::app_href(&user_path(name, ""))
}

/// A user's page (and what follows it, like `/create-access-key`), as the
/// router navigates to it.
pub(crate) fn user_path(name: &str, then: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(name).into();
    format!("/console/iam/users/{encoded}{then}")
}

/// Shows `children` while the signed-in principal may manage IAM users, and the
/// refusal otherwise; it follows changes (losing Administrators takes effect at once).
#[component]
fn ManageIamUsers(children: ChildrenFn) -> impl IntoView {
    let ctx = use_lab();
    let denied = Memo::new(move |_| {
        ctx.lab.with(|l| {
            let s = l.session.as_ref()?;
            l.authorize(&s.identity, ConsoleAction::ManageIamUsers)
                .err()
        })
    });
    move || match denied.get() {
        Some(d) => view! { <DeniedNotice denied=d action=T::NotAuthorizedListUsers/> }.into_any(),
        None => children().into_any(),
    }
}

#[component]
pub fn IamPage() -> impl IntoView {
    let ctx = use_lab();
    let Some(account) = session_account() else {
        return ().into_any();
    };
    let is_root = move || {
        ctx.lab
            .with(|l| {
                l.session
                    .as_ref()
                    .map(|s| s.identity.principal == Principal::Root)
            })
            .unwrap_or(false)
    };
    view! {
        <main class="page">
            <h1>{tr(T::IamHeading)}</h1>
            <IamDashboard/>
            <PageTitle parts=&[T::NavIam]/>
            <ManageIamUsers>
                <AliasPanel account=account/>
                <UsersPanel account=account/>
            </ManageIamUsers>
            <section class="panel">
                <p>{tr(T::IamBestPractice)}</p>
                <Show when=is_root>
                    <p><A href=crate::browser::app_href("/console/root-tasks")>{tr(T::RootTasksLink)}</A></p>
                </Show>
            </section>
        </main>
    }
    .into_any()
}
