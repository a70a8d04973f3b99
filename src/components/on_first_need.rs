//! Parts of the app in modules of their own (see `src/app/lazy.rs`): what shows
//! while one loads and if it cannot be fetched.

use crate::i18n::T;
use crate::state::tr;

use leptos::prelude::*;
use std::future::Future;

pub use crate::state::ChunkFailed;

/// The view a split module made, or the notice that it could not be fetched.
pub fn loaded(view: Result<AnyView, ChunkFailed>) -> AnyView {
    view.unwrap_or_else(|ChunkFailed| view! { <ChunkFailedNotice/> }.into_any())
}

/// A part shown once its module is here (nothing before: loopback takes a few
/// milliseconds), or the notice if it could not be fetched.
pub fn deferred(
    load: impl Future<Output = Result<AnyView, ChunkFailed>> + 'static,
) -> impl IntoView {
    // Leptos asks for a Send future; this one stays on the page's one thread.
    Suspend::new(send_wrapper::SendWrapper::new(
        async move { loaded(load.await) },
    ))
}

/// What a learner sees instead of a part that did not load: what happened, and
/// the one thing that helps (the lab itself is in storage, nothing is lost).
#[component]
pub fn ChunkFailedNotice() -> impl IntoView {
    let reload = |_| {
        let _ = window().location().reload();
    };
    view! {
        <div class="alert alert-error chunk-failed" role="alert">
            <p>{tr(T::PartNotLoaded)}</p>
            <button type="button" class="btn btn-primary" on:click=reload>{tr(T::ReloadPage)}</button>
        </div>
    }
}
