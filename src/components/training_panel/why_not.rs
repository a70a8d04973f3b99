//! Why a task has not ticked, when the lab can tell (`domain::training::why_not`).

use crate::domain::training::NotTicked;
use crate::i18n::training::not_ticked;
use crate::i18n::T;
use crate::state::tr;
use leptos::prelude::*;

#[component]
pub fn WhyNot(reason: NotTicked) -> impl IntoView {
    let (user, sentence) = not_ticked(&reason);
    let user = user.map(|u| {
        let u = u.to_string();
        view! { {tr(T::WhyUserPrefix)}" "<strong>{u}</strong>" " }
    });
    view! {
        <span class="training-why">
            <strong>{tr(T::WhyNotTicked)}</strong>" "{user}{tr(sentence)}
        </span>
    }
}
