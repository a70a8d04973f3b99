//! CloudTrail → Event history: the account's management events, newest first,
//! looked up by one attribute as the console does (its first lookup is
//! `Read-only` `false`, the console's default), each row opening its record.
//! Every lookup is the lab's `look_up_events`, a recorded `LookupEvents` call.

mod events_table;
mod lookup_form;

use crate::components::denied::DeniedNotice;
use crate::components::lab_note::LabNote;
use crate::domain::cloudtrail::{LookupAttribute, LookupKey, TrailEvent};
use crate::domain::ids::AccountId;
use crate::domain::lab::Denied;
use crate::domain::time::Timestamp;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use events_table::EventsTable;
use leptos::prelude::*;
use lookup_form::LookupForm;

/// One event as the table shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct EventRow {
    pub id: String,
    pub name: String,
    pub time: Timestamp,
    pub user: String,
    pub source: &'static str,
    pub record: String,
}

impl EventRow {
    fn new(e: &TrailEvent, account: AccountId) -> Self {
        EventRow {
            id: e.id.clone(),
            name: e.name.clone(),
            time: e.time,
            user: e.user_name().to_string(),
            source: e.source.host(),
            record: e.record_pretty(account),
        }
    }
}

/// The console's first lookup: write events only.
fn default_lookup() -> LookupAttribute {
    LookupAttribute {
        key: LookupKey::ReadOnly,
        value: "false".into(),
    }
}

#[component]
pub fn CloudTrailPage() -> impl IntoView {
    let ctx = use_lab();
    let rows = RwSignal::new(None::<Result<Vec<EventRow>, Denied>>);
    let look_up = Callback::new(move |attribute: Option<LookupAttribute>| {
        let Some(actor) = ctx.actor() else { return };
        ctx.act(
            move |lab, _, _| {
                let account = actor.account;
                lab.look_up_events(&actor, attribute)
                    .map(|found| found.iter().map(|e| EventRow::new(e, account)).collect())
            },
            move |found| rows.set(Some(found)),
        );
    });
    look_up.run(Some(default_lookup()));
    view! {
        <main class="page">
            <h1>{tr(T::EventHistoryHeading)}</h1>
            <p>{tr(T::EventHistoryIntro)}</p>
            <LabNote text=T::EventHistoryLabNote/>
            <LookupForm initial=default_lookup() on_look_up=look_up/>
            {move || match rows.get() {
                None => ().into_any(),
                Some(Err(d)) => view! { <DeniedNotice denied=d action=T::NotAuthorizedLookupEvents/> }.into_any(),
                Some(Ok(found)) => view! { <EventsTable rows=found/> }.into_any(),
            }}
        </main>
    }
}
