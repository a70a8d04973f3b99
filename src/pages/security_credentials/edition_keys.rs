//! Where the two console editions part: the same owner's keys as the Classic
//! panel (`ui-contract.md`'s names) or today's table with its Actions menus, and
//! the steps page that today's `Create access key` opens.

use super::access_keys::AccessKeysPanel;
use super::current::{CurrentAccessKeys, RootKeyWizard, UserKeyWizard};
use crate::components::denied::DeniedNotice;
use crate::domain::lab::Identity;
use crate::domain::prefs::Edition;
use crate::i18n::T;
use crate::state::{tr, use_edition, use_lab};
use leptos::prelude::*;

/// The keys inside an existing section (a user's page): Classic's panel, or
/// today's table whose `Create access key` opens `create_path`.
#[component]
pub fn EditionKeysPanel(owner: Identity, create_path: String) -> impl IntoView {
    let edition = use_edition();
    move || match edition.get() {
        Edition::Classic => view! { <AccessKeysPanel owner=owner.clone()/> }.into_any(),
        Edition::Current => {
            view! { <CurrentAccessKeys owner=owner.clone() create_path=create_path.clone()/> }
                .into_any()
        }
    }
}

/// Today's `Access keys` section of Security credentials (a heading, not
/// Classic's disclosure), for the signed-in principal's own keys.
#[component]
pub fn CurrentKeysSection(owner: Identity) -> impl IntoView {
    let ctx = use_lab();
    let me = StoredValue::new(owner);
    let denied = Memo::new(move |_| {
        me.with_value(|me| ctx.lab.with(|l| l.may_manage_access_keys(me, me).err()))
    });
    view! {
        <section class="panel" aria-labelledby="access-keys-heading">
            <h2 id="access-keys-heading">{tr(T::CurAccessKeys)}</h2>
            {move || match denied.get() {
                Some(d) => view! { <DeniedNotice denied=d action=T::NotAuthorizedAccessKeys/> }.into_any(),
                None => view! {
                    <CurrentAccessKeys owner=me.get_value() create_path=SELF_CREATE_PATH.to_string()/>
                }.into_any(),
            }}
        </section>
    }
}

pub const SELF_CREATE_PATH: &str = "/console/security-credentials/create-access-key";

/// The steps page for the signed-in principal's own key: the root user's
/// alternatives, or an IAM user's best practices.
#[component]
pub fn CreateOwnAccessKeyPage() -> impl IntoView {
    let ctx = use_lab();
    let Some(me) = ctx
        .lab
        .with_untracked(|l| l.session.as_ref().map(|s| s.identity.clone()))
    else {
        return ().into_any();
    };
    let back = "/console/security-credentials".to_string();
    if me.is_root() {
        view! { <RootKeyWizard owner=me back=back/> }.into_any()
    } else {
        view! { <UserKeyWizard owner=me back=back/> }.into_any()
    }
}
