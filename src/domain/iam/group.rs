//! IAM groups: a name, an ID and the managed policies every member receives.

use crate::domain::ids::AccountId;
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The group the console's "Add to group Administrators (AdministratorAccess)" uses.
pub const ADMINISTRATORS: &str = "Administrators";
pub const GROUP_NAME_MAX: usize = 128;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    /// `AGPA...`
    pub group_id: String,
    pub created: Timestamp,
    #[serde(default)]
    pub attached_policies: Vec<String>,
}

impl Group {
    pub fn arn(&self, account: AccountId) -> String {
        format!("arn:aws:iam::{account}:group/{}", self.name)
    }
}

pub fn is_valid_group_name(name: &str) -> bool {
    let len = name.chars().count();
    (1..=GROUP_NAME_MAX).contains(&len) && name.chars().all(super::user::is_name_char)
}
