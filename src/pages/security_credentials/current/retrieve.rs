//! The last step of today's access key creation: the key and its secret
//! (`Show`), `Download .csv file` (the same file as the Classic dialog's) and
//! `Done`. Leaving with the secret neither shown nor downloaded asks first.

use super::super::key_actor::actor;
use crate::browser::download;
use crate::domain::access_key::NewAccessKey;
use crate::domain::key_file::{key_file_csv, key_file_name};
use crate::domain::lab::{Identity, Seen};
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;

#[component]
pub fn RetrieveKey(
    key: NewAccessKey,
    owner: Identity,
    heading: T,
    /// A warning to show with the key (a description that could not be set).
    #[prop(default = None)]
    notice: Option<T>,
    on_done: Callback<()>,
) -> impl IntoView {
    let ctx = use_lab();
    let file_name = key_file_name(owner.user_name());
    let shown = RwSignal::new(false);
    // Shown at least once, or downloaded: the learner has had the secret.
    let kept = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let (id, secret) = (key.id.to_string(), key.secret);
    // The lab decides whose secrets the guided tasks follow.
    let record_saved = {
        let key_id = key.id.clone();
        move || {
            let seen = Seen::SecretShown {
                owner: owner.clone(),
                key_id: key_id.clone(),
            };
            ctx.change(move |lab, _, now| {
                if let Ok(actor) = actor(lab, now) {
                    lab.record_seen(&actor, seen);
                }
            });
            kept.set(true);
            confirming.set(false);
        }
    };
    let on_show = {
        let record_saved = record_saved.clone();
        move |_| {
            shown.update(|s| *s = !*s);
            record_saved();
        }
    };
    let on_download = {
        let (id, secret) = (id.clone(), secret.clone());
        move |_| {
            if download(&file_name, &key_file_csv(&id, &secret), "text/csv").is_ok() {
                record_saved();
                ctx.announce(T::KeyFileDownloaded);
            }
        }
    };
    let done = move |_| {
        if kept.get_untracked() {
            on_done.run(());
        } else {
            confirming.set(true);
        }
    };
    view! {
        <h1>{tr(heading)}</h1>
        {notice.map(|n| view! { <p class="alert alert-warning" role="alert">{tr(n)}</p> })}
        <p class="alert alert-info"><strong>{tr(T::OnlyTimeSecret)}</strong>" "{tr(T::CannotRecover)}</p>
        <div class="table-wrap"><table class="keys retrieve-key">
            <thead><tr>
                <th scope="col">{tr(T::ColAccessKey)}</th>
                <th scope="col">{tr(T::ColSecretAccessKey)}</th>
            </tr></thead>
            <tbody><tr>
                <td class="mono">{id.clone()}</td>
                <td>
                    <span class="mono secret">{move || if shown.get() { secret.clone() } else { "*".repeat(16) }}</span>" "
                    <button type="button" class="link-button" aria-expanded=move || shown.get().to_string() on:click=on_show>
                        {move || tr(if shown.get() { T::HideSecret } else { T::ShowSecret })()}
                    </button>
                </td>
            </tr></tbody>
        </table></div>
        <Show when=move || confirming.get()>
            <p class="alert alert-warning" role="alert">{tr(T::CurSecretNotSaved)}</p>
        </Show>
        <div class="form-buttons">
            <button type="button" on:click=on_download>{tr(T::DownloadCsvFile)}</button>
            <Show when=move || confirming.get()
                fallback=move || view! { <button type="button" class="primary" on:click=done>{tr(T::DoneButton)}</button> }>
                <button type="button" on:click=move |_| confirming.set(false)>{tr(T::GoBack)}</button>
                <button type="button" class="danger" on:click=move |_| on_done.run(())>{tr(T::DiscardSecret)}</button>
            </Show>
        </div>
    }
}
