//! The page for an address the lab has no screen for, with the way back.

use crate::components::page_title::PageTitle;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    // Signed in, the way back is the console, not the sign-in page.
    let signed_in = use_lab()
        .lab
        .with_untracked(|l| l.session_account().is_some());
    let (href, text) = if signed_in {
        ("/console", T::BackToConsole)
    } else {
        ("/", T::BackToStart)
    };
    view! {
        <main class="page narrow">
            <h1>{tr(T::NotFoundHeading)}</h1>
            <PageTitle parts=&[T::NotFoundHeading]/>
            <p><A href=crate::browser::app_href(href)>{tr(text)}</A></p>
        </main>
    }
}
