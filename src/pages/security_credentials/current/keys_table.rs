//! One principal's access keys as today's console lists them: a row per key with
//! its description (IAM users' keys), status and an `Actions` menu (Activate,
//! Deactivate, Delete), and `Create access key`, which opens the steps page.

use super::super::key_actor::{actor, key_error_text};
use super::delete_dialog::CurrentDeleteKeyDialog;
use crate::browser::format_time;
use crate::components::actions_menu::{ActionsMenu, MenuItem};
use crate::domain::access_key::{AccessKey, AccessKeyStatus};
use crate::domain::lab::Identity;
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab, use_locale};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[derive(Clone, PartialEq)]
struct Row {
    key: AccessKey,
    description: Option<String>,
}

/// `create_path` is the steps page (router path, without the base).
#[component]
pub fn CurrentAccessKeys(owner: Identity, create_path: String) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let locale = use_locale();
    let navigate = use_navigate();
    let is_user = !owner.is_root();
    let owner = StoredValue::new(owner);
    let rows = Memo::new(move |_| {
        ctx.lab.with(|l| {
            owner.with_value(|o| {
                l.access_keys(o)
                    .map(|ks| {
                        ks.iter()
                            .map(|k| Row {
                                description: l
                                    .access_key_description(o, k.id.as_str())
                                    .map(str::to_string),
                                key: k.clone(),
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    });
    let full = Memo::new(move |_| {
        ctx.lab
            .with(|l| owner.with_value(|o| l.access_keys(o).is_some_and(|ks| ks.is_full())))
    });
    let error = RwSignal::new(None::<T>);
    let deleting = RwSignal::new(None::<String>);
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
    let na = move || T::NotApplicable.text(locale.get()).to_string();
    let row = move |r: Row| {
        let k = r.key;
        let id = k.id.to_string();
        let active = k.status == AccessKeyStatus::Active;
        let (id_on, id_off, id_del) = (id.clone(), id.clone(), id.clone());
        let items = vec![
            MenuItem {
                label: T::Activate,
                enabled: Signal::stored(!active),
                run: Callback::new(move |_| set_status(id_on.clone(), AccessKeyStatus::Active)),
            },
            MenuItem {
                label: T::Deactivate,
                enabled: Signal::stored(active),
                run: Callback::new(move |_| set_status(id_off.clone(), AccessKeyStatus::Inactive)),
            },
            MenuItem {
                label: T::Delete,
                enabled: Signal::stored(true),
                run: Callback::new(move |_| deleting.set(Some(id_del.clone()))),
            },
        ];
        let used = k.last_used.clone();
        let status = if active {
            T::StatusActive
        } else {
            T::StatusInactive
        };
        view! {
            <tr>
                <td class="mono">{id.clone()}</td>
                {is_user.then(|| view! { <td class="key-description">{r.description.clone().unwrap_or_else(na)}</td> })}
                <td>{move || format_time(k.created, locale.get())}</td>
                <td>{move || used.as_ref().map(|u| format_time(u.date, locale.get())).unwrap_or_else(na)}</td>
                <td class=format!("status status-{}", k.status.as_aws().to_lowercase())>
                    <span class="status-icon" aria-hidden="true"></span>{tr(status)}
                </td>
                <td><ActionsMenu label=T::ActionsMenu named_for=id items=items/></td>
            </tr>
        }
    };
    view! {
        <p>{tr(T::CurAccessKeysIntro)}</p>
        {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{tr(e)}</p> })}
        <div class="table-wrap"><table class="keys">
            <thead><tr>
                <th scope="col">{tr(T::ColAccessKeyId)}</th>
                {is_user.then(|| view! { <th scope="col">{tr(T::ColDescription)}</th> })}
                <th scope="col">{tr(T::ColCreated)}</th>
                <th scope="col">{tr(T::ColLastUsed)}</th>
                <th scope="col">{tr(T::ColStatus)}</th>
                <th scope="col">{tr(T::ColActions)}</th>
            </tr></thead>
            <tbody>
                {move || {
                    let rs = rows.get();
                    if rs.is_empty() {
                        let cols = if is_user { "6" } else { "5" };
                        view! { <tr><td colspan=cols>{tr(T::CurNoAccessKeys)}</td></tr> }.into_any()
                    } else {
                        rs.into_iter().map(row).collect_view().into_any()
                    }
                }}
            </tbody>
        </table></div>
        <div class="create-key">
            <button type="button" class="primary" disabled=move || full.get()
                aria-describedby="key-limit" on:click=move |_| navigate(&create_path, Default::default())>
                {tr(T::CreateAccessKey)}
            </button>
            <p id="key-limit" class="hint">{move || full.get().then(|| tr(T::KeyLimitReason)())}</p>
        </div>
        {move || deleting.get().map(|id| view! {
            <CurrentDeleteKeyDialog owner=owner.get_value() key_id=id on_close=Callback::new(move |_| deleting.set(None))/>
        })}
    }
}
