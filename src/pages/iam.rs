//! IAM: for now the best practice the root warning points to; IAM users arrive
//! with the MFA and IAM issue.

use crate::app::tr;
use crate::i18n::T;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn IamPage() -> impl IntoView {
    view! {
        <main class="page">
            <h1>{tr(T::IamHeading)}</h1>
            <section class="panel">
                <p>{tr(T::IamBestPractice)}</p>
                <p><A href=crate::browser::app_href("/console/root-tasks")>{tr(T::RootTasksLink)}</A></p>
            </section>
        </main>
    }
}
