//! `Assign MFA device`: a name and a type, then the type's own step. TOTP seeds
//! live only in this dialog's memory until they are sealed under the password.

use crate::browser::{focus_soon, now, webauthn, FIRST_INVALID};
use crate::components::dialog::Modal;
use crate::components::field::Field;
use crate::components::lab_note::LabNote;
use crate::components::submit::SubmitButton;
use crate::domain::lab::{Identity, Lab, NewTotpDevice};
use crate::domain::mfa::webauthn::{check_registration, registration_challenge, Expected};
use crate::domain::mfa::{
    first_bad_name_char, format_secret_for_display, generate_seed, otpauth_uri, qr_svg, secret_key,
    MfaAssignProblem,
};
use crate::domain::random::{OsRandom, Random};
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab, use_locale};
use leptos::prelude::*;

/// Step 2's first control: the app's Show QR code, the token's first code box,
/// the passkey's Add MFA.
const STEP_TWO_FIRST: &str =
    "dialog[open] .mfa-step-2 :is(input, .button-row button, button[type=submit])";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    App,
    Token,
    Passkey,
}

/// Why `Add MFA` did not assign: the domain's reason, or the password typed to
/// rebuild the seal key was wrong.
enum Refusal {
    Problem(MfaAssignProblem),
    Password,
}

impl From<Refusal> for T {
    fn from(r: Refusal) -> T {
        match r {
            Refusal::Problem(p) => p.into(),
            Refusal::Password => T::MfaPasswordWrong,
        }
    }
}

#[component]
pub fn AssignMfaDialog(
    /// Whose device: always the signed-in principal's own.
    owner: Identity,
    on_close: Callback<()>,
) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(Kind::App);
    let chosen = RwSignal::new(None::<Kind>);
    let error = RwSignal::new(None::<T>);
    let name_problem = RwSignal::new(None::<T>);
    let name_errors = Signal::derive(move || name_problem.get().into_iter().collect::<Vec<_>>());
    let locale = use_locale();
    let bad_char = Signal::derive(move || {
        if name_problem.get() != Some(T::MfaNameInvalid) {
            return String::new();
        }
        let l = locale.get();
        match name.with(|n| first_bad_name_char(n)) {
            Some(' ') => format!(
                "{} {}",
                T::MfaNameBadChar.text(l),
                T::SpaceCharacter.text(l)
            ),
            Some(c) => format!("{} \u{201c}{c}\u{201d}", T::MfaNameBadChar.text(l)),
            None => String::new(),
        }
    });
    let browser_error = RwSignal::new(None::<String>);
    let (code1, code2, password) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let seed = StoredValue::new(generate_seed(&mut OsRandom));
    let token = StoredValue::new(Lab::issue_hardware_token(&mut OsRandom));
    let (show_qr, show_secret) = (RwSignal::new(false), RwSignal::new(false));
    let needs_password = RwSignal::new(ctx.seal_key_for(&owner).is_none());
    let clock = RwSignal::new(now());
    let tick = set_interval_with_handle(
        move || clock.set(now()),
        std::time::Duration::from_millis(1000),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = tick {
            t.clear();
        }
    });
    let label = ctx.lab.with_untracked(|l| l.mfa_account_label(&owner));

    let on_next = {
        let owner = owner.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let typed = name.get_untracked();
            let virtual_device = kind.get_untracked() == Kind::App;
            let check = ctx
                .lab
                .with_untracked(|l| l.check_new_device_name(&owner, &typed, virtual_device));
            name_problem.set(None);
            error.set(None);
            match check {
                Ok(()) => {
                    chosen.set(Some(kind.get_untracked()));
                    focus_soon(STEP_TWO_FIRST);
                }
                // What is wrong with the name is said beside the name.
                Err(p @ (MfaAssignProblem::NameInvalid | MfaAssignProblem::NameTaken)) => {
                    name_problem.set(Some(p.into()));
                    focus_soon(FIRST_INVALID);
                }
                Err(p) => error.set(Some(p.into())),
            }
        }
    };

    let assign_totp = {
        let owner = owner.clone();
        move |k: Kind| {
            // Only while the dialog's principal is still the one signed in.
            let Some(owner) = ctx.actor().filter(|live| *live == owner) else {
                return;
            };
            let (name, c1, c2, pw) = (
                name.get_untracked(),
                code1.get_untracked(),
                code2.get_untracked(),
                password.get_untracked(),
            );
            let remembered = ctx.seal_key_for(&owner);
            let (seed, token) = (seed.get_value(), token.get_value());
            let who = owner.clone();
            ctx.act_with_password(
                move |lab, kdf, rng, at| {
                    let key = match &remembered {
                        Some(k) => k.clone(),
                        None => lab
                            .seal_key(&owner, &pw, kdf, rng)
                            .ok_or(Refusal::Password)?,
                    };
                    let device = NewTotpDevice {
                        name: &name,
                        code_1: &c1,
                        code_2: &c2,
                    };
                    let assigned = match k {
                        Kind::Token => {
                            lab.assign_hardware_token(&owner, device, &token, &key, rng, at)
                        }
                        _ => lab.assign_authenticator_app(&owner, device, &seed, &key, rng, at),
                    };
                    assigned.map(|()| key).map_err(Refusal::Problem)
                },
                move |result| match result {
                    Ok(key) => {
                        ctx.remember_seal_key(who, key);
                        flash.success(T::MfaAssigned);
                        on_close.try_run(());
                    }
                    Err(r) => {
                        if matches!(r, Refusal::Problem(MfaAssignProblem::SealKeyStale)) {
                            ctx.forget_seal_key();
                            needs_password.set(true);
                        }
                        password.set(String::new());
                        error.set(Some(r.into()));
                    }
                },
            );
        }
    };

    let assign_passkey = {
        let owner = owner.clone();
        let label = label.clone();
        move || {
            let Some(owner) = ctx.actor().filter(|live| *live == owner) else {
                return;
            };
            let label = label.clone();
            let name = name.get_untracked();
            error.set(None);
            browser_error.set(None);
            leptos::task::spawn_local(async move {
                let challenge = registration_challenge(&mut OsRandom);
                let user_id: [u8; 16] = OsRandom.bytes();
                let exclude: Vec<Vec<u8>> = ctx.lab.with_untracked(|l| {
                    l.mfa_devices(&owner)
                        .map(|d| {
                            d.passkeys()
                                .filter_map(|p| p.credential_id().map(<[u8]>::to_vec))
                                .collect()
                        })
                        .unwrap_or_default()
                });
                let reg = match webauthn::create(&challenge, &user_id, &label, &exclude).await {
                    Ok(r) => r,
                    Err(reason) => return browser_error.set(Some(reason)),
                };
                let expected = Expected {
                    challenge: &challenge,
                    origin: &webauthn::origin(),
                    rp_id: &webauthn::rp_id(),
                    user_verification: false,
                };
                if let Err(p) = check_registration(
                    &reg.client_data_json,
                    &reg.authenticator_data,
                    &reg.credential_id,
                    expected,
                ) {
                    return error.set(Some(p.into()));
                }
                ctx.act(
                    move |lab, _, at| {
                        lab.assign_passkey(
                            &owner,
                            &name,
                            &reg.credential_id,
                            &reg.public_key_spki,
                            at,
                        )
                    },
                    move |result| match result {
                        Ok(()) => {
                            flash.success(T::MfaAssigned);
                            on_close.try_run(());
                        }
                        Err(p) => error.set(Some(p.into())),
                    },
                );
            });
        }
    };

    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match chosen.get_untracked() {
            Some(Kind::Passkey) => assign_passkey(),
            Some(k) => assign_totp(k),
            None => {}
        }
    };

    let qr_label = StoredValue::new(label.clone());
    let qr = move || {
        let uri = qr_label.with_value(|l| otpauth_uri(&name.get(), l, &seed.get_value()));
        qr_svg(&uri).unwrap_or_default()
    };
    let radio = move |k: Kind, text: T, hint: T| {
        view! {
            <label class="radio">
                <input type="radio" name="mfa-kind" checked=move || kind.get() == k
                    on:change=move |_| kind.set(k)/>
                <span><strong>{tr(text)}</strong><br/><small>{tr(hint)}</small></span>
            </label>
        }
    };

    view! {
        <Modal title=Signal::derive(tr(T::AssignMfaDevice)) on_escape=on_close>
            {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{tr(e)}</p> })}
            {move || browser_error.get().map(|reason| view! {
                <p class="alert alert-error" role="alert">{tr(T::PasskeyBrowserRefused)}" "{reason}</p>
            })}
            <Show when=move || chosen.get().is_none()>
                <form on:submit=on_next.clone() novalidate>
                    <Field label=T::DeviceName value=name autocomplete="off" hint=T::DeviceNameHint
                        errors=name_errors detail=Signal::derive(move || Some(bad_char.get()).filter(|d| !d.is_empty()))/>
                    <fieldset class="choice">
                        <legend>{tr(T::MfaDeviceLegend)}</legend>
                        {radio(Kind::App, T::AuthenticatorApp, T::AuthenticatorAppHint)}
                        {radio(Kind::Token, T::HardwareTotpToken, T::HardwareTotpTokenHint)}
                        {radio(Kind::Passkey, T::PasskeyOrSecurityKey, T::PasskeyOrSecurityKeyHint)}
                    </fieldset>
                    <div class="dialog-buttons">
                        <button type="button" on:click=move |_| on_close.run(())>{tr(T::Cancel)}</button>
                        <button type="submit" class="primary">{tr(T::Next)}</button>
                    </div>
                </form>
            </Show>
            <Show when=move || chosen.get().is_some()>
                <form class="mfa-step-2" on:submit=on_add.clone() novalidate>
                    <Show when=move || chosen.get() == Some(Kind::App)>
                        <p>{tr(T::AppStep)}</p>
                        <p class="button-row">
                            <button type="button" aria-expanded=move || show_qr.get().to_string()
                                on:click=move |_| show_qr.update(|s| *s = !*s)>{tr(T::ShowQrCode)}</button>
                            <button type="button" aria-expanded=move || show_secret.get().to_string()
                                on:click=move |_| show_secret.update(|s| *s = !*s)>{tr(T::ShowSecretKey)}</button>
                        </p>
                        <Show when=move || show_qr.get()>
                            <div class="qr" role="img" aria-label=tr(T::QrCodeAlt) inner_html=qr></div>
                        </Show>
                        <Show when=move || show_secret.get()>
                            <p>{tr(T::SecretKeyLabel)}": "
                                <code class="mono secret-key">{move || format_secret_for_display(&secret_key(&seed.get_value()))}</code>
                            </p>
                        </Show>
                    </Show>
                    <Show when=move || chosen.get() == Some(Kind::Token)>
                        <section class="lab-token" aria-labelledby="issued-token-heading">
                            <h3 id="issued-token-heading">{tr(T::LabTokenHeading)}</h3>
                            <LabNote text=T::LabNoteHardwareToken/>
                            <p class="token-display">
                                <span class="mono token-serial">{move || token.with_value(|t| t.serial.clone())}</span>
                                <strong class="token-code mono">{move || token.with_value(|t| t.display(clock.get()))}</strong>
                                <small>{move || token.with_value(|t| t.seconds_left(clock.get()))}" "{tr(T::SecondsLeft)}</small>
                            </p>
                        </section>
                        <p>{tr(T::TokenStep)}</p>
                    </Show>
                    <Show when=move || chosen.get() != Some(Kind::Passkey)>
                        <Field label=T::MfaCode1 value=code1 autocomplete="one-time-code"/>
                        <Field label=T::MfaCode2 value=code2 autocomplete="one-time-code"/>
                        <Show when=move || needs_password.get()>
                            <LabNote text=T::LabNoteMfaPassword/>
                            <Field label=T::ConfirmPasswordForMfa value=password kind="password" autocomplete="current-password"/>
                        </Show>
                    </Show>
                    <Show when=move || chosen.get() == Some(Kind::Passkey)>
                        <p>{tr(T::PasskeyStep)}</p>
                    </Show>
                    <div class="dialog-buttons">
                        <button type="button" on:click=move |_| on_close.run(())>{tr(T::Cancel)}</button>
                        <SubmitButton label=T::AddMfa/>
                    </div>
                </form>
            </Show>
        </Modal>
    }
}
