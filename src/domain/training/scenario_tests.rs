//! Scenarios: every built-in loads as documented; every kind of bad scenario is
//! refused with its reason and leaves the lab as it was.

use super::builtin::{builtin, named_scenario, BUILTIN_NAMES};
use super::progress::TaskState;
use super::scenario::{parse_date, parse_scenario, ScenarioError, ScenarioLoaded, MAX_ACCOUNTS};
use super::task::Task;
use crate::domain::access_key::{AccessKeyError, AccessKeyStatus};
use crate::domain::ids::AccountId;
use crate::domain::lab::testing::who;
use crate::domain::lab::{Identity, Lab, Principal, SignInStep, SignUpForm};
use crate::domain::mfa::{base32, format_secret_for_display, hotp, time_step, MfaDeviceKind};
use crate::domain::password::testing::QuickKdf;
use crate::domain::prefs::Locale;
use crate::domain::random::OsRandom;
use crate::domain::secret::hex;
use crate::domain::time::Timestamp;
use serde_json::{json, Value};

const NOW: Timestamp = Timestamp(1_796_000_000_000);
const PASSWORD: &str = "Lab-Password-1";
const SECRET_1: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const SECRET_2: &str = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
const ADMIN_PASSWORD: &str = "Admin-Password-1";
const MFA_SECRET_KEY: &str = "OJXW65DLMV4S23DBMIQHI4TBNFXGS3THEBZWKZLEHIQG433UEBQSA43FMNZGK5BB";

fn two_keys() -> Value {
    serde_json::from_str(builtin("two-keys").unwrap()).unwrap()
}

/// `v` with the value at `pointer` set: an object field is added or replaced, a
/// list item replaced or (at the list's length) appended.
fn with(mut v: Value, pointer: &str, new: Value) -> String {
    let (parent, last) = pointer.rsplit_once('/').unwrap();
    match v.pointer_mut(parent).unwrap_or_else(|| panic!("{pointer}")) {
        Value::Object(map) => {
            map.insert(last.to_string(), new);
        }
        Value::Array(items) => {
            let i: usize = last.parse().unwrap();
            if i == items.len() {
                items.push(new);
            } else {
                items[i] = new;
            }
        }
        _ => panic!("{pointer}"),
    }
    v.to_string()
}

fn without(mut v: Value, pointer: &str, field: &str) -> String {
    v.pointer_mut(pointer)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(field);
    v.to_string()
}

fn ts(text: &str) -> Timestamp {
    parse_date(text).unwrap()
}

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
        lab.create_root_access_key(id, &mut OsRandom, NOW),
        Err(AccessKeyError::LimitExceeded)
    );
    // Pre-made keys are not the learner's: the key tasks are still to do.
    let acc = &lab.accounts[0];
    let states = lab.training.states(acc);
    assert_eq!(states[1], (Task::SignInAsRoot, TaskState::Done));
    assert_eq!(states[3], (Task::CreateAccessKey, TaskState::NotYet));
    assert_eq!(states[4], (Task::UseKeyInCloudShell, TaskState::NotYet));
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
    assert_eq!(states[9], (Task::CreateIamAdmin, TaskState::Done));
    assert_eq!(states[10], (Task::SignInAsIamUser, TaskState::NotYet));
    // Signing in on the remembered page ticks the task, without the UI's help.
    assert_eq!(
        who(lab.sign_in_iam_user(
            &remembered,
            "ADMIN",
            ADMIN_PASSWORD,
            &QuickKdf,
            &mut OsRandom,
            NOW
        ))
        .map(|w| w.map(|i| i.account)),
        Ok(Some(id))
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
    assert!(states[..6].iter().all(|(_, s)| *s == TaskState::Done));
    assert_eq!(states[6], (Task::DeleteAccessKey, TaskState::NotYet));
    // The lab records the deletion itself: no event from the UI.
    lab.delete_root_access_key(id, key.id.as_str()).unwrap();
    assert_eq!(lab.settle_training(), [(id, Task::DeleteAccessKey)]);
}

#[test]
fn omitted_ids_are_generated_and_dates_default_sensibly() {
    let text = json!({
        "format": "rootkey-lab-scenario",
        "version": 1,
        "accounts": [
            {"email": "a@example.com", "account_name": "A", "password": PASSWORD,
             "access_keys": [
                {"secret_access_key": SECRET_1},
                {"secret_access_key": SECRET_2, "status": "Inactive",
                 "last_used": {"date": "2026-01-02T03:04:05Z", "region": "eu-west-1", "service": "iam"}}
             ]},
            {"email": "b@example.com", "account_name": "B", "password": PASSWORD, "account_id": "1234 5678 9012"}
        ]
    })
    .to_string();
    let lab = parse_scenario(&text)
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let a = &lab.accounts[0];
    assert_ne!(a.id, lab.accounts[1].id);
    assert_eq!(lab.accounts[1].id.to_string(), "123456789012");
    assert_eq!(a.created, NOW);
    let keys: Vec<_> = a.root.access_keys.iter().collect();
    assert_eq!(keys[0].id.account(), Some(a.id));
    assert!(keys[0].secret_matches(SECRET_1));
    assert_eq!(
        (keys[0].status, keys[0].created),
        (AccessKeyStatus::Active, NOW)
    );
    assert!(keys[1].secret_matches(SECRET_2));
    assert_eq!(keys[1].created, ts("2026-01-02T03:04:05+00:00"));
}

/// `two-keys` as a version-1 file, as files written before version 2 are.
fn two_keys_v1() -> Value {
    let mut v = two_keys();
    v["version"] = json!(1);
    v
}

#[test]
fn version_1_files_still_load_and_their_reserved_names_need_version_2() {
    let lab = parse_scenario(&two_keys_v1().to_string())
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!(lab.accounts[0].root.access_keys.len(), 2);
    let cases = [
        ("mfa", "MFA devices (in mfa_devices)"),
        ("mfa_devices", "MFA devices"),
        ("iam_users", "IAM users"),
    ];
    for (field, what) in cases {
        for empty in [json!([]), Value::Null] {
            let text = with(two_keys_v1(), &format!("/accounts/0/{field}"), empty);
            assert!(parse_scenario(&text).is_ok(), "{field}");
        }
        let text = with(
            two_keys_v1(),
            &format!("/accounts/0/{field}"),
            json!([{"name": "x"}]),
        );
        assert_eq!(
            parse_scenario(&text).unwrap_err().to_string(),
            format!("accounts[0].{field}: {what} need format version 2: set \"version\": 2 at the top of the file")
        );
    }
    // In version 2, `mfa` gave way to `mfa_devices`.
    let text = with(two_keys(), "/accounts/0/mfa", json!([]));
    assert!(parse_scenario(&text)
        .unwrap_err()
        .to_string()
        .starts_with("accounts[0].mfa: is not a field here"));
    // Fields set in code are held to the same rule.
    let mut s = named_scenario("iam-user-remembered").unwrap();
    s.version = 1;
    assert_eq!(
        s.validate(),
        Err(invalid(
            "accounts[0].iam_users",
            "needs format version 2: set \"version\": 2 at the top of the file"
        ))
    );
}

fn code(seed: &[u8], at: Timestamp) -> String {
    hotp(seed, time_step(at), 6)
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
    assert_eq!(states[7], (Task::EnableRootMfa, TaskState::Done));
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
    assert_eq!(lab.settle_training(), [(id, Task::SignInAsRoot)]);
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

/// `two-keys` in version 2 with `field` set on its account.
fn two_keys_with(field: &str, value: Value) -> String {
    with(two_keys(), &format!("/accounts/0/{field}"), value)
}

const TOKEN_SEED: &str = "NRQWEIDIMFZGI53BOJSSA5DPNNSW4IDT";

#[test]
fn a_hardware_token_and_iam_users_with_keys_load_and_work() {
    let text = two_keys_with(
        "mfa_devices",
        json!([{"type": "hardware-token", "name": "fob", "serial": "GAHT12345678", "secret_key": TOKEN_SEED.to_lowercase()}]),
    );
    let mut v: Value = text.parse().unwrap();
    v["accounts"][0]["iam_users"] = json!([
        {"name": "ci-bot", "access_keys": [
            {"access_key_id": "AKIARZPUZDIKIEXAMPLE", "secret_access_key": SECRET_2.replace('j', "J"), "status": "Inactive"}
        ]},
        {"name": "Alice", "password": ADMIN_PASSWORD}
    ]);
    let mut lab = parse_scenario(&v.to_string())
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let id = lab.accounts[0].id;
    let a = &lab.accounts[0];
    assert_eq!(a.root.mfa.devices[0].serial, "GAHT12345678");
    // Neither user is an administrator, and no Administrators group was made.
    assert!(!a.has_iam_administrator());
    assert!(a.groups.is_empty());
    assert_eq!(a.user("ci-bot").unwrap().password, None);
    let (owner, principal, key) = lab.access_key("AKIARZPUZDIKIEXAMPLE").unwrap();
    assert_eq!(
        (owner, principal),
        (
            id,
            Principal::IamUser {
                name: "ci-bot".into()
            }
        )
    );
    assert!(key.secret_matches(&SECRET_2.replace('j', "J")));
    assert_eq!(key.status, AccessKeyStatus::Inactive);
    // The token's display is the code the sign-in step takes.
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
    let shown = challenge.hardware_token_display(&lab, NOW);
    let seed = base32::decode(TOKEN_SEED).unwrap();
    assert_eq!(shown[0].code, code(&seed, NOW));
    assert_eq!(
        lab.complete_mfa_with_code(&challenge, &shown[0].code, NOW)
            .map(|s| s.identity),
        Ok(Identity::root(id))
    );
    // Alice signs in with her password; a user without one cannot.
    lab.sign_out();
    assert_eq!(
        who(lab.sign_in_iam_user(
            "123456789012",
            "alice",
            ADMIN_PASSWORD,
            &QuickKdf,
            &mut OsRandom,
            NOW
        ))
        .map(|w| w.map(|i| i.account)),
        Ok(Some(id))
    );
    let stored = serde_json::to_string(&lab).unwrap();
    for plain in [
        ADMIN_PASSWORD,
        TOKEN_SEED,
        &TOKEN_SEED.to_lowercase(),
        &hex(&seed),
    ] {
        assert!(!stored.contains(plain), "stores {plain}");
    }
}

#[test]
fn load_into_puts_the_progress_in_the_lab_and_says_what_loaded() {
    let mut lab = existing_lab();
    let loaded = named_scenario("ready-to-delete")
        .unwrap()
        .load_into(&mut lab, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let id = lab.accounts[0].id;
    assert_eq!(
        loaded,
        ScenarioLoaded {
            name: Some("ready-to-delete".into()),
            description: named_scenario("ready-to-delete").unwrap().description,
            accounts: vec![id],
            signed_in: Some(id),
        }
    );
    let latched: Vec<Task> = lab.training.get(id).unwrap().latched().collect();
    assert_eq!(latched, Task::ALL[..6]);
    assert_eq!(lab.prefs.locale, Some(Locale::Ja));
    let loaded = named_scenario("fresh")
        .unwrap()
        .load_into(&mut lab, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!((loaded.accounts, loaded.signed_in), (vec![], None));
    assert_eq!(lab.training, Default::default());
}

/// A lab with a real account and a language chosen, to show a refused load leaves it be.
fn existing_lab() -> Lab {
    let mut lab = Lab::default();
    lab.sign_up(
        &SignUpForm {
            email: "mine@example.com".into(),
            account_name: "Mine".into(),
            password: "Mine-Pass-1".into(),
            confirm: "Mine-Pass-1".into(),
        },
        &QuickKdf,
        &mut OsRandom,
        Timestamp(1),
    )
    .unwrap();
    lab.prefs.locale = Some(Locale::Ja);
    lab
}

fn invalid(path: &str, reason: &str) -> ScenarioError {
    ScenarioError::Invalid {
        path: path.into(),
        reason: reason.into(),
    }
}

#[test]
fn every_kind_of_bad_scenario_is_refused_with_its_reason_and_changes_nothing() {
    let k = "/accounts/0/access_keys";
    let eleven: Vec<Value> = (0..=MAX_ACCOUNTS)
        .map(|i| json!({"email": format!("u{i}@example.com"), "account_name": "A", "password": PASSWORD}))
        .collect();
    let cases: Vec<(String, ScenarioError)> = vec![
        ("{\"format\": ".into(), ScenarioError::NotJson("EOF while parsing a value at line 1 column 11".into())),
        ("[]".into(), ScenarioError::WrongFormat),
        (with(two_keys(), "/format", json!("rootkey-lab")), ScenarioError::WrongFormat),
        (without(two_keys(), "", "format"), ScenarioError::WrongFormat),
        (with(two_keys(), "/version", json!(3)), ScenarioError::NewerVersion { found: 3, supported: 2 }),
        // A newer file is refused as newer even when it uses fields this build does not know.
        (with(with(two_keys(), "/version", json!(7)).parse::<Value>().unwrap(), "/name", json!({"new": true})),
         ScenarioError::NewerVersion { found: 7, supported: 2 }),
        (with(two_keys(), "/version", json!(0)), invalid("version", "must be a whole number from 1")),
        (with(two_keys(), "/version", json!("1")), invalid("version", "must be a whole number from 1")),
        (without(two_keys(), "", "version"), invalid("version", "is missing (this build reads versions 1 to 2)")),
        (with(two_keys(), "/accounts/0/acount_name", json!("x")),
         invalid("accounts[0].acount_name", "is not a field here (known fields: email, account_name, password, account_id, alias, created, hide_root_warning, access_keys, tasks_done, mfa_devices, iam_users)")),
        (with(two_keys(), "/accounts", json!({})), invalid("accounts", "must be a list [ ... ]")),
        (with(two_keys(), "/accounts/0", json!("a")), invalid("accounts[0]", "must be an object { ... }")),
        (without(two_keys(), "/accounts/0", "password"), invalid("accounts[0].password", "is missing")),
        (with(two_keys(), "/accounts/0/email", json!(5)), invalid("accounts[0].email", "must be a string \"...\"")),
        (with(two_keys(), "/accounts/0/email", json!("learner")), invalid("accounts[0].email", "must be an email address like learner@example.com")),
        (with(two_keys(), "/accounts/0/account_name", json!(" ")), invalid("accounts[0].account_name", "must be 1 to 50 characters")),
        (with(two_keys(), "/accounts/0/password", json!("short")), invalid("accounts[0].password", "must be 8 to 128 characters; must mix at least three of: uppercase letters, lowercase letters, digits, symbols")),
        (with(two_keys(), "/accounts/0/password", json!("Training")), invalid("accounts[0].password", "must mix at least three of: uppercase letters, lowercase letters, digits, symbols; must not be the account's email or name")),
        (with(two_keys(), "/accounts/0/account_id", json!("12345678901")), invalid("accounts[0].account_id", "must be 12 digits, like \"123456789012\" or \"1234-5678-9012\"")),
        (with(two_keys(), "/accounts/0/alias", json!("My_Lab")), invalid("accounts[0].alias", "must be 3 to 63 of a-z 0-9 and single hyphens, not starting or ending with a hyphen, and not an account ID")),
        (with(two_keys(), "/accounts/0/alias", json!("123456789012")), invalid("accounts[0].alias", "must be 3 to 63 of a-z 0-9 and single hyphens, not starting or ending with a hyphen, and not an account ID")),
        (with(two_keys(), "/accounts/0/hide_root_warning", json!("yes")), invalid("accounts[0].hide_root_warning", "must be true or false")),
        (with(two_keys(), "/accounts/0/created", json!("2026-02-30T00:00:00+00:00")), invalid("accounts[0].created", "must be a UTC date and time like \"2026-11-20T10:00:00+00:00\"")),
        (with(two_keys(), "/accounts/0/tasks_done/1", json!("mark-done")), invalid("accounts[0].tasks_done[1]", "must be one of the task names: create-account, sign-in-as-root, open-security-credentials, create-access-key, use-key-in-cloudshell, deactivate-key, delete-access-key, enable-root-mfa, change-root-password, create-iam-admin, sign-in-as-iam-user")),
        (with(two_keys(), &format!("{k}/2"), json!({"secret_access_key": SECRET_1})),
         invalid("accounts[0].access_keys", "a root user has at most 2 access keys (inactive ones count)")),
        (with(two_keys(), &format!("{k}/0/colour"), json!("red")),
         invalid("accounts[0].access_keys[0].colour", "is not a field here (known fields: access_key_id, secret_access_key, status, created, last_used, secret_saved)")),
        (with(two_keys(), k, json!([{"secret_access_key": SECRET_1}, {"secret_access_key": SECRET_1}, {"secret_access_key": SECRET_1}])),
         invalid("accounts[0].access_keys", "a root user has at most 2 access keys (inactive ones count)")),
        (with(two_keys(), &format!("{k}/1/secret_access_key"), json!("short")), invalid("accounts[0].access_keys[1].secret_access_key", "must be 40 characters of A-Z a-z 0-9 + /")),
        (with(two_keys(), &format!("{k}/1/secret_access_key"), json!(SECRET_1.replace('/', "-"))), invalid("accounts[0].access_keys[1].secret_access_key", "must be 40 characters of A-Z a-z 0-9 + /")),
        (with(two_keys(), &format!("{k}/0/access_key_id"), json!("AKIAIOSFODNN7EXAMPL")), invalid("accounts[0].access_keys[0].access_key_id", "must be AKIA followed by 16 characters of A-Z 2-7")),
        (with(two_keys(), &format!("{k}/0/access_key_id"), json!("ASIARZPUZDIKGEXAMPLE")), invalid("accounts[0].access_keys[0].access_key_id", "must start with AKIA (a root user's long-term key; ASIA is for temporary credentials)")),
        (with(two_keys(), &format!("{k}/0/access_key_id"), json!("AKIAIOSFODNN7EXAMPLE")), invalid("accounts[0].access_keys[0].access_key_id", "encodes account 581039954779, not this account's 123456789012")),
        (with(two_keys(), &format!("{k}/1/access_key_id"), json!("AKIARZPUZDIKGEXAMPLE")), invalid("accounts[0].access_keys[1].access_key_id", "is already the ID of accounts[0].access_keys[0]")),
        (without(two_keys(), "/accounts/0", "account_id"), invalid("accounts[0].access_keys[0].access_key_id", "needs accounts[0].account_id, since a key ID encodes its account")),
        (with(two_keys(), &format!("{k}/0/status"), json!("active")), invalid("accounts[0].access_keys[0].status", "must be \"Active\" or \"Inactive\"")),
        (with(two_keys(), &format!("{k}/0/last_used/date"), json!("2026-11-19T10:00:00+00:00")), invalid("accounts[0].access_keys[0].last_used.date", "is before the key's created date")),
        (with(two_keys(), &format!("{k}/0/last_used/date"), json!("2026-11-25T09:30:00+09:00")), invalid("accounts[0].access_keys[0].last_used.date", "must be a UTC date and time like \"2026-11-20T10:00:00+00:00\"")),
        (with(two_keys(), &format!("{k}/0/last_used/region"), json!("")), invalid("accounts[0].access_keys[0].last_used.region", "must be a region name like us-east-1")),
        (with(two_keys(), &format!("{k}/0/last_used/service"), json!("S T S")), invalid("accounts[0].access_keys[0].last_used.service", "must be a service name like sts or iam")),
        (without(two_keys(), &format!("{k}/0/last_used"), "date"), invalid("accounts[0].access_keys[0].last_used.date", "is missing")),
        (with(two_keys(), "/accounts", json!([two_keys()["accounts"][0], two_keys()["accounts"][0]])), invalid("accounts[1].email", "is already the email of accounts[0]")),
        (with(two_keys(), "/accounts", json!(eleven)), invalid("accounts", "at most 10 accounts in one scenario")),
        (with(two_keys(), "/accounts/1", json!({"email": "b@example.com", "account_name": "B", "password": PASSWORD, "account_id": "1234-5678-9012"})),
         invalid("accounts[1].account_id", "is already the ID of accounts[0]")),
        (with(with(two_keys(), "/accounts/0/alias", json!("lab")).parse().unwrap(), "/accounts/1", json!({"email": "b@example.com", "account_name": "B", "password": PASSWORD, "alias": "LAB"})),
         invalid("accounts[1].alias", "must be 3 to 63 of a-z 0-9 and single hyphens, not starting or ending with a hyphen, and not an account ID")),
        (with(with(two_keys(), "/accounts/0/alias", json!("lab")).parse().unwrap(), "/accounts/1", json!({"email": "b@example.com", "account_name": "B", "password": PASSWORD, "alias": "lab"})),
         invalid("accounts[1].alias", "is already the alias of accounts[0]")),
        (with(two_keys(), "/signed_in", json!("nobody@example.com")), invalid("signed_in", "must be the email of an account of this scenario")),
        (with(two_keys(), "/remembered_iam_sign_in", json!("210987654321")), invalid("remembered_iam_sign_in", "must be the account_id or alias of an account of this scenario")),
        // MFA devices (version 2).
        (two_keys_with("mfa_devices", json!({})), invalid("accounts[0].mfa_devices", "must be a list [ ... ]")),
        (two_keys_with("mfa_devices", json!([{"name": "a", "secret_key": MFA_SECRET_KEY}])), invalid("accounts[0].mfa_devices[0].type", "is missing")),
        (two_keys_with("mfa_devices", json!([{"type": "passkey", "name": "a"}])),
         invalid("accounts[0].mfa_devices[0].type", "must be \"authenticator-app\" or \"hardware-token\" (a passkey cannot be described in a file: its private key lives in the learner's authenticator)")),
        (two_keys_with("mfa_devices", json!([{"type": "authenticator-app", "name": "a", "secret_key": MFA_SECRET_KEY, "serial": "GAHT12345678"}])),
         invalid("accounts[0].mfa_devices[0].serial", "is not a field here (known fields: type, name, secret_key)")),
        (two_keys_with("mfa_devices", json!([{"type": "authenticator-app", "secret_key": MFA_SECRET_KEY}])), invalid("accounts[0].mfa_devices[0].name", "is missing")),
        (two_keys_with("mfa_devices", json!([{"type": "authenticator-app", "name": "my phone", "secret_key": MFA_SECRET_KEY}])),
         invalid("accounts[0].mfa_devices[0].name", "must be 1 to 128 of A-Z a-z 0-9 + = , . @ _ -")),
        (two_keys_with("mfa_devices", json!([{"type": "authenticator-app", "name": "a", "secret_key": "0OJXW"}])),
         invalid("accounts[0].mfa_devices[0].secret_key", "must be Base32: A-Z and 2-7 (spaces and case are ignored, = only at the end)")),
        (two_keys_with("mfa_devices", json!([{"type": "authenticator-app", "name": "a", "secret_key": "OJXW65DLMV4S23DB"}])),
         invalid("accounts[0].mfa_devices[0].secret_key", "must encode 16 to 64 bytes (AWS's own are 40 bytes: 64 Base32 characters); this one is 10 bytes")),
        (two_keys_with("mfa_devices", json!([{"type": "hardware-token", "name": "a", "secret_key": TOKEN_SEED}])), invalid("accounts[0].mfa_devices[0].serial", "is missing")),
        (two_keys_with("mfa_devices", json!([{"type": "hardware-token", "name": "a", "serial": "GAHT1", "secret_key": MFA_SECRET_KEY}])),
         invalid("accounts[0].mfa_devices[0].secret_key", "a hardware token's seed is 20 bytes (32 Base32 characters); this one is 40 bytes")),
        (two_keys_with("mfa_devices", json!([{"type": "hardware-token", "name": "a", "serial": "gaht-1", "secret_key": TOKEN_SEED}])),
         invalid("accounts[0].mfa_devices[0].serial", "must be 4 to 32 capital letters and digits, like GAHT12345678")),
        (two_keys_with("mfa_devices", json!([
            {"type": "hardware-token", "name": "a", "serial": "GAHT1", "secret_key": TOKEN_SEED},
            {"type": "hardware-token", "name": "b", "serial": "GAHT1", "secret_key": TOKEN_SEED}])),
         invalid("accounts[0].mfa_devices[1].serial", "is already the serial of accounts[0].mfa_devices[0] (a token belongs to one user)")),
        (two_keys_with("mfa_devices", json!([
            {"type": "authenticator-app", "name": "a", "secret_key": MFA_SECRET_KEY},
            {"type": "hardware-token", "name": "a", "serial": "GAHT1", "secret_key": TOKEN_SEED}])),
         invalid("accounts[0].mfa_devices[1].name", "is already the name of accounts[0].mfa_devices[0]")),
        (two_keys_with("mfa_devices", json!(vec![json!({"type": "authenticator-app", "name": "a", "secret_key": MFA_SECRET_KEY}); 9])),
         invalid("accounts[0].mfa_devices", "a user has at most 8 MFA devices")),
        // IAM users (version 2).
        (two_keys_with("iam_users", json!([{"password": ADMIN_PASSWORD}])), invalid("accounts[0].iam_users[0].name", "is missing")),
        (two_keys_with("iam_users", json!([{"name": "bob smith"}])), invalid("accounts[0].iam_users[0].name", "must be letters, digits and + = , . @ _ - only")),
        (two_keys_with("iam_users", json!([{"name": "b".repeat(65)}])), invalid("accounts[0].iam_users[0].name", "must be 1 to 64 characters")),
        (two_keys_with("iam_users", json!([{"name": "bob"}, {"name": "Bob"}])),
         invalid("accounts[0].iam_users[1].name", "is already the name of accounts[0].iam_users[0] (IAM user names are unique regardless of case)")),
        (two_keys_with("iam_users", json!([{"name": "bob", "password": "Training"}])),
         invalid("accounts[0].iam_users[0].password", "must mix at least three of: uppercase letters, lowercase letters, digits, symbols; must not be the account's email or name")),
        (two_keys_with("iam_users", json!([{"name": "bob", "administrator": "yes"}])), invalid("accounts[0].iam_users[0].administrator", "must be true or false")),
        (two_keys_with("iam_users", json!([{"name": "bob", "mfa_devices": []}])),
         invalid("accounts[0].iam_users[0].mfa_devices", "is not a field here (known fields: name, password, administrator, created, access_keys)")),
        (two_keys_with("iam_users", json!([{"name": "bob", "access_keys": [{"secret_access_key": SECRET_1, "secret_saved": true}]}])),
         invalid("accounts[0].iam_users[0].access_keys[0].secret_saved", "is not a field here (known fields: access_key_id, secret_access_key, status, created, last_used)")),
        (two_keys_with("iam_users", json!([{"name": "bob", "access_keys": [{"secret_access_key": SECRET_1}, {"secret_access_key": SECRET_1}, {"secret_access_key": SECRET_1}]}])),
         invalid("accounts[0].iam_users[0].access_keys", "an IAM user has at most 2 access keys (inactive ones count)")),
        (two_keys_with("iam_users", json!([{"name": "bob", "access_keys": [{"access_key_id": "AKIARZPUZDIKGEXAMPLE", "secret_access_key": SECRET_1}]}])),
         invalid("accounts[0].iam_users[0].access_keys[0].access_key_id", "is already the ID of accounts[0].access_keys[0]")),
        (two_keys_with("iam_users", json!([{"name": "bob", "access_keys": [{"secret_access_key": "short"}]}])),
         invalid("accounts[0].iam_users[0].access_keys[0].secret_access_key", "must be 40 characters of A-Z a-z 0-9 + /")),
        (two_keys_with("iam_users", json!(vec![json!({"name": "u"}); 6].into_iter().enumerate().map(|(i, _)| json!({"name": format!("u{i}")})).collect::<Vec<_>>())),
         invalid("accounts[0].iam_users", "at most 5 IAM users per account in one scenario")),
        (with(two_keys(), "/surprise", json!(1)), invalid("surprise", "is not a field here (known fields: format, version, name, description, accounts, remembered_iam_sign_in, signed_in)")),
    ];
    let lab = existing_lab();
    for (text, expected) in cases {
        assert_eq!(parse_scenario(&text).err(), Some(expected), "{text}");
    }
    // Errors found after parsing (fields set in code) are refused by `build` too,
    // and `load_into` then leaves the lab exactly as it was.
    let base = named_scenario("two-keys").unwrap();
    let mut bad = vec![base.clone(), base.clone(), base.clone(), base.clone()];
    bad[0].accounts[0].password = "x".into();
    bad[1].accounts[0].access_keys[1].secret_access_key = "x".into();
    bad[2].version = 3;
    bad[3].signed_in = Some("nobody@example.com".into());
    for s in bad {
        let mut after = lab.clone();
        assert!(s.build(&QuickKdf, &mut OsRandom, NOW).is_err());
        assert!(s
            .load_into(&mut after, &QuickKdf, &mut OsRandom, NOW)
            .is_err());
        assert_eq!(after, lab);
    }
    // A good load replaces the lab but keeps the chosen language.
    let mut after = lab.clone();
    base.load_into(&mut after, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!(after.accounts.len(), 1);
    assert_eq!(after.accounts[0].root.email, "learner@example.com");
    assert_eq!(after.prefs.locale, Some(Locale::Ja));
}

#[test]
fn reasons_read_as_plain_english() {
    let text = with(
        two_keys(),
        "/accounts/0/access_keys/1/secret_access_key",
        json!("abc"),
    );
    assert_eq!(
        parse_scenario(&text).unwrap_err().to_string(),
        "accounts[0].access_keys[1].secret_access_key: must be 40 characters of A-Z a-z 0-9 + /"
    );
    assert_eq!(
        parse_scenario("{").unwrap_err().to_string(),
        "The file is not valid JSON: EOF while parsing an object at line 1 column 1."
    );
    assert_eq!(
        parse_scenario("{}").unwrap_err().to_string(),
        "The file is not a rootkey-lab scenario: it needs \"format\": \"rootkey-lab-scenario\"."
    );
    assert_eq!(
        parse_scenario(&with(two_keys(), "/version", json!(3)))
            .unwrap_err()
            .to_string(),
        "The scenario is format version 3, but this version of rootkey-lab reads version 2 at most. Update the app to load it."
    );
}

#[test]
fn dates_are_utc_and_real() {
    for (text, ms) in [
        ("1970-01-01T00:00:00+00:00", Some(0)),
        ("1970-01-01T00:00:00Z", Some(0)),
        ("2026-11-27T10:15:30+00:00", Some(1_795_774_530_000)),
        ("2000-02-29T00:00:00+00:00", Some(951_782_400_000)),
        ("2001-02-29T00:00:00+00:00", None),
        ("2026-13-01T00:00:00+00:00", None),
        ("2026-11-27T24:00:00+00:00", None),
        ("2026-11-27T10:15:30", None),
        ("2026-11-27T10:15:30+09:00", None),
        ("2026-11-27 10:15:30+00:00", None),
        ("+026-11-27T10:15:30+00:00", None),
        ("２026-11-27T10:15:30+00:00", None),
        ("", None),
    ] {
        assert_eq!(parse_date(text), ms.map(Timestamp), "{text}");
    }
}

#[test]
fn progress_from_a_scenario_is_keyed_by_account_and_round_trips() {
    use super::progress::TrainingProgress;
    let lab = named_scenario("two-keys")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let all: TrainingProgress = lab.training.clone();
    let id: AccountId = lab.accounts[0].id;
    assert_eq!(
        all.get(id).unwrap().latched().collect::<Vec<_>>(),
        [Task::CreateAccount, Task::SignInAsRoot]
    );
    let back: TrainingProgress =
        serde_json::from_str(&serde_json::to_string(&all).unwrap()).unwrap();
    assert_eq!(back, all);
}
