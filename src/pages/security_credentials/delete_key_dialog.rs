//! Deleting a key: the console first has it deactivated, then asks for its ID.

use super::key_actor::actor;
use crate::components::dialog::Modal;
use crate::components::field::Field;
use crate::domain::access_key::AccessKeyStatus;
use crate::domain::account::console_may_delete;
use crate::domain::lab::Identity;
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab};
use leptos::prelude::*;

#[component]
pub fn DeleteKeyDialog(owner: Identity, key_id: String, on_close: Callback<()>) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let owner = StoredValue::new(owner);
    let status = {
        let key_id = key_id.clone();
        Memo::new(move |_| {
            ctx.lab.with(|l| {
                owner.with_value(|o| {
                    l.access_keys(o)
                        .and_then(|ks| ks.get(&key_id).map(|k| k.status))
                })
            })
        })
    };
    // Deleted meanwhile (another tab): nothing left to confirm.
    Effect::new(move |_| {
        if status.get().is_none() {
            on_close.run(());
        }
    });
    let typed = RwSignal::new(String::new());
    let may_delete = {
        let key_id = key_id.clone();
        move || {
            status
                .get()
                .is_some_and(|s| console_may_delete(s, &key_id, &typed.get()))
        }
    };
    let deactivate = {
        let key_id = key_id.clone();
        move |_| {
            let (o, key_id) = (owner.get_value(), key_id.clone());
            ctx.act(
                move |lab, _, now| {
                    lab.set_access_key_status(
                        &actor(lab, now)?,
                        &o,
                        &key_id,
                        AccessKeyStatus::Inactive,
                    )
                },
                move |result| {
                    if result.is_ok() {
                        flash.success(T::KeyMadeInactive);
                    }
                },
            );
        }
    };
    let delete = {
        let key_id = key_id.clone();
        move |_| {
            let (o, key_id) = (owner.get_value(), key_id.clone());
            ctx.act(
                move |lab, _, now| lab.delete_access_key(&actor(lab, now)?, &o, &key_id),
                move |result| {
                    if result.is_ok() {
                        flash.success(T::KeyDeleted);
                    }
                    // The dialog may be gone by the time the lock was granted.
                    on_close.try_run(());
                },
            );
        }
    };
    view! {
        <Modal title=Signal::derive(tr(T::DeleteKeyTitle)) on_escape=on_close>
            <p>{tr(T::DeleteKeyPermanent)}</p>
            <p class="mono">{key_id.clone()}</p>
            <Show when=move || status.get() == Some(AccessKeyStatus::Active)>
                <p class="alert alert-warning">{tr(T::DeleteNeedsInactive)}</p>
                <button type="button" on:click=deactivate.clone()>{tr(T::Deactivate)}</button>
            </Show>
            <Field label=T::TypeKeyIdToConfirm value=typed autocomplete="off"/>
            <div class="dialog-buttons">
                <button type="button" on:click=move |_| on_close.run(())>{tr(T::Cancel)}</button>
                <button type="button" class="danger" disabled=move || !may_delete() on:click=delete>{tr(T::Delete)}</button>
            </div>
        </Modal>
    }
}
