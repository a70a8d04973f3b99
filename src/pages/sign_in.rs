//! The main sign-in page: root user (email, then password) or IAM user (account,
//! then the account-specific page).

mod reopen_account;
mod submit;

use super::mfa_sign_in::{show_password_step, MfaSignIn};
use crate::components::field::{focus_field, Field};
use crate::components::lab_note::LabNote;
use crate::components::page_title::PageTitle;
use crate::components::session_expired::SessionExpiredNotice;
use crate::components::submit::SubmitButton;
use crate::domain::lab::MfaChallenge;
use crate::domain::lab::SignInError;
use crate::domain::navigation::after_sign_in;
use crate::domain::policy::is_valid_email;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::{Redirect, A};
use leptos_router::hooks::{use_navigate, use_query_map};
use reopen_account::ReopenAccount;

/// AWS mails a reset link; the lab sends no mail, so it says what to do instead.
#[component]
fn ForgotPassword() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <p class="forgot-password">
            <button type="button" class="link-button" aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>{tr(T::ForgotPassword)}</button>
        </p>
        <Show when=move || open.get()>
            <LabNote text=T::ForgotPasswordLabNote/>
        </Show>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Who {
    Root,
    Iam,
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let ctx = use_lab();
    let query = use_query_map();
    let next = move || query.with_untracked(|q| q.get("next"));
    let remembered = ctx
        .lab
        .with_untracked(|l| l.prefs.iam_sign_in_account.is_some());
    if ctx.lab.with_untracked(|l| l.session.is_some()) {
        return view! { <Redirect path=after_sign_in(next())/> }.into_any();
    }
    if remembered {
        let path = match next() {
            Some(n) => format!("/signin/iam?next={}", js_sys::encode_uri_component(&n)),
            None => "/signin/iam".to_string(),
        };
        return view! { <Redirect path=path/> }.into_any();
    }

    let who = RwSignal::new(Who::Root);
    let identifier = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let email_step = RwSignal::new(None::<String>);
    let errors = RwSignal::new(Vec::<T>::new());
    let pending = RwSignal::new(None::<MfaChallenge>);
    // The right password of a closed account: kept until Reopen account or a
    // different email is chosen.
    let closed = RwSignal::new(false);
    let closed_password = StoredValue::new(None::<String>);
    let navigate = use_navigate();

    let on_next = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let typed = identifier.get_untracked().trim().to_string();
            match who.get_untracked() {
                Who::Root if !is_valid_email(&typed) => {
                    errors.set(vec![T::EmailRequired]);
                    focus_field(T::RootUserEmail);
                }
                Who::Root => {
                    errors.set(vec![]);
                    email_step.set(Some(typed));
                    focus_field(T::Password);
                }
                Who::Iam if typed.is_empty() => {
                    errors.set(vec![T::AccountRequired]);
                    focus_field(T::AccountIdOrAlias);
                }
                Who::Iam => {
                    let mut path = format!(
                        "/signin/iam?account={}",
                        js_sys::encode_uri_component(&typed)
                    );
                    if let Some(n) = next() {
                        path.push_str(&format!("&next={}", js_sys::encode_uri_component(&n)));
                    }
                    let navigate = navigate.clone();
                    ctx.act(
                        move |lab, _, _| lab.remember_iam_sign_in(&typed),
                        move |()| navigate(&path, Default::default()),
                    );
                }
            }
        }
    };
    let go_on = Callback::new({
        let navigate = navigate.clone();
        move |()| navigate(&after_sign_in(next()), Default::default())
    });
    let on_sign_in = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(email) = email_step.get_untracked() else {
            return;
        };
        let pw = password.get_untracked();
        let navigate = navigate.clone();
        // Read now: the page (and its query memo) may be gone when hashing ends.
        let target = after_sign_in(next());
        let typed = pw.clone();
        let answer = move |step| {
            password.set(String::new());
            match step {
                Ok(step) => {
                    show_password_step(ctx, step, pending, || navigate(&target, Default::default()))
                }
                Err(SignInError::AccountClosed) => {
                    errors.set(vec![]);
                    closed_password.set_value(Some(typed));
                    closed.set(true);
                }
                Err(_) => {
                    errors.set(vec![T::AuthIncorrect]);
                    focus_field(T::Password);
                }
            }
        };
        submit::root_password(ctx, submit::Check::SignIn, email, pw, Box::new(answer));
    };
    let choose = move |w: Who| {
        who.set(w);
        errors.set(vec![]);
    };

    view! {
        <main class="page narrow sign-in">
            <h1>{tr(T::SignInHeading)}</h1>
            <PageTitle parts=&[T::SignInHeading]/>
            <SessionExpiredNotice/>
            {move || pending.get().map(|c| view! { <MfaSignIn challenge=c next=next() on_cancel=Callback::new(move |_| {
                pending.set(None);
                email_step.set(None);
                focus_field(T::RootUserEmail);
            })/> })}
            <div hidden=move || pending.with(Option::is_some)>
            <Show when=move || !errors.with(Vec::is_empty)>
                <p class="alert alert-error" role="alert">
                    {move || errors.get().first().map(|e| tr(*e)())}
                </p>
            </Show>
            <Show
                when=move || email_step.with(Option::is_some)
                fallback=move || view! {
                    <form on:submit=on_next.clone() novalidate>
                        <fieldset class="choice">
                            <legend class="visually-hidden">{tr(T::SignInHeading)}</legend>
                            <label class="radio">
                                <input type="radio" name="who" checked=move || who.get() == Who::Root
                                    on:change=move |_| choose(Who::Root)/>
                                <span><strong>{tr(T::RootUser)}</strong><br/><small>{tr(T::RootUserHint)}</small></span>
                            </label>
                            <label class="radio">
                                <input type="radio" name="who" checked=move || who.get() == Who::Iam
                                    on:change=move |_| choose(Who::Iam)/>
                                <span><strong>{tr(T::IamUser)}</strong><br/><small>{tr(T::IamUserHint)}</small></span>
                            </label>
                        </fieldset>
                        {move || match who.get() {
                            Who::Root => view! { <Field label=T::RootUserEmail value=identifier kind="email" autocomplete="username"/> }.into_any(),
                            Who::Iam => view! { <Field label=T::AccountIdOrAlias value=identifier autocomplete="organization"/> }.into_any(),
                        }}
                        <button type="submit" class="primary wide">{tr(T::Next)}</button>
                    </form>
                }
            >
                <form on:submit=on_sign_in.clone() novalidate>
                    <h2 class="step-heading">{tr(T::RootUserSignIn)}</h2>
                    <p class="signing-in-as">
                        {tr(T::SigningInAs)}": "<strong>{move || email_step.get().unwrap_or_default()}</strong>
                        " "
                        <button type="button" class="link-button" on:click=move |_| {
                            email_step.set(None);
                            password.set(String::new());
                            errors.set(vec![]);
                            closed.set(false);
                            closed_password.set_value(None);
                            focus_field(T::RootUserEmail);
                        }>{tr(T::UseDifferentEmail)}</button>
                    </p>
                    <Show when=move || !closed.get()>
                        <Field label=T::Password value=password kind="password" autocomplete="current-password"/>
                        <ForgotPassword/>
                        <SubmitButton label=T::SignInButton class="primary wide"/>
                    </Show>
                </form>
                <Show when=move || closed.get()>
                    <ReopenAccount
                        email=email_step.get_untracked().unwrap_or_default()
                        password=closed_password
                        pending=pending
                        go_on=go_on
                        on_failed=Callback::new(move |()| {
                            closed.set(false);
                            errors.set(vec![T::AuthIncorrect]);
                        })/>
                </Show>
            </Show>
            </div>
            <hr/>
            <p class="center"><A href=crate::browser::app_href("/signup")>{tr(T::CreateNewAwsAccount)}</A></p>
        </main>
    }
    .into_any()
}
