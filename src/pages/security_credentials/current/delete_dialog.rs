//! Deleting a key in today's console: the dialog is titled with the key ID,
//! offers Deactivate while the key is active, and asks for the ID typed. The
//! key's description tag goes with it.

use super::super::key_actor::actor;
use crate::components::dialog::Modal;
use crate::components::field::Field;
use crate::domain::access_key::AccessKeyStatus;
use crate::domain::account::console_may_delete;
use crate::domain::lab::Identity;
use crate::i18n::edition_messages::delete_key_title;
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab, use_locale};
use leptos::prelude::*;

#[component]
pub fn CurrentDeleteKeyDialog(
    owner: Identity,
    key_id: String,
    on_close: Callback<()>,
) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let locale = use_locale();
    let owner = StoredValue::new(owner);
    let key = StoredValue::new(key_id);
    let status = Memo::new(move |_| {
        ctx.lab.with(|l| {
            owner.with_value(|o| {
                key.with_value(|id| l.access_keys(o).and_then(|ks| ks.get(id).map(|k| k.status)))
            })
        })
    });
    // Deleted meanwhile (another tab): nothing left to confirm.
    Effect::new(move |_| {
        if status.get().is_none() {
            on_close.run(());
        }
    });
    let typed = RwSignal::new(String::new());
    let may_delete = move || {
        status
            .get()
            .is_some_and(|s| key.with_value(|id| console_may_delete(s, id, &typed.get())))
    };
    let deactivate = move |_| {
        let (o, id) = (owner.get_value(), key.get_value());
        ctx.act(
            move |lab, _, now| {
                lab.set_access_key_status(&actor(lab, now)?, &o, &id, AccessKeyStatus::Inactive)
            },
            move |result| {
                if result.is_ok() {
                    flash.success(T::KeyMadeInactive);
                }
            },
        );
    };
    let delete = move |_| {
        let (o, id) = (owner.get_value(), key.get_value());
        ctx.act(
            move |lab, _, now| lab.delete_access_key_with_description(&actor(lab, now)?, &o, &id),
            move |result| {
                if result.is_ok() {
                    flash.success(T::KeyDeleted);
                }
                // The dialog may be gone by the time the lock was granted.
                on_close.try_run(());
            },
        );
    };
    let heading = Signal::derive(move || delete_key_title(&key.get_value(), locale.get()));
    view! {
        <Modal title=Signal::derive(tr(T::Delete)) heading=heading on_escape=on_close>
            <p>{tr(T::CurDeleteIntro)}</p>
            <Show when=move || status.get() == Some(AccessKeyStatus::Active)>
                <p class="alert alert-warning">{tr(T::DeleteNeedsInactive)}</p>
                <button type="button" on:click=deactivate>{tr(T::Deactivate)}</button>
            </Show>
            <Field label=T::CurTypeKeyId value=typed autocomplete="off"/>
            <div class="dialog-buttons">
                <button type="button" on:click=move |_| on_close.run(())>{tr(T::Cancel)}</button>
                <button type="button" class="danger" disabled=move || !may_delete() on:click=delete>{tr(T::Delete)}</button>
            </div>
        </Modal>
    }
}
