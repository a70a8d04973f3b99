//! The console's dark navigation bar: service links and the account menu, a
//! button named by the account (an IAM user: `user @ alias-or-ID`) that opens
//! Account (root user only), Security credentials and Sign out.

use crate::domain::lab::{iam_user_label, Principal};
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn NavBar() -> impl IntoView {
    let ctx = use_lab();
    let open = RwSignal::new(false);
    let navigate = use_navigate();
    let account_name = move || {
        ctx.lab
            .with(|l| {
                let s = l.session.as_ref()?;
                let a = l.account(s.identity.account)?;
                Some(match &s.identity.principal {
                    Principal::Root => a.name.clone(),
                    Principal::IamUser { name } => iam_user_label(name, a.id, a.alias.as_deref()),
                })
            })
            .unwrap_or_default()
    };
    let is_root = move || {
        ctx.lab
            .with(|l| {
                l.session
                    .as_ref()
                    .map(|s| s.identity.principal == Principal::Root)
            })
            .unwrap_or(false)
    };
    let sign_out = move |_| {
        open.set(false);
        ctx.forget_seal_key();
        let navigate = navigate.clone();
        ctx.act(
            |lab, _, _| lab.sign_out(),
            move |()| navigate("/signin", Default::default()),
        );
    };
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            open.set(false);
        }
    };
    view! {
        <nav class="nav-bar" aria-label="AWS">
            <A href=crate::browser::app_href("/console") attr:class="brand">{tr(T::AppName)}</A>
            <ul class="nav-links">
                <li><A href=crate::browser::app_href("/console/iam")>{tr(T::NavIam)}</A></li>
                <li><A href=crate::browser::app_href("/console/cloudshell")>{tr(T::NavCloudShell)}</A></li>
                <li><A href=crate::browser::app_href("/console/cloudtrail")>{tr(T::NavCloudTrail)}</A></li>
            </ul>
            <div class="account-menu" on:keydown=close_on_escape>
                <button
                    type="button"
                    class="account-button"
                    aria-haspopup="menu"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="account-menu"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {account_name}
                    <span class="caret" aria-hidden="true">" ▾"</span>
                </button>
                <Show when=move || open.get()>
                    <ul id="account-menu" role="menu" aria-label=tr(T::AccountMenuLabel)>
                        <Show when=is_root>
                            <li role="none">
                                <A href=crate::browser::app_href("/console/account") attr:role="menuitem" on:click=move |_| open.set(false)>
                                    {tr(T::MenuAccount)}
                                </A>
                            </li>
                        </Show>
                        <li role="none">
                            <A href=crate::browser::app_href("/console/security-credentials") attr:role="menuitem" on:click=move |_| open.set(false)>
                                {tr(T::MenuSecurityCredentials)}
                            </A>
                        </li>
                        <li role="none">
                            <button type="button" role="menuitem" on:click=sign_out.clone()>
                                {tr(T::MenuSignOut)}
                            </button>
                        </li>
                    </ul>
                </Show>
            </div>
        </nav>
    }
}
