//! What the panel shows, read from the lab through the training rules: each
//! task's state, where "Go there" leads, why it has not ticked, and the recap.

use crate::domain::account::Account;
use crate::domain::lab::{Lab, Principal};
use crate::domain::training::{guide, why_not, Guide, NotTicked, Progress, Recap, Task, TaskState};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Row {
    pub task: Task,
    pub done: bool,
    pub guide: Guide,
    pub why: Option<NotTicked>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    pub rows: Vec<Row>,
    /// Once the root-user walk-through is done: the account as it stands.
    pub recap: Option<Recap>,
}

impl Facts {
    pub fn done(&self) -> usize {
        self.rows.iter().filter(|r| r.done).count()
    }

    pub fn next(&self) -> Option<&Row> {
        self.rows.iter().find(|r| !r.done)
    }
}

/// The account the learner is working on: the signed-in one, else the newest
/// (just created, or the one a scenario set up), so sign-up and sign-in tick too.
fn current_account(lab: &Lab) -> Option<&Account> {
    lab.session_account().or_else(|| lab.accounts.last())
}

pub fn read(lab: &Lab) -> Facts {
    let account = current_account(lab);
    let progress = account.map(|a| lab.training.of(a.id)).unwrap_or_default();
    // Who is signed in to this account, if anyone.
    let signed_in: Option<&Principal> = lab
        .session
        .as_ref()
        .filter(|s| account.is_some_and(|a| a.id == s.identity.account))
        .map(|s| &s.identity.principal);
    let rows: Vec<Row> = match account {
        Some(a) => lab
            .training
            .states(a)
            .into_iter()
            .map(|(task, state)| row(task, state, Some(a), &progress, signed_in))
            .collect(),
        None => Task::ALL
            .into_iter()
            .map(|t| row(t, TaskState::NotYet, None, &progress, None))
            .collect(),
    };
    let recap = account.and_then(|a| {
        let states: Vec<_> = rows
            .iter()
            .map(|r| {
                (
                    r.task,
                    if r.done {
                        TaskState::Done
                    } else {
                        TaskState::NotYet
                    },
                )
            })
            .collect();
        Recap::after_walk_through(a, &states)
    });
    Facts { rows, recap }
}

fn row(
    task: Task,
    state: TaskState,
    account: Option<&Account>,
    progress: &Progress,
    signed_in: Option<&Principal>,
) -> Row {
    Row {
        task,
        done: state == TaskState::Done,
        guide: guide(task, account, progress, signed_in),
        why: account.and_then(|a| why_not(task, a, progress, signed_in)),
    }
}
