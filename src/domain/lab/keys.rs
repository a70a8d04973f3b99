//! Access keys, addressed by their owner (the root user or an IAM user).
use super::Lab;
use crate::domain::access_key::{AccessKeyError, AccessKeyStatus, AccessKeys, NewAccessKey};
use crate::domain::ids::AccountId;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;
use crate::domain::training::TaskEvent;

impl Lab {
    pub(super) fn root_keys_mut(
        &mut self,
        account: AccountId,
    ) -> Result<&mut AccessKeys, AccessKeyError> {
        self.account_mut(account)
            .map(|a| &mut a.root.access_keys)
            .ok_or(AccessKeyError::NoSuchEntity(account.to_string()))
    }

    pub fn create_root_access_key(
        &mut self,
        account: AccountId,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<NewAccessKey, AccessKeyError> {
        self.root_keys_mut(account)?.create(account, rng, now)
    }

    pub fn set_root_access_key_status(
        &mut self,
        account: AccountId,
        key_id: &str,
        status: AccessKeyStatus,
    ) -> Result<(), AccessKeyError> {
        self.root_keys_mut(account)?.set_status(key_id, status)
    }

    /// The console's dialog and the CLI's `delete-access-key` both end here, so
    /// the deletion reaches the training progress whichever was used.
    pub fn delete_root_access_key(
        &mut self,
        account: AccountId,
        key_id: &str,
    ) -> Result<(), AccessKeyError> {
        let deleted = self.root_keys_mut(account)?.delete(key_id)?;
        self.record_task_event(account, TaskEvent::KeyDeleted { key_id: deleted.id });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lab::testing::*;
    use crate::domain::random::OsRandom;

    #[test]
    fn root_access_keys_follow_the_two_key_rule() {
        let (mut lab, id) = lab_with_account();
        let k1 = lab
            .create_root_access_key(id, &mut OsRandom, Timestamp(1))
            .unwrap();
        lab.create_root_access_key(id, &mut OsRandom, Timestamp(2))
            .unwrap();
        lab.set_root_access_key_status(id, k1.id.as_str(), AccessKeyStatus::Inactive)
            .unwrap();
        assert_eq!(
            lab.create_root_access_key(id, &mut OsRandom, Timestamp(3)),
            Err(AccessKeyError::LimitExceeded)
        );
        lab.delete_root_access_key(id, k1.id.as_str()).unwrap();
        assert!(lab
            .create_root_access_key(id, &mut OsRandom, Timestamp(3))
            .is_ok());
    }
}
