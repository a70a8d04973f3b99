//! Security credentials (root): the warning first, then account details, the
//! access keys section and the MFA section.

mod access_keys;
mod assign_mfa_dialog;
mod create_key_dialog;
mod delete_key_dialog;
pub mod mfa_devices;
mod root_warning;

use crate::app::{tr, use_lab};
use crate::components::disclosure::Disclosure;
use crate::i18n::T;
use access_keys::AccessKeysPanel;
use leptos::prelude::*;
use mfa_devices::MfaDevicesPanel;
use root_warning::RootWarning;

#[component]
pub fn SecurityCredentialsPage() -> impl IntoView {
    let ctx = use_lab();
    let Some((account, hide)) = ctx.lab.with_untracked(|l| {
        l.session_account()
            .map(|a| (a.id, a.root.hide_root_warning))
    }) else {
        return ().into_any();
    };
    let warning = RwSignal::new(!hide);
    let principal = ctx
        .lab
        .with_untracked(|l| l.session.as_ref().map(|s| s.principal.clone()))
        .unwrap_or(crate::domain::lab::Principal::Root);
    let details = move || {
        ctx.lab.with(|l| {
            l.account(account)
                .map(|a| (a.name.clone(), a.root.email.clone(), a.id.hyphenated()))
                .unwrap_or_default()
        })
    };
    view! {
        <Show when=move || warning.get()>
            <RootWarning account=account on_continue=Callback::new(move |_| warning.set(false))/>
        </Show>
        <main class="page">
            <h1>{tr(T::SecurityCredentialsHeading)}</h1>
            <section class="panel">
                <h2>{tr(T::AccountDetails)}</h2>
                <dl class="details">
                    <dt>{tr(T::AccountName)}</dt><dd>{move || details().0}</dd>
                    <dt>{tr(T::EmailAddress)}</dt><dd>{move || details().1}</dd>
                    <dt>{tr(T::AccountId)}</dt><dd class="account-id">{move || details().2}</dd>
                </dl>
            </section>
            <Disclosure title=Signal::derive(tr(T::MfaSection))>
                <MfaDevicesPanel account=account principal=principal.clone()/>
            </Disclosure>
            <Disclosure title=Signal::derive(tr(T::AccessKeysSection))>
                <AccessKeysPanel account=account/>
            </Disclosure>
        </main>
    }
    .into_any()
}
