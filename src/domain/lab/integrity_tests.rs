//! The lab validator: a lab made by the lab's operations passes; each broken rule
//! is named by its path.

use super::*;
use crate::domain::iam::user::CreateUserForm;
use crate::domain::lab::testing::*;
use crate::domain::lab::{Identity, Lab, Session};
use crate::domain::random::OsRandom;
use crate::domain::scenario::{named_scenario, BUILTIN_NAMES};
use crate::domain::time::Timestamp;

/// Two accounts, a root key, an administrator with a key, an authenticator app.
fn full_lab() -> Lab {
    let (mut lab, id) = lab_with_account();
    let root = Identity::root(id);
    lab.create_access_key(&root, &root, &mut OsRandom, Timestamp(2))
        .unwrap();
    let admin_form = CreateUserForm {
        name: "admin".into(),
        console_password: Some("User-Pass-9".into()),
        add_to_administrators: true,
        ..Default::default()
    };
    lab.create_user(
        &root,
        id,
        &admin_form,
        &QuickKdf,
        &mut OsRandom,
        Timestamp(3),
    )
    .unwrap();
    let admin = Identity::user(id, "admin");
    lab.create_access_key(&root, &admin, &mut OsRandom, Timestamp(4))
        .unwrap();
    lab.set_account_alias(&root, id, "my-training").unwrap();
    lab.sign_up(
        &form("second@example.com"),
        &QuickKdf,
        &mut OsRandom,
        Timestamp(5),
    )
    .unwrap();
    lab
}

/// The path the validator should name, and the edit that breaks the lab there.
type Breakage = (&'static str, fn(&mut Lab));

fn refused(lab: &Lab) -> IntegrityProblem {
    lab.check_integrity()
        .expect_err("the lab should be refused")
}

#[test]
fn labs_made_by_operations_and_every_builtin_scenario_pass() {
    assert_eq!(Lab::default().check_integrity(), Ok(()));
    assert_eq!(full_lab().check_integrity(), Ok(()));
    for name in BUILTIN_NAMES {
        let lab = named_scenario(name)
            .unwrap()
            .build(&QuickKdf, &mut OsRandom, Timestamp(9))
            .unwrap();
        assert_eq!(lab.check_integrity(), Ok(()), "{name}");
    }
}

#[test]
fn three_root_keys_break_the_two_key_rule() {
    let mut lab = full_lab();
    let (mut other, id) = lab_with_account();
    let root = Identity::root(id);
    for _ in 0..2 {
        other
            .create_access_key(&root, &root, &mut OsRandom, Timestamp(2))
            .unwrap();
    }
    let mut keys: Vec<_> = other.accounts[0].root.access_keys.iter().cloned().collect();
    keys.extend(lab.accounts[0].root.access_keys.iter().cloned());
    lab.accounts[0].root.access_keys =
        serde_json::from_value(serde_json::to_value(keys).unwrap()).unwrap();
    let p = refused(&lab);
    assert_eq!(p.path, "accounts[0].root.access_keys");
    assert!(p.reason.contains("the cap is 2"), "{p}");
}

#[test]
fn repeated_ids_emails_aliases_names_and_key_ids_are_refused() {
    let cases: [Breakage; 6] = [
        ("accounts[1].id", |l| l.accounts[1].id = l.accounts[0].id),
        ("accounts[1].root.email", |l| {
            l.accounts[1].root.email = EMAIL.to_uppercase()
        }),
        ("accounts[1].alias", |l| {
            l.accounts[1].alias = Some("MY-TRAINING".to_lowercase())
        }),
        ("accounts[0].users[1].name", |l| {
            let mut twin = l.accounts[0].users[0].clone();
            twin.name = "ADMIN".into();
            l.accounts[0].users.push(twin);
        }),
        ("accounts[0].users[0].access_keys[0].id", |l| {
            l.accounts[0].users[0].access_keys = l.accounts[0].root.access_keys.clone()
        }),
        ("accounts[0].groups[1].name", |l| {
            let twin = l.accounts[0].groups[0].clone();
            l.accounts[0].groups.push(twin);
        }),
    ];
    for (path, break_it) in cases {
        let mut lab = full_lab();
        break_it(&mut lab);
        assert_eq!(refused(&lab).path, path);
    }
}

#[test]
fn names_outside_their_charsets_are_refused() {
    let cases: [Breakage; 6] = [
        ("accounts[0].users[0].name", |l| {
            l.accounts[0].users[0].name = "<b>x</b>/../".into()
        }),
        ("accounts[0].alias", |l| {
            l.accounts[0].alias = Some("My Alias".into())
        }),
        ("accounts[0].root.email", |l| {
            l.accounts[0].root.email = "not an email".into()
        }),
        ("accounts[0].name", |l| l.accounts[0].name = String::new()),
        ("accounts[0].groups[0].name", |l| {
            l.accounts[0].groups[0].name = "a/b".into()
        }),
        ("accounts[0].users[0].groups[0]", |l| {
            l.accounts[0].users[0].groups[0] = "Nobody".into()
        }),
    ];
    for (path, break_it) in cases {
        let mut lab = full_lab();
        break_it(&mut lab);
        let p = refused(&lab);
        assert_eq!(p.path, path, "{p}");
    }
}

#[test]
fn a_user_name_with_markup_names_the_rule() {
    let mut lab = full_lab();
    lab.accounts[0].users[0].name = "<img>/../x".into();
    assert!(refused(&lab).reason.contains("letters, digits"));
}

#[test]
fn every_string_is_capped_at_one_kibibyte() {
    let mut lab = full_lab();
    lab.accounts[1].name = "a".repeat(1025);
    let p = refused(&lab);
    assert_eq!(p.path, "accounts[1].name");
    assert!(p.reason.contains("1 KiB"), "{p}");
}

#[test]
fn nine_mfa_devices_break_the_eight_device_rule() {
    let mut lab = full_lab();
    let device = crate::domain::mfa::MfaDevice {
        name: "d".into(),
        serial: "s".into(),
        kind: crate::domain::mfa::MfaDeviceKind::Passkey {
            credential_id: vec![1],
            public_key_spki: vec![2],
            sign_count: 0,
        },
        created: Timestamp(1),
        last_used_step: None,
    };
    for i in 0..9 {
        let mut d = device.clone();
        d.name = format!("d{i}");
        d.serial = format!("s{i}");
        lab.accounts[0].root.mfa.devices.push(d);
    }
    assert_eq!(refused(&lab).path, "accounts[0].root.mfa.devices");
    lab.accounts[0].root.mfa.devices.truncate(2);
    assert_eq!(lab.check_integrity(), Ok(()));
    lab.accounts[0].root.mfa.devices[1].name = "d0".into();
    assert_eq!(refused(&lab).path, "accounts[0].root.mfa.devices[1].name");
}

#[test]
fn seal_parameters_out_of_bounds_are_refused_where_they_matter() {
    let mut lab = full_lab();
    let root = Identity::root(lab.accounts[0].id);
    let key = lab
        .seal_key(&root, PASSWORD, &QuickKdf, &mut OsRandom)
        .unwrap();
    let seed = [7u8; 20];
    let device = crate::domain::lab::KnownSeedDevice {
        name: "phone",
        hardware_serial: None,
        seed: &seed,
    };
    lab.assign_known_seed(&root, device, &key, &mut OsRandom, Timestamp(6))
        .unwrap();
    assert_eq!(lab.check_integrity(), Ok(()));
    for iterations in [0, 1, 99_999, 10_000_001, 4_000_000_000] {
        let mut broken = lab.clone();
        broken.accounts[0].root.mfa.iterations = iterations;
        assert_eq!(refused(&broken).path, "accounts[0].root.mfa.iterations");
    }
    let mut broken = lab.clone();
    broken.accounts[0].root.mfa.seal_salt = vec![1];
    assert_eq!(refused(&broken).path, "accounts[0].root.mfa.iterations");
    // Without a sealed seed, unset parameters (as an earlier build left a user's
    // after a password reset) are fine; a bad count that is set is not.
    let mut user = full_lab();
    user.accounts[0].users[0].mfa.seal_salt = vec![3; 16];
    user.accounts[0].users[0].mfa.iterations = 0;
    assert_eq!(user.check_integrity(), Ok(()));
    user.accounts[0].users[0].mfa.iterations = 4_000_000_000;
    assert_eq!(refused(&user).path, "accounts[0].users[0].mfa.iterations");
}

#[test]
fn a_session_must_name_a_principal_of_the_lab() {
    let mut lab = full_lab();
    let id = lab.accounts[0].id;
    lab.session = Some(Session {
        identity: Identity::user(id, "admin"),
        started: Timestamp(1),
    });
    assert_eq!(lab.check_integrity(), Ok(()));
    lab.session = Some(Session {
        identity: Identity::user(id, "ghost"),
        started: Timestamp(1),
    });
    assert_eq!(refused(&lab).path, "session");
}

#[test]
fn the_problem_reads_as_path_and_reason() {
    let p = IntegrityProblem {
        path: "accounts[0].name".into(),
        reason: "must be 1 to 50 characters".into(),
    };
    assert_eq!(
        p.to_string(),
        "accounts[0].name: must be 1 to 50 characters"
    );
}

#[test]
fn a_key_of_another_account_and_a_serial_used_twice_are_refused() {
    // The second account's key moved to the first: its ID decodes as the second's.
    let mut lab = full_lab();
    let second = Identity::root(lab.accounts[1].id);
    lab.create_access_key(&second, &second, &mut OsRandom, Timestamp(6))
        .unwrap();
    lab.accounts[0].root.access_keys = lab.accounts[1].root.access_keys.clone();
    lab.accounts[1].root.access_keys = Default::default();
    let p = refused(&lab);
    assert_eq!(p.path, "accounts[0].root.access_keys[0].id");
    assert!(p.reason.contains("owner's account"), "{p}");

    // One device's serial on two principals.
    let mut lab = full_lab();
    let with_device = named_scenario("mfa-enabled")
        .unwrap()
        .build(&QuickKdf, &mut OsRandom, Timestamp(9))
        .unwrap();
    let mfa = with_device.accounts[0].root.mfa.clone();
    lab.accounts[0].root.mfa = mfa.clone();
    assert_eq!(lab.check_integrity(), Ok(()));
    lab.accounts[1].root.mfa = mfa;
    let p = refused(&lab);
    assert_eq!(p.path, "accounts[1].root.mfa.devices[0].serial");
}

#[test]
fn user_tags_meet_iams_tag_rules() {
    use crate::domain::iam::tag::Tag;
    let (mut lab, id) = lab_with_account();
    add_user(&mut lab, id, "bob", false);
    fn tags(lab: &mut Lab, id: AccountId) -> &mut Vec<Tag> {
        &mut lab.account_mut(id).unwrap().user_mut("bob").unwrap().tags
    }
    tags(&mut lab, id).push(Tag {
        key: "AKIAIOSFODNN7EXAMPLE".into(),
        value: "CLI on my laptop".into(),
    });
    assert_eq!(lab.check_integrity(), Ok(()));
    tags(&mut lab, id).push(Tag {
        key: "team".into(),
        value: "50%".into(),
    });
    let refused = lab.check_integrity().unwrap_err();
    assert_eq!(refused.path, "accounts[0].users[0].tags[1]");
}

#[test]
fn closed_accounts_hold_their_id_and_email_against_every_other_account() {
    let (mut lab, id) = lab_with_account();
    lab.close_account(&Identity::root(id), &id.to_string(), Timestamp(3))
        .unwrap();
    lab.sign_up(
        &form("second@example.com"),
        &QuickKdf,
        &mut OsRandom,
        Timestamp(4),
    )
    .unwrap();
    assert_eq!(lab.check_integrity(), Ok(()));
    let mut same_email = lab.clone();
    same_email.accounts[0].root.email = EMAIL.into();
    assert_eq!(
        same_email.check_integrity().unwrap_err().path,
        "closed_accounts[0].account.root.email"
    );
    let mut same_id = lab.clone();
    same_id.accounts[0].id = id;
    assert_eq!(
        same_id.check_integrity().unwrap_err().path,
        "closed_accounts[0].account.id"
    );
    let mut bad = lab.clone();
    bad.closed_accounts[0].account.name = String::new();
    assert_eq!(
        bad.check_integrity().unwrap_err().path,
        "closed_accounts[0].account.name"
    );
    // A lab stored before closed accounts were kept loads with none.
    let mut old = serde_json::to_value(&lab).unwrap();
    old.as_object_mut().unwrap().remove("closed_accounts");
    let loaded: Lab = serde_json::from_value(old).unwrap();
    assert!(loaded.closed_accounts.is_empty());
}

/// A stored CloudTrail history keeps the trail's own rules: its caps, UUIDs,
/// names, regions, addresses and time order.
#[test]
fn a_broken_cloudtrail_history_is_refused_by_its_path() {
    let lab = full_lab();
    assert!(
        lab.accounts[0].trail.events().len() >= 3,
        "operations recorded events"
    );
    type Edit = fn(&mut serde_json::Value);
    let cases: [(&str, Edit); 7] = [
        ("accounts[0].trail.events[0].name", |e| {
            e[0]["name"] = "Create User".into()
        }),
        ("accounts[0].trail.events[0].id", |e| {
            e[0]["id"] = "not-a-uuid".into()
        }),
        ("accounts[0].trail.events[1].id", |e| {
            e[1]["id"] = e[0]["id"].clone()
        }),
        ("accounts[0].trail.events[0].region", |e| {
            e[0]["region"] = "US East".into()
        }),
        ("accounts[0].trail.events[0].ip", |e| {
            e[0]["ip"] = "<b>x</b>".into()
        }),
        ("accounts[0].trail.events", |e| {
            e[0]["time"] = i64::MAX.into()
        }),
        ("accounts[0].trail.events", |e| {
            let one = e[0].clone();
            let list = e.as_array_mut().unwrap();
            for i in 0..=crate::domain::cloudtrail::MAX_TRAIL_EVENTS {
                let mut copy = one.clone();
                copy["id"] = format!("00000000-0000-4000-8000-{i:012}").into();
                list.push(copy);
            }
        }),
    ];
    for (path, edit) in cases {
        let mut value = serde_json::to_value(&lab).unwrap();
        edit(&mut value["accounts"][0]["trail"]["events"]);
        let broken: Lab = serde_json::from_value(value).unwrap();
        assert_eq!(refused(&broken).path, path);
    }
}
