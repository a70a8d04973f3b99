//! The end of a console session, as this tab sees it. Whatever ends or changes
//! the session (a sign-out in any tab, expiry, someone else signing in), this
//! tab's CloudShell (and its flash bars) end with it; an expired session is ended here, on page
//! load, on every route change and on a timer, and leaves a notice for the
//! sign-in page. The seal key is forgotten by `LabCtx` itself.

use super::flash::FlashCtx;
use super::lab::LabCtx;
use super::terminal::TerminalCtx;
use crate::browser::now;
use crate::domain::lab::Session;
use leptos::prelude::*;
use std::time::Duration;

/// How often a tab looks at the clock: an expired session lasts at most this
/// long, even in a tab nobody touches.
const CHECK_EVERY: Duration = Duration::from_secs(5);

/// True once a session has expired, until the next sign-in: the sign-in pages
/// say why the learner is there.
#[derive(Clone, Copy)]
pub struct SessionExpired(pub RwSignal<bool>);

/// Starts watching the session; called once by `App`, after the lab, the
/// terminal and the flash bars are provided.
pub fn watch_session() {
    let ctx = expect_context::<LabCtx>();
    let term = expect_context::<TerminalCtx>();
    let flash = expect_context::<FlashCtx>();
    let expired = SessionExpired(RwSignal::new(false));
    provide_context(expired);
    // Before any page reads the lab: a session left behind by a closed tab ends here.
    end_if_expired(ctx, expired);

    let session = Memo::new(move |_| ctx.lab.with(|l| l.session.clone()));
    Effect::new(move |before: Option<Option<Session>>| {
        let current = session.get();
        if let Some(before) = before {
            // Ended elsewhere, it may still have been for expiry: say so here too.
            if current.is_none() && before.as_ref().is_some_and(|s| s.is_expired(now())) {
                expired.0.set(true);
            }
            term.reset();
            flash.clear();
        }
        if current.is_some() {
            expired.0.set(false);
        }
        current
    });

    if let Ok(handle) = set_interval_with_handle(move || end_if_expired(ctx, expired), CHECK_EVERY)
    {
        on_cleanup(move || handle.clear());
    }
}

/// Ends the session if it is over, through `act` so every tab follows.
pub fn end_if_expired(ctx: LabCtx, expired: SessionExpired) {
    // Read in memory first: the timer must not decode storage every few seconds.
    let due = ctx.lab.with_untracked(|l| {
        l.session
            .as_ref()
            .is_some_and(|s: &Session| s.is_expired(now()))
    });
    if due {
        ctx.act(
            |lab, _, now| lab.end_expired_session(now),
            move |ended| {
                if ended {
                    ctx.forget_seal_key();
                    expired.0.set(true);
                }
            },
        );
    }
}

pub fn use_session_expired() -> SessionExpired {
    expect_context::<SessionExpired>()
}
