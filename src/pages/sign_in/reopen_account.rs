//! What the sign-in page shows when the right root password opens an account in
//! its post-closure period: the account is closed, until when it can be
//! reopened, and `Reopen account`, which reopens it and signs in.

use crate::browser::{format_time, now};
use crate::components::lab_note::LabNote;
use crate::domain::lab::MfaChallenge;
use crate::i18n::T;
use crate::pages::mfa_sign_in::show_password_step;
use crate::state::{tr, use_lab, use_locale};
use leptos::prelude::*;

/// `password` is what the learner just typed; it is kept only until they choose.
#[component]
pub fn ReopenAccount(
    email: String,
    password: StoredValue<Option<String>>,
    pending: RwSignal<Option<MfaChallenge>>,
    go_on: Callback<()>,
    on_failed: Callback<()>,
) -> impl IntoView {
    let ctx = use_lab();
    let locale = use_locale();
    let email = StoredValue::new(email);
    let until = move || {
        ctx.lab.with(|l| {
            email.with_value(|e| {
                l.closed_account_by_email(e, now())
                    .map(|c| format_time(c.post_closure_end(), locale.get()))
                    .unwrap_or_default()
            })
        })
    };
    let reopen = move |_| {
        let Some(pw) = password.get_value() else {
            return;
        };
        password.set_value(None);
        let answer = move |step| match step {
            Ok(step) => show_password_step(ctx, step, pending, || go_on.run(())),
            Err(_) => on_failed.run(()),
        };
        super::submit::root_password(
            ctx,
            super::submit::Check::Reopen,
            email.get_value(),
            pw,
            Box::new(answer),
        );
    };
    view! {
        <section class="panel reopen-account" aria-labelledby="account-closed-heading">
            <h2 id="account-closed-heading">{tr(T::AccountClosedHeading)}</h2>
            <p>{tr(T::AccountClosedText)}</p>
            <p>{tr(T::ReopenableUntil)}": "<strong>{until}</strong></p>
            <LabNote text=T::LabNoteReopen/>
            <button type="button" class="primary wide" on:click=reopen>{tr(T::ReopenAccount)}</button>
        </section>
    }
}
