//! Creating a root user access key in today's console: first the alternatives,
//! with a check box acknowledging that a root access key is not a best practice
//! (`Create access key` stays disabled, and nothing is stored, until it is
//! checked), then the key to retrieve.

use super::super::key_actor::{actor, key_error_text};
use super::retrieve::RetrieveKey;
use crate::domain::access_key::NewAccessKey;
use crate::domain::lab::Identity;
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab};
use leptos::prelude::*;

/// `back` is where Cancel and Done return (router path).
#[component]
pub fn RootKeyWizard(owner: Identity, back: String) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let leave = super::leave_steps(back);
    let acknowledged = RwSignal::new(false);
    let error = RwSignal::new(None::<T>);
    let created = RwSignal::new(None::<NewAccessKey>);
    let owner = StoredValue::new(owner);
    let create = move |_| {
        if !acknowledged.get_untracked() {
            return;
        }
        let o = owner.get_value();
        ctx.act(
            move |lab, rng, now| lab.create_access_key(&actor(lab, now)?, &o, rng, now),
            move |result| match result {
                Ok(k) => {
                    error.set(None);
                    created.set(Some(k));
                    flash.success(T::KeyCreatedAnnouncement);
                }
                Err(e) => error.set(Some(key_error_text(e))),
            },
        )
    };
    view! {
        <main class="page narrow key-wizard">
            {move || match created.get() {
                Some(k) => view! {
                    <RetrieveKey key=k owner=owner.get_value() heading=T::RetrieveAccessKey on_done=leave/>
                }.into_any(),
                None => view! {
                    <h1>{tr(T::AltRootHeading)}</h1>
                    <p>{tr(T::AltRootText)}</p>
                    {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{tr(e)}</p> })}
                    <label class="checkbox">
                        <input type="checkbox" bind:checked=acknowledged/>
                        {tr(T::AltRootAck)}
                    </label>
                    <div class="form-buttons">
                        <button type="button" on:click=move |_| leave.run(())>{tr(T::Cancel)}</button>
                        <button type="button" class="primary" disabled=move || !acknowledged.get() on:click=create>
                            {tr(T::CreateAccessKey)}
                        </button>
                    </div>
                }.into_any(),
            }}
        </main>
    }
}
