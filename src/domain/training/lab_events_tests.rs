//! The lab records the task events of its own operations, console and CLI alike,
//! so views need not: each event is checked here where it happens, and the tasks
//! it ticks after `Lab::settle_training`.

use super::task::{Task, TaskEvent};
use crate::domain::access_key::{AccessKeyStatus, NewAccessKey};
use crate::domain::cli::{OutLine, Outcome, Terminal};
use crate::domain::iam::user::CreateUserForm;
use crate::domain::ids::AccountId;
use crate::domain::lab::testing::*;
use crate::domain::lab::{Identity, Lab, NewTotpDevice, Seen, SignInStep};
use crate::domain::mfa::{hotp, time_step};
use crate::domain::random::OsRandom;
use crate::domain::time::Timestamp;

const NOW: Timestamp = Timestamp(1_795_774_530_000);
const USER_PW: &str = "User-Pass-9";

fn settled(lab: &mut Lab) -> Vec<Task> {
    lab.settle_training().into_iter().map(|(_, t)| t).collect()
}

/// A lab with one account, settled, so only what happens next is reported.
fn quiet_lab() -> (Lab, AccountId) {
    let (mut lab, id) = lab_with_account();
    assert_eq!(settled(&mut lab), [Task::CreateAccount]);
    (lab, id)
}

fn add_admin(lab: &mut Lab, id: AccountId) {
    let form = CreateUserForm {
        name: "admin".into(),
        console_password: Some(USER_PW.into()),
        add_to_administrators: true,
        ..Default::default()
    };
    lab.create_user(
        &Identity::root(id),
        id,
        &form,
        &QuickKdf,
        &mut OsRandom,
        NOW,
    )
    .unwrap();
}

fn run(lab: &mut Lab, term: &mut Terminal, line: &str) -> i32 {
    term.run_line(lab, line, &mut OsRandom, NOW).exit_code
}

fn use_key(lab: &mut Lab, term: &mut Terminal, key: &NewAccessKey) {
    let line = format!(
        "export AWS_ACCESS_KEY_ID={} AWS_SECRET_ACCESS_KEY='{}'",
        key.id, key.secret
    );
    assert_eq!(run(lab, term, &line), 0);
}

type Act = fn(&mut Lab, AccountId);

#[test]
fn each_console_operation_records_its_own_event() {
    let cases: Vec<(&str, Act, Vec<Task>)> = vec![
        (
            "root sign-in",
            |lab, _| {
                lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, NOW)
                    .unwrap();
            },
            vec![Task::SignInAsRoot],
        ),
        (
            "wrong root password",
            |lab, _| {
                let _ = lab.sign_in_root(EMAIL, "Wrong-Pass1", &QuickKdf, &mut OsRandom, NOW);
            },
            vec![],
        ),
        (
            "IAM user sign-in (creating an admin ticks its own task)",
            |lab, id| {
                add_admin(lab, id);
                lab.sign_in_iam_user(
                    &id.to_string(),
                    "admin",
                    USER_PW,
                    &QuickKdf,
                    &mut OsRandom,
                    NOW,
                )
                .unwrap();
            },
            vec![Task::CreateIamAdmin, Task::SignInAsIamUser],
        ),
        (
            "password change",
            |lab, id| {
                let new = "New-Pass-22";
                lab.change_root_password(
                    &Identity::root(id),
                    PASSWORD,
                    new,
                    new,
                    &QuickKdf,
                    &mut OsRandom,
                )
                .unwrap();
            },
            vec![Task::ChangeRootPassword],
        ),
        (
            "refused password change",
            |lab, id| {
                let new = "New-Pass-22";
                let _ = lab.change_root_password(
                    &Identity::root(id),
                    "Wrong-1a",
                    new,
                    new,
                    &QuickKdf,
                    &mut OsRandom,
                );
            },
            vec![],
        ),
        (
            "a key created but its secret never shown",
            |lab, id| {
                lab.create_access_key(&Identity::root(id), &Identity::root(id), &mut OsRandom, NOW)
                    .unwrap();
            },
            vec![],
        ),
        (
            "the create-key dialog's Show, then the console's delete",
            |lab, id| {
                let root = Identity::root(id);
                let key = lab
                    .create_access_key(&root, &root, &mut OsRandom, NOW)
                    .unwrap();
                let (owner, key_id) = (root.clone(), key.id.clone());
                lab.record_seen(&root, Seen::SecretShown { owner, key_id });
                lab.set_access_key_status(&root, &root, key.id.as_str(), AccessKeyStatus::Inactive)
                    .unwrap();
                lab.delete_access_key(&root, &root, key.id.as_str())
                    .unwrap();
            },
            vec![Task::CreateAccessKey, Task::DeleteAccessKey],
        ),
        (
            "the warning's Continue",
            |lab, id| lab.record_seen(&Identity::root(id), Seen::ContinuedToSecurityCredentials),
            vec![Task::OpenSecurityCredentials],
        ),
    ];
    for (what, act, expected) in cases {
        let (mut lab, id) = quiet_lab();
        act(&mut lab, id);
        assert_eq!(settled(&mut lab), expected, "{what}");
        // Settled once: nothing is announced twice.
        assert_eq!(settled(&mut lab), [], "{what}");
    }
}

#[test]
fn a_sign_in_through_mfa_is_recorded_when_the_code_is_accepted() {
    let (mut lab, id) = quiet_lab();
    let seed = [7u8; 40];
    let key = lab
        .seal_key(&Identity::root(id), PASSWORD, &QuickKdf, &mut OsRandom)
        .unwrap();
    let code = |offset| hotp(&seed, time_step(NOW) + offset, 6);
    lab.assign_authenticator_app(
        &Identity::root(id),
        NewTotpDevice {
            name: "phone",
            code_1: &code(0),
            code_2: &code(1),
        },
        &seed,
        &key,
        &mut OsRandom,
        NOW,
    )
    .unwrap();
    assert_eq!(settled(&mut lab), [Task::EnableRootMfa]);
    let later = Timestamp(NOW.millis() + 60_000);
    let challenge = match lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, later) {
        Ok(SignInStep::MfaRequired(c)) => c,
        other => panic!("expected the MFA step, got {other:?}"),
    };
    // The password alone is not a sign-in.
    assert_eq!(settled(&mut lab), []);
    lab.complete_mfa_with_code(&challenge, &hotp(&seed, time_step(later), 6), later)
        .unwrap();
    // Both: a root sign-in, and one that answered the MFA step.
    assert_eq!(settled(&mut lab), [Task::SignInAsRoot, Task::SignInWithMfa]);
}

#[test]
fn the_terminal_records_the_root_key_walk_end_to_end() {
    let (mut lab, _) = lab_with_account();
    lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    settled(&mut lab);
    let mut term = Terminal::new();
    // CloudShell's own credentials create the key and print its secret.
    let created = term.run_line(&mut lab, "aws iam create-access-key", &mut OsRandom, NOW);
    assert_eq!(settled(&mut lab), [Task::CreateAccessKey]);
    let key = lab.accounts[0]
        .root
        .access_keys
        .iter()
        .next()
        .unwrap()
        .id
        .clone();
    let new = NewAccessKey {
        id: key.clone(),
        secret: printed_secret(&created),
        created: NOW,
    };
    use_key(&mut lab, &mut term, &new);
    assert_eq!(run(&mut lab, &mut term, "aws sts get-caller-identity"), 0);
    assert_eq!(settled(&mut lab), [Task::UseKeyInCloudShell]);
    let deactivate = format!("aws iam update-access-key --access-key-id {key} --status Inactive");
    assert_eq!(run(&mut lab, &mut term, &deactivate), 0);
    assert_eq!(run(&mut lab, &mut term, "aws sts get-caller-identity"), 254);
    assert_eq!(settled(&mut lab), [Task::DeactivateKey]);
    let delete = format!("unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY; aws iam delete-access-key --access-key-id {key}");
    for line in delete.split("; ") {
        assert_eq!(run(&mut lab, &mut term, line), 0, "{line}");
    }
    assert_eq!(settled(&mut lab), [Task::DeleteAccessKey]);
}

/// The value of `"SecretAccessKey"` in what the CLI printed.
fn printed_secret(outcome: &Outcome) -> String {
    outcome
        .output
        .iter()
        .find_map(|line| match line {
            OutLine::Stdout(text) => text
                .split_once("\"SecretAccessKey\": \"")
                .map(|(_, rest)| rest.split('"').next().unwrap().to_string()),
            _ => None,
        })
        .expect("the secret is printed")
}

#[test]
fn only_root_keys_count_in_the_terminal() {
    let (mut lab, id) = quiet_lab();
    add_admin(&mut lab, id);
    settled(&mut lab);
    let key = lab
        .create_access_key(
            &Identity::root(id),
            &Identity::user(id, "admin"),
            &mut OsRandom,
            NOW,
        )
        .unwrap();
    let mut term = Terminal::new();
    use_key(&mut lab, &mut term, &key);
    assert_eq!(run(&mut lab, &mut term, "aws sts get-caller-identity"), 0);
    lab.set_access_key_status(
        &Identity::root(id),
        &Identity::user(id, "admin"),
        key.id.as_str(),
        AccessKeyStatus::Inactive,
    )
    .unwrap();
    assert_eq!(run(&mut lab, &mut term, "aws sts get-caller-identity"), 254);
    assert_eq!(
        run(
            &mut lab,
            &mut term,
            "aws iam create-access-key --user-name admin"
        ),
        254
    );
    // The admin's keys are theirs, not the learner's root keys: nothing ticks and
    // nothing about them is remembered.
    assert_eq!(settled(&mut lab), []);
    let json = serde_json::to_string(&lab.training).unwrap();
    assert!(!json.contains(key.id.as_str()), "{json}");
}

#[test]
fn events_for_unknown_accounts_are_ignored_and_closed_accounts_forgotten() {
    let (mut lab, id) = quiet_lab();
    let ghost = AccountId::new(42).unwrap();
    lab.record_task_event(ghost, TaskEvent::SignedInAsRoot);
    assert!(lab.training.get(ghost).is_none());
    lab.close_account(&Identity::root(id), &id.to_string(), Timestamp(9))
        .unwrap();
    assert_eq!(settled(&mut lab), []);
    assert!(lab.training.get(id).is_none());
}

#[test]
fn a_call_with_the_console_sign_in_is_remembered_as_why_the_key_did_not_tick() {
    use super::why_not::{why_not, NotTicked};
    use crate::domain::principal::Principal;
    let (mut lab, _) = lab_with_account();
    lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let mut term = Terminal::new();
    let created = term.run_line(&mut lab, "aws iam create-access-key", &mut OsRandom, NOW);
    settled(&mut lab);
    let reason = |lab: &Lab| {
        let account = &lab.accounts[0];
        let progress = lab.training.of(account.id);
        why_not(
            Task::UseKeyInCloudShell,
            account,
            &progress,
            Some(&Principal::Root),
        )
    };
    // `aws configure` forgotten (a reloaded shell): the call runs as the console.
    assert_eq!(run(&mut lab, &mut term, "aws sts get-caller-identity"), 0);
    settled(&mut lab);
    assert_eq!(reason(&lab), Some(NotTicked::ConsoleCredentialsUsed));
    let key = lab.accounts[0]
        .root
        .access_keys
        .iter()
        .next()
        .unwrap()
        .id
        .clone();
    let new = NewAccessKey {
        id: key,
        secret: printed_secret(&created),
        created: NOW,
    };
    use_key(&mut lab, &mut term, &new);
    assert_eq!(run(&mut lab, &mut term, "aws sts get-caller-identity"), 0);
    assert_eq!(settled(&mut lab), [Task::UseKeyInCloudShell]);
    assert_eq!(reason(&lab), None);
}
