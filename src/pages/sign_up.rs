//! Sign-up: root email, account name, password twice. Each broken rule is named
//! beside its field; success shows the new account ID.

use crate::browser::{focus_soon, FIRST_INVALID};
use crate::components::field::Field;
use crate::components::page_title::PageTitle;
use crate::components::submit::SubmitButton;
use crate::domain::ids::AccountId;
use crate::domain::lab::{SignUpForm, SignUpProblem};
use crate::i18n::messages::{sign_up_field, SignUpField};
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let ctx = use_lab();
    let email = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<SignUpProblem>::new());
    let created = RwSignal::new(None::<AccountId>);
    let errors_for = move |field: SignUpField| {
        Signal::derive(move || {
            problems
                .get()
                .into_iter()
                .filter(|p| sign_up_field(*p) == field)
                .map(T::from)
                .collect::<Vec<_>>()
        })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = SignUpForm {
            email: email.get_untracked(),
            account_name: name.get_untracked(),
            password: password.get_untracked(),
            confirm: confirm.get_untracked(),
        };
        ctx.act_with_password(
            move |lab, kdf, rng, now| lab.sign_up(&form, kdf, rng, now),
            move |result| match result {
                Ok(id) => {
                    password.set(String::new());
                    confirm.set(String::new());
                    problems.set(vec![]);
                    created.set(Some(id));
                    focus_soon(".sign-up .next-step");
                }
                Err(p) => {
                    problems.set(p);
                    focus_soon(FIRST_INVALID);
                }
            },
        );
    };

    view! {
        <main class="page narrow sign-up">
            <h1>{tr(T::SignUpHeading)}</h1>
            <PageTitle parts=&[T::SignUpHeading]/>
            <Show
                when=move || created.get().is_some()
                fallback=move || view! {
                    <form on:submit=on_submit novalidate>
                        <Field label=T::RootUserEmail value=email kind="email" autocomplete="email" errors=errors_for(SignUpField::Email)/>
                        <Field label=T::AwsAccountName value=name autocomplete="organization" errors=errors_for(SignUpField::AccountName)/>
                        <Field label=T::RootUserPassword value=password kind="password" autocomplete="new-password"
                            hint=T::PasswordRules errors=errors_for(SignUpField::Password)/>
                        <Field label=T::ConfirmRootUserPassword value=confirm kind="password" autocomplete="new-password"
                            errors=errors_for(SignUpField::Confirm)/>
                        <SubmitButton label=T::CreateAccount class="primary wide"/>
                    </form>
                    <hr/>
                    <p class="center"><A href=crate::browser::app_href("/signin")>{tr(T::SignInExisting)}</A></p>
                }
            >
                <div class="alert alert-success" role="status">
                    <p>{tr(T::SignUpDone)}</p>
                    <p>{tr(T::NewAccountId)}": "<strong class="account-id">{move || created.get().map(|id| id.hyphenated())}</strong></p>
                </div>
                <p><A href=crate::browser::app_href("/signin") attr:class="button primary next-step">{tr(T::SignInToConsole)}</A></p>
            </Show>
        </main>
    }
}
