//! What the guided panel points at now: the account-menu item a task's skill is
//! to find ("Show me where"). The panel sets it, the navigation bar highlights
//! the menu button and then the item; leaving the page forgets it.

use crate::domain::training::MenuItem;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct GuideCtx {
    pub pointing: RwSignal<Option<MenuItem>>,
}

pub fn provide_guide() {
    provide_context(GuideCtx {
        pointing: RwSignal::new(None),
    });
}

pub fn use_guide() -> GuideCtx {
    expect_context::<GuideCtx>()
}
