//! The guided panel's "as of" line: the console edition shown, and the date of
//! the AWS pages that edition follows, and no more.

use crate::i18n::edition_messages::as_of_line;
use crate::state::{use_edition, use_locale};
use leptos::prelude::*;

#[component]
pub fn AsOfLine() -> impl IntoView {
    let edition = use_edition();
    let locale = use_locale();
    view! { <p class="hint as-of">{move || as_of_line(edition.get()).text(locale.get())}</p> }
}
