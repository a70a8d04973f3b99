use crate::components::page_title::PageTitle;
use crate::i18n::T;
use crate::state::tr;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <main class="page narrow">
            <h1>{tr(T::NotFoundHeading)}</h1>
            <PageTitle parts=&[T::NotFoundHeading]/>
            <p><A href=crate::browser::app_href("/")>{tr(T::BackToStart)}</A></p>
        </main>
    }
}
