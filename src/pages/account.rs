//! Account settings only the root user can change: password, email (how an
//! account changes hands) and closing the account.

use crate::browser::{focus_soon, FIRST_INVALID};
use crate::components::denied::{denied_text, DeniedNotice};
use crate::components::field::{field_errors, Field};
use crate::components::lab_note::LabNote;
use crate::components::page_title::PageTitle;
use crate::components::submit::SubmitButton;
use crate::domain::lab::{ChangePasswordProblem, ConsoleAction, Identity, Refused};
use crate::i18n::messages::is_current_password_problem;
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn AccountPage() -> impl IntoView {
    let ctx = use_lab();
    let Some((actor, allowed)) = ctx.lab.with_untracked(|l| {
        let s = l.session.as_ref()?;
        let allowed = l.authorize(&s.identity, ConsoleAction::AccountSettings);
        Some((s.identity.clone(), allowed))
    }) else {
        return ().into_any();
    };
    if let Err(denied) = allowed {
        return view! {
            <main class="page">
                <h1>{tr(T::AccountHeading)}</h1>
                <PageTitle parts=&[T::AccountHeading]/>
                <DeniedNotice denied=denied action=T::RootUserOnlyText/>
            </main>
        }
        .into_any();
    }
    view! {
        <main class="page">
            <h1>{tr(T::AccountHeading)}</h1>
            <PageTitle parts=&[T::AccountHeading]/>
            <ChangePasswordForm actor=actor.clone()/>
            <UpdateEmailForm actor=actor.clone()/>
            <CloseAccountForm actor=actor/>
        </main>
    }
    .into_any()
}

#[component]
fn ChangePasswordForm(actor: Identity) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<ChangePasswordProblem>::new());
    let done = RwSignal::new(false);
    let errors = move |pick| field_errors(problems, pick);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (c, n, f) = (
            current.get_untracked(),
            new.get_untracked(),
            confirm.get_untracked(),
        );
        // Whoever is signed in now, if still the page's principal (a sign-out or
        // expiry since the page opened ends what it may do).
        let Some(actor) = ctx.actor().filter(|live| *live == actor) else {
            return;
        };
        ctx.act_with_password(
            move |lab, kdf, rng, _| lab.change_root_password(&actor, &c, &n, &f, kdf, rng),
            move |result| {
                for field in [current, new, confirm] {
                    field.set(String::new());
                }
                match result {
                    Ok(()) => {
                        problems.set(vec![]);
                        done.set(true);
                        flash.success(T::PasswordChanged);
                    }
                    Err(Refused::Problem(p)) => {
                        done.set(false);
                        problems.set(p);
                        focus_soon(FIRST_INVALID);
                    }
                    Err(Refused::Denied(d)) => {
                        done.set(false);
                        flash.error(denied_text(d));
                    }
                }
            },
        );
    };
    view! {
        <section class="panel">
            <h2>{tr(T::ChangePasswordHeading)}</h2>
            <Show when=move || done.get()>
                <p class="alert alert-success">{tr(T::PasswordChanged)}</p>
            </Show>
            <form on:submit=submit novalidate>
                <Field label=T::CurrentPassword value=current kind="password" autocomplete="current-password"
                    errors=errors(|p| is_current_password_problem(*p))/>
                <Field label=T::NewPassword value=new kind="password" autocomplete="new-password" hint=T::PasswordRules
                    errors=errors(|p| matches!(p, ChangePasswordProblem::Password(_)))/>
                <Field label=T::ConfirmNewPassword value=confirm kind="password" autocomplete="new-password"
                    errors=errors(|p| *p == ChangePasswordProblem::ConfirmMismatch)/>
                <SubmitButton label=T::ChangePassword/>
            </form>
        </section>
    }
}

#[component]
fn UpdateEmailForm(actor: Identity) -> impl IntoView {
    let account = actor.account;
    let ctx = use_lab();
    let flash = use_flash();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Result<(), T>>);
    let current = move || {
        ctx.lab.with(|l| {
            l.account(account)
                .map(|a| a.root.email.clone())
                .unwrap_or_default()
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (e, p) = (email.get_untracked(), password.get_untracked());
        // Whoever is signed in now, if still the page's principal (a sign-out or
        // expiry since the page opened ends what it may do).
        let Some(actor) = ctx.actor().filter(|live| *live == actor) else {
            return;
        };
        ctx.act_with_password(
            move |lab, kdf, _, _| lab.update_root_email(&actor, &e, &p, kdf),
            move |result| {
                password.set(String::new());
                if result.is_ok() {
                    email.set(String::new());
                    flash.success(T::EmailUpdated);
                }
                outcome.set(Some(result.map_err(|r| match r {
                    Refused::Problem(p) => T::from(p),
                    Refused::Denied(d) => denied_text(d),
                })));
            },
        );
    };
    view! {
        <section class="panel">
            <h2>{tr(T::EmailHeading)}</h2>
            <p>{tr(T::EmailAddress)}": "<strong>{current}</strong></p>
            <p class="hint">{tr(T::EmailTransferNote)}</p>
            {move || outcome.get().map(|o| match o {
                Ok(()) => view! { <p class="alert alert-success">{tr(T::EmailUpdated)}</p> }.into_any(),
                Err(t) => view! { <p class="alert alert-error" role="alert">{tr(t)}</p> }.into_any(),
            })}
            <form on:submit=submit novalidate>
                <Field label=T::NewEmailAddress value=email kind="email" autocomplete="email"/>
                <Field label=T::PasswordToConfirmEmail value=password kind="password" autocomplete="current-password"/>
                <SubmitButton label=T::UpdateEmail/>
            </form>
        </section>
    }
}

#[component]
fn CloseAccountForm(actor: Identity) -> impl IntoView {
    let ctx = use_lab();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = typed.get_untracked();
        // Whoever is signed in now, if still the page's principal (a sign-out or
        // expiry since the page opened ends what it may do).
        let Some(actor) = ctx.actor().filter(|live| *live == actor) else {
            return;
        };
        let navigate = navigate.clone();
        ctx.act(
            move |lab, _, now| lab.close_account(&actor, &t, now),
            move |result| match result {
                Ok(()) => {
                    ctx.announce(T::AccountClosed);
                    navigate("/signin", Default::default());
                }
                Err(_) => error.set(true),
            },
        );
    };
    view! {
        <section class="panel danger-zone">
            <h2>{tr(T::CloseAccountHeading)}</h2>
            <p>{tr(T::CloseAccountPostClosure)}</p>
            <LabNote text=T::LabNoteClosedAccountRemoved/>
            <form on:submit=submit novalidate>
                <Field label=T::TypeAccountIdToConfirm value=typed autocomplete="off"
                    errors=Signal::derive(move || if error.get() { vec![T::AccountIdMismatch] } else { vec![] })/>
                <button type="submit" class="danger">{tr(T::CloseAccount)}</button>
            </form>
        </section>
    }
}
