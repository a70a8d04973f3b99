//! One IAM user: summary, groups, console access, access keys, and deleting it.

use super::user_dialogs::{ConsolePasswordDialog, DeleteUserDialog};
use super::{session_account, ManageIamUsers};
use crate::browser::format_time;
use crate::components::page_title::PageTitle;
use crate::domain::iam::group::ADMINISTRATORS;
use crate::domain::iam::managed_policy::known_policy;
use crate::domain::iam::user::same_name;
use crate::domain::ids::AccountId;
use crate::domain::lab::Identity;
use crate::domain::time::Timestamp;
use crate::i18n::T;
use crate::pages::security_credentials::edition_keys::EditionKeysPanel;
use crate::pages::security_credentials::mfa_devices::MfaDevicesPanel;
use crate::state::{tr, use_flash, use_lab, use_locale};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Summary {
    name: String,
    arn: String,
    created: Timestamp,
    console: bool,
    groups: Vec<String>,
    /// Managed policy names, attached directly or through a group.
    policies: String,
}

#[component]
pub fn UserDetailPage() -> impl IntoView {
    let Some(account) = session_account() else {
        return ().into_any();
    };
    let params = use_params_map();
    // The router leaves reserved characters (`+ = , @`) encoded in the segment.
    let name = Memo::new(move |_| {
        let raw = params.with(|p| p.get("name")).unwrap_or_default();
        js_sys::decode_uri_component(&raw)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or(raw)
    });
    view! {
        <main class="page">
            <h1>{move || crate::domain::echo::short_echo(&name.get())}</h1>
            <PageTitle parts=&[T::NavIam] lead=name/>
            <ManageIamUsers>
                {move || view! { <UserDetail account=account name=name.get()/> }}
            </ManageIamUsers>
        </main>
    }
    .into_any()
}

#[component]
fn UserDetail(account: AccountId, name: String) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let locale = use_locale();
    let summary = {
        let name = name.clone();
        Memo::new(move |_| {
            ctx.lab.with(|l| {
                l.iam_user(account, &name).map(|u| Summary {
                    name: u.name.clone(),
                    arn: u.arn(account),
                    created: u.created,
                    console: u.password.is_some(),
                    groups: u.groups.clone(),
                    policies: l
                        .user_policies(account, &u.name)
                        .iter()
                        .map(|arn| known_policy(arn).unwrap_or(arn))
                        .collect::<Vec<_>>()
                        .join(", "),
                })
            })
        })
    };
    let Some(found) = summary.get_untracked() else {
        return view! {
            <p class="alert alert-error" role="alert">{tr(T::UserNotFound)}</p>
            <p><A href=crate::browser::app_href("/console/iam")>{tr(T::ReturnToUsers)}</A></p>
        }
        .into_any();
    };
    let name = StoredValue::new(found.name.clone());
    let field = move |f: fn(&Summary) -> String| {
        move || summary.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let console = move || summary.with(|s| s.as_ref().is_some_and(|s| s.console));
    let admin = move || {
        summary.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.groups.iter().any(|g| same_name(g, ADMINISTRATORS)))
        })
    };
    let toggle_admin = move |_| {
        let n = name.get_value();
        let Some(actor) = ctx.actor() else { return };
        let announce = move |done: T| {
            move |result: Result<(), _>| {
                if result.is_ok() {
                    flash.success(done);
                }
            }
        };
        if admin() {
            ctx.act(
                move |lab, _, _| lab.remove_user_from_group(&actor, account, &n, ADMINISTRATORS),
                announce(T::RemovedFromAdministrators),
            );
        } else {
            ctx.act(
                move |lab, rng, now| lab.add_user_to_administrators(&actor, account, &n, rng, now),
                announce(T::AddedToAdministrators),
            );
        }
    };
    // Some(true): set a password; Some(false): remove console access.
    let password_dialog = RwSignal::new(None::<bool>);
    let deleting = RwSignal::new(false);
    let owner = Identity::user(account, found.name.clone());
    view! {
            <section class="panel">
                <h2>{tr(T::SummaryHeading)}</h2>
                <dl class="details">
                    <dt>{tr(T::Arn)}</dt><dd class="mono user-arn">{field(|s| s.arn.clone())}</dd>
                    <dt>{tr(T::ColCreated)}</dt><dd>{move || format_time(found.created, locale.get())}</dd>
                    <dt>{tr(T::ColConsoleAccess)}</dt>
                    <dd>{move || tr(if console() { T::ConsoleAccessEnabled } else { T::ConsoleAccessDisabled })()}</dd>
                </dl>
            </section>
            <section class="panel">
                <h2>{tr(T::ColGroups)}</h2>
                <p class="user-groups">{move || {
                    let groups = field(|s| s.groups.join(", "))();
                    if groups.is_empty() { T::NotInGroups.text(locale.get()).to_string() } else { groups }
                }}</p>
                <dl class="details">
                    <dt>{tr(T::PermissionsPolicies)}</dt>
                    <dd class="user-policies">{move || {
                        let p = field(|s| s.policies.clone())();
                        if p.is_empty() { T::NoneText.text(locale.get()).to_string() } else { p }
                    }}</dd>
                </dl>
                <button type="button" on:click=toggle_admin>
                    {move || tr(if admin() { T::RemoveFromAdministrators } else { T::AddToAdministratorsButton })()}
                </button>
            </section>
            <section class="panel console-access">
                <h2>{tr(T::ColConsoleAccess)}</h2>
                <p>{move || tr(if console() { T::ConsoleAccessEnabled } else { T::ConsoleAccessDisabled })()}</p>
                <div class="form-buttons">
                    <button type="button" on:click=move |_| password_dialog.set(Some(true))>{tr(T::SetConsolePassword)}</button>
                    <Show when=console>
                        <button type="button" on:click=move |_| password_dialog.set(Some(false))>{tr(T::DisableConsoleAccess)}</button>
                    </Show>
                </div>
            </section>
            <section class="panel">
                <h2>{tr(T::MfaSection)}</h2>
                <MfaDevicesPanel owner=Identity::user(account, name.get_value()) can_assign=false/>
            </section>
            <section class="panel">
                <h2>{tr(T::ColAccessKeys)}</h2>
                <EditionKeysPanel owner=owner create_path=super::user_path(&found.name, "/create-access-key")/>
            </section>
            <section class="panel danger-zone">
                <h2>{tr(T::DeleteUser)}</h2>
                <p>{tr(T::DeleteUserWarning)}</p>
                <button type="button" class="danger" on:click=move |_| deleting.set(true)>{tr(T::DeleteUser)}</button>
            </section>
            {move || password_dialog.get().map(|set| view! {
                <ConsolePasswordDialog account=account name=name.get_value() set=set
                    on_close=Callback::new(move |_| password_dialog.set(None))/>
            })}
            <Show when=move || deleting.get()>
                <DeleteUserDialog account=account name=name.get_value()
                    on_close=Callback::new(move |_| deleting.set(false))/>
            </Show>
    }
    .into_any()
}
