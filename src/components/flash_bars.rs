//! The console's flash bars under the navigation bar: green for a completed
//! action, red for a refusal, each with `Dismiss`. The two lists are live
//! regions that stay on the page, so a new bar is read out as it appears; each
//! bar is a `status` (or an `alert`) of its own.

use crate::i18n::T;
use crate::state::{tr, use_flash, Flash, FlashKind};
use leptos::prelude::*;

#[component]
pub fn FlashBars() -> impl IntoView {
    let flash = use_flash();
    let list = move |kind: FlashKind| {
        view! {
            <For each=move || flash.of_kind(kind) key=|f| f.id let:bar>
                <FlashBar bar=bar/>
            </For>
        }
    };
    view! {
        <div class="flash-bars">
            <div aria-live="assertive">{list(FlashKind::Error)}</div>
            <div aria-live="polite">{list(FlashKind::Success)}</div>
        </div>
    }
}

#[component]
fn FlashBar(bar: Flash) -> impl IntoView {
    let flash = use_flash();
    let (class, icon, role) = match bar.kind {
        FlashKind::Success => ("flash flash-success", "✓", "status"),
        FlashKind::Error => ("flash flash-error", "!", "alert"),
    };
    view! {
        <div class=class role=role>
            <span class="flash-icon" aria-hidden="true">{icon}</span>
            <p>{tr(bar.text)}</p>
            <button type="button" class="flash-dismiss" aria-label=tr(T::Dismiss)
                on:click=move |_| flash.dismiss(bar.id)>
                <span aria-hidden="true">"×"</span>
            </button>
        </div>
    }
}
