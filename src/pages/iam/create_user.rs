//! Create user: the name, optional console access with its password, and the
//! Administrators group; then the sign-in details to hand over, as AWS's
//! "Retrieve password" step gives them (the password itself is never shown back).

use super::{session_account, user_href, ManageIamUsers};
use crate::browser::{focus_soon, FIRST_INVALID};
use crate::components::denied::denied_text;
use crate::components::field::Field;
use crate::components::page_title::PageTitle;
use crate::components::submit::SubmitButton;
use crate::domain::iam::user::{CreateUserForm, CreateUserProblem};
use crate::domain::ids::AccountId;
use crate::domain::lab::{sign_in_url, Refused};
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn CreateUserPage() -> impl IntoView {
    let Some(account) = session_account() else {
        return ().into_any();
    };
    let created = RwSignal::new(None::<(String, bool)>);
    view! {
        <main class="page">
            <h1>{tr(T::CreateUser)}</h1>
            <PageTitle parts=&[T::CreateUser, T::NavIam]/>
            <ManageIamUsers>
                {move || match created.get() {
                    None => view! { <CreateUserForm account=account created=created/> }.into_any(),
                    Some((name, console)) => view! { <SignInDetails account=account name=name console=console/> }.into_any(),
                }}
            </ManageIamUsers>
        </main>
    }
    .into_any()
}

#[component]
fn CreateUserForm(account: AccountId, created: RwSignal<Option<(String, bool)>>) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let name = RwSignal::new(String::new());
    let console = RwSignal::new(false);
    let password = RwSignal::new(String::new());
    let admin = RwSignal::new(false);
    let problems = RwSignal::new(Vec::<CreateUserProblem>::new());
    let errors = move |pick: fn(&CreateUserProblem) -> bool| {
        Signal::derive(move || {
            problems
                .get()
                .into_iter()
                .filter(pick)
                .map(T::from)
                .collect::<Vec<_>>()
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = CreateUserForm {
            name: name.get_untracked(),
            console_password: console.get_untracked().then(|| password.get_untracked()),
            add_to_administrators: admin.get_untracked(),
        };
        let has_console = form.console_password.is_some();
        let Some(actor) = ctx.actor() else { return };
        ctx.act_with_password(
            move |lab, kdf, rng, now| lab.create_user(&actor, account, &form, kdf, rng, now),
            move |result| match result {
                Ok(stored) => {
                    password.set(String::new());
                    flash.success(T::UserCreated);
                    created.set(Some((stored, has_console)));
                }
                // Everything typed stays, the password included, to be corrected.
                Err(Refused::Problem(p)) => {
                    problems.set(p);
                    focus_soon(FIRST_INVALID);
                }
                Err(Refused::Denied(d)) => flash.error(denied_text(d)),
            },
        );
    };
    view! {
        <form on:submit=submit novalidate>
            <section class="panel">
                <h2>{tr(T::SpecifyUserDetails)}</h2>
                <Field label=T::UserName value=name autocomplete="off" hint=T::UserNameHint
                    errors=errors(|p| matches!(p, CreateUserProblem::UserName(_)))/>
                <label class="checkbox">
                    <input type="checkbox" bind:checked=console/>
                    {tr(T::ProvideConsoleAccess)}
                </label>
                <Show when=move || console.get()>
                    <Field label=T::ConsolePassword value=password kind="password" autocomplete="new-password"
                        hint=T::PasswordRules errors=errors(|p| matches!(p, CreateUserProblem::Password(_)))/>
                </Show>
            </section>
            <section class="panel">
                <h2>{tr(T::SetPermissions)}</h2>
                <label class="checkbox">
                    <input type="checkbox" bind:checked=admin aria-describedby="administrators-hint"/>
                    {tr(T::AddToAdministrators)}
                </label>
                <p id="administrators-hint" class="hint">{tr(T::AdministratorsHint)}</p>
            </section>
            <div class="form-buttons">
                <A href=crate::browser::app_href("/console/iam")>{tr(T::Cancel)}</A>
                <SubmitButton label=T::CreateUser/>
            </div>
        </form>
    }
}

#[component]
fn SignInDetails(account: AccountId, name: String, console: bool) -> impl IntoView {
    let ctx = use_lab();
    let url = ctx.lab.with_untracked(|l| {
        sign_in_url(account, l.account(account).and_then(|a| a.alias.as_deref()))
    });
    view! {
        <section class="panel">
            <p class="alert alert-success">{tr(T::UserCreated)}</p>
            <h2>{tr(T::RetrievePassword)}</h2>
            <p>{tr(if console { T::RetrievePasswordNote } else { T::NoConsolePasswordNote })}</p>
            <dl class="details">
                <dt>{tr(T::ConsoleSignInUrl)}</dt><dd class="mono">{url}</dd>
                <dt>{tr(T::AccountId)}</dt><dd>{account.hyphenated()}</dd>
                <dt>{tr(T::UserName)}</dt><dd>{name.clone()}</dd>
            </dl>
            <p class="form-buttons">
                <A href=user_href(&name)>{tr(T::ViewUser)}</A>
                <A href=crate::browser::app_href("/console/iam")>{tr(T::ReturnToUsers)}</A>
            </p>
        </section>
    }
}
