//! An access key's description, as today's console sets it on "Set description
//! tag - optional": IAM has no description field on a key, so the console tags
//! the key's IAM user with the access key ID as the tag key and the description
//! as its value (`iam:TagUser`, named as the optional permission for it in the
//! IAM User Guide, "Permissions required to manage access keys"). The root user
//! cannot be tagged, so its keys have no description.

use super::{Denied, Identity, Lab, Principal};
use crate::domain::iam::tag::{tag_value_problem, Tag, TagProblem, MAX_TAGS_PER_USER};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DescriptionError {
    Denied(Denied),
    /// The root user has no tags.
    NotAnIamUser,
    /// The owner has no access key with that ID (deleted meanwhile).
    NoSuchKey,
    Value(TagProblem),
    /// The user already has 50 tags.
    TooManyTags,
}

impl From<Denied> for DescriptionError {
    fn from(d: Denied) -> Self {
        DescriptionError::Denied(d)
    }
}

impl Lab {
    /// Sets (or, when empty, removes) the description of `owner`'s key `key_id`.
    pub fn set_access_key_description(
        &mut self,
        actor: &Identity,
        owner: &Identity,
        key_id: &str,
        description: &str,
    ) -> Result<(), DescriptionError> {
        self.may_manage_access_keys(actor, owner)?;
        if let Some(p) = tag_value_problem(description) {
            return Err(DescriptionError::Value(p));
        }
        let Principal::IamUser { name } = &owner.principal else {
            return Err(DescriptionError::NotAnIamUser);
        };
        let user = self
            .account_mut(owner.account)
            .and_then(|a| a.user_mut(name))
            .ok_or(DescriptionError::NoSuchKey)?;
        if user.access_keys.get(key_id).is_none() {
            return Err(DescriptionError::NoSuchKey);
        }
        let at = user.tags.iter().position(|t| t.key == key_id);
        match (at, description.is_empty()) {
            (Some(i), true) => {
                user.tags.remove(i);
            }
            (Some(i), false) => user.tags[i].value = description.to_string(),
            (None, true) => {}
            (None, false) if user.tags.len() >= MAX_TAGS_PER_USER => {
                return Err(DescriptionError::TooManyTags)
            }
            (None, false) => user.tags.push(Tag {
                key: key_id.to_string(),
                value: description.to_string(),
            }),
        }
        Ok(())
    }

    /// The description of `owner`'s key, if it has one.
    pub fn access_key_description(&self, owner: &Identity, key_id: &str) -> Option<&str> {
        let name = owner.user_name()?;
        let user = self.account(owner.account)?.user(name)?;
        user.access_keys.get(key_id)?;
        user.tags
            .iter()
            .find(|t| t.key == key_id)
            .map(|t| t.value.as_str())
    }

    /// Deletes the key and its description tag together, as the console does
    /// when a key is deleted from its Actions menu.
    pub fn delete_access_key_with_description(
        &mut self,
        actor: &Identity,
        owner: &Identity,
        key_id: &str,
    ) -> Result<(), super::KeyError> {
        self.delete_access_key(actor, owner, key_id)?;
        if let Some(user) = owner
            .user_name()
            .and_then(|n| self.account_mut(owner.account)?.user_mut(n))
        {
            user.tags.retain(|t| t.key != key_id);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lab::testing::{add_user, lab_with_account};
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;

    fn lab_with_user_key() -> (Lab, Identity, Identity, String) {
        let (mut lab, id) = lab_with_account();
        let bob = add_user(&mut lab, id, "bob", false);
        let root = Identity::root(id);
        let key = lab
            .create_access_key(&root, &bob, &mut OsRandom, Timestamp(4))
            .unwrap();
        (lab, root, bob, key.id.to_string())
    }

    #[test]
    fn the_description_is_a_user_tag_keyed_by_the_access_key_id() {
        let (mut lab, root, bob, key) = lab_with_user_key();
        lab.set_access_key_description(&root, &bob, &key, "CLI on my laptop")
            .unwrap();
        assert_eq!(
            lab.access_key_description(&bob, &key),
            Some("CLI on my laptop")
        );
        let user = lab.account(bob.account).unwrap().user("bob").unwrap();
        assert_eq!(
            user.tags,
            [Tag {
                key: key.clone(),
                value: "CLI on my laptop".into()
            }]
        );
        lab.set_access_key_description(&root, &bob, &key, "renamed")
            .unwrap();
        assert_eq!(lab.access_key_description(&bob, &key), Some("renamed"));
        lab.set_access_key_description(&root, &bob, &key, "")
            .unwrap();
        assert_eq!(lab.access_key_description(&bob, &key), None);
        assert!(lab
            .account(bob.account)
            .unwrap()
            .user("bob")
            .unwrap()
            .tags
            .is_empty());
    }

    #[test]
    fn a_bad_description_is_refused_and_changes_nothing() {
        let (mut lab, root, bob, key) = lab_with_user_key();
        let before = lab.clone();
        assert_eq!(
            lab.set_access_key_description(&root, &bob, &key, &"a".repeat(257)),
            Err(DescriptionError::Value(TagProblem::Length))
        );
        assert_eq!(
            lab.set_access_key_description(&root, &bob, &key, "50% off"),
            Err(DescriptionError::Value(TagProblem::Characters))
        );
        assert_eq!(
            lab.set_access_key_description(&root, &bob, "AKIAIOSFODNN7EXAMPLE", "x"),
            Err(DescriptionError::NoSuchKey)
        );
        assert_eq!(
            lab.set_access_key_description(&root, &root, &key, "x"),
            Err(DescriptionError::NotAnIamUser)
        );
        assert_eq!(lab, before);
    }

    #[test]
    fn only_who_may_manage_the_keys_may_describe_them() {
        let (mut lab, root, bob, key) = lab_with_user_key();
        let alice = add_user(&mut lab, root.account, "alice", false);
        assert_eq!(
            lab.set_access_key_description(&alice, &bob, &key, "x"),
            Err(DescriptionError::Denied(Denied::NotAuthorized))
        );
    }

    #[test]
    fn at_most_fifty_tags_on_a_user() {
        let (mut lab, root, bob, key) = lab_with_user_key();
        let user = lab
            .account_mut(bob.account)
            .unwrap()
            .user_mut("bob")
            .unwrap();
        for i in 0..MAX_TAGS_PER_USER {
            user.tags.push(Tag {
                key: format!("team{i}"),
                value: String::new(),
            });
        }
        assert_eq!(
            lab.set_access_key_description(&root, &bob, &key, "x"),
            Err(DescriptionError::TooManyTags)
        );
    }

    #[test]
    fn deleting_the_key_from_the_console_removes_its_description() {
        let (mut lab, root, bob, key) = lab_with_user_key();
        lab.set_access_key_description(&root, &bob, &key, "CLI")
            .unwrap();
        lab.set_access_key_status(
            &root,
            &bob,
            &key,
            crate::domain::access_key::AccessKeyStatus::Inactive,
        )
        .unwrap();
        lab.delete_access_key_with_description(&root, &bob, &key)
            .unwrap();
        assert!(lab.access_keys(&bob).unwrap().is_empty());
        assert!(lab
            .account(bob.account)
            .unwrap()
            .user("bob")
            .unwrap()
            .tags
            .is_empty());
    }
}
