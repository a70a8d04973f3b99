//! The lookup attribute filter: AWS's attribute select and a value box.

use crate::domain::cloudtrail::{LookupAttribute, LookupKey};
use crate::i18n::T;
use crate::state::tr;
use leptos::prelude::*;

/// The console's labels of the lookup attributes, in its order.
fn label(key: LookupKey) -> T {
    match key {
        LookupKey::ReadOnly => T::LookupReadOnly,
        LookupKey::EventName => T::LookupEventName,
        LookupKey::Username => T::LookupUserName,
        LookupKey::ResourceType => T::LookupResourceType,
        LookupKey::ResourceName => T::LookupResourceName,
        LookupKey::EventSource => T::LookupEventSource,
        LookupKey::AccessKeyId => T::LookupAccessKey,
        LookupKey::EventId => T::LookupEventId,
    }
}

const ORDER: [LookupKey; 8] = [
    LookupKey::ReadOnly,
    LookupKey::EventName,
    LookupKey::Username,
    LookupKey::ResourceType,
    LookupKey::ResourceName,
    LookupKey::EventSource,
    LookupKey::AccessKeyId,
    LookupKey::EventId,
];

#[component]
pub fn LookupForm(
    initial: LookupAttribute,
    on_look_up: Callback<Option<LookupAttribute>>,
) -> impl IntoView {
    let key = RwSignal::new(initial.key);
    let value = RwSignal::new(initial.value);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_look_up.run(Some(LookupAttribute {
            key: key.get_untracked(),
            value: value.get_untracked().trim().to_string(),
        }));
    };
    view! {
        <form class="lookup-form" on:submit=submit>
            <label>
                <span>{tr(T::LookupAttributes)}</span>
                <select on:change=move |ev| {
                    if let Some(k) = LookupKey::parse(&event_target_value(&ev)) {
                        key.set(k);
                        value.set(String::new());
                    }
                }>
                    {ORDER.into_iter().map(|k| view! {
                        <option value=k.name() selected=move || key.get() == k>{tr(label(k))}</option>
                    }).collect_view()}
                </select>
            </label>
            <input type="text" aria-label=tr(T::LookupValue) prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
            <button type="submit" class="primary">{tr(T::LookupSearch)}</button>
        </form>
    }
}
