//! Today's console: an administrator creates an IAM user's access key on a page
//! of steps opened from the user's page (`Create access key`), Current edition.

use super::{session_account, user_path, ManageIamUsers};
use crate::domain::lab::Identity;
use crate::pages::security_credentials::current::UserKeyWizard;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CreateUserAccessKeyPage() -> impl IntoView {
    let Some(account) = session_account() else {
        return ().into_any();
    };
    let params = use_params_map();
    // The router leaves reserved characters (`+ = , @`) encoded in the segment.
    let raw = params.with_untracked(|p| p.get("name")).unwrap_or_default();
    let name = js_sys::decode_uri_component(&raw)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or(raw);
    let back = user_path(&name, "");
    view! {
        <ManageIamUsers>
            <UserKeyWizard owner=Identity::user(account, name.clone()) back=back.clone()/>
        </ManageIamUsers>
    }
    .into_any()
}
