//! Scenarios: every built-in loads as documented; every kind of bad scenario is
//! refused with its reason and leaves the lab as it was.

use super::builtin::{builtin, named_scenario, BUILTIN_NAMES};
use super::progress::{task_states, TaskState};
use super::scenario::{parse_date, parse_scenario, ScenarioError, MAX_ACCOUNTS};
use super::task::{Task, TaskEvent};
use crate::domain::access_key::{AccessKeyError, AccessKeyStatus};
use crate::domain::ids::AccountId;
use crate::domain::lab::{Lab, Principal, SignUpForm};
use crate::domain::password::testing::QuickKdf;
use crate::domain::prefs::Locale;
use crate::domain::random::OsRandom;
use crate::domain::time::Timestamp;
use serde_json::{json, Value};

const NOW: Timestamp = Timestamp(1_796_000_000_000);
const PASSWORD: &str = "Lab-Password-1";
const SECRET_1: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const SECRET_2: &str = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";

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
        let (lab, progress) = scenario.build(&QuickKdf, &mut OsRandom, NOW).unwrap();
        assert_eq!(progress.len(), lab.accounts.len(), "{name}");
        let stored = serde_json::to_string(&lab).unwrap();
        for a in &lab.accounts {
            assert!(a.root.password.verify(PASSWORD, &QuickKdf), "{name}");
            assert!(!a.root.password.needs_rehash(), "{name}");
            for k in a.root.access_keys.iter() {
                assert_eq!(k.id.account(), Some(a.id), "{name}");
            }
        }
        for plain in [PASSWORD, SECRET_1, SECRET_2] {
            assert!(!stored.contains(plain), "{name} stores {plain}");
        }
        // The training credentials are documented in the scenario itself.
        assert!(lab.accounts.is_empty() || text.contains(PASSWORD), "{name}");
    }
}

#[test]
fn fresh_is_an_empty_lab() {
    let (lab, progress) = named_scenario("fresh")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!(lab, Lab::default());
    assert!(progress.is_empty());
}

#[test]
fn two_keys_has_one_used_active_key_and_one_inactive_and_no_room_for_a_third() {
    let (mut lab, progress) = named_scenario("two-keys")
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
    let (acc, p) = (&lab.accounts[0], &progress[0].1);
    let states = task_states(acc, p);
    assert_eq!(states[1], (Task::SignInAsRoot, TaskState::Done));
    assert_eq!(states[3], (Task::CreateAccessKey, TaskState::NotYet));
    assert_eq!(states[4], (Task::UseKeyInCloudShell, TaskState::NotYet));
}

#[test]
fn iam_user_remembered_opens_the_account_specific_page() {
    let (lab, _) = named_scenario("iam-user-remembered")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let remembered = lab.prefs.iam_sign_in_account.as_deref().unwrap();
    assert_eq!(remembered, "my-training-lab");
    assert_eq!(lab.find_account(remembered).unwrap().id, lab.accounts[0].id);
    assert_eq!(lab.session, None);
}

#[test]
fn ready_to_delete_is_signed_in_and_deleting_the_key_ticks_the_task() {
    let (mut lab, progress) = named_scenario("ready-to-delete")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let (id, mut p) = progress[0].clone();
    let session = lab.session.clone().unwrap();
    assert_eq!((session.account, session.principal), (id, Principal::Root));
    let key = lab.accounts[0]
        .root
        .access_keys
        .iter()
        .next()
        .unwrap()
        .clone();
    assert_eq!(key.status, AccessKeyStatus::Inactive);
    let states = task_states(&lab.accounts[0], &p);
    assert!(states[..6].iter().all(|(_, s)| *s == TaskState::Done));
    assert_eq!(states[6], (Task::DeleteAccessKey, TaskState::NotYet));
    lab.delete_root_access_key(id, key.id.as_str()).unwrap();
    p.record(TaskEvent::KeyDeleted { key_id: key.id });
    assert_eq!(p.settle(&lab.accounts[0]), [Task::DeleteAccessKey]);
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
    let (lab, _) = parse_scenario(&text)
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

#[test]
fn mfa_and_iam_users_are_reserved_empty_is_fine_content_is_refused() {
    for (field, what) in [("mfa", "MFA devices"), ("iam_users", "IAM users")] {
        for empty in [json!([]), Value::Null] {
            let text = with(two_keys(), "/accounts/0", {
                let mut a = two_keys()["accounts"][0].clone();
                a[field] = empty;
                a
            });
            assert!(parse_scenario(&text).is_ok(), "{field}");
        }
        let mut a = two_keys()["accounts"][0].clone();
        a[field] = json!([{"name": "phone"}]);
        let err = parse_scenario(&with(two_keys(), "/accounts/0", a)).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("accounts[0].{field}: {what} are not supported by this version of rootkey-lab yet (leave the list empty or remove the field)")
        );
    }
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
        (with(two_keys(), "/version", json!(2)), ScenarioError::NewerVersion { found: 2, supported: 1 }),
        // A newer file is refused as newer even when it uses fields this build does not know.
        (with(with(two_keys(), "/version", json!(7)).parse::<Value>().unwrap(), "/name", json!({"new": true})),
         ScenarioError::NewerVersion { found: 7, supported: 1 }),
        (with(two_keys(), "/version", json!(0)), invalid("version", "must be a whole number from 1")),
        (with(two_keys(), "/version", json!("1")), invalid("version", "must be a whole number from 1")),
        (without(two_keys(), "", "version"), invalid("version", "is missing (this build reads version 1)")),
        (with(two_keys(), "/accounts/0/acount_name", json!("x")),
         invalid("accounts[0].acount_name", "is not a field here (known fields: email, account_name, password, account_id, alias, created, hide_root_warning, access_keys, tasks_done, mfa, iam_users)")),
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
    bad[2].version = 2;
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
        parse_scenario(&with(two_keys(), "/version", json!(3))).unwrap_err().to_string(),
        "The scenario is format version 3, but this version of rootkey-lab reads version 1 at most. Update the app to load it."
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
    let (lab, progress) = named_scenario("two-keys")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    let all: TrainingProgress = progress.into_iter().collect();
    let id: AccountId = lab.accounts[0].id;
    assert_eq!(
        all.get(id).unwrap().latched().collect::<Vec<_>>(),
        [Task::CreateAccount, Task::SignInAsRoot]
    );
    let back: TrainingProgress =
        serde_json::from_str(&serde_json::to_string(&all).unwrap()).unwrap();
    assert_eq!(back, all);
}
