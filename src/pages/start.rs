//! The app's entry: the console when signed in, else the sign-in page this
//! browser last used.

use crate::state::use_lab;
use leptos::prelude::*;
use leptos_router::components::Redirect;

#[component]
pub fn Start() -> impl IntoView {
    let ctx = use_lab();
    let target = ctx.lab.with_untracked(|l| {
        if l.session.is_some() {
            "/console"
        } else if l.prefs.iam_sign_in_account.is_some() {
            "/signin/iam"
        } else {
            "/signin"
        }
    });
    view! { <Redirect path=target/> }
}
