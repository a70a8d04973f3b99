//! What the root sign-in's buttons change, in modules of their own: checking a
//! password (the password rules, the MFA challenge, the CloudTrail sign-in
//! events) is not needed to draw the sign-in page, so its first load does not
//! carry it. Each loads with the lab engine, a moment after the page is painted.

use crate::domain::lab::{SignInError, SignInStep};
use crate::state::{ChunkFailed, LabCtx};

/// What a password led to, for the page to show.
pub type Answer = Box<dyn FnOnce(Result<SignInStep, SignInError>)>;

/// Signs in as the root user with this email and password.
pub fn sign_in_root(ctx: LabCtx, email: String, password: String, answer: Answer) {
    ctx.run_part(check_root_password(ctx, email, password, answer));
}

/// Reopens the closed account this email and password open, and signs in.
pub fn reopen_account(ctx: LabCtx, email: String, password: String, answer: Answer) {
    ctx.run_part(reopen_with_password(ctx, email, password, answer));
}

#[leptos::wasm_split::wasm_split(root_sign_in, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_root_password(
    ctx: LabCtx,
    email: String,
    password: String,
    answer: Answer,
) -> Result<(), ChunkFailed> {
    ctx.act_with_password(
        move |lab, kdf, rng, now| lab.sign_in_root(&email, &password, kdf, rng, now),
        answer,
    );
    Ok(())
}

#[leptos::wasm_split::wasm_split(reopen_account, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reopen_with_password(
    ctx: LabCtx,
    email: String,
    password: String,
    answer: Answer,
) -> Result<(), ChunkFailed> {
    ctx.act_with_password(
        move |lab, kdf, rng, now| lab.reopen_account(&email, &password, kdf, rng, now),
        answer,
    );
    Ok(())
}
