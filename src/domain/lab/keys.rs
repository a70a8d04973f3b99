//! Access keys, addressed by their owner (the root user or an IAM user): the one
//! door the console and the terminal share. Every change is made by an acting
//! principal, refused with [`Denied`] when it may not be; the request side (find
//! a key by ID, check its secret, stamp its last use) is the service's first
//! check of every signed CLI call. Each operation records its own training event.

use super::trail::{user_params, ApiCall};
use super::{ConsoleAction, Denied, Identity, Lab, Principal};
use crate::domain::access_key::{
    AccessKey, AccessKeyError, AccessKeyStatus, AccessKeys, LastUsed, NewAccessKey,
};
use crate::domain::cloudtrail::{aws_date, EventSource};
use crate::domain::ids::AccessKeyId;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;
use crate::domain::training::TaskEvent;
use serde_json::json;

/// Why a key operation was refused: the actor may not, or IAM's own refusal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyError {
    Denied(Denied),
    AccessKey(AccessKeyError),
}

impl From<Denied> for KeyError {
    fn from(d: Denied) -> Self {
        KeyError::Denied(d)
    }
}

impl From<AccessKeyError> for KeyError {
    fn from(e: AccessKeyError) -> Self {
        KeyError::AccessKey(e)
    }
}

/// Why the service refused a request's signing key (`InvalidClientTokenId` for
/// the first two, `SignatureDoesNotMatch` for the last).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyRefusal {
    UnknownOrDeleted,
    Inactive,
    WrongSecret,
}

impl Lab {
    pub fn access_keys(&self, owner: &Identity) -> Option<&AccessKeys> {
        let a = self.account(owner.account)?;
        match &owner.principal {
            Principal::Root => Some(&a.root.access_keys),
            Principal::IamUser { name } => Some(&a.user(name)?.access_keys),
        }
    }

    pub(super) fn access_keys_mut(
        &mut self,
        owner: &Identity,
    ) -> Result<&mut AccessKeys, AccessKeyError> {
        let missing = || {
            let who = owner
                .user_name()
                .map_or_else(|| owner.account.to_string(), str::to_string);
            AccessKeyError::NoSuchEntity(who)
        };
        let a = self.account_mut(owner.account).ok_or_else(missing)?;
        match &owner.principal {
            Principal::Root => Ok(&mut a.root.access_keys),
            Principal::IamUser { name } => {
                Ok(&mut a.user_mut(name).ok_or_else(missing)?.access_keys)
            }
        }
    }

    /// Whether `actor` may see and change `owner`'s access keys: only within its
    /// own account; one's own with `iam:CreateAccessKey` on oneself, another
    /// user's as a user manager, and the root user's only as the root user.
    pub fn may_manage_access_keys(&self, actor: &Identity, owner: &Identity) -> Result<(), Denied> {
        if actor.account != owner.account {
            return Err(Denied::NotAuthorized);
        }
        if actor.principal == owner.principal {
            return self.authorize(actor, ConsoleAction::OwnAccessKeys);
        }
        match owner.principal {
            Principal::Root => Err(Denied::RootUserOnly),
            Principal::IamUser { .. } => self.authorize(actor, ConsoleAction::ManageIamUsers),
        }
    }

    /// A new key for `owner`, its secret returned this once. The key's ID encodes
    /// the owner's account; the two-key limit is `AccessKeys`'s.
    pub fn create_access_key(
        &mut self,
        actor: &Identity,
        owner: &Identity,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<NewAccessKey, KeyError> {
        self.may_manage_access_keys(actor, owner)?;
        let account = owner.account;
        let key = self.access_keys_mut(owner)?.create(account, rng, now)?;
        // AWS's record leaves the secret out of `responseElements`.
        let mut created = serde_json::Map::new();
        if let Some(name) = owner.user_name() {
            created.insert("userName".into(), json!(name));
        }
        created.insert("accessKeyId".into(), json!(key.id.as_str()));
        created.insert("status".into(), json!("Active"));
        created.insert("createDate".into(), json!(aws_date(key.created)));
        let call = ApiCall::write(EventSource::Iam, "CreateAccessKey")
            .request(user_params(owner, vec![]))
            .response(json!({ "accessKey": created }))
            .resource("AWS::IAM::AccessKey", key.id.as_str());
        self.record_call(actor, call);
        Ok(key)
    }

    pub fn set_access_key_status(
        &mut self,
        actor: &Identity,
        owner: &Identity,
        key_id: &str,
        status: AccessKeyStatus,
    ) -> Result<(), KeyError> {
        self.may_manage_access_keys(actor, owner)?;
        self.access_keys_mut(owner)?.set_status(key_id, status)?;
        let status = match status {
            AccessKeyStatus::Active => "Active",
            AccessKeyStatus::Inactive => "Inactive",
        };
        let params = vec![("accessKeyId", json!(key_id)), ("status", json!(status))];
        let call = ApiCall::write(EventSource::Iam, "UpdateAccessKey")
            .request(user_params(owner, params))
            .resource("AWS::IAM::AccessKey", key_id);
        self.record_call(actor, call);
        Ok(())
    }

    /// The console's dialog and `aws iam delete-access-key` both end here, so the
    /// deletion reaches the training progress whichever was used.
    pub fn delete_access_key(
        &mut self,
        actor: &Identity,
        owner: &Identity,
        key_id: &str,
    ) -> Result<(), KeyError> {
        self.may_manage_access_keys(actor, owner)?;
        let deleted = self.access_keys_mut(owner)?.delete(key_id)?;
        let call = ApiCall::write(EventSource::Iam, "DeleteAccessKey")
            .request(user_params(owner, vec![("accessKeyId", json!(key_id))]))
            .resource("AWS::IAM::AccessKey", key_id);
        self.record_call(actor, call);
        self.record_key_event(owner, TaskEvent::KeyDeleted { key_id: deleted.id });
        Ok(())
    }

    /// Any access key by ID, whichever account and principal of the lab owns it.
    pub fn access_key(&self, key_id: &str) -> Option<(Identity, &AccessKey)> {
        self.accounts.iter().find_map(|a| {
            let root = || a.root.access_keys.get(key_id).map(|k| (Principal::Root, k));
            let user = || {
                a.users.iter().find_map(|u| {
                    let who = Principal::user(u.name.clone());
                    u.access_keys.get(key_id).map(|k| (who, k))
                })
            };
            root()
                .or_else(user)
                .map(|(p, k)| (Identity::new(a.id, p), k))
        })
    }

    /// The service's check of a signed request: a known key, active, and the
    /// secret it was signed with. Returns whom the request acts as. An inactive
    /// root key refused here is the "deactivate" task's evidence.
    pub fn authenticate(&mut self, key_id: &str, secret: &str) -> Result<Identity, KeyRefusal> {
        let (owner, key) = self
            .access_key(key_id)
            .ok_or(KeyRefusal::UnknownOrDeleted)?;
        if key.status == AccessKeyStatus::Inactive {
            let event = TaskEvent::InactiveKeyRefused {
                key_id: key.id.clone(),
            };
            self.record_key_event(&owner, event);
            return Err(KeyRefusal::Inactive);
        }
        if !key.secret_matches(secret) {
            return Err(KeyRefusal::WrongSecret);
        }
        Ok(owner)
    }

    /// Stamps the last use of a key that authenticated a request (after the
    /// request ran: `get-access-key-last-used` signed with the key itself shows
    /// the use before). A key deleted meanwhile is left alone, yet still counts
    /// as having worked.
    pub fn record_key_use(&mut self, owner: &Identity, key_id: &str, used: LastUsed) {
        if let Some(id) = AccessKeyId::parse(key_id) {
            self.record_key_event(owner, TaskEvent::KeyWorkedInCloudShell { key_id: id });
        }
        if let Ok(keys) = self.access_keys_mut(owner) {
            let _ = keys.record_use(key_id, used);
        }
    }

    /// CloudShell ran a call with the console session's own credentials: the
    /// key tasks of that account can then say why that call did not count.
    pub fn record_console_credentials_use(&mut self, identity: &Identity) {
        self.record_task_event(identity.account, TaskEvent::CalledWithConsoleCredentials);
    }

    /// The one place that says which keys the guided key tasks follow: the root
    /// user's, the keys the walk-through is about. IAM users' keys never count.
    pub(super) fn record_key_event(&mut self, owner: &Identity, event: TaskEvent) {
        if owner.is_root() {
            self.record_task_event(owner.account, event);
        }
    }
}
