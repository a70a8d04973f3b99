//! The console's dark navigation bar: service links and the account menu, a
//! button named by the account (an IAM user: `user @ alias-or-ID`) that opens
//! Account (root user only), Security credentials and Sign out.

use super::account_menu::{focus_item, move_in_menu, AccountIdCopy, MenuFocus};
use crate::domain::lab::{iam_user_label, Principal};
use crate::domain::training::MenuItem;
use crate::i18n::T;
use crate::state::{tr, use_guide, use_lab};
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn NavBar() -> impl IntoView {
    let ctx = use_lab();
    let open = RwSignal::new(false);
    // What the guided panel points at ("Show me where"): the button, then the item.
    let pointing = use_guide().pointing;
    let points_at = move |item: MenuItem| move || pointing.get() == Some(item);
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
    let account_id = move || {
        ctx.lab
            .with(|l| l.session_account().map(|a| a.id.hyphenated()))
            .unwrap_or_default()
    };
    let button = NodeRef::<html::Button>::new();
    let menu = NodeRef::<html::Ul>::new();
    let open_at = move |which: MenuFocus| {
        open.set(true);
        focus_item(menu, which);
    };
    let on_button_key = move |ev: leptos::ev::KeyboardEvent| {
        let which = match ev.key().as_str() {
            "ArrowDown" => MenuFocus::First,
            "ArrowUp" => MenuFocus::Last,
            "Escape" => return open.set(false),
            _ => return,
        };
        ev.prevent_default();
        open_at(which);
    };
    let on_menu_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            open.set(false);
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
        // Tab leaves the menu for the next control, and the menu closes.
        "Tab" => open.set(false),
        key => {
            if let Some(m) = menu.get_untracked() {
                if move_in_menu(&m, key) {
                    ev.prevent_default();
                }
            }
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
            <div class="account-menu">
                <button
                    type="button"
                    class="account-button"
                    node_ref=button
                    on:keydown=on_button_key
                    class:guide-point=move || pointing.get().is_some() && !open.get()
                    aria-haspopup="menu"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="account-menu"
                    on:click=move |_| {
                        if open.get_untracked() {
                            open.set(false);
                        } else {
                            open_at(MenuFocus::First);
                        }
                    }
                >
                    <span class="account-name">{account_name}</span>
                    <span class="caret" aria-hidden="true">" ▾"</span>
                </button>
                <Show when=move || open.get()>
                    <div class="account-dropdown" on:keydown=on_menu_key>
                    <AccountIdCopy id=account_id()/>
                    <ul id="account-menu" role="menu" aria-label=tr(T::AccountMenuLabel) node_ref=menu>
                        <Show when=is_root>
                            <li role="none">
                                <A href=crate::browser::app_href("/console/account") attr:role="menuitem" attr:class=move || points_at(MenuItem::Account)().then_some("guide-point") on:click=move |_| open.set(false)>
                                    {tr(T::MenuAccount)}
                                </A>
                            </li>
                        </Show>
                        <li role="none">
                            <A href=crate::browser::app_href("/console/security-credentials") attr:role="menuitem" attr:class=move || points_at(MenuItem::SecurityCredentials)().then_some("guide-point") on:click=move |_| open.set(false)>
                                {tr(T::MenuSecurityCredentials)}
                            </A>
                        </li>
                        <li role="none">
                            <button type="button" role="menuitem" class:guide-point=points_at(MenuItem::SignOut) on:click=sign_out.clone()>
                                {tr(T::MenuSignOut)}
                            </button>
                        </li>
                    </ul>
                    </div>
                </Show>
            </div>
        </nav>
    }
}
