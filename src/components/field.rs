//! A labelled text or password box with its rule messages named beside it.

use crate::i18n::T;
use crate::state::{tr, use_locale};
use leptos::prelude::*;

/// The box's id, from its English label (not `{label:?}`: a Debug name table
/// of the whole catalogue would ride in the first load for this one id).
pub fn field_id(label: T) -> String {
    "field-"
        .chars()
        .chain(
            label
                .text(crate::i18n::Locale::En)
                .chars()
                .filter(char::is_ascii_alphanumeric),
        )
        .collect::<String>()
        .to_ascii_lowercase()
}

/// A form's refusals, as the messages of one field: those `pick` selects.
pub fn field_errors<P>(problems: RwSignal<Vec<P>>, pick: fn(&P) -> bool) -> Signal<Vec<T>>
where
    P: Clone + Send + Sync + 'static,
    T: From<P>,
{
    Signal::derive(move || {
        problems
            .get()
            .into_iter()
            .filter(pick)
            .map(T::from)
            .collect()
    })
}

/// Focuses the box labelled `label` once it is drawn.
pub fn focus_field(label: T) {
    crate::browser::focus_soon(format!("#{}", field_id(label)));
}

#[component]
pub fn Field(
    label: T,
    value: RwSignal<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(into, default = Signal::stored(Vec::new()))] errors: Signal<Vec<T>>,
    #[prop(optional)] hint: Option<T>,
    /// More about the error, shown after the rule messages: the refused
    /// character worked out from what was typed, or the text AWS itself answers.
    #[prop(optional, into)]
    detail: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let locale = use_locale();
    let id = field_id(label);
    let described = format!("{id}-note");
    let note_id = described.clone();
    let label_for = id.clone();
    view! {
        <div class="field">
            <label for=label_for>{tr(label)}</label>
            <input
                id=id
                type=kind
                autocomplete=autocomplete
                bind:value=value
                aria-invalid=move || (!errors.with(Vec::is_empty)).to_string()
                aria-describedby=described
            />
            <div id=note_id class="field-note">
                {hint.map(|h| view! { <p class="hint">{tr(h)}</p> })}
                {move || errors.get().into_iter()
                    .map(|e| view! { <p class="error">{e.text(locale.get())}</p> })
                    .collect_view()}
                {move || detail.and_then(|d| d.get()).map(|d| view! { <p class="error">{d}</p> })}
            </div>
        </div>
    }
}
