//! Every kind of bad scenario is refused with its reason, named by its path, and
//! leaves the lab as it was; where the console refuses a value, so does a scenario.

use super::tests::*;
use super::{named_scenario, parse_scenario, ScenarioError, MAX_ACCOUNTS};
use crate::domain::lab::Identity;
use crate::domain::password::testing::QuickKdf;
use crate::domain::prefs::Locale;
use crate::domain::random::OsRandom;
use serde_json::{json, Value};

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
        (with(two_keys(), "/accounts/0/alias", json!("123456789012")), invalid("accounts[0].alias", "must not be a 12-digit number: it would read as an account ID")),
        // serde would read an object from a list of its values in order; no scenario means that.
        (with(two_keys(), "/accounts/0", json!(["learner@example.com", "Training", PASSWORD])), invalid("accounts[0]", "must be an object { ... }")),
        (with(two_keys(), "/accounts/0/access_keys/0/last_used", json!("2026-11-25T09:30:00+00:00")), invalid("accounts[0].access_keys[0].last_used", "must be an object { ... }")),
        (with(two_keys(), "/accounts/0/tasks_done", json!("create-account")), invalid("accounts[0].tasks_done", "must be a list [ ... ]")),
        (with(two_keys(), "/accounts/0/email", Value::Null), invalid("accounts[0].email", "is missing")),
        (with(two_keys(), "/accounts/0/hide_root_warning", json!("yes")), invalid("accounts[0].hide_root_warning", "must be true or false")),
        (with(two_keys(), "/accounts/0/created", json!("2026-02-30T00:00:00+00:00")), invalid("accounts[0].created", "must be a UTC date and time like \"2026-11-20T10:00:00+00:00\"")),
        (with(two_keys(), "/accounts/0/tasks_done/1", json!("mark-done")), invalid("accounts[0].tasks_done[1]", "must be one of the task names: create-account, sign-in-as-root, open-security-credentials, enable-root-mfa, sign-in-with-mfa, create-access-key, use-key-in-cloudshell, deactivate-key, delete-access-key, change-root-password, create-iam-admin, sign-in-as-iam-user, find-root-key-in-credential-report, find-key-creator-in-event-history, confirm-no-root-access-keys")),
        (with(two_keys(), &format!("{k}/2"), json!({"secret_access_key": SECRET_1})),
         invalid("accounts[0].access_keys", "a root user has at most 2 access keys (inactive ones count)")),
        (with(two_keys(), &format!("{k}/0/colour"), json!("red")),
         invalid("accounts[0].access_keys[0].colour", "is not a field here (known fields: access_key_id, secret_access_key, status, created, last_used, secret_saved, created_from)")),
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
        (with(two_keys(), "/surprise", json!(1)), invalid("surprise", "is not a field here (known fields: format, version, name, description, accounts, remembered_iam_sign_in, signed_in, console_edition)")),
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
fn an_alias_loads_exactly_when_the_console_would_set_it() {
    let (mut lab, id) = crate::domain::lab::testing::lab_with_account();
    for alias in [
        "my-training-lab",
        "abc",
        "123456789012a",
        "123456789012",
        "1234",
        "123",
        "1234-5678-9012",
        "ab",
        "My-Lab",
        "-lab",
        "my--lab",
        &"a".repeat(64),
    ] {
        let console = lab.set_account_alias(&Identity::root(id), id, alias);
        let scenario = parse_scenario(&with(two_keys(), "/accounts/0/alias", json!(alias)));
        assert_eq!(scenario.is_ok(), console.is_ok(), "{alias}");
    }
    // AWS refuses only a 12-digit number; a shorter all-digit alias is set.
    assert!(lab
        .set_account_alias(&Identity::root(id), id, "123456789012")
        .is_err());
    assert!(lab
        .set_account_alias(&Identity::root(id), id, "1234")
        .is_ok());
}

#[test]
fn a_scenario_file_meets_the_size_caps_an_import_meets() {
    let long = with(two_keys(), "/description", json!("d".repeat(1025)));
    let refused = parse_scenario(&long).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "description: is longer than the cap of 1 KiB (1024 bytes) for any text"
    );
    let huge = with(two_keys(), "/padding", json!(vec!["p".repeat(1000); 1100]));
    let refused = parse_scenario(&huge).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "the file is larger than the cap of 1 MiB (1048576 bytes)"
    );
}
