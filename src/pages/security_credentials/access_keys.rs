//! The root user's access keys: the table, the two-key limit, and the row actions.

use super::create_key_dialog::CreateKeyDialog;
use super::delete_key_dialog::DeleteKeyDialog;
use crate::app::{tr, use_lab, use_locale};
use crate::browser::format_time;
use crate::domain::access_key::{AccessKey, AccessKeyStatus, NewAccessKey};
use crate::domain::ids::AccountId;
use crate::i18n::T;
use leptos::prelude::*;

fn status_text(s: AccessKeyStatus) -> T {
    match s {
        AccessKeyStatus::Active => T::StatusActive,
        AccessKeyStatus::Inactive => T::StatusInactive,
    }
}

#[component]
pub fn AccessKeysPanel(account: AccountId) -> impl IntoView {
    let ctx = use_lab();
    let locale = use_locale();
    let keys = Memo::new(move |_| {
        ctx.lab.with(|l| {
            l.account(account)
                .map(|a| {
                    a.root
                        .access_keys
                        .iter()
                        .cloned()
                        .collect::<Vec<AccessKey>>()
                })
                .unwrap_or_default()
        })
    });
    let full = Memo::new(move |_| {
        ctx.lab.with(|l| {
            l.account(account)
                .is_some_and(|a| a.root.access_keys.is_full())
        })
    });
    let error = RwSignal::new(None::<T>);
    let new_key = RwSignal::new(None::<NewAccessKey>);
    let deleting = RwSignal::new(None::<String>);

    let create = move |_| {
        ctx.act_exclusive(
            move |lab, rng, now| lab.create_root_access_key(account, rng, now),
            move |result| match result {
                Ok(k) => {
                    error.set(None);
                    new_key.set(Some(k));
                    ctx.announce(T::KeyCreatedAnnouncement);
                }
                Err(e) => error.set(Some(e.into())),
            },
        )
    };
    let set_status = move |id: String, status: AccessKeyStatus| match ctx
        .act(|lab, _, _| lab.set_root_access_key_status(account, &id, status))
    {
        Ok(()) => ctx.announce(match status {
            AccessKeyStatus::Active => T::KeyMadeActive,
            AccessKeyStatus::Inactive => T::KeyMadeInactive,
        }),
        Err(e) => error.set(Some(e.into())),
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
                <td class="mono">{id.clone()}</td>
                <td>{move || format_time(k.created, locale.get())}</td>
                <td>{let u = used.clone(); move || u.as_ref().map(|u| format_time(u.date, locale.get())).unwrap_or_else(na)}</td>
                <td>{let u = used.clone(); move || u.as_ref().map(|u| u.region.clone()).unwrap_or_else(na)}</td>
                <td>{let u = used.clone(); move || u.as_ref().map(|u| u.service.clone()).unwrap_or_else(na)}</td>
                <td class=format!("status status-{}", k.status.as_aws().to_lowercase())>
                    <span class="status-icon" aria-hidden="true"></span>{tr(status_text(k.status))}
                </td>
                <td class="actions">
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
        <p>{tr(T::AccessKeysIntro)}</p>
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
                {move || {
                    let ks = keys.get();
                    if ks.is_empty() {
                        view! { <tr><td colspan="7">{tr(T::NoAccessKeys)}</td></tr> }.into_any()
                    } else {
                        ks.into_iter().map(row).collect_view().into_any()
                    }
                }}
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
        {move || new_key.get().map(|k| view! { <CreateKeyDialog key=k on_close=Callback::new(move |_| new_key.set(None))/> })}
        {move || deleting.get().map(|id| view! {
            <DeleteKeyDialog account=account key_id=id on_close=Callback::new(move |_| deleting.set(None))/>
        })}
    }
}
