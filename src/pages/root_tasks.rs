//! The tasks AWS documents as needing the root user's credentials.

use crate::components::denied::DeniedNotice;
use crate::components::page_title::PageTitle;
use crate::domain::lab::ConsoleAction;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::A;

const TASKS: [T; 10] = [
    T::RootTask1,
    T::RootTask2,
    T::RootTask3,
    T::RootTask4,
    T::RootTask5,
    T::RootTask6,
    T::RootTask7,
    T::RootTask8,
    T::RootTask9,
    T::RootTask10,
];

#[component]
pub fn RootTasksPage() -> impl IntoView {
    let ctx = use_lab();
    let denied = ctx.lab.with_untracked(|l| {
        let s = l.session.as_ref()?;
        l.authorize(&s.identity, ConsoleAction::AccountSettings)
            .err()
    });
    if let Some(denied) = denied {
        return view! {
            <main class="page">
                <h1>{tr(T::RootTasksHeading)}</h1>
                <PageTitle parts=&[T::RootTasksHeading, T::NavIam]/>
                <DeniedNotice denied=denied action=T::RootUserOnlyText/>
            </main>
        }
        .into_any();
    }
    view! {
        <main class="page">
            <h1>{tr(T::RootTasksHeading)}</h1>
            <PageTitle parts=&[T::RootTasksHeading, T::NavIam]/>
            <section class="panel">
                <p>{tr(T::RootTasksIntro)}</p>
                <ul class="tasks">
                    {TASKS.iter().map(|t| view! { <li>{tr(*t)}</li> }).collect_view()}
                </ul>
                <p><A href=crate::browser::app_href("/console/security-credentials")>{tr(T::BackToSecurityCredentials)}</A></p>
            </section>
        </main>
    }
    .into_any()
}
