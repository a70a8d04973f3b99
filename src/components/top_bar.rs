//! On every page: the training notice, storage warnings, the language switch and
//! the live region that announces status changes.

use crate::domain::prefs::Locale;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use crate::store::local::StorageHealth;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn TopBar() -> impl IntoView {
    let ctx = use_lab();
    let storage_warning = move || match ctx.health.get() {
        StorageHealth::Ok => None,
        StorageHealth::Unreadable => Some(T::StorageUnreadable),
        StorageHealth::Newer => Some(T::StorageNewer),
        StorageHealth::Unavailable => Some(T::StorageUnavailable),
        StorageHealth::WriteFailed => Some(T::StorageWriteFailed),
    };
    let unreadable = move || ctx.health.get() == StorageHealth::Unreadable;
    let choose = move |ev| {
        if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
            ctx.change(move |lab, _, _| lab.prefs.locale = Some(l));
        }
    };
    view! {
        <div class="top-bar">
            <p class="training-banner">{tr(T::TrainingBanner)}</p>
            <A href=crate::browser::app_href("/lab-data") attr:class="lab-data-link">{tr(T::LabDataLink)}</A>
            <label class="language">
                <span>{tr(T::Language)}</span>
                <select on:change=choose prop:value=move || ctx.locale.get().tag()>
                    <option value="en">"English"</option>
                    <option value="ja">"日本語"</option>
                </select>
            </label>
        </div>
        {move || storage_warning().map(|w| view! {
            <div class="banner banner-warning" role="alert">
                <p>{tr(w)}</p>
                <Show when=unreadable>
                    <div class="banner-actions">
                        <button type="button" on:click=move |_| ctx.download_unreadable()>{tr(T::DownloadUnreadable)}</button>
                        <button type="button" on:click=move |_| ctx.start_fresh()>{tr(T::StartFresh)}</button>
                    </div>
                </Show>
            </div>
        })}
        <p class="visually-hidden" role="status" aria-live="polite">
            {move || ctx.announcement.get().map(|a| a.text(ctx.locale.get()))}
        </p>
    }
}
