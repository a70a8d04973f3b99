//! Names the browser tab after the page, as the AWS console does
//! (`Security credentials | IAM | rootkey-lab`), in the chosen language, so a
//! screen reader hears which page opened.

use crate::domain::echo::short_echo;
use crate::i18n::T;
use crate::state::use_locale;
use leptos::prelude::*;

/// `parts` from the page out to its service; `lead`, when given, comes first
/// (a user's name on the user's page).
#[component]
pub fn PageTitle(
    parts: &'static [T],
    #[prop(optional, into)] lead: Option<Signal<String>>,
) -> impl IntoView {
    let locale = use_locale();
    Effect::new(move |_| {
        let locale = locale.get();
        let mut shown: Vec<String> = lead.map(|l| short_echo(&l.get())).into_iter().collect();
        shown.extend(parts.iter().map(|p| p.text(locale).to_string()));
        shown.push(T::AppName.text(locale).to_string());
        crate::browser::set_document_title(&shown.join(" | "));
    });
}
