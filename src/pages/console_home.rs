//! Console Home: who is signed in to which account, and the way on to
//! Security credentials.

use crate::components::page_title::PageTitle;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ConsoleHome() -> impl IntoView {
    let ctx = use_lab();
    let locale = ctx.locale;
    // An IAM user sees its own name where the root user sees the root email.
    let account = move || {
        ctx.lab
            .with(|l| {
                let s = l.session.as_ref()?;
                let a = l.account(s.identity.account)?;
                let (who, signed_in_as) = match s.identity.principal.user_name() {
                    None => (T::SignedInAsRoot, a.root.email.clone()),
                    Some(name) => (T::SignedInAsIamUser, name.to_string()),
                };
                Some((a.name.clone(), a.id.hyphenated(), signed_in_as, who))
            })
            .unwrap_or((
                String::new(),
                String::new(),
                String::new(),
                T::SignedInAsRoot,
            ))
    };
    view! {
        <main class="page">
            <h1>{tr(T::ConsoleHomeHeading)}</h1>
            <PageTitle parts=&[T::ConsoleHomeHeading]/>
            <section class="panel">
                // An IAM user manages its own credentials there, never the root user's.
                <p>{move || match account().3 {
                    T::SignedInAsRoot => T::ConsoleHomeIntro,
                    _ => T::ConsoleHomeIntroIamUser,
                }.text(locale.get())}</p>
                <dl class="details">
                    <dt>{tr(T::AccountName)}</dt><dd>{move || account().0}</dd>
                    <dt>{tr(T::AccountId)}</dt><dd>{move || account().1}</dd>
                    <dt>{move || account().3.text(locale.get())}</dt><dd>{move || account().2}</dd>
                </dl>
                <p><A href=crate::browser::app_href("/console/security-credentials")>{tr(T::MenuSecurityCredentials)}</A></p>
            </section>
        </main>
    }
}
