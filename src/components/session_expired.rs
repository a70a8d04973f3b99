//! An expired console session, as the learner meets it: the sign-in page, with a
//! short notice saying why. The rule (how long a session lasts) is the domain's;
//! ending it is `state::session_watch`'s.

use crate::i18n::T;
use crate::state::{end_if_expired, tr, use_lab, use_session_expired};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// "Your session has expired. Sign in again.", while that is why the learner is
/// signed out. For the sign-in pages.
#[component]
pub fn SessionExpiredNotice() -> impl IntoView {
    // From the lab, not this tab's memory: every tab says it, whichever ended it.
    let ctx = use_lab();
    move || {
        ctx.lab.with(|l| l.session_expired).then(|| {
            view! { <p class="alert alert-warning" role="alert">{tr(T::SessionExpired)}</p> }
        })
    }
}

/// Inside the router: looks at the clock on every route change, and opens the
/// sign-in page from CloudShell once the session has expired. Console pages open
/// it themselves (with the way back).
#[component]
pub fn SessionExpiryCheck() -> impl IntoView {
    let ctx = use_lab();
    let expired = use_session_expired();
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        location.pathname.track();
        end_if_expired(ctx, expired);
    });
    Effect::new(move |_| {
        if !expired.0.get() {
            return;
        }
        let base = crate::browser::base_path();
        let path = location.pathname.get_untracked();
        let here = path.strip_prefix(base.as_str()).unwrap_or(&path);
        // Console pages open sign-in themselves; of the rest only CloudShell was
        // the session's (sign-up or Lab data, opened later, stay where they are).
        if here.starts_with("/cloudshell") {
            let options = NavigateOptions {
                replace: true,
                ..Default::default()
            };
            navigate("/signin", options);
        }
    });
}
