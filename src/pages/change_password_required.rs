//! The page an IAM user meets after signing in with a password they must change
//! ("Users must create a new password at next sign-in"): the AWS account and
//! user name, the old password and the new one twice. Until it is changed, the
//! console shows nothing else (`ConsoleLayout`).

use crate::components::denied::denied_text;
use crate::components::field::{field_errors, Field};
use crate::components::submit::SubmitButton;
use crate::domain::lab::{ChangePasswordProblem, Identity, Refused};
use crate::i18n::messages::is_current_password_problem;
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn ChangePasswordRequired(who: Identity) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let navigate = use_navigate();
    let old = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let retype = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<ChangePasswordProblem>::new());
    let errors = move |pick| field_errors(problems, pick);
    let account = ctx.lab.with_untracked(|l| {
        l.account(who.account)
            .map(|a| a.alias.clone().unwrap_or_else(|| who.account.hyphenated()))
            .unwrap_or_default()
    });
    let user = who.user_name().unwrap_or_default().to_string();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (o, n, r) = (
            old.get_untracked(),
            new.get_untracked(),
            retype.get_untracked(),
        );
        let Some(actor) = ctx.actor() else { return };
        ctx.act_with_password(
            move |lab, kdf, rng, now| lab.change_user_password(&actor, &o, &n, &r, kdf, rng, now),
            move |result| {
                for field in [old, new, retype] {
                    field.set(String::new());
                }
                match result {
                    Ok(()) => {
                        problems.set(vec![]);
                        flash.success(T::PasswordChanged);
                    }
                    Err(Refused::Problem(p)) => problems.set(p),
                    Err(Refused::Denied(d)) => flash.error(denied_text(d)),
                }
            },
        );
    };
    let sign_out = move |_| {
        ctx.forget_seal_key();
        let navigate = navigate.clone();
        ctx.act(
            |lab, _, _| lab.sign_out(),
            move |()| navigate("/signin", Default::default()),
        );
    };
    view! {
        <main class="page narrow sign-in">
            <h1>{tr(T::ForcedChangeHeading)}</h1>
            <p>{tr(T::ForcedChangeText)}</p>
            <dl class="details">
                <dt>{tr(T::AwsAccount)}</dt><dd>{account}</dd>
                <dt>{tr(T::IamUserName)}</dt><dd>{user}</dd>
            </dl>
            <form on:submit=submit novalidate>
                <Field label=T::OldPassword value=old kind="password" autocomplete="current-password"
                    errors=errors(|p| is_current_password_problem(*p))/>
                <Field label=T::NewPassword value=new kind="password" autocomplete="new-password" hint=T::PasswordRules
                    errors=errors(|p| matches!(p, ChangePasswordProblem::Password(_)))/>
                <Field label=T::RetypeNewPassword value=retype kind="password" autocomplete="new-password"
                    errors=errors(|p| *p == ChangePasswordProblem::ConfirmMismatch)/>
                <SubmitButton label=T::ConfirmPasswordChange class="primary wide"/>
            </form>
            <p class="center">
                <button type="button" class="link-button" on:click=sign_out>{tr(T::MenuSignOut)}</button>
            </p>
        </main>
    }
}
