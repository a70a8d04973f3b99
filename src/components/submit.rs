//! A form's submit button that waits, and says so, while a password is hashed:
//! 600,000 PBKDF2 rounds take a noticeable moment, and a second click must not
//! start a second sign-in.

use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;

#[component]
pub fn SubmitButton(label: T, #[prop(default = "primary")] class: &'static str) -> impl IntoView {
    let busy = use_lab().busy;
    view! {
        <button type="submit" class=class disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
            {tr(label)}
        </button>
        <Show when=move || busy.get()>
            <p class="busy" role="status"><span class="spinner" aria-hidden="true"></span>{tr(T::PasswordWorking)}</p>
        </Show>
    }
}
