//! The guided tasks, on every page: what is done (from the lab's real state and
//! events, never a "mark done" click), what comes next, and where it is done.

use crate::domain::account::Account;
use crate::domain::training::{Task, TaskState};
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;

fn title(task: Task) -> T {
    match task {
        Task::CreateAccount => T::TaskCreateAccount,
        Task::SignInAsRoot => T::TaskSignInAsRoot,
        Task::OpenSecurityCredentials => T::TaskOpenSecurityCredentials,
        Task::CreateAccessKey => T::TaskCreateAccessKey,
        Task::UseKeyInCloudShell => T::TaskUseKeyInCloudShell,
        Task::DeactivateKey => T::TaskDeactivateKey,
        Task::DeleteAccessKey => T::TaskDeleteAccessKey,
        Task::EnableRootMfa => T::TaskEnableRootMfa,
        Task::ChangeRootPassword => T::TaskChangeRootPassword,
        Task::CreateIamAdmin => T::TaskCreateIamAdmin,
        Task::SignInAsIamUser => T::TaskSignInAsIamUser,
        Task::FindRootKeyInReport => T::TaskFindRootKeyInReport,
        Task::FindKeyCreator => T::TaskFindKeyCreator,
        Task::ConfirmNoRootKeys => T::TaskConfirmNoRootKeys,
    }
}

fn hint(task: Task) -> T {
    match task {
        Task::CreateAccount => T::HintCreateAccount,
        Task::SignInAsRoot => T::HintSignInAsRoot,
        Task::OpenSecurityCredentials => T::HintOpenSecurityCredentials,
        Task::CreateAccessKey => T::HintCreateAccessKey,
        Task::UseKeyInCloudShell => T::HintUseKeyInCloudShell,
        Task::DeactivateKey => T::HintDeactivateKey,
        Task::DeleteAccessKey => T::HintDeleteAccessKey,
        Task::EnableRootMfa => T::HintEnableRootMfa,
        Task::ChangeRootPassword => T::HintChangeRootPassword,
        Task::CreateIamAdmin => T::HintCreateIamAdmin,
        Task::SignInAsIamUser => T::HintSignInAsIamUser,
        Task::FindRootKeyInReport => T::HintFindRootKeyInReport,
        Task::FindKeyCreator => T::HintFindKeyCreator,
        Task::ConfirmNoRootKeys => T::HintConfirmNoRootKeys,
    }
}

/// The account the learner is working on: the signed-in one, else the newest
/// (just created, or the one a scenario set up), so sign-up and sign-in tick too.
fn current_account(lab: &crate::domain::lab::Lab) -> Option<&Account> {
    lab.session_account().or_else(|| lab.accounts.last())
}

#[component]
pub fn TrainingPanel() -> impl IntoView {
    let ctx = use_lab();
    let open = RwSignal::new(false);
    let states = Memo::new(move |_| {
        ctx.lab.with(|l| match current_account(l) {
            Some(a) => l.training.states(a).to_vec(),
            None => Task::ALL.iter().map(|t| (*t, TaskState::NotYet)).collect(),
        })
    });
    let done = move || states.with(|s| s.iter().filter(|(_, st)| *st == TaskState::Done).count());
    let next = move || {
        states.with(|s| {
            s.iter()
                .find(|(_, st)| *st == TaskState::NotYet)
                .map(|(t, _)| *t)
        })
    };
    view! {
        <section class="training-panel" aria-labelledby="training-toggle">
            <h2>
                <button type="button" id="training-toggle" class="training-toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="training-tasks"
                    on:click=move |_| open.update(|o| *o = !*o)>
                    <span class="chevron" aria-hidden="true">{move || if open.get() { "▾" } else { "▸" }}</span>
                    {tr(T::GuidedTasks)}
                    " (" {done} "/" {Task::ALL.len()} " " {tr(T::TasksDone)} ")"
                </button>
            </h2>
            <p class="training-next">
                {move || match next() {
                    Some(t) => view! {
                        <strong>{tr(T::NextStep)}": "</strong>{tr(title(t))}" "
                        <a href=crate::browser::app_href(t.link())>{tr(T::GoThere)}</a>
                    }.into_any(),
                    None => view! { <span>{tr(T::AllTasksDone)}</span> }.into_any(),
                }}
            </p>
            <Show when=move || open.get()>
                <ol id="training-tasks" class="training-tasks">
                    <For each=move || states.get() key=|(t, s)| (*t, *s == TaskState::Done) let:item>
                        {
                            let (task, state) = item;
                            let is_done = state == TaskState::Done;
                            view! {
                                <li class:task-done=is_done>
                                    <span class="task-state">{tr(if is_done { T::TaskDone } else { T::TaskNotDone })}</span>
                                    " "<strong>{tr(title(task))}</strong>
                                    <br/><small>{tr(hint(task))}</small>" "
                                    <a href=crate::browser::app_href(task.link())>{tr(T::GoThere)}
                                        <span class="visually-hidden">": "{tr(title(task))}</span></a>
                                </li>
                            }
                        }
                    </For>
                </ol>
                <p class="hint">{tr(T::TrainingFollows)}</p>
                <p><a href=crate::browser::app_href("/lab-data")>{tr(T::ResetOrLoadScenario)}</a></p>
            </Show>
        </section>
    }
}
