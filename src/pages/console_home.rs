use crate::app::{tr, use_lab};
use crate::i18n::T;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ConsoleHome() -> impl IntoView {
    let ctx = use_lab();
    let account = move || {
        ctx.lab.with(|l| {
            l.session_account()
                .map(|a| (a.name.clone(), a.id.hyphenated(), a.root.email.clone()))
                .unwrap_or_default()
        })
    };
    view! {
        <main class="page">
            <h1>{tr(T::ConsoleHomeHeading)}</h1>
            <section class="panel">
                <p>{tr(T::ConsoleHomeIntro)}</p>
                <dl class="details">
                    <dt>{tr(T::AccountName)}</dt><dd>{move || account().0}</dd>
                    <dt>{tr(T::AccountId)}</dt><dd>{move || account().1}</dd>
                    <dt>{tr(T::SignedInAsRoot)}</dt><dd>{move || account().2}</dd>
                </dl>
                <p><A href=crate::browser::app_href("/console/security-credentials")>{tr(T::MenuSecurityCredentials)}</A></p>
            </section>
        </main>
    }
}
