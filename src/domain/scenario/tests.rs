//! Scenarios loaded from files: omitted IDs and dates, version-1 files, hardware
//! tokens and IAM users, what `load_into` says and keeps. Also the fixtures the
//! other scenario tests share.

use super::{builtin, named_scenario, parse_scenario, ScenarioError, ScenarioLoaded};
use crate::domain::access_key::AccessKeyStatus;
use crate::domain::ids::AccountId;
use crate::domain::lab::{Identity, Lab, SignInStep, SignUpForm};
use crate::domain::mfa::{base32, hotp, time_step};
use crate::domain::password::testing::QuickKdf;
use crate::domain::prefs::Locale;
use crate::domain::random::OsRandom;
use crate::domain::secret::hex;
use crate::domain::time::Timestamp;
use crate::domain::training::{Task, TrainingProgress};
use serde_json::{json, Value};

pub(super) const NOW: Timestamp = Timestamp(1_796_000_000_000);
pub(super) const PASSWORD: &str = "Lab-Password-1";
pub(super) const SECRET_1: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
pub(super) const SECRET_2: &str = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
pub(super) const ADMIN_PASSWORD: &str = "Admin-Password-1";
pub(super) const MFA_SECRET_KEY: &str =
    "OJXW65DLMV4S23DBMIQHI4TBNFXGS3THEBZWKZLEHIQG433UEBQSA43FMNZGK5BB";

pub(super) fn two_keys() -> Value {
    serde_json::from_str(builtin("two-keys").unwrap()).unwrap()
}

/// `v` with the value at `pointer` set: an object field is added or replaced, a
/// list item replaced or (at the list's length) appended.
pub(super) fn with(mut v: Value, pointer: &str, new: Value) -> String {
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

pub(super) fn without(mut v: Value, pointer: &str, field: &str) -> String {
    v.pointer_mut(pointer)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(field);
    v.to_string()
}

pub(super) fn ts(text: &str) -> Timestamp {
    Timestamp::parse_aws_cli(text).unwrap()
}

/// `two-keys` as a version-1 file, as files written before version 2 are.
pub(super) fn two_keys_v1() -> Value {
    let mut v = two_keys();
    v["version"] = json!(1);
    v
}

pub(super) fn code(seed: &[u8], at: Timestamp) -> String {
    hotp(seed, time_step(at), 6)
}

/// `two-keys` in version 2 with `field` set on its account.
pub(super) fn two_keys_with(field: &str, value: Value) -> String {
    with(two_keys(), &format!("/accounts/0/{field}"), value)
}

pub(super) const TOKEN_SEED: &str = "NRQWEIDIMFZGI53BOJSSA5DPNNSW4IDT";

/// A lab with a real account and a language chosen, to show a refused load leaves it be.
pub(super) fn existing_lab() -> Lab {
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

pub(super) fn invalid(path: &str, reason: &str) -> ScenarioError {
    ScenarioError::Invalid {
        path: path.into(),
        reason: reason.into(),
    }
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
    let (owner, key) = lab.access_key("AKIARZPUZDIKIEXAMPLE").unwrap();
    assert_eq!(owner, Identity::user(id, "ci-bot"));
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
        lab.sign_in_iam_user(
            "123456789012",
            "alice",
            ADMIN_PASSWORD,
            &QuickKdf,
            &mut OsRandom,
            NOW
        )
        .map(|step| step.signed_in().cloned()),
        Ok(Some(Identity::user(id, "Alice")))
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
            remembers_iam_sign_in: false,
        }
    );
    let latched: Vec<Task> = lab.training.get(id).unwrap().latched().collect();
    assert_eq!(
        latched,
        [
            Task::CreateAccount,
            Task::SignInAsRoot,
            Task::OpenSecurityCredentials,
            Task::CreateAccessKey,
            Task::UseKeyInCloudShell,
            Task::DeactivateKey
        ]
    );
    assert_eq!(lab.prefs.locale, Some(Locale::Ja));
    let loaded = named_scenario("fresh")
        .unwrap()
        .load_into(&mut lab, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!((loaded.accounts, loaded.signed_in), (vec![], None));
    assert_eq!(lab.training, Default::default());
}

#[test]
fn progress_from_a_scenario_is_keyed_by_account_and_round_trips() {
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

#[test]
fn null_reads_as_absent() {
    let mut v = two_keys();
    for field in [
        "alias",
        "created",
        "hide_root_warning",
        "access_keys",
        "tasks_done",
        "mfa_devices",
        "iam_users",
    ] {
        v["accounts"][0][field] = Value::Null;
    }
    for field in ["name", "description", "remembered_iam_sign_in", "signed_in"] {
        v[field] = Value::Null;
    }
    let s = parse_scenario(&v.to_string()).unwrap();
    assert_eq!((s.name, s.signed_in), (None, None));
    let a = &s.accounts[0];
    assert_eq!((a.alias.as_deref(), a.created), (None, None));
    assert!(a.access_keys.is_empty() && a.tasks_done.is_empty() && !a.hide_root_warning);
    let key = json!({"secret_access_key": SECRET_1, "status": null, "last_used": null, "access_key_id": null});
    let s = parse_scenario(&two_keys_with("access_keys", json!([key]))).unwrap();
    assert_eq!(s.accounts[0].access_keys[0].status, AccessKeyStatus::Active);
}

#[test]
fn a_scenario_may_set_the_console_edition_and_otherwise_keeps_the_learners() {
    use crate::domain::prefs::Edition;
    let with = |edition: serde_json::Value| {
        json!({"format": super::FORMAT, "version": 2, "console_edition": edition}).to_string()
    };
    let current = parse_scenario(&with(json!("current"))).unwrap();
    assert_eq!(current.console_edition, Some(Edition::Current));
    let mut lab = existing_lab();
    current
        .load_into(&mut lab, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!(lab.prefs.edition, Some(Edition::Current));
    // Not named: the learner's choice stays, as the language does.
    named_scenario("fresh")
        .unwrap()
        .load_into(&mut lab, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!(lab.prefs.edition, Some(Edition::Current));
    assert_eq!(lab.prefs.locale, Some(Locale::Ja));
    let classic = parse_scenario(&with(json!("classic"))).unwrap();
    classic
        .load_into(&mut lab, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!(lab.prefs.edition, Some(Edition::Classic));
    assert_eq!(
        parse_scenario(&with(json!(null))).unwrap().console_edition,
        None
    );
}

#[test]
fn a_wrong_console_edition_is_refused_by_name() {
    for bad in [json!("modern"), json!("Current"), json!(2)] {
        let text =
            json!({"format": super::FORMAT, "version": 2, "console_edition": bad}).to_string();
        let reason = if bad.is_string() {
            "must be \"classic\" or \"current\""
        } else {
            "must be a string \"...\""
        };
        assert_eq!(
            parse_scenario(&text),
            Err(invalid("console_edition", reason)),
            "{bad}"
        );
    }
}

#[test]
fn a_loaded_scenario_opens_the_console_or_the_remembered_three_box_page() {
    let mut lab = existing_lab();
    let loaded = named_scenario("iam-user-remembered")
        .unwrap()
        .load_into(&mut lab, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert!(loaded.remembers_iam_sign_in);
    // The sign-in page (or the start page, which leads to it) was shown before
    // the scenario loaded: it gives way to the page the scenario remembers.
    for here in ["/signin", "/signin/", "/"] {
        assert_eq!(loaded.opens(here), Some("/signin/iam"), "{here}");
    }
    for here in ["/lab-data", "/signin/iam", "/signup", "/cloudshell"] {
        assert_eq!(loaded.opens(here), None, "{here}");
    }
    let signed_in = named_scenario("ready-to-delete")
        .unwrap()
        .load_into(&mut lab, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!(signed_in.opens("/lab-data"), Some("/console"));
    assert_eq!(signed_in.opens("/signin"), Some("/console"));
    for console_page in ["/console", "/console/", "/console/security-credentials"] {
        assert_eq!(signed_in.opens(console_page), None, "{console_page}");
    }
    let fresh = named_scenario("fresh")
        .unwrap()
        .load_into(&mut lab, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    assert_eq!(fresh.opens("/signin"), None);
}
