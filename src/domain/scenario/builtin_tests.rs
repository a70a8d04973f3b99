//! Every built-in scenario loads as documented, with its passwords, secrets and
//! seeds hashed or sealed.

use super::tests::*;
use super::{builtin, named_scenario, BUILTIN_NAMES};
use crate::domain::access_key::{AccessKeyError, AccessKeyStatus};
use crate::domain::lab::{Identity, KeyError, Lab, Principal, SignInStep};
use crate::domain::mfa::{base32, format_secret_for_display, MfaDeviceKind};
use crate::domain::password::testing::QuickKdf;
use crate::domain::random::OsRandom;
use crate::domain::secret::hex;
use crate::domain::training::{Task, TaskState};

#[test]
fn every_builtin_parses_and_builds_with_hashed_passwords_and_secrets() {
    for name in BUILTIN_NAMES {
        let text = builtin(name).unwrap();
        let scenario = named_scenario(name).unwrap();
        assert_eq!(scenario.name.as_deref(), Some(name));
        let lab = scenario.build(&QuickKdf, &mut OsRandom, NOW).unwrap();
        for a in &lab.accounts {
            assert!(lab.training.get(a.id).is_some(), "{name}");
        }
        let stored = serde_json::to_string(&lab).unwrap();
        for a in &lab.accounts {
            assert!(a.root.password.verify(PASSWORD, &QuickKdf), "{name}");
            assert!(!a.root.password.needs_rehash(), "{name}");
            for k in a.root.access_keys.iter() {
                assert_eq!(k.id.account(), Some(a.id), "{name}");
            }
        }
        for plain in [PASSWORD, SECRET_1, SECRET_2, ADMIN_PASSWORD, MFA_SECRET_KEY] {
            assert!(!stored.contains(plain), "{name} stores {plain}");
        }
        // Nor the seed in any other spelling: raw, hex, or Base32 in another case.
        let seed = base32::decode(MFA_SECRET_KEY).unwrap();
        assert!(!stored.contains(&hex(&seed)), "{name}");
        assert!(!stored.contains(&MFA_SECRET_KEY.to_lowercase()), "{name}");
        assert!(!stored.contains("rootkey-lab training seed"), "{name}");
        // The training credentials are documented in the scenario itself.
        assert!(lab.accounts.is_empty() || text.contains(PASSWORD), "{name}");
    }
}

#[test]
fn fresh_is_an_empty_lab() {
    let lab = named_scenario("fresh")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!(lab, Lab::default());
}

#[test]
fn two_keys_has_one_used_active_key_and_one_inactive_and_no_room_for_a_third() {
    let mut lab = named_scenario("two-keys")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let a = &lab.accounts[0];
    assert_eq!(a.id.to_string(), "123456789012");
    assert_eq!(a.created, ts("2026-11-01T09:00:00+00:00"));
    let keys: Vec<_> = a.root.access_keys.iter().collect();
    assert_eq!(keys[0].id.as_str(), "AKIARZPUZDIKGEXAMPLE");
    assert_eq!(keys[0].status, AccessKeyStatus::Active);
    assert!(keys[0].secret_matches(SECRET_1));
    assert_eq!(keys[0].created, ts("2026-11-20T10:00:00+00:00"));
    let used = keys[0].last_used.as_ref().unwrap();
    assert_eq!(
        (used.date, used.region.as_str(), used.service.as_str()),
        (ts("2026-11-25T09:30:00+00:00"), "us-east-1", "sts")
    );
    assert_eq!(keys[1].id.as_str(), "AKIARZPUZDIKHEXAMPLE");
    assert_eq!(keys[1].status, AccessKeyStatus::Inactive);
    assert!(keys[1].secret_matches(SECRET_2));
    assert_eq!(keys[1].last_used, None);
    assert_eq!(lab.session, None);
    let id = a.id;
    assert_eq!(
        lab.create_access_key(&Identity::root(id), &Identity::root(id), &mut OsRandom, NOW),
        Err(KeyError::AccessKey(AccessKeyError::LimitExceeded))
    );
    // Pre-made keys are not the learner's: the key tasks are still to do.
    let acc = &lab.accounts[0];
    let states = lab.training.states(acc);
    assert_eq!(
        states[Task::SignInAsRoot as usize],
        (Task::SignInAsRoot, TaskState::Done)
    );
    assert_eq!(
        states[Task::CreateAccessKey as usize],
        (Task::CreateAccessKey, TaskState::NotYet)
    );
    assert_eq!(
        states[Task::UseKeyInCloudShell as usize],
        (Task::UseKeyInCloudShell, TaskState::NotYet)
    );
}

#[test]
fn iam_user_remembered_opens_the_account_specific_page() {
    let mut lab = named_scenario("iam-user-remembered")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let remembered = lab.prefs.iam_sign_in_account.clone().unwrap();
    assert_eq!(remembered, "my-training-lab");
    let id = lab.accounts[0].id;
    assert_eq!(lab.find_account(&remembered).unwrap().id, id);
    assert_eq!(lab.session, None);
    // A real administrator, made as the console's "Create user" makes one.
    let admin = lab.iam_user(id, "admin").unwrap();
    assert_eq!(admin.groups, ["Administrators"]);
    assert_eq!(admin.created, ts("2026-11-02T09:00:00+00:00"));
    assert!(lab.accounts[0].is_iam_administrator("admin"));
    let states = lab.training.states(&lab.accounts[0]);
    assert_eq!(
        states[Task::CreateIamAdmin as usize],
        (Task::CreateIamAdmin, TaskState::Done)
    );
    assert_eq!(
        states[Task::SignInAsIamUser as usize],
        (Task::SignInAsIamUser, TaskState::NotYet)
    );
    // Signing in on the remembered page ticks the task, without the UI's help.
    assert_eq!(
        lab.sign_in_iam_user(
            &remembered,
            "ADMIN",
            ADMIN_PASSWORD,
            &QuickKdf,
            &mut OsRandom,
            NOW
        )
        .map(|step| step.signed_in().cloned()),
        Ok(Some(Identity::user(id, "admin")))
    );
    assert_eq!(lab.settle_training(), [(id, Task::SignInAsIamUser)]);
}

#[test]
fn ready_to_delete_is_signed_in_and_deleting_the_key_ticks_the_task() {
    let mut lab = named_scenario("ready-to-delete")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let id = lab.accounts[0].id;
    let session = lab.session.clone().unwrap();
    assert_eq!(
        (session.identity.account, session.identity.principal),
        (id, Principal::Root)
    );
    let key = lab.accounts[0]
        .root
        .access_keys
        .iter()
        .next()
        .unwrap()
        .clone();
    assert_eq!(key.status, AccessKeyStatus::Inactive);
    let states = lab.training.states(&lab.accounts[0]);
    let done: Vec<Task> = states
        .iter()
        .filter(|(_, s)| *s == TaskState::Done)
        .map(|(t, _)| *t)
        .collect();
    assert_eq!(
        done,
        [
            Task::CreateAccount,
            Task::SignInAsRoot,
            Task::OpenSecurityCredentials,
            Task::CreateAccessKey,
            Task::UseKeyInCloudShell,
            Task::DeactivateKey
        ]
    );
    assert_eq!(
        states[Task::DeleteAccessKey as usize],
        (Task::DeleteAccessKey, TaskState::NotYet)
    );
    // The lab records the deletion itself: no event from the UI.
    lab.delete_access_key(&Identity::root(id), &Identity::root(id), key.id.as_str())
        .unwrap();
    assert_eq!(lab.settle_training(), [(id, Task::DeleteAccessKey)]);
}

#[test]
fn mfa_enabled_asks_root_for_a_code_from_the_published_secret_key() {
    let text = builtin("mfa-enabled").unwrap();
    // The description gives the key as the console shows it, in groups of four.
    assert!(text.contains(&format_secret_for_display(MFA_SECRET_KEY)));
    let mut lab = named_scenario("mfa-enabled")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let id = lab.accounts[0].id;
    let mfa = &lab.accounts[0].root.mfa;
    assert_eq!(mfa.devices.len(), 1);
    let device = &mfa.devices[0];
    assert_eq!(device.name, "my-phone");
    assert_eq!(device.serial, "arn:aws:iam::123456789012:mfa/my-phone");
    assert!(matches!(
        device.kind,
        MfaDeviceKind::AuthenticatorApp { .. }
    ));
    // Enabling MFA is ticked by the device; signing in with it is next to do.
    let states = lab.training.states(&lab.accounts[0]);
    assert_eq!(
        states[Task::EnableRootMfa as usize],
        (Task::EnableRootMfa, TaskState::Done)
    );
    lab.training = Default::default();
    lab.settle_training();
    let challenge = match lab.sign_in_root(
        "learner@example.com",
        PASSWORD,
        &QuickKdf,
        &mut OsRandom,
        NOW,
    ) {
        Ok(SignInStep::MfaRequired(c)) => c,
        other => panic!("expected the MFA step, got {other:?}"),
    };
    assert!(challenge.accepts_codes());
    assert_eq!(lab.session, None);
    let seed = base32::decode(MFA_SECRET_KEY).unwrap();
    assert_eq!(
        lab.complete_mfa_with_code(&challenge, &code(&seed, NOW), NOW)
            .map(|s| s.identity),
        Ok(Identity::root(id))
    );
    assert_eq!(
        lab.settle_training(),
        [(id, Task::SignInAsRoot), (id, Task::SignInWithMfa)]
    );
    // The seed was sealed under the root password: a wrong one opens nothing.
    assert!(lab
        .seal_key(
            &Identity::root(id),
            "Wrong-Password-1",
            &QuickKdf,
            &mut OsRandom
        )
        .is_none());
}

/// `leaked-root-key`: a root key made three days before the load from an
/// unfamiliar address, its history in CloudTrail: a console sign-in and the
/// key's creation from there, then `aws` calls signed with it.
#[test]
fn the_leaked_root_key_has_its_history_from_the_unfamiliar_address() {
    use crate::domain::time::Timestamp;
    let now = Timestamp(1_795_774_530_000);
    let lab = named_scenario("leaked-root-key")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, now)
        .unwrap();
    let a = &lab.accounts[0];
    let key = a.root.access_keys.iter().next().unwrap();
    assert_eq!(key.created, Timestamp(now.0 - 3 * 86_400_000));
    assert!(key.last_used.is_some());
    let names: Vec<&str> = a.trail.events().iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ConsoleLogin",
            "CreateAccessKey",
            "GetCallerIdentity",
            "ListUsers"
        ]
    );
    for e in a.trail.events() {
        let json: serde_json::Value = serde_json::from_str(&e.record(a.id)).unwrap();
        assert_eq!(json["sourceIPAddress"], "203.0.113.77");
        assert_eq!(json["userIdentity"]["type"], "Root");
    }
    let used: serde_json::Value = serde_json::from_str(&a.trail.events()[3].record(a.id)).unwrap();
    assert_eq!(used["userIdentity"]["accessKeyId"], key.id.as_str());
    assert!(used["userAgent"].as_str().unwrap().starts_with("aws-cli/"));
    assert_eq!(lab.check_integrity(), Ok(()));
}
