//! The warning the console shows the root user on opening Security credentials.

use crate::components::dialog::Modal;
use crate::domain::lab::Seen;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn RootWarning(on_continue: Callback<()>) -> impl IntoView {
    let ctx = use_lab();
    let dont_show = RwSignal::new(false);
    let navigate = use_navigate();
    // One change as the principal signed in now: the choice to hide the warning,
    // and (on Continue) the guided task's evidence that it was read.
    let finish = move |continued: bool| {
        let hide = dont_show.get_untracked();
        ctx.change(move |lab, _, now| {
            let Some(actor) = lab.signed_in_at(now).cloned() else {
                return;
            };
            if hide {
                let _ = lab.set_hide_root_warning(&actor, true);
            }
            if continued {
                lab.record_seen(&actor, Seen::ContinuedToSecurityCredentials);
            }
        });
    };
    let proceed = move || {
        finish(true);
        on_continue.run(());
    };
    let to_iam = move |_| {
        finish(false);
        navigate("/console/iam", Default::default());
    };
    view! {
        <Modal title=Signal::derive(tr(T::RootWarningTitle)) on_escape=Callback::new(move |_| proceed())>
            <p class="warning-text">{tr(T::RootWarningText)}</p>
            <p>{tr(T::RootWarningAdvice)}</p>
            <p><A href=crate::browser::app_href("/console/root-tasks")>{tr(T::RootTasksLink)}</A></p>
            <label class="checkbox">
                <input type="checkbox" bind:checked=dont_show/>
                {tr(T::DontShowAgain)}
            </label>
            <div class="dialog-buttons">
                <button type="button" on:click=to_iam>{tr(T::GetStartedWithIamUsers)}</button>
                <button type="button" class="primary" on:click=move |_| proceed()>{tr(T::ContinueToSecurityCredentials)}</button>
            </div>
        </Modal>
    }
}
