//! A `Lab note`: where the lab departs from AWS for its own reasons, it says so
//! in this box, visibly apart from console text, never as if AWS did it. A `note`
//! region named by its visible title, so assistive technology and tests find it
//! by role and name.

use crate::i18n::T;
use crate::state::tr;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Each note's title needs an ID of its own for `aria-labelledby`.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

#[component]
pub fn LabNote(text: T) -> impl IntoView {
    let title_id = format!("lab-note-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let labelled_by = title_id.clone();
    view! {
        <div class="lab-note" role="note" aria-labelledby=labelled_by>
            <p class="lab-note-title" id=title_id>{tr(T::LabNote)}</p>
            <p class="lab-note-text">{tr(text)}</p>
        </div>
    }
}
