//! Who acts and who owns: the root user or a named IAM user, of one account.
//!
//! AWS names the pair by its ARN (`arn:aws:iam::123456789012:root`,
//! `arn:aws:iam::123456789012:user/bob`); the lab carries it as one value so a
//! session, an MFA challenge, a CLI caller and a key's owner cannot disagree on
//! which half goes where.

use crate::domain::ids::AccountId;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Principal {
    Root,
    /// Named as stored (IAM keeps the case the user was created with).
    IamUser {
        name: String,
    },
}

impl Principal {
    /// The IAM user's name; `None` for the root user.
    pub fn user_name(&self) -> Option<&str> {
        match self {
            Principal::Root => None,
            Principal::IamUser { name } => Some(name),
        }
    }

    pub fn is_root(&self) -> bool {
        matches!(self, Principal::Root)
    }

    pub fn user(name: impl Into<String>) -> Self {
        Principal::IamUser { name: name.into() }
    }
}

/// One principal of one account: who signed in, who calls, whose keys.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Identity {
    pub account: AccountId,
    pub principal: Principal,
}

impl Identity {
    pub fn new(account: AccountId, principal: Principal) -> Self {
        Identity { account, principal }
    }

    pub fn root(account: AccountId) -> Self {
        Identity::new(account, Principal::Root)
    }

    pub fn user(account: AccountId, name: impl Into<String>) -> Self {
        Identity::new(account, Principal::user(name))
    }

    /// The same account's other principal (whose keys an administrator manages).
    pub fn with_principal(&self, principal: Principal) -> Self {
        Identity::new(self.account, principal)
    }

    pub fn is_root(&self) -> bool {
        self.principal.is_root()
    }

    pub fn user_name(&self) -> Option<&str> {
        self.principal.user_name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_form_of_a_principal_is_unchanged() {
        // Labs saved before `Identity` existed hold exactly these shapes.
        assert_eq!(serde_json::to_string(&Principal::Root).unwrap(), "\"Root\"");
        assert_eq!(
            serde_json::to_string(&Principal::user("bob")).unwrap(),
            r#"{"IamUser":{"name":"bob"}}"#
        );
    }

    #[test]
    fn an_identity_names_its_user_or_none_for_root() {
        let id = AccountId::parse("123456789012").unwrap();
        assert_eq!(Identity::root(id).user_name(), None);
        assert!(Identity::root(id).is_root());
        assert_eq!(Identity::user(id, "bob").user_name(), Some("bob"));
        assert_eq!(
            Identity::root(id).with_principal(Principal::user("bob")),
            Identity::user(id, "bob")
        );
    }
}
