//! On every page: the training notice, storage warnings, the language switch and
//! the live region that announces status changes.

use crate::app::{tr, use_lab};
use crate::domain::prefs::Locale;
use crate::i18n::T;
use crate::store::local::StorageHealth;
use leptos::prelude::*;

#[component]
pub fn TopBar() -> impl IntoView {
    let ctx = use_lab();
    let storage_warning = move || match ctx.health.get() {
        StorageHealth::Ok => None,
        StorageHealth::Unreadable => Some(T::StorageUnreadable),
        StorageHealth::Newer => Some(T::StorageNewer),
        StorageHealth::Unavailable => Some(T::StorageUnavailable),
    };
    let choose = move |ev| {
        if let Some(l) = Locale::from_tag(&event_target_value(&ev)) {
            ctx.act(|lab, _, _| lab.prefs.locale = Some(l));
        }
    };
    view! {
        <div class="top-bar">
            <p class="training-banner">{tr(T::TrainingBanner)}</p>
            <label class="language">
                <span>{tr(T::Language)}</span>
                <select on:change=choose prop:value=move || ctx.locale.get().tag()>
                    <option value="en">"English"</option>
                    <option value="ja">"日本語"</option>
                </select>
            </label>
        </div>
        {move || storage_warning().map(|w| view! {
            <p class="banner banner-warning" role="alert">{tr(w)}</p>
        })}
        <p class="visually-hidden" role="status" aria-live="polite">
            {move || ctx.announcement.get().map(|a| a.text(ctx.locale.get()))}
        </p>
    }
}
