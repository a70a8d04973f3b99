//! "Go there": a link to the page (the section opened by the address), or, when
//! finding the account menu is the skill, "Show me where", which points at it.

use crate::domain::training::{Guide, Task};
use crate::i18n::training::task_title;
use crate::i18n::T;
use crate::state::{tr, use_guide};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn GoThere(task: Task, guide: Guide, on_go: Callback<()>) -> impl IntoView {
    let pointing = use_guide().pointing;
    // In the list, each names its task for screen readers; beside "Next step" the
    // title is already said.
    let named = move || view! { <span class="visually-hidden">": "{tr(task_title(task))}</span> };
    match guide {
        Guide::AccountMenu(item) => view! {
            <button type="button" class="link-button go-there" on:click=move |_| {
                pointing.set(Some(item));
                on_go.run(());
            }>{tr(T::ShowMeWhere)}{named}</button>
        }
        .into_any(),
        Guide::Page { .. } => {
            let href = crate::browser::app_href(&guide.href().unwrap_or_default());
            view! {
                <A href=href attr:class="go-there" on:click=move |_| on_go.run(())>
                    {tr(T::GoThere)}{named}
                </A>
            }
            .into_any()
        }
    }
}
