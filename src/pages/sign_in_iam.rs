//! The account-specific IAM user sign-in page: three boxes, and the way back to
//! the root user's sign-in at the bottom. Once used, the browser opens it
//! directly until that way back is chosen.

use super::mfa_sign_in::{show_password_step, MfaSignIn};
use crate::components::field::Field;
use crate::components::page_title::PageTitle;
use crate::components::session_expired::SessionExpiredNotice;
use crate::components::submit::SubmitButton;
use crate::domain::lab::{MfaChallenge, SignInError};
use crate::domain::navigation::after_sign_in;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn SignInIamPage() -> impl IntoView {
    let ctx = use_lab();
    let query = use_query_map();
    let next = move || query.with_untracked(|q| q.get("next"));
    if ctx.lab.with_untracked(|l| l.session.is_some()) {
        return view! { <Redirect path=after_sign_in(next())/> }.into_any();
    }
    let initial = query
        .with_untracked(|q| q.get("account"))
        .or_else(|| {
            ctx.lab
                .with_untracked(|l| l.prefs.iam_sign_in_account.clone())
        })
        .unwrap_or_default();
    let account = RwSignal::new(initial);
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<T>);
    let pending = RwSignal::new(None::<MfaChallenge>);
    let navigate = use_navigate();

    let on_submit = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let (acct, name, pw) = (
                account.get_untracked(),
                user.get_untracked(),
                password.get_untracked(),
            );
            if acct.trim().is_empty() {
                return error.set(Some(T::AccountRequired));
            }
            if name.trim().is_empty() {
                return error.set(Some(T::UserNameRequired));
            }
            password.set(String::new());
            let navigate = navigate.clone();
            // Read now: the page (and its query memo) may be gone when hashing ends.
            let target = after_sign_in(next());
            ctx.act_with_password(
                move |lab, kdf, rng, now| lab.sign_in_iam_user(&acct, &name, &pw, kdf, rng, now),
                move |step| match step {
                    Ok(step) => {
                        error.set(None);
                        show_password_step(ctx, step, pending, || {
                            navigate(&target, Default::default())
                        });
                    }
                    Err(SignInError::RootEmailAsIamUserName) => {
                        error.set(Some(T::RootEmailOnIamPage))
                    }
                    // A closed account's IAM users cannot sign in (only its root user).
                    Err(SignInError::Incorrect | SignInError::AccountClosed) => {
                        error.set(Some(T::AuthIncorrect))
                    }
                },
            );
        }
    };
    let use_root = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let navigate = navigate.clone();
        ctx.act(
            |lab, _, _| lab.forget_iam_sign_in(),
            move |()| navigate("/signin", Default::default()),
        );
    };
    let root_href = crate::browser::app_href("/signin");

    view! {
        <main class="page narrow sign-in">
            <h1>{tr(T::SignInAsIamHeading)}</h1>
            <PageTitle parts=&[T::SignInAsIamHeading]/>
            <SessionExpiredNotice/>
            {move || pending.get().map(|c| view! { <MfaSignIn challenge=c next=next() on_cancel=Callback::new(move |_| {
                pending.set(None);
                crate::components::field::focus_field(T::Password);
            })/> })}
            <div hidden=move || pending.with(Option::is_some)>
            {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{tr(e)}</p> })}
            <form on:submit=on_submit novalidate>
                <Field label=T::AccountIdOrAlias value=account autocomplete="organization"/>
                <Field label=T::IamUserName value=user autocomplete="username"/>
                <Field label=T::Password value=password kind="password" autocomplete="current-password"/>
                <SubmitButton label=T::SignInButton class="primary wide"/>
            </form>
            </div>
            <hr/>
            <p class="center"><a href=root_href on:click=use_root>{tr(T::SignInUsingRootEmail)}</a></p>
        </main>
    }
    .into_any()
}
