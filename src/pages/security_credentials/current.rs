//! The Current console edition of access keys: the same lab operations as the
//! Classic views, in today's AWS console flow (IAM User Guide pages
//! `id_root-user_manage_add-key`, `id_root-user_manage_delete-key` and
//! `id_credentials_access-keys`): an `Access keys` section whose rows each have
//! an `Actions` menu, and creation as a page of steps, not a dialog.

mod delete_dialog;
mod keys_table;
mod retrieve;
mod root_wizard;
mod user_wizard;

pub use keys_table::CurrentAccessKeys;
pub use root_wizard::RootKeyWizard;
pub use user_wizard::UserKeyWizard;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::location::State;
use leptos_router::NavigateOptions;

/// What the steps pages leave in the history entry they return to: Security
/// credentials then opens without the root warning again, as the console's own
/// steps return to it.
pub const RETURNED_FROM_STEPS: &str = "returned-from-create-access-key";

/// Cancel and Done of the steps pages: back to `back` (router path).
fn leave_steps(back: String) -> Callback<()> {
    let navigate = use_navigate();
    Callback::new(move |_| {
        let state = State::new(Some(wasm_bindgen::JsValue::from_str(RETURNED_FROM_STEPS)));
        navigate(
            &back,
            NavigateOptions {
                state,
                ..Default::default()
            },
        )
    })
}
