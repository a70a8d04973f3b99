//! A form's submit button that waits, and says so, while a password is hashed
//! (or the module that checks it is still loading, `LabCtx::waiting`):
//! 600,000 PBKDF2 rounds take a noticeable moment, and a second click must not
//! start a second sign-in.

use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;

#[component]
pub fn SubmitButton(label: T, #[prop(default = "primary")] class: &'static str) -> impl IntoView {
    let ctx = use_lab();
    let busy = move || ctx.waiting();
    view! {
        <button type="submit" class=class disabled=busy aria-busy=move || busy().to_string()>
            {tr(label)}
        </button>
        <Show when=busy>
            <p class="busy" role="status"><span class="spinner" aria-hidden="true"></span>{tr(T::PasswordWorking)}</p>
        </Show>
    }
}
