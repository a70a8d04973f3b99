//! The console edition shown (Classic or Current), as this browser saved it:
//! like the language, it lives in the lab's preferences, so it is kept over a
//! reload and by every tab. `?console=classic|current` on any address chooses
//! it too, and is saved the same way.

use super::lab::LabCtx;
use crate::domain::prefs::Edition;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct EditionCtx(pub Memo<Edition>);

/// Provides the edition to every view, after taking in `?console=` if the
/// address has it.
pub fn provide_edition(ctx: LabCtx) {
    if let Some(edition) = edition_in_address() {
        choose_edition(ctx, edition);
    }
    provide_context(EditionCtx(Memo::new(move |_| {
        ctx.lab.with(|l| l.prefs.edition())
    })));
}

pub fn use_edition() -> Memo<Edition> {
    expect_context::<EditionCtx>().0
}

/// Saves the learner's choice of edition, as the language select does.
pub fn choose_edition(ctx: LabCtx, edition: Edition) {
    if ctx.lab.with_untracked(|l| l.prefs.edition) != Some(edition) {
        ctx.change(move |lab, _, _| lab.prefs.edition = Some(edition));
    }
}

fn edition_in_address() -> Option<Edition> {
    let search = web_sys::window()?.location().search().ok()?;
    Edition::from_query(&search)
}
