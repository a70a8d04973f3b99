//! Security credentials: for the root user the warning first; then account
//! details, the MFA section and the signed-in principal's own access keys.

pub mod access_keys;
mod assign_mfa_dialog;
mod create_key_dialog;
pub mod current;
mod delete_key_dialog;
pub mod edition_keys;
mod key_actor;
pub mod mfa_devices;
mod root_warning;

use crate::components::denied::DeniedNotice;
use crate::components::disclosure::Disclosure;
use crate::components::page_title::PageTitle;
use crate::domain::lab::{Identity, Principal};
use crate::domain::prefs::Edition;
use crate::domain::training::Section;
use crate::i18n::T;
use crate::state::{tr, use_edition, use_lab};
use access_keys::AccessKeysPanel;
use edition_keys::CurrentKeysSection;
use leptos::prelude::*;
use mfa_devices::MfaDevicesPanel;
use root_warning::RootWarning;

#[component]
pub fn SecurityCredentialsPage() -> impl IntoView {
    let ctx = use_lab();
    let Some((account, hide, principal)) = ctx.lab.with_untracked(|l| {
        let s = l.session.as_ref()?;
        let a = l.account(s.identity.account)?;
        Some((a.id, a.root.hide_root_warning, s.identity.principal.clone()))
    }) else {
        return ().into_any();
    };
    // The warning is about the root user's own credentials: IAM users never see it.
    // Back from today's steps pages, the warning is not asked again.
    let returned = leptos_router::hooks::use_location()
        .state
        .with_untracked(|s| {
            s.to_js_value().as_string().as_deref() == Some(current::RETURNED_FROM_STEPS)
        });
    let warning = RwSignal::new(!hide && principal == Principal::Root && !returned);
    let edition = use_edition();
    // The signed-in principal's own keys: it is both the actor and the owner.
    let owner = StoredValue::new(Identity::new(account, principal.clone()));
    let denied = Memo::new(move |_| {
        owner.with_value(|me| ctx.lab.with(|l| l.may_manage_access_keys(me, me).err()))
    });
    // An IAM user sees who they are, not the root user's email address.
    let who_label = match &principal {
        Principal::Root => T::EmailAddress,
        Principal::IamUser { .. } => T::IamUserName,
    };
    let who_principal = principal.clone();
    let details = Memo::new(move |_| {
        ctx.lab.with(|l| {
            l.account(account)
                .map(|a| {
                    let who = match &who_principal {
                        Principal::Root => a.root.email.clone(),
                        Principal::IamUser { name } => name.clone(),
                    };
                    (a.name.clone(), who, a.id.hyphenated())
                })
                .unwrap_or_default()
        })
    });
    // The section the guided panel's "Go there" names (`?section=access-keys`).
    let query = leptos_router::hooks::use_query_map();
    let guided = move |section: Section| {
        Signal::derive(move || {
            query.with(|q| {
                q.get(Section::QUERY)
                    .as_deref()
                    .and_then(Section::from_slug)
            }) == Some(section)
        })
    };
    view! {
        <Show when=move || warning.get()>
            <RootWarning on_continue=Callback::new(move |_| warning.set(false))/>
        </Show>
        <main class="page">
            <h1>{tr(T::SecurityCredentialsHeading)}</h1>
            <PageTitle parts=&[T::SecurityCredentialsHeading, T::NavIam]/>
            <section class="panel">
                <h2>{tr(T::AccountDetails)}</h2>
                <dl class="details">
                    <dt>{tr(T::AccountName)}</dt><dd>{move || details.get().0}</dd>
                    <dt>{tr(who_label)}</dt><dd>{move || details.get().1}</dd>
                    <dt>{tr(T::AccountId)}</dt><dd class="account-id">{move || details.get().2}</dd>
                </dl>
            </section>
            <Disclosure title=Signal::derive(tr(T::MfaSection)) guided=guided(Section::Mfa)>
                <MfaDevicesPanel owner=Identity::new(account, principal.clone())/>
            </Disclosure>
            <Show when=move || edition.get() == Edition::Classic
                fallback=move || view! { <CurrentKeysSection owner=owner.get_value()/> }>
            <Disclosure title=Signal::derive(tr(T::AccessKeysSection)) guided=guided(Section::AccessKeys)>
                {move || match denied.get() {
                    Some(d) => view! { <DeniedNotice denied=d action=T::NotAuthorizedAccessKeys/> }.into_any(),
                    None => view! { <AccessKeysPanel owner=owner.get_value()/> }.into_any(),
                }}
            </Disclosure>
            </Show>
        </main>
    }
    .into_any()
}
