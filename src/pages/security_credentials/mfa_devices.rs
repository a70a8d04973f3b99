//! The MFA section: a principal's devices, `Assign MFA device`, and `Remove`.
//! Used for the root user and for an IAM user alike.

use super::assign_mfa_dialog::AssignMfaDialog;
use crate::browser::format_time;
use crate::components::dialog::Modal;
use crate::components::lab_note::LabNote;
use crate::domain::lab::Identity;
use crate::domain::mfa::{MfaDevice, MfaDeviceKind};
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab, use_locale};
use leptos::prelude::*;

fn kind_text(kind: &MfaDeviceKind) -> T {
    match kind {
        MfaDeviceKind::AuthenticatorApp { .. } => T::AuthenticatorApp,
        MfaDeviceKind::HardwareToken { .. } => T::HardwareTotpToken,
        MfaDeviceKind::Passkey { .. } => T::PasskeyOrSecurityKey,
    }
}

#[component]
pub fn MfaDevicesPanel(
    owner: Identity,
    /// False on an administrator's view of another user: that user's seeds would
    /// be sealed under a password only they know, so they assign their own.
    #[prop(default = true)]
    can_assign: bool,
) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let locale = use_locale();
    let devices = {
        let owner = owner.clone();
        Memo::new(move |_| {
            ctx.lab.with(|l| {
                l.mfa_devices(&owner)
                    .map(|d| d.devices.clone())
                    .unwrap_or_default()
            })
        })
    };
    let assigning = RwSignal::new(false);
    let removing = RwSignal::new(None::<MfaDevice>);
    let remove = {
        let owner = owner.clone();
        move |serial: String| {
            // Whoever is signed in removes: the owner, or an administrator.
            let Some(actor) = ctx.actor() else {
                return removing.set(None);
            };
            let owner = owner.clone();
            ctx.act(
                move |lab, _, _| lab.remove_mfa_device(&actor, &owner, &serial),
                move |result| {
                    if result.is_ok() {
                        flash.success(T::MfaRemoved);
                    }
                    removing.set(None);
                },
            );
        }
    };
    let assign_dialog = {
        let owner = owner.clone();
        move || {
            assigning.get().then(|| {
                view! {
                    <AssignMfaDialog owner=owner.clone()
                        on_close=Callback::new(move |_| assigning.set(false))/>
                }
            })
        }
    };
    view! {
        <Show
            when=move || !devices.with(Vec::is_empty)
            fallback=move || view! { <p>{tr(T::MfaNoDevices)}</p> }
        >
            <div class="table-wrap"><table class="keys mfa-devices">
                <thead>
                    <tr>
                        <th scope="col">{tr(T::ColDeviceName)}</th>
                        <th scope="col">{tr(T::ColDeviceType)}</th>
                        <th scope="col">{tr(T::ColIdentifier)}</th>
                        <th scope="col">{tr(T::ColCreated)}</th>
                        <th scope="col">{tr(T::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || devices.get() key=|d| d.serial.clone() let:device>
                        {
                            let d = device.clone();
                            let created = device.created;
                            view! {
                                <tr>
                                    <td>{device.name.clone()}</td>
                                    <td>{tr(kind_text(&device.kind))}</td>
                                    <td class="mono arn">{device.serial.clone()}</td>
                                    <td>{move || format_time(created, locale.get())}</td>
                                    <td>
                                        <button type="button" on:click=move |_| removing.set(Some(d.clone()))>
                                            {tr(T::Remove)}<span class="visually-hidden">" "{device.name.clone()}</span>
                                        </button>
                                    </td>
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table></div>
        </Show>
        <Show when=move || can_assign fallback=|| view! { <LabNote text=T::LabNoteUsersAssignOwnMfa/> }>
            <p>
                <button type="button" on:click=move |_| assigning.set(true)>{tr(T::AssignMfaDevice)}</button>
            </p>
        </Show>
        {assign_dialog}
        {move || removing.get().map(|d| {
            let remove = remove.clone();
            let serial = d.serial.clone();
            view! {
                <Modal title=Signal::derive(tr(T::RemoveMfaTitle)) on_escape=Callback::new(move |_| removing.set(None))>
                    <p>{tr(T::RemoveMfaText)}</p>
                    <p><strong>{d.name.clone()}</strong>" "<span class="mono">{d.serial.clone()}</span></p>
                    <div class="dialog-buttons">
                        <button type="button" on:click=move |_| removing.set(None)>{tr(T::Cancel)}</button>
                        <button type="button" class="danger" on:click=move |_| remove(serial.clone())>{tr(T::Remove)}</button>
                    </div>
                </Modal>
            }
        })}
    }
}
