//! Which tasks are done, per account: decided from the account's real state and
//! the events the UI recorded, never from a "mark done" click. Once a task is
//! done it stays done ([`Progress::settle`] latches it), so deleting a key later
//! does not untick "create a root access key".

use super::task::{Task, TaskEvent};
use crate::domain::account::Account;
use crate::domain::ids::{AccessKeyId, AccountId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState {
    Done,
    NotYet,
}

/// One account's training progress: the latched done tasks and the little event
/// memory the key tasks need (which keys had their secret saved, worked, were
/// refused as inactive, were deleted). Stored with the lab, so it survives reloads.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    done: BTreeSet<Task>,
    /// Tasks whose event was recorded since the last settle: `settle` latches them
    /// and reports them as newly done, so a sign-in gets its "task complete" notice
    /// like any other task.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    signalled: BTreeSet<Task>,
    /// Keys whose secret the learner was shown or downloaded: keys they created.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    saved_secrets: BTreeSet<AccessKeyId>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    worked_in_cloudshell: BTreeSet<AccessKeyId>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    refused_inactive: BTreeSet<AccessKeyId>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    deleted: BTreeSet<AccessKeyId>,
    /// The last CloudShell call ran with the console's own credentials, not a key:
    /// kept only to say why a key task did not tick (`why_not`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    console_credentials_used: bool,
}

/// The key tasks: their evidence needs the event memory above.
const KEY_TASKS: [Task; 4] = [
    Task::CreateAccessKey,
    Task::UseKeyInCloudShell,
    Task::DeactivateKey,
    Task::DeleteAccessKey,
];

impl Progress {
    /// Progress that starts with these tasks done.
    #[cfg(test)]
    pub(super) fn with_done(tasks: impl IntoIterator<Item = Task>) -> Self {
        Progress {
            done: tasks.into_iter().collect(),
            ..Progress::default()
        }
    }

    /// The latched tasks (a task can also be done by evidence not yet latched:
    /// read [`task_states`] for what the panel shows).
    pub fn latched(&self) -> impl Iterator<Item = Task> + '_ {
        self.done.iter().copied()
    }

    /// Remembers what happened. Events that are complete evidence by themselves
    /// show their task as done at once and are latched by the next
    /// [`Progress::settle`]; key events are kept until `settle` can check them
    /// against the account's keys.
    pub fn record(&mut self, event: TaskEvent) {
        let mut signal = |t| {
            self.signalled.insert(t);
        };
        match event {
            TaskEvent::SignedInAsRoot => signal(Task::SignInAsRoot),
            TaskEvent::SignedInAsRootWithMfa => signal(Task::SignInWithMfa),
            TaskEvent::CalledWithConsoleCredentials => self.console_credentials_used = true,
            TaskEvent::OpenedSecurityCredentialsThroughWarning => {
                signal(Task::OpenSecurityCredentials)
            }
            TaskEvent::RootPasswordChanged => signal(Task::ChangeRootPassword),
            TaskEvent::SignedInAsIamUser => signal(Task::SignInAsIamUser),
            TaskEvent::SecretSaved { key_id } => {
                self.saved_secrets.insert(key_id);
            }
            TaskEvent::KeyWorkedInCloudShell { key_id } => {
                self.console_credentials_used = false;
                self.worked_in_cloudshell.insert(key_id);
            }
            TaskEvent::InactiveKeyRefused { key_id } => {
                self.console_credentials_used = false;
                self.refused_inactive.insert(key_id);
            }
            TaskEvent::KeyDeleted { key_id } => {
                self.deleted.insert(key_id);
            }
        }
    }

    /// Latches every task the account's state and the recorded events now show as
    /// done, and returns the newly done ones in panel order (for a "task complete"
    /// notice). Call it after each operation on the account. Once all key tasks
    /// are latched, the key memory is dropped to keep the stored lab small.
    pub fn settle(&mut self, account: &Account) -> Vec<Task> {
        let newly: Vec<Task> = Task::ALL
            .into_iter()
            .filter(|t| !self.done.contains(t) && evidenced(*t, account, self))
            .collect();
        self.done.extend(newly.iter().copied());
        self.signalled.clear();
        if KEY_TASKS.iter().all(|t| self.done.contains(t)) {
            self.saved_secrets.clear();
            self.worked_in_cloudshell.clear();
            self.refused_inactive.clear();
            self.deleted.clear();
            self.console_credentials_used = false;
        }
        newly
    }

    /// The keys the learner created in this account: their secret was shown to
    /// them, their ID encodes this account, and each exists or its deletion was seen.
    pub(super) fn created_keys(&self, account: &Account) -> Vec<&AccessKeyId> {
        let keys = &account.root.access_keys;
        self.saved_secrets
            .iter()
            .filter(|k| k.account() == Some(account.id))
            .filter(|k| keys.get(k.as_str()).is_some() || self.deleted.contains(*k))
            .collect()
    }

    /// Whether this key's secret was shown to the learner.
    pub(super) fn secret_saved(&self, key_id: &AccessKeyId) -> bool {
        self.saved_secrets.contains(key_id)
    }

    /// Whether the last CloudShell call ran with the console's own credentials.
    pub(super) fn console_credentials_used(&self) -> bool {
        self.console_credentials_used
    }

    pub fn state(&self, task: Task, account: &Account) -> TaskState {
        if self.done.contains(&task) || evidenced(task, account, self) {
            TaskState::Done
        } else {
            TaskState::NotYet
        }
    }
}

/// Each task's state, in panel order, from the account and its progress alone.
pub fn task_states(account: &Account, progress: &Progress) -> Vec<(Task, TaskState)> {
    Task::ALL
        .into_iter()
        .map(|t| (t, progress.state(t, account)))
        .collect()
}

/// The first task not done yet, in panel order: the panel's "next step".
pub fn next_task(account: &Account, progress: &Progress) -> Option<Task> {
    task_states(account, progress)
        .into_iter()
        .find(|(_, s)| *s == TaskState::NotYet)
        .map(|(t, _)| t)
}

/// The evidence rule of each task, without the latch.
fn evidenced(task: Task, account: &Account, p: &Progress) -> bool {
    let keys = &account.root.access_keys;
    let created = p.created_keys(account);
    match task {
        Task::CreateAccount => true,
        Task::CreateAccessKey => !created.is_empty(),
        Task::UseKeyInCloudShell => created.iter().any(|k| {
            p.worked_in_cloudshell.contains(*k)
                || keys
                    .get(k.as_str())
                    .is_some_and(|key| key.last_used.is_some())
        }),
        Task::DeactivateKey => created.iter().any(|k| p.refused_inactive.contains(*k)),
        Task::DeleteAccessKey => created.iter().any(|k| p.deleted.contains(*k)),
        // A device is there only once two consecutive codes (or a passkey
        // ceremony) proved it: its presence is the whole evidence.
        Task::EnableRootMfa => !account.root.mfa.is_empty(),
        Task::CreateIamAdmin => account.has_iam_administrator(),
        Task::FindRootKeyInReport => super::audit::found_root_key_in_report(account),
        Task::FindKeyCreator => super::audit::found_key_creator(account),
        Task::ConfirmNoRootKeys => super::audit::confirmed_no_root_keys(account),
        // Only their events show these.
        Task::SignInAsRoot
        | Task::SignInWithMfa
        | Task::OpenSecurityCredentials
        | Task::ChangeRootPassword
        | Task::SignInAsIamUser => p.signalled.contains(&task),
    }
}

/// Every account's progress, keyed by account: what the lab stores (one field on
/// `Lab`), serialised as `{ "123456789012": { "done": [...] } }`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TrainingProgress(BTreeMap<AccountId, Progress>);

impl TrainingProgress {
    pub fn get(&self, account: AccountId) -> Option<&Progress> {
        self.0.get(&account)
    }

    /// The account's progress, empty if nothing was recorded yet.
    pub fn of(&self, account: AccountId) -> Progress {
        self.0.get(&account).cloned().unwrap_or_default()
    }

    /// Takes an account's progress out (the account closes), to be restored if
    /// it reopens.
    pub fn take(&mut self, account: AccountId) -> Option<Progress> {
        self.0.remove(&account)
    }

    pub fn restore(&mut self, account: AccountId, progress: Progress) {
        self.0.insert(account, progress);
    }

    pub fn record(&mut self, account: AccountId, event: TaskEvent) {
        self.0.entry(account).or_default().record(event);
    }

    /// Latches tasks done before the lab began (a prepared lab's): the one way a
    /// task is done without evidence, so nothing the learner does reaches it.
    pub(crate) fn mark_done(&mut self, account: AccountId, tasks: &[Task]) {
        let progress = self.0.entry(account).or_default();
        progress.done.extend(tasks.iter().copied());
    }

    /// Settles every account of the lab (see [`Progress::settle`]) and forgets the
    /// progress of accounts that no longer exist (closed ones). Returns the newly
    /// done tasks.
    pub fn settle(&mut self, accounts: &[Account]) -> Vec<(AccountId, Task)> {
        self.0.retain(|id, _| accounts.iter().any(|a| a.id == *id));
        let mut newly = Vec::new();
        for account in accounts {
            let progress = self.0.entry(account.id).or_default();
            newly.extend(
                progress
                    .settle(account)
                    .into_iter()
                    .map(|t| (account.id, t)),
            );
        }
        newly
    }

    pub fn states(&self, account: &Account) -> Vec<(Task, TaskState)> {
        task_states(account, &self.of(account.id))
    }
}

impl FromIterator<(AccountId, Progress)> for TrainingProgress {
    fn from_iter<I: IntoIterator<Item = (AccountId, Progress)>>(iter: I) -> Self {
        TrainingProgress(iter.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access_key::{AccessKeyStatus, LastUsed};
    use crate::domain::iam::group::ADMINISTRATORS;
    use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;
    use crate::domain::training::testing::{account, add_root_passkey, group, user};

    /// An account with one key the learner created and saved, and its ID.
    fn with_saved_key() -> (Account, Progress, AccessKeyId) {
        let mut a = account();
        let k = a
            .root
            .access_keys
            .create(a.id, &mut OsRandom, Timestamp(1))
            .unwrap();
        let mut p = Progress::default();
        p.record(TaskEvent::SecretSaved {
            key_id: k.id.clone(),
        });
        (a, p, k.id)
    }

    fn key_event(make: fn(AccessKeyId) -> TaskEvent) -> impl Fn(&mut Account, &mut Progress) {
        move |a: &mut Account, p: &mut Progress| {
            let id = a.root.access_keys.iter().next().unwrap().id.clone();
            p.record(make(id));
        }
    }

    type Setup = fn() -> (Account, Progress);
    type Act = Box<dyn Fn(&mut Account, &mut Progress)>;

    fn fresh() -> (Account, Progress) {
        (account(), Progress::default())
    }

    fn saved() -> (Account, Progress) {
        let (a, p, _) = with_saved_key();
        (a, p)
    }

    fn unsaved_key() -> (Account, Progress) {
        let mut a = account();
        a.root
            .access_keys
            .create(a.id, &mut OsRandom, Timestamp(1))
            .unwrap();
        (a, Progress::default())
    }

    /// Users who are not administrators: one with a read-only policy, one in a
    /// group without AdministratorAccess.
    fn with_plain_users() -> (Account, Progress) {
        let mut a = account();
        let read_only = "arn:aws:iam::aws:policy/ReadOnlyAccess";
        a.groups.push(group(
            "Developers",
            &["arn:aws:iam::aws:policy/IAMUserChangePassword"],
        ));
        a.users.push(user("reader", &[], &[read_only]));
        a.users.push(user("dev", &["Developers"], &[]));
        (a, Progress::default())
    }

    #[test]
    fn each_task_is_not_ticked_before_its_evidence_and_ticked_after() {
        let event = |e: TaskEvent| -> Act { Box::new(move |_, p| p.record(e.clone())) };
        let cases: Vec<(Task, Setup, Act)> = vec![
            (Task::SignInAsRoot, fresh, event(TaskEvent::SignedInAsRoot)),
            (
                Task::SignInWithMfa,
                fresh,
                event(TaskEvent::SignedInAsRootWithMfa),
            ),
            (
                Task::OpenSecurityCredentials,
                fresh,
                event(TaskEvent::OpenedSecurityCredentialsThroughWarning),
            ),
            (
                Task::CreateAccessKey,
                unsaved_key,
                Box::new(key_event(|key_id| TaskEvent::SecretSaved { key_id })),
            ),
            (
                Task::UseKeyInCloudShell,
                saved,
                Box::new(key_event(|key_id| TaskEvent::KeyWorkedInCloudShell {
                    key_id,
                })),
            ),
            (
                Task::UseKeyInCloudShell,
                saved,
                Box::new(|a, _| {
                    let id = a.root.access_keys.iter().next().unwrap().id.clone();
                    let used = LastUsed {
                        date: Timestamp(2),
                        region: "us-east-1".into(),
                        service: "sts".into(),
                    };
                    a.root.access_keys.record_use(id.as_str(), used).unwrap();
                }),
            ),
            (
                Task::DeactivateKey,
                saved,
                Box::new(key_event(|key_id| TaskEvent::InactiveKeyRefused { key_id })),
            ),
            (
                Task::DeleteAccessKey,
                saved,
                Box::new(|a, p| {
                    let id = a.root.access_keys.iter().next().unwrap().id.clone();
                    a.root.access_keys.delete(id.as_str()).unwrap();
                    p.record(TaskEvent::KeyDeleted { key_id: id });
                }),
            ),
            (
                Task::EnableRootMfa,
                fresh,
                Box::new(|a, _| add_root_passkey(a)),
            ),
            (
                Task::ChangeRootPassword,
                fresh,
                event(TaskEvent::RootPasswordChanged),
            ),
            (
                Task::CreateIamAdmin,
                with_plain_users,
                Box::new(|a, _| {
                    a.users.push(user("admin", &[], &[ADMINISTRATOR_ACCESS]));
                }),
            ),
            (
                Task::CreateIamAdmin,
                with_plain_users,
                Box::new(|a, _| {
                    a.groups
                        .push(group(ADMINISTRATORS, &[ADMINISTRATOR_ACCESS]));
                    a.users[0].groups.push(ADMINISTRATORS.into());
                }),
            ),
            (
                Task::CreateIamAdmin,
                with_plain_users,
                Box::new(|a, _| {
                    // Any group carrying the policy counts, whatever its name.
                    a.groups[0]
                        .attached_policies
                        .push(ADMINISTRATOR_ACCESS.into());
                }),
            ),
            (
                Task::SignInAsIamUser,
                fresh,
                event(TaskEvent::SignedInAsIamUser),
            ),
        ];
        for (task, setup, act) in cases {
            let (mut a, mut p) = setup();
            assert_eq!(p.state(task, &a), TaskState::NotYet, "{task:?} before");
            act(&mut a, &mut p);
            assert_eq!(p.state(task, &a), TaskState::Done, "{task:?} after");
            let newly = p.settle(&a);
            assert!(newly.contains(&task) || p.latched().any(|t| t == task));
            assert_eq!(task_states(&a, &p)[task as usize], (task, TaskState::Done));
        }
        // Creating the account is its own evidence.
        let (a, p) = fresh();
        assert_eq!(p.state(Task::CreateAccount, &a), TaskState::Done);
    }

    #[test]
    fn key_tasks_need_a_key_the_learner_created_in_this_account() {
        // A key present (say from a scenario) whose secret was never shown to the
        // learner: using, refusing or deleting it ticks nothing.
        let (mut a, mut p) = unsaved_key();
        let id = a.root.access_keys.iter().next().unwrap().id.clone();
        p.record(TaskEvent::KeyWorkedInCloudShell { key_id: id.clone() });
        p.record(TaskEvent::InactiveKeyRefused { key_id: id.clone() });
        a.root.access_keys.delete(id.as_str()).unwrap();
        p.record(TaskEvent::KeyDeleted { key_id: id });
        for t in KEY_TASKS {
            assert_eq!(p.state(t, &a), TaskState::NotYet, "{t:?}");
        }
        // A saved secret for a key that does not exist, or of another account.
        let (a, mut p) = fresh();
        let other = AccountId::new(1).unwrap();
        let foreign = AccessKeyId::generate(other, &mut OsRandom);
        let ghost = AccessKeyId::generate(a.id, &mut OsRandom);
        p.record(TaskEvent::SecretSaved { key_id: foreign });
        p.record(TaskEvent::SecretSaved { key_id: ghost });
        assert_eq!(p.state(Task::CreateAccessKey, &a), TaskState::NotYet);
        assert_eq!(p.settle(&a), [Task::CreateAccount]);
    }

    #[test]
    fn once_done_stays_done() {
        let (mut a, mut p, id) = with_saved_key();
        p.settle(&a);
        // Deleted without the event reaching the progress: still ticked.
        a.root.access_keys.delete(id.as_str()).unwrap();
        assert_eq!(p.state(Task::CreateAccessKey, &a), TaskState::Done);
        // The last use that ticked CloudShell disappears with the key.
        let (mut a, mut p, id) = with_saved_key();
        let used = LastUsed {
            date: Timestamp(2),
            region: "us-east-1".into(),
            service: "sts".into(),
        };
        a.root.access_keys.record_use(id.as_str(), used).unwrap();
        assert_eq!(
            p.settle(&a),
            [
                Task::CreateAccount,
                Task::CreateAccessKey,
                Task::UseKeyInCloudShell
            ]
        );
        a.root
            .access_keys
            .set_status(id.as_str(), AccessKeyStatus::Inactive)
            .unwrap();
        a.root.access_keys.delete(id.as_str()).unwrap();
        assert_eq!(p.state(Task::UseKeyInCloudShell, &a), TaskState::Done);
        assert!(p.settle(&a).is_empty());
    }

    #[test]
    fn the_whole_key_walk_latches_and_then_forgets_key_ids() {
        let (mut a, mut p, id) = with_saved_key();
        p.record(TaskEvent::KeyWorkedInCloudShell { key_id: id.clone() });
        p.record(TaskEvent::InactiveKeyRefused { key_id: id.clone() });
        a.root.access_keys.delete(id.as_str()).unwrap();
        p.record(TaskEvent::KeyDeleted { key_id: id.clone() });
        assert_eq!(
            p.settle(&a),
            [
                Task::CreateAccount,
                Task::CreateAccessKey,
                Task::UseKeyInCloudShell,
                Task::DeactivateKey,
                Task::DeleteAccessKey
            ]
        );
        let json = serde_json::to_string(&p).unwrap();
        assert!(!json.contains(id.as_str()), "{json}");
        for t in KEY_TASKS {
            assert_eq!(p.state(t, &a), TaskState::Done);
        }
        assert_eq!(next_task(&a, &p), Some(Task::SignInAsRoot));
    }

    #[test]
    fn next_task_is_the_first_not_done_in_panel_order() {
        let a = account();
        for skipped in Task::ALL.into_iter().skip(1) {
            let p = Progress::with_done(Task::ALL.into_iter().filter(|t| *t != skipped));
            assert_eq!(next_task(&a, &p), Some(skipped));
        }
        let all = Progress::with_done(Task::ALL);
        assert_eq!(next_task(&a, &all), None);
        // State evidence counts before it is latched: an MFA device skips the step.
        let mut a = account();
        add_root_passkey(&mut a);
        let p = Progress::with_done(
            Task::ALL
                .into_iter()
                .filter(|t| !matches!(t, Task::EnableRootMfa | Task::SignInAsIamUser)),
        );
        assert_eq!(next_task(&a, &p), Some(Task::SignInAsIamUser));
    }

    #[test]
    fn state_tasks_latch_so_removing_the_device_or_admin_later_keeps_them() {
        let (mut a, mut p) = with_plain_users();
        add_root_passkey(&mut a);
        a.users[0]
            .attached_policies
            .push(ADMINISTRATOR_ACCESS.into());
        assert_eq!(
            p.settle(&a),
            [
                Task::CreateAccount,
                Task::EnableRootMfa,
                Task::CreateIamAdmin
            ]
        );
        a.root.mfa.devices.clear();
        a.users.clear();
        assert_eq!(p.state(Task::EnableRootMfa, &a), TaskState::Done);
        assert_eq!(p.state(Task::CreateIamAdmin, &a), TaskState::Done);
        assert!(p.settle(&a).is_empty());
    }

    #[test]
    fn training_progress_is_per_account_survives_a_round_trip_and_forgets_closed_accounts() {
        let a = account();
        let mut b = account();
        b.id = AccountId::new(42).unwrap();
        let mut tp = TrainingProgress::default();
        tp.record(a.id, TaskEvent::SignedInAsRoot);
        tp.record(b.id, TaskEvent::RootPasswordChanged);
        let newly = tp.settle(&[a.clone(), b.clone()]);
        assert!(newly.contains(&(a.id, Task::CreateAccount)));
        assert_eq!(tp.states(&a)[1], (Task::SignInAsRoot, TaskState::Done));
        assert_eq!(tp.states(&b)[1], (Task::SignInAsRoot, TaskState::NotYet));
        assert_eq!(
            tp.states(&b)[Task::ChangeRootPassword as usize],
            (Task::ChangeRootPassword, TaskState::Done)
        );

        let json = serde_json::to_string(&tp).unwrap();
        assert!(json.starts_with("{\"000000000042\":{\"done\":["), "{json}");
        let back: TrainingProgress = serde_json::from_str(&json).unwrap();
        assert_eq!(back, tp);
        let old: Progress = serde_json::from_str("{}").unwrap();
        assert_eq!(old, Progress::default());

        tp.settle(std::slice::from_ref(&a));
        assert!(tp.get(b.id).is_none());
        assert!(tp.get(a.id).is_some());
    }
}
