//! The account's IAM users as the console lists them, and the way to add one.

use super::user_href;
use crate::browser::format_time;
use crate::domain::ids::AccountId;
use crate::domain::time::Timestamp;
use crate::i18n::T;
use crate::state::{tr, use_lab, use_locale};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Row {
    name: String,
    groups: String,
    console: bool,
    keys: usize,
    created: Timestamp,
}

#[component]
pub fn UsersPanel(account: AccountId) -> impl IntoView {
    let ctx = use_lab();
    let locale = use_locale();
    let navigate = use_navigate();
    let rows = Memo::new(move |_| {
        ctx.lab.with(|l| {
            l.account(account)
                .map(|a| {
                    a.users
                        .iter()
                        .map(|u| Row {
                            name: u.name.clone(),
                            groups: u.groups.join(", "),
                            console: u.password.is_some(),
                            keys: u.access_keys.len(),
                            created: u.created,
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let row = move |r: Row| {
        let groups = r.groups.clone();
        view! {
            <tr>
                <th scope="row"><A href=user_href(&r.name)>{r.name.clone()}</A></th>
                <td>{move || if groups.is_empty() { T::NoneText.text(locale.get()).to_string() } else { groups.clone() }}</td>
                <td>{tr(if r.console { T::ConsoleAccessEnabled } else { T::ConsoleAccessDisabled })}</td>
                <td>{r.keys}</td>
                <td>{move || format_time(r.created, locale.get())}</td>
            </tr>
        }
    };
    view! {
        <section class="panel">
            <div class="panel-header">
                <h2>{tr(T::UsersHeading)}" ("{move || rows.with(Vec::len)}")"</h2>
                <button type="button" class="primary"
                    on:click=move |_| navigate("/console/iam/create-user", Default::default())>
                    {tr(T::CreateUser)}
                </button>
            </div>
            <div class="table-wrap"><table class="keys users">
                <thead>
                    <tr>
                        <th scope="col">{tr(T::UserName)}</th>
                        <th scope="col">{tr(T::ColGroups)}</th>
                        <th scope="col">{tr(T::ColConsoleAccess)}</th>
                        <th scope="col">{tr(T::ColAccessKeys)}</th>
                        <th scope="col">{tr(T::ColCreated)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let rs = rows.get();
                        if rs.is_empty() {
                            view! { <tr><td colspan="5">{tr(T::NoUsers)}</td></tr> }.into_any()
                        } else {
                            rs.into_iter().map(row).collect_view().into_any()
                        }
                    }}
                </tbody>
            </table></div>
        </section>
    }
}
