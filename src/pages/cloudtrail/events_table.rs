//! The events as Event history lists them: one row each, its name opening the
//! event record (the JSON AWS stores) under it, in the same row.

use super::EventRow;
use crate::browser::format_time;
use crate::i18n::T;
use crate::state::{tr, use_locale};
use leptos::prelude::*;

#[component]
pub fn EventsTable(rows: Vec<EventRow>) -> impl IntoView {
    let empty = rows.is_empty();
    view! {
        <div class="table-wrap"><table class="keys events">
            <thead>
                <tr>
                    <th scope="col">{tr(T::ColEventName)}</th>
                    <th scope="col">{tr(T::ColEventTime)}</th>
                    <th scope="col">{tr(T::ColEventUser)}</th>
                    <th scope="col">{tr(T::ColEventSource)}</th>
                </tr>
            </thead>
            <tbody>
                {empty.then(|| view! { <tr><td colspan="4">{tr(T::NoEvents)}</td></tr> })}
                {rows.into_iter().map(|r| view! { <EventRowView row=r/> }).collect_view()}
            </tbody>
        </table></div>
    }
}

#[component]
fn EventRowView(row: EventRow) -> impl IntoView {
    let locale = use_locale();
    let open = RwSignal::new(false);
    let record = row.record.clone();
    let region_id = format!("event-{}", row.id);
    view! {
        <tr>
            <th scope="row" class="event-name">
                <button type="button" class="link-button" aria-expanded=move || open.get().to_string()
                    aria-controls=region_id.clone() on:click=move |_| open.update(|o| *o = !*o)>
                    <span class="chevron" aria-hidden="true">{move || if open.get() { "▾ " } else { "▸ " }}</span>
                    {row.name.clone()}
                </button>
                <Show when=move || open.get()>
                    <div id=region_id.clone() role="region" aria-label=tr(T::EventRecord) class="event-record">
                        <pre tabindex="0">{record.clone()}</pre>
                    </div>
                </Show>
            </th>
            <td>{move || format_time(row.time, locale.get())}</td>
            <td>{row.user.clone()}</td>
            <td>{row.source}</td>
        </tr>
    }
}
