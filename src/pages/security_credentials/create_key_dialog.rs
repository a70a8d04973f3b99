//! The one moment a secret access key exists in plaintext: show it or download
//! it, then it is gone. Closing before either asks first.

use super::key_actor::actor;
use crate::browser::download;
use crate::components::dialog::Modal;
use crate::domain::access_key::NewAccessKey;
use crate::domain::key_file::{key_file_csv, key_file_name};
use crate::domain::lab::{Identity, Seen};
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;

#[component]
pub fn CreateKeyDialog(
    key: NewAccessKey,
    owner: Identity,
    on_close: Callback<()>,
) -> impl IntoView {
    let ctx = use_lab();
    let locale = ctx.locale;
    let file_name = key_file_name(owner.user_name());
    let shown = RwSignal::new(false);
    // Shown at least once, or downloaded: the learner has had the secret.
    let kept = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let id = key.id.to_string();
    let secret = key.secret;
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
        }
    };

    let close = move || {
        if kept.get_untracked() {
            on_close.run(());
        } else {
            confirming.set(true);
        }
    };
    let on_download = {
        let (id, secret) = (id.clone(), secret.clone());
        let record_saved = record_saved.clone();
        move |_| {
            if download(&file_name, &key_file_csv(&id, &secret), "text/csv").is_ok() {
                record_saved();
                kept.set(true);
                confirming.set(false);
                ctx.announce(T::KeyFileDownloaded);
            }
        }
    };
    let revealed = move || {
        shown.get().then(|| {
            view! {
                <dl class="key-reveal">
                    <dt>{tr(T::AccessKeyIdLabel)}</dt><dd class="mono">{id.clone()}</dd>
                    <dt>{tr(T::SecretAccessKeyLabel)}</dt><dd class="mono">{secret.clone()}</dd>
                </dl>
            }
        })
    };
    view! {
        <Modal title=Signal::derive(tr(T::CreateKeyTitle)) on_escape=Callback::new(move |_| close())>
            <p class="success">{tr(T::CreateKeySuccess)}</p>
            <p><strong>{tr(T::OnlyTimeSecret)}</strong>{move || crate::i18n::sentence_gap(locale.get())}{tr(T::CannotRecover)}</p>
            <button type="button" class="link-button" aria-expanded=move || shown.get().to_string()
                on:click=move |_| {
                    shown.update(|s| *s = !*s);
                    record_saved();
                    kept.set(true);
                    confirming.set(false);
                }>
                {move || if shown.get() { tr(T::HideAccessKey)() } else { tr(T::ShowAccessKey)() }}
            </button>
            {revealed}
            <Show when=move || confirming.get()>
                <p class="alert alert-warning" role="alert">{tr(T::SecretNotSavedWarning)}</p>
            </Show>
            <div class="dialog-buttons">
                // The classic console made the download the dialog's main action.
                <button type="button" class="primary" on:click=on_download>{tr(T::DownloadKeyFile)}</button>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" on:click=move |_| close()>{tr(T::Close)}</button>
                    }
                >
                    <button type="button" on:click=move |_| confirming.set(false)>{tr(T::GoBack)}</button>
                    <button type="button" class="danger" on:click=move |_| on_close.run(())>{tr(T::DiscardSecret)}</button>
                </Show>
            </div>
        </Modal>
    }
}
