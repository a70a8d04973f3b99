//! What the root sign-in's buttons change, in a module of its own: checking a
//! password (the password rules, the MFA challenge, the CloudTrail sign-in
//! events) is not needed to draw the sign-in page, so its first load does not
//! carry it. It loads with the lab engine, a moment after the page is painted.

use crate::domain::lab::{SignInError, SignInStep};
use crate::state::{ChunkFailed, LabCtx};

/// What a password led to, for the page to show.
pub type Answer = Box<dyn FnOnce(Result<SignInStep, SignInError>)>;

/// What the root user's email and password are for.
pub enum Check {
    /// `Sign in`.
    SignIn,
    /// `Reopen account`: the closed account they open is reopened, then signed in to.
    Reopen,
}

/// Checks the email and password for `check`, then hands `answer` the outcome.
pub fn root_password(ctx: LabCtx, check: Check, email: String, password: String, answer: Answer) {
    ctx.run_part(check_root_password(ctx, check, email, password, answer));
}

#[leptos::wasm_split::wasm_split(root_sign_in, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_root_password(
    ctx: LabCtx,
    check: Check,
    email: String,
    password: String,
    answer: Answer,
) -> Result<(), ChunkFailed> {
    ctx.act_with_password(
        move |lab, kdf, rng, now| match check {
            Check::SignIn => lab.sign_in_root(&email, &password, kdf, rng, now),
            Check::Reopen => lab.reopen_account(&email, &password, kdf, rng, now),
        },
        answer,
    );
    Ok(())
}
