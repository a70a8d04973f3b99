//! The `Console edition` select of the Lab data page: Classic (the AWS
//! documentation flow `ui-contract.md` names) or today's console. Saved in this
//! browser as the language is.

use crate::domain::prefs::Edition;
use crate::i18n::T;
use crate::state::{choose_edition, tr, use_edition, use_lab};
use leptos::prelude::*;

#[component]
pub fn EditionSelect() -> impl IntoView {
    let ctx = use_lab();
    let edition = use_edition();
    let choose = move |ev| {
        if let Some(e) = Edition::from_tag(&event_target_value(&ev)) {
            choose_edition(ctx, e);
            ctx.announce(T::EditionSaved);
        }
    };
    view! {
        <section class="panel console-edition" aria-labelledby="console-edition-heading">
            <h2 id="console-edition-heading">{tr(T::ConsoleEdition)}</h2>
            <p id="console-edition-intro">{tr(T::EditionIntro)}</p>
            <div class="field">
                <label for="console-edition">{tr(T::ConsoleEdition)}</label>
                <select id="console-edition" aria-describedby="console-edition-intro"
                    on:change=choose prop:value=move || edition.get().tag()>
                    <option value="classic">{tr(T::EditionClassic)}</option>
                    <option value="current">{tr(T::EditionCurrent)}</option>
                </select>
            </div>
        </section>
    }
}
