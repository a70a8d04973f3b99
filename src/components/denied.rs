//! What a principal sees instead of a page or section it may not use: the
//! console's "Access denied" with the IAM action, or "root user only".

use crate::domain::iam::user::user_arn;
use crate::domain::lab::Denied;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;

/// The console's words for a refusal an operation itself returned (a view that
/// checks first shows `DeniedNotice` instead, so this is rarely seen).
pub fn denied_text(denied: Denied) -> T {
    match denied {
        Denied::NotAuthorized => T::AccessDenied,
        Denied::RootUserOnly => T::RootUserOnlyText,
    }
}

/// `action` is the sentence naming the refused IAM action (`iam:ListUsers`).
#[component]
pub fn DeniedNotice(denied: Denied, action: T) -> impl IntoView {
    let ctx = use_lab();
    let who = move || {
        ctx.lab.with(|l| {
            let s = l.session.as_ref()?;
            s.identity
                .principal
                .user_name()
                .map(|n| user_arn(s.identity.account, n))
        })
    };
    let text = match denied {
        Denied::NotAuthorized => action,
        Denied::RootUserOnly => T::RootUserOnlyText,
    };
    view! {
        <section class="panel denied" role="alert">
            <h2>{tr(T::AccessDenied)}</h2>
            <p>{tr(text)}</p>
            {move || who().map(|arn| view! {
                <p>{tr(T::DeniedUser)}": "<span class="mono">{arn}</span></p>
            })}
        </section>
    }
}
