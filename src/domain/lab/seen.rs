//! What the learner saw that no operation shows: the two guided-task events a
//! view alone witnesses. The lab records every other event in the operation
//! where it happens.

use super::{Identity, Lab};
use crate::domain::ids::AccessKeyId;
use crate::domain::training::TaskEvent;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seen {
    /// "Continue to Security credentials" on the root-user warning.
    ContinuedToSecurityCredentials,
    /// A new key's secret access key was shown or its `.csv` file downloaded
    /// (the console's create-key dialog), or printed (`aws iam create-access-key`).
    SecretShown {
        owner: Identity,
        key_id: AccessKeyId,
    },
}

impl Lab {
    /// Records what `actor` saw for its account's guided tasks; what it saw of
    /// another account counts for nothing.
    pub fn record_seen(&mut self, actor: &Identity, seen: Seen) {
        match seen {
            Seen::ContinuedToSecurityCredentials => self.record_task_event(
                actor.account,
                TaskEvent::OpenedSecurityCredentialsThroughWarning,
            ),
            Seen::SecretShown { owner, key_id } => {
                if owner.account == actor.account {
                    self.record_key_event(&owner, TaskEvent::SecretSaved { key_id });
                }
            }
        }
    }
}
