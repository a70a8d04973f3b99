//! Access keys of one principal, and the rule that bounds them: at most two,
//! inactive ones included. The rule lives here and nowhere else.

use super::ids::{AccessKeyId, AccountId};
use super::random::Random;
use super::secret::{generate_secret_access_key, SaltedSha256};
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

pub const MAX_ACCESS_KEYS: usize = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccessKeyStatus {
    Active,
    Inactive,
}

impl AccessKeyStatus {
    /// The word AWS uses in API input and output.
    pub fn as_aws(self) -> &'static str {
        match self {
            AccessKeyStatus::Active => "Active",
            AccessKeyStatus::Inactive => "Inactive",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "Active" => Some(AccessKeyStatus::Active),
            "Inactive" => Some(AccessKeyStatus::Inactive),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastUsed {
    pub date: Timestamp,
    pub region: String,
    pub service: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKey {
    pub id: AccessKeyId,
    secret: SaltedSha256,
    pub status: AccessKeyStatus,
    pub created: Timestamp,
    pub last_used: Option<LastUsed>,
}

impl AccessKey {
    pub fn secret_matches(&self, secret: &str) -> bool {
        self.secret.matches(secret)
    }
}

/// What creation hands out: the only moment the plaintext secret exists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAccessKey {
    pub id: AccessKeyId,
    pub secret: String,
    pub created: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AccessKeyError {
    LimitExceeded,
    NoSuchEntity(String),
}

impl AccessKeyError {
    pub fn code(&self) -> &'static str {
        match self {
            AccessKeyError::LimitExceeded => "LimitExceeded",
            AccessKeyError::NoSuchEntity(_) => "NoSuchEntity",
        }
    }

    /// AWS's own message text, as the API returns it.
    pub fn message(&self) -> String {
        match self {
            AccessKeyError::LimitExceeded => {
                format!("Cannot exceed quota for AccessKeysPerUser: {MAX_ACCESS_KEYS}")
            }
            AccessKeyError::NoSuchEntity(id) => {
                format!("The Access Key with id {id} cannot be found.")
            }
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKeys(Vec<AccessKey>);

impl AccessKeys {
    pub fn iter(&self) -> impl Iterator<Item = &AccessKey> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.0.len() >= MAX_ACCESS_KEYS
    }

    pub fn get(&self, id: &str) -> Option<&AccessKey> {
        self.0.iter().find(|k| k.id.as_str() == id)
    }

    fn get_mut(&mut self, id: &str) -> Result<&mut AccessKey, AccessKeyError> {
        self.0
            .iter_mut()
            .find(|k| k.id.as_str() == id)
            .ok_or_else(|| AccessKeyError::NoSuchEntity(id.to_string()))
    }

    pub fn create(
        &mut self,
        account: AccountId,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<NewAccessKey, AccessKeyError> {
        if self.is_full() {
            return Err(AccessKeyError::LimitExceeded);
        }
        let id = AccessKeyId::generate(account, rng);
        let secret = generate_secret_access_key(rng);
        self.0.push(AccessKey {
            id: id.clone(),
            secret: SaltedSha256::new(&secret, rng),
            status: AccessKeyStatus::Active,
            created: now,
            last_used: None,
        });
        Ok(NewAccessKey {
            id,
            secret,
            created: now,
        })
    }

    /// Adds a key whose ID and secret are given (a scenario file's), under the same
    /// two-key rule as `create`. The caller checks that the ID encodes the owning
    /// account and is not in use, and that the secret has the AWS shape; as for a
    /// created key, only a salted hash of the secret is kept.
    pub fn import(
        &mut self,
        id: AccessKeyId,
        secret: &str,
        status: AccessKeyStatus,
        created: Timestamp,
        last_used: Option<LastUsed>,
        rng: &mut impl Random,
    ) -> Result<(), AccessKeyError> {
        if self.is_full() {
            return Err(AccessKeyError::LimitExceeded);
        }
        self.0.push(AccessKey {
            id,
            secret: SaltedSha256::new(secret, rng),
            status,
            created,
            last_used,
        });
        Ok(())
    }

    pub fn set_status(&mut self, id: &str, status: AccessKeyStatus) -> Result<(), AccessKeyError> {
        self.get_mut(id)?.status = status;
        Ok(())
    }

    /// Permanent: AWS has no way back from a deleted key.
    pub fn delete(&mut self, id: &str) -> Result<AccessKey, AccessKeyError> {
        let at = self
            .0
            .iter()
            .position(|k| k.id.as_str() == id)
            .ok_or_else(|| AccessKeyError::NoSuchEntity(id.to_string()))?;
        Ok(self.0.remove(at))
    }

    pub fn record_use(&mut self, id: &str, used: LastUsed) -> Result<(), AccessKeyError> {
        self.get_mut(id)?.last_used = Some(used);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::random::OsRandom;

    fn account() -> AccountId {
        AccountId::new(123_456_789_012).unwrap()
    }

    fn keys_with(n: usize) -> (AccessKeys, Vec<NewAccessKey>) {
        let mut keys = AccessKeys::default();
        let made = (0..n)
            .map(|i| {
                keys.create(account(), &mut OsRandom, Timestamp(i as i64))
                    .unwrap()
            })
            .collect();
        (keys, made)
    }

    #[test]
    fn a_new_key_is_active_belongs_to_the_account_and_has_no_use() {
        let (keys, made) = keys_with(1);
        let key = keys.get(made[0].id.as_str()).unwrap();
        assert_eq!(key.status, AccessKeyStatus::Active);
        assert_eq!(key.id.account(), Some(account()));
        assert_eq!(key.last_used, None);
        assert!(key.secret_matches(&made[0].secret));
    }

    #[test]
    fn the_third_key_is_refused_whatever_the_status_of_the_two() {
        for statuses in [
            [AccessKeyStatus::Active, AccessKeyStatus::Active],
            [AccessKeyStatus::Active, AccessKeyStatus::Inactive],
            [AccessKeyStatus::Inactive, AccessKeyStatus::Inactive],
        ] {
            let (mut keys, made) = keys_with(2);
            for (k, s) in made.iter().zip(statuses) {
                keys.set_status(k.id.as_str(), s).unwrap();
            }
            let err = keys
                .create(account(), &mut OsRandom, Timestamp(9))
                .unwrap_err();
            assert_eq!(err, AccessKeyError::LimitExceeded);
            assert_eq!(err.code(), "LimitExceeded");
            assert_eq!(
                err.message(),
                "Cannot exceed quota for AccessKeysPerUser: 2"
            );
            assert_eq!(keys.len(), 2);
        }
    }

    #[test]
    fn deleting_frees_a_place_and_is_permanent() {
        let (mut keys, made) = keys_with(2);
        let gone = keys.delete(made[0].id.as_str()).unwrap();
        assert_eq!(gone.id, made[0].id);
        assert!(keys.get(made[0].id.as_str()).is_none());
        assert!(keys.create(account(), &mut OsRandom, Timestamp(5)).is_ok());
        assert_eq!(
            keys.delete(made[0].id.as_str()).unwrap_err(),
            AccessKeyError::NoSuchEntity(made[0].id.to_string())
        );
    }

    #[test]
    fn an_imported_key_keeps_its_id_and_checks_its_secret_under_the_same_limit() {
        let (mut keys, _) = keys_with(1);
        let id = AccessKeyId::parse("AKIARZPUZDIKGEXAMPLE").unwrap();
        let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        keys.import(
            id.clone(),
            secret,
            AccessKeyStatus::Inactive,
            Timestamp(5),
            None,
            &mut OsRandom,
        )
        .unwrap();
        let key = keys.get(id.as_str()).unwrap();
        assert!(key.secret_matches(secret));
        assert_eq!(key.status, AccessKeyStatus::Inactive);
        assert!(!serde_json::to_string(&keys).unwrap().contains(secret));
        let again = keys.import(
            id,
            secret,
            AccessKeyStatus::Active,
            Timestamp(6),
            None,
            &mut OsRandom,
        );
        assert_eq!(again, Err(AccessKeyError::LimitExceeded));
    }

    #[test]
    fn status_goes_both_ways() {
        let (mut keys, made) = keys_with(1);
        let id = made[0].id.as_str();
        keys.set_status(id, AccessKeyStatus::Inactive).unwrap();
        assert_eq!(keys.get(id).unwrap().status, AccessKeyStatus::Inactive);
        keys.set_status(id, AccessKeyStatus::Active).unwrap();
        assert_eq!(keys.get(id).unwrap().status, AccessKeyStatus::Active);
    }

    #[test]
    fn unknown_ids_get_aws_no_such_entity() {
        let (mut keys, _) = keys_with(1);
        let err = keys
            .set_status("AKIAIOSFODNN7EXAMPLE", AccessKeyStatus::Inactive)
            .unwrap_err();
        assert_eq!(err.code(), "NoSuchEntity");
        assert_eq!(
            err.message(),
            "The Access Key with id AKIAIOSFODNN7EXAMPLE cannot be found."
        );
    }

    #[test]
    fn last_use_is_recorded_on_the_key() {
        let (mut keys, made) = keys_with(1);
        let used = LastUsed {
            date: Timestamp(7),
            region: "us-east-1".into(),
            service: "sts".into(),
        };
        keys.record_use(made[0].id.as_str(), used.clone()).unwrap();
        assert_eq!(keys.get(made[0].id.as_str()).unwrap().last_used, Some(used));
    }

    #[test]
    fn the_stored_form_never_holds_the_secret() {
        let (keys, made) = keys_with(2);
        let json = serde_json::to_string(&keys).unwrap();
        for k in made {
            assert!(!json.contains(&k.secret));
        }
    }

    #[test]
    fn status_words_round_trip() {
        for s in [AccessKeyStatus::Active, AccessKeyStatus::Inactive] {
            assert_eq!(AccessKeyStatus::parse(s.as_aws()), Some(s));
        }
        assert_eq!(AccessKeyStatus::parse("active"), None);
    }
}
