//! The guided tasks, on every page: what is done (from the lab's real state and
//! events, never a "mark done" click), the next step with its how-to in one line,
//! where it is done, and why it has not ticked when the lab can tell. Opened, the
//! list is a side panel over the page (a drawer on phones), so the page never
//! moves; all done, a recap.

mod facts;
mod go_there;
mod recap;
mod task_item;
mod why_not;

use crate::components::on_first_need::{deferred, ChunkFailed};
use crate::domain::training::{MenuItem, GROUPS};
use crate::i18n::training::{group_title, menu_item, task_hint, task_title};
use crate::i18n::T;
use crate::state::{tr, use_guide, use_lab};
use go_there::GoThere;
use leptos::prelude::*;
use recap::RecapView;
use task_item::TaskItem;
use why_not::WhyNot;

/// In a module of its own, shown once the lab has been read in full: what it
/// counts is the lab's, never the first screen's look at storage. Until then an
/// empty bar of the panel's usual height holds its place, so the page below does
/// not jump (and a click aimed at it does not land elsewhere) when it arrives.
#[component]
pub fn TrainingPanel() -> impl IntoView {
    let ctx = use_lab();
    view! {
        <Show when=move || ctx.ready.get() fallback=|| view! { <div class="training-panel training-slot"></div> }>
            {deferred(async { training_panel(true).await.map(|v| v.unwrap_or_else(|| ().into_any())) })}
        </Show>
    }
}

/// Fetches the panel's module without showing it: a page loaded on first need
/// waits for it too, so the panel and the page arrive together.
pub async fn fetch_training_panel() -> Result<(), ChunkFailed> {
    training_panel(false).await.map(|_| ())
}

#[leptos::wasm_split::wasm_split(training_panel, wasm_split_path = ::leptos::wasm_split, fallible)]
fn training_panel(show: bool) -> Result<Option<AnyView>, ChunkFailed> {
    Ok(show.then(|| view! { <Panel/> }.into_any()))
}

#[component]
fn Panel() -> impl IntoView {
    let ctx = use_lab();
    let open = RwSignal::new(false);
    let facts = Memo::new(move |_| ctx.lab.with(facts::read));
    let toggle = NodeRef::<leptos::html::Button>::new();
    let close = Callback::new(move |()| open.set(false));
    let close_and_return = move || {
        open.set(false);
        if let Some(b) = toggle.get() {
            let _ = b.focus();
        }
    };
    // A pointer at the account menu lasts until the page changes.
    let pointing = use_guide().pointing;
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        location.pathname.track();
        pointing.set(None);
    });
    view! {
        <section class="training-panel" aria-labelledby="training-toggle"
            on:keydown=move |ev| if ev.key() == "Escape" && open.get_untracked() { close_and_return() }>
            <h2>
                <button type="button" id="training-toggle" class="training-toggle" node_ref=toggle
                    aria-expanded=move || open.get().to_string()
                    aria-controls="training-tasks"
                    on:click=move |_| open.update(|o| *o = !*o)>
                    <span class="chevron" aria-hidden="true">{move || if open.get() { "▾" } else { "▸" }}</span>
                    {tr(T::GuidedTasks)}
                    " (" {move || facts.with(|f| f.done())} "/" {move || facts.with(|f| f.rows.len())} " " {tr(T::TasksDone)} ")"
                </button>
            </h2>
            <NextStep facts=facts close=close/>
            <Show when=move || open.get()>
                <aside id="training-tasks" class="training-drawer" aria-labelledby="training-drawer-heading">
                    <div class="training-drawer-head">
                        <h2 id="training-drawer-heading">{tr(T::GuidedTasks)}</h2>
                        <button type="button" class="training-close" on:click=move |_| close_and_return()>
                            <span aria-hidden="true">"✕ "</span>{tr(T::CloseGuidedTasks)}
                        </button>
                    </div>
                    {GROUPS.iter().map(|group| view! {
                        <h3>{tr(group_title(group))}</h3>
                        <ol class="training-tasks">
                            <For each=move || facts.with(|f| f.rows.iter().filter(|r| group.tasks.contains(&r.task)).cloned().collect::<Vec<_>>())
                                key=|row| row.clone() let:row>
                                <TaskItem row=row on_go=close/>
                            </For>
                        </ol>
                    }).collect_view()}
                    {move || facts.with(|f| f.recap.clone()).map(|r| view! { <RecapView recap=r/> })}
                    <crate::components::as_of_line::AsOfLine/>
                    <p><a href=crate::browser::app_href("/lab-data")>{tr(T::ResetOrLoadScenario)}</a></p>
                </aside>
            </Show>
        </section>
    }
}

/// The bar's next step: its title and how-to, why it has not ticked, where to go;
/// pointing at the account menu, which item to choose; all done, the recap.
#[component]
fn NextStep(facts: Memo<facts::Facts>, close: Callback<()>) -> impl IntoView {
    let pointing = use_guide().pointing;
    let next = Memo::new(move |_| facts.with(|f| f.next().cloned()));
    view! {
        <div class="training-next">
            {move || match next.get() {
                Some(row) => view! {
                    {move || facts.with(|f| f.recap.clone()).map(|r| view! { <RecapView recap=r/> })}
                    <p><strong>{tr(T::NextStep)}": "</strong>{tr(task_title(row.task))}" "
                        <GoThere task=row.task guide=row.guide on_go=close/></p>
                    <p class="training-how"><strong>{tr(T::HowTo)}": "</strong>{tr(task_hint(row.task))}</p>
                    {row.why.map(|reason| view! { <p><WhyNot reason=reason/></p> })}
                }.into_any(),
                None => view! {
                    <p>{tr(T::AllTasksDone)}</p>
                    {move || facts.with(|f| f.recap.clone()).map(|r| view! { <RecapView recap=r/> })}
                }.into_any(),
            }}
            {move || pointing.get().map(|item: MenuItem| view! {
                <p class="training-pointer" role="status">{tr(T::PointAccountMenu)}" "<strong>{tr(menu_item(item))}</strong></p>
            })}
        </div>
    }
}
