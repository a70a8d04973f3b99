//! The recap once every task is done: what the account holds now.

use crate::domain::training::Recap;
use crate::i18n::T;
use crate::state::tr;
use leptos::prelude::*;

#[component]
pub fn RecapView(recap: Recap) -> impl IntoView {
    let line = |ok: bool, text: T| {
        view! { <li class:recap-ok=ok class:recap-not=!ok>{tr(text)}</li> }
    };
    let mfa = recap.root_mfa_devices > 0;
    let no_keys = recap.root_keys == 0;
    let admin = recap.admin.clone();
    view! {
        <section class="training-recap" aria-labelledby="training-recap-heading">
            <h3 id="training-recap-heading">{tr(T::RecapHeading)}</h3>
            <ul>
                {line(mfa, if mfa { T::RecapRootMfa } else { T::RecapNoRootMfa })}
                {line(no_keys, if no_keys { T::RecapNoRootKeys } else { T::RecapRootKeysRemain })}
                {match admin {
                    Some(name) => view! { <li class="recap-ok">{tr(T::RecapAdmin)}" "<strong>{name}</strong></li> }.into_any(),
                    None => line(false, T::RecapNoAdmin).into_any(),
                }}
            </ul>
            <p>{tr(T::RecapUseAdmin)}</p>
        </section>
    }
}
