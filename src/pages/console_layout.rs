//! Every console page: signed-in only (otherwise to sign-in and back here
//! afterwards), under the navigation bar and the flash bars.

use super::change_password_required::ChangePasswordRequired;
use crate::components::flash_bars::FlashBars;
use crate::components::nav_bar::NavBar;
use crate::state::use_lab;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

#[component]
pub fn ConsoleLayout() -> impl IntoView {
    let ctx = use_lab();
    let location = use_location();
    let navigate = use_navigate();
    let signed_in = Memo::new(move |_| ctx.lab.with(|l| l.session_account().is_some()));
    Effect::new(move |_| {
        if !signed_in.get() {
            let base = crate::browser::base_path();
            let path = location.pathname.get_untracked();
            let here = path
                .strip_prefix(base.as_str())
                .unwrap_or(&path)
                .to_string();
            // Signing out navigates to the sign-in page itself: that is no
            // console page to come back to.
            if !here.starts_with("/console") {
                return;
            }
            let target = format!("/signin?next={}", js_sys::encode_uri_component(&here));
            navigate(
                &target,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    // An IAM user who must create a new password meets only that page.
    let must_change = Memo::new(move |_| {
        ctx.lab.with(|l| {
            l.session
                .as_ref()
                .map(|s| s.identity.clone())
                .filter(|who| l.password_change_required(who))
        })
    });
    view! {
        <Show when=move || signed_in.get()>
            {move || match must_change.get() {
                Some(who) => view! { <ChangePasswordRequired who=who/> }.into_any(),
                None => view! { <NavBar/><FlashBars/><Outlet/> }.into_any(),
            }}
        </Show>
    }
}

/// A console page as the signed-in principal sees it. Pages decide what to show
/// (root-only forms, a refusal) from who is signed in when they open; if another
/// tab signs in someone else, the page opens again for the new principal, so the
/// root user's pages never stay live for an IAM user.
#[component]
pub fn AsPrincipal(children: ChildrenFn) -> impl IntoView {
    let ctx = use_lab();
    let who = Memo::new(move |_| {
        ctx.lab.with(|l| {
            l.session
                .as_ref()
                .map(|s| (s.identity.account, s.identity.principal.clone()))
        })
    });
    move || {
        // Read, not just tracked: a memo is lazy, and only a read re-evaluates it.
        who.with(|_| ());
        untrack(|| children())
    }
}
