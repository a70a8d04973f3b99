//! The second sign-in step, shared by the root and the IAM user sign-in pages:
//! a code from an authenticator app or the lab's hardware token, or a passkey.

use crate::browser::{focus_soon, now, webauthn};
use crate::components::field::Field;
use crate::components::lab_note::LabNote;
use crate::components::on_first_need::{deferred, ChunkFailed};
use crate::domain::lab::{MfaChallenge, MfaSignInProblem, SignInStep, SignedIn};
use crate::domain::mfa::webauthn::check_assertion;
use crate::domain::navigation::after_sign_in;
use crate::i18n::T;
use crate::state::{tr, use_lab, LabCtx};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Shows what a correct password led to: on into the console with the seal key
/// kept in this tab's memory (`go_on`), or the MFA step.
pub fn show_password_step(
    ctx: LabCtx,
    step: SignInStep,
    pending: RwSignal<Option<MfaChallenge>>,
    go_on: impl FnOnce(),
) {
    match step {
        SignInStep::SignedIn(SignedIn { identity, seal_key }) => {
            ctx.remember_seal_key(identity, seal_key);
            go_on();
        }
        SignInStep::MfaRequired(challenge) => {
            pending.set(Some(challenge));
            focus_soon(".mfa-step :is(input, button)");
        }
    }
}

/// The MFA step, in a module of its own: most sign-ins never show it, so the
/// sign-in page's first load does not carry it (see `src/app/lazy.rs`).
#[component]
pub fn MfaSignIn(
    challenge: MfaChallenge,
    next: Option<String>,
    /// Back to the sign-in form, as AWS's Cancel on this step.
    on_cancel: Callback<()>,
) -> impl IntoView {
    deferred(mfa_sign_in_step(challenge, next, on_cancel))
}

#[leptos::wasm_split::wasm_split(mfa_sign_in_step, wasm_split_path = ::leptos::wasm_split, fallible)]
fn mfa_sign_in_step(
    challenge: MfaChallenge,
    next: Option<String>,
    on_cancel: Callback<()>,
) -> Result<AnyView, ChunkFailed> {
    Ok(view! { <MfaSignInStep challenge next on_cancel/> }.into_any())
}

#[component]
fn MfaSignInStep(
    challenge: MfaChallenge,
    next: Option<String>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let ctx = use_lab();
    let navigate = use_navigate();
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<T>);
    let browser_error = RwSignal::new(None::<String>);
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

    let signed_in = {
        let navigate = navigate.clone();
        let next = next.clone();
        move |done: SignedIn| {
            ctx.remember_seal_key(done.identity, done.seal_key);
            navigate(&after_sign_in(next.clone()), Default::default());
        }
    };
    let on_code = {
        let challenge = challenge.clone();
        let signed_in = signed_in.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let typed = code.get_untracked();
            code.set(String::new());
            let (challenge, signed_in) = (challenge.clone(), signed_in.clone());
            ctx.act(
                move |lab, _, at| lab.complete_mfa_with_code(&challenge, &typed, at),
                move |result| match result {
                    Ok(done) => signed_in(done),
                    Err(p) => error.set(Some(p.into())),
                },
            );
        }
    };
    let on_passkey = {
        let challenge = challenge.clone();
        move |_| {
            let challenge = challenge.clone();
            let signed_in = signed_in.clone();
            error.set(None);
            browser_error.set(None);
            leptos::task::spawn_local(async move {
                let allow = ctx
                    .lab
                    .with_untracked(|l| challenge.passkey_credential_ids(l));
                let assertion = match webauthn::assert(&challenge.passkey_challenge, &allow).await {
                    Ok(a) => a,
                    Err(reason) => return browser_error.set(Some(reason)),
                };
                let check = ctx.lab.with_untracked(|l| {
                    let device = challenge.passkey(l, &assertion.credential_id)?;
                    Some(check_assertion(
                        device,
                        &assertion.client_data_json,
                        &assertion.authenticator_data,
                        &assertion.signature,
                        &challenge.passkey_challenge,
                        &webauthn::origin(),
                        &webauthn::rp_id(),
                    ))
                });
                let check = match check {
                    Some(Ok(c)) => c,
                    Some(Err(p)) => return error.set(Some(p.into())),
                    None => return error.set(Some(MfaSignInProblem::UnknownCredential.into())),
                };
                let verified = webauthn::verify_es256(
                    &check.public_key_spki,
                    &check.signed_data,
                    &check.signature_raw,
                )
                .await;
                ctx.act(
                    move |lab, _, at| {
                        lab.complete_mfa_with_passkey(
                            &challenge,
                            &assertion.credential_id,
                            check.new_sign_count,
                            verified,
                            at,
                        )
                    },
                    move |result| match result {
                        Ok(done) => signed_in(done),
                        Err(p) => error.set(Some(p.into())),
                    },
                );
            });
        }
    };

    let accepts_codes = challenge.accepts_codes();
    let has_passkey = ctx
        .lab
        .with_untracked(|l| !challenge.passkey_credential_ids(l).is_empty());
    let tokens = {
        let challenge = challenge.clone();
        move || {
            ctx.lab
                .with(|l| challenge.hardware_token_display(l, clock.get()))
        }
    };
    view! {
        <div class="mfa-step">
        <h2>{tr(T::MfaHeading)}</h2>
        <p>{tr(T::MfaStepIntro)}</p>
        {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{tr(e)}</p> })}
        {move || browser_error.get().map(|reason| view! {
            <p class="alert alert-error" role="alert">{tr(T::PasskeyBrowserRefused)}" "{reason}</p>
        })}
        <Show when=move || accepts_codes>
            <form on:submit=on_code.clone() novalidate>
                <Field label=T::MfaCode value=code autocomplete="one-time-code"/>
                <button type="submit" class="primary wide">{tr(T::Submit)}</button>
            </form>
        </Show>
        <Show when=move || has_passkey>
            <button type="button" class="wide" on:click=on_passkey.clone()>{tr(T::UsePasskey)}</button>
        </Show>
        {move || {
            let shown = tokens();
            (!shown.is_empty()).then(|| view! {
                <section class="lab-token" aria-labelledby="lab-token-heading">
                    <h3 id="lab-token-heading">{tr(T::LabTokenHeading)}</h3>
                    <LabNote text=T::LabNoteHardwareToken/>
                    {shown.into_iter().map(|t| view! {
                        <p class="token-display">
                            <span>{t.name}" ("{t.serial}")"</span>
                            <strong class="token-code mono">{t.code}</strong>
                            <small>{t.seconds_left}" "{tr(T::SecondsLeft)}</small>
                        </p>
                    }).collect_view()}
                </section>
            })
        }}
        <p class="center">
            <button type="button" class="link-button" on:click=move |_| on_cancel.run(())>{tr(T::Cancel)}</button>
        </p>
        </div>
    }
}
