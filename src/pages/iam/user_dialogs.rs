//! The confirmations on a user's page: setting or removing its console password
//! (which costs the user its virtual MFA devices), and deleting the user.

use crate::browser::{focus_soon, FIRST_INVALID};
use crate::components::denied::denied_text;
use crate::components::dialog::Modal;
use crate::components::field::Field;
use crate::components::lab_note::LabNote;
use crate::components::submit::SubmitButton;
use crate::domain::ids::AccountId;
use crate::domain::lab::{console_may_delete_user, Refused};
use crate::i18n::messages::user_password_messages;
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// `set`: a new password; otherwise console access is removed.
#[component]
pub fn ConsolePasswordDialog(
    account: AccountId,
    name: String,
    set: bool,
    on_close: Callback<()>,
) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<T>::new());
    let name = StoredValue::new(name);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pw = set.then(|| password.get_untracked());
        // Owned here: the dialog may be closed (and its values disposed) before
        // the hashing finishes.
        let n = name.get_value();
        let Some(actor) = ctx.actor() else { return };
        ctx.act_with_password(
            move |lab, kdf, rng, now| {
                lab.set_user_password(&actor, account, &n, pw.as_deref(), kdf, rng, now)
            },
            move |result| match result {
                Ok(()) => {
                    flash.success(if set {
                        T::ConsolePasswordSet
                    } else {
                        T::ConsoleAccessRemoved
                    });
                    on_close.try_run(());
                }
                Err(Refused::Problem(e)) => {
                    errors.set(user_password_messages(&e));
                    focus_soon(FIRST_INVALID);
                }
                Err(Refused::Denied(d)) => errors.set(vec![denied_text(d)]),
            },
        );
    };
    let title = if set {
        T::SetConsolePassword
    } else {
        T::DisableConsoleAccess
    };
    view! {
        <Modal title=Signal::derive(tr(title)) on_escape=on_close>
            <form on:submit=submit novalidate>
                <LabNote text=T::LabNoteAdminPasswordRemovesTotp/>
                {set.then(|| view! {
                    <Field label=T::ConsolePassword value=password kind="password" autocomplete="new-password"
                        hint=T::PasswordRules errors=errors/>
                })}
                {(!set).then(|| view! {
                    {move || errors.get().into_iter().map(|e| view! { <p class="alert alert-error" role="alert">{tr(e)}</p> }).collect_view()}
                })}
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| on_close.run(())>{tr(T::Cancel)}</button>
                    <SubmitButton label=if set { T::Apply } else { T::Disable } class=if set { "primary" } else { "danger" }/>
                </div>
            </form>
        </Modal>
    }
}

#[component]
pub fn DeleteUserDialog(account: AccountId, name: String, on_close: Callback<()>) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let navigate = use_navigate();
    let typed = RwSignal::new(String::new());
    let name = StoredValue::new(name);
    let may_delete = move || name.with_value(|n| console_may_delete_user(n, &typed.get()));
    let delete = move |_| {
        let n = name.get_value();
        if !console_may_delete_user(&n, &typed.get_untracked()) {
            return;
        }
        let Some(actor) = ctx.actor() else { return };
        let navigate = navigate.clone();
        ctx.act(
            move |lab, _, _| lab.delete_user(&actor, account, &n),
            move |result| {
                if result.is_ok() {
                    flash.success(T::UserDeleted);
                }
                // The dialog may be gone by the time the lock was granted.
                on_close.try_run(());
                navigate("/console/iam", Default::default());
            },
        );
    };
    view! {
        <Modal title=Signal::derive(tr(T::DeleteUser)) on_escape=on_close>
            <p>{tr(T::DeleteUserWarning)}</p>
            <p class="mono">{name.get_value()}</p>
            <Field label=T::TypeUserNameToConfirm value=typed autocomplete="off"/>
            <div class="dialog-buttons">
                <button type="button" on:click=move |_| on_close.run(())>{tr(T::Cancel)}</button>
                <button type="button" class="danger" disabled=move || !may_delete() on:click=delete>{tr(T::DeleteUser)}</button>
            </div>
        </Modal>
    }
}
