//! One principal's access keys (the root user's or an IAM user's): the table,
//! the two-key limit, and the row actions.

use super::create_key_dialog::CreateKeyDialog;
use super::delete_key_dialog::DeleteKeyDialog;
use super::key_actor::{actor, key_error_text};
use crate::browser::format_time;
use crate::domain::access_key::{AccessKey, AccessKeyStatus, NewAccessKey};
use crate::domain::lab::Identity;
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab, use_locale};
use leptos::prelude::*;

fn status_text(s: AccessKeyStatus) -> T {
    match s {
        AccessKeyStatus::Active => T::StatusActive,
        AccessKeyStatus::Inactive => T::StatusInactive,
    }
}

#[component]
pub fn AccessKeysPanel(owner: Identity) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let locale = use_locale();
    let is_root = owner.is_root();
    let owner = StoredValue::new(owner);
    let keys = Memo::new(move |_| {
        ctx.lab.with(|l| {
            owner.with_value(|o| {
                l.access_keys(o)
                    .map(|ks| ks.iter().cloned().collect::<Vec<AccessKey>>())
                    .unwrap_or_default()
            })
        })
    });
    let full = Memo::new(move |_| {
        ctx.lab
            .with(|l| owner.with_value(|o| l.access_keys(o).is_some_and(|ks| ks.is_full())))
    });
    let error = RwSignal::new(None::<T>);
    let new_key = RwSignal::new(None::<NewAccessKey>);
    let deleting = RwSignal::new(None::<String>);

    let create = move |_| {
        let o = owner.get_value();
        ctx.act(
            move |lab, rng, now| lab.create_access_key(&actor(lab, now)?, &o, rng, now),
            move |result| match result {
                Ok(k) => {
                    error.set(None);
                    new_key.set(Some(k));
                    flash.success(T::KeyCreatedAnnouncement);
                }
                Err(e) => error.set(Some(key_error_text(e))),
            },
        )
    };
    let set_status = move |id: String, status: AccessKeyStatus| {
        let o = owner.get_value();
        ctx.act(
            move |lab, _, now| lab.set_access_key_status(&actor(lab, now)?, &o, &id, status),
            move |result| match result {
                Ok(()) => flash.success(match status {
                    AccessKeyStatus::Active => T::KeyMadeActive,
                    AccessKeyStatus::Inactive => T::KeyMadeInactive,
                }),
                Err(e) => error.set(Some(key_error_text(e))),
            },
        )
    };

    let row = move |k: AccessKey| {
        let id = k.id.to_string();
        let (toggle_label, next_status) = match k.status {
            AccessKeyStatus::Active => (T::MakeInactive, AccessKeyStatus::Inactive),
            AccessKeyStatus::Inactive => (T::MakeActive, AccessKeyStatus::Active),
        };
        let used = k.last_used.clone();
        let na = move || T::NotApplicable.text(locale.get()).to_string();
        let (id_toggle, id_delete, id_aria1, id_aria2) =
            (id.clone(), id.clone(), id.clone(), id.clone());
        view! {
            <tr>
                <td class="mono key-id">{id.clone()}</td>
                <td>{move || format_time(k.created, locale.get())}</td>
                <td>{let u = used.clone(); move || u.as_ref().map(|u| format_time(u.date, locale.get())).unwrap_or_else(na)}</td>
                <td>{let u = used.clone(); move || u.as_ref().map(|u| u.region.clone()).unwrap_or_else(na)}</td>
                <td>{let u = used.clone(); move || u.as_ref().map(|u| u.service.clone()).unwrap_or_else(na)}</td>
                <td class=format!("status status-{}", k.status.as_aws().to_lowercase())>
                    <span class="status-icon" aria-hidden="true"></span>{tr(status_text(k.status))}
                </td>
                <td class="actions row-buttons">
                    <button type="button" class="link-button"
                        aria-label=move || format!("{} {}", toggle_label.text(locale.get()), id_aria1)
                        on:click=move |_| set_status(id_toggle.clone(), next_status)>
                        {tr(toggle_label)}
                    </button>
                    " | "
                    <button type="button" class="link-button"
                        aria-label=move || format!("{} {}", T::Delete.text(locale.get()), id_aria2)
                        on:click=move |_| deleting.set(Some(id_delete.clone()))>
                        {tr(T::Delete)}
                    </button>
                </td>
            </tr>
        }
    };

    view! {
        <p>{tr(if is_root { T::AccessKeysIntro } else { T::UserAccessKeysIntro })}</p>
        {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{tr(e)}</p> })}
        <div class="table-wrap"><table class="keys">
            <thead>
                <tr>
                    <th scope="col">{tr(T::ColAccessKeyId)}</th>
                    <th scope="col">{tr(T::ColCreated)}</th>
                    <th scope="col">{tr(T::ColLastUsed)}</th>
                    <th scope="col">{tr(T::ColLastUsedRegion)}</th>
                    <th scope="col">{tr(T::ColLastUsedService)}</th>
                    <th scope="col">{tr(T::ColStatus)}</th>
                    <th scope="col">{tr(T::ColActions)}</th>
                </tr>
            </thead>
            <tbody>
                <Show when=move || keys.with(Vec::is_empty)>
                    <tr><td colspan="7">{tr(if is_root { T::NoAccessKeys } else { T::NoUserAccessKeys })}</td></tr>
                </Show>
                // Keyed by what a row shows: a changed key gets a new row, and a
                // deleted key's row is never reused for another key (a dialog's
                // opener must not turn into another key's button).
                <For each=move || keys.get() key=|k| format!("{k:?}") children=row/>
            </tbody>
        </table></div>
        <div class="create-key">
            <button type="button" class="primary" disabled=move || full.get()
                aria-describedby="key-limit" on:click=create>
                {tr(T::CreateNewAccessKey)}
            </button>
            <p id="key-limit" class="hint">
                {move || full.get().then(|| tr(T::KeyLimitReason)())}
            </p>
        </div>
        {move || new_key.get().map(|k| view! { <CreateKeyDialog key=k owner=owner.get_value() on_close=Callback::new(move |_| new_key.set(None))/> })}
        {move || deleting.get().map(|id| view! {
            <DeleteKeyDialog owner=owner.get_value() key_id=id on_close=Callback::new(move |_| deleting.set(None))/>
        })}
    }
}
