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
