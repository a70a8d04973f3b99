use super::sealing::device_aad;
use super::*;
use crate::domain::base64::base64url_encode;
use crate::domain::ids::AccountId;
use crate::domain::lab::testing::*;
use crate::domain::lab::{Denied, SignInError, SignInStep};
use crate::domain::mfa::device::testing::p256_spki;
use crate::domain::mfa::{base32, hotp, time_step, EnrolError, MAX_MFA_DEVICES};
use crate::domain::mfa::{
    HardwareToken, MfaAssignProblem, MfaDeviceKind, SealKey, SignInCodeError, WebAuthnProblem,
};
use crate::domain::password::testing::{assert_upgraded, old_hash, CountingKdf};
use crate::domain::random::OsRandom;
use crate::domain::secret::hex;
use crate::domain::time::Timestamp;

const SEED: [u8; 40] = *b"0123456789012345678901234567890123456789";
const NEW_PASSWORD: &str = "New-Pass-22";

/// Mid-step, so the neighbouring steps are unambiguous.
fn now() -> Timestamp {
    Timestamp::from_millis(1_111_111_111_000)
}

fn code(seed: &[u8], offset: u64) -> String {
    hotp(seed, time_step(now()) + offset, 6)
}

fn later(steps: i64) -> Timestamp {
    Timestamp::from_millis(now().millis() + steps * 30_000)
}

fn key(lab: &Lab, id: AccountId, password: &str) -> Option<SealKey> {
    lab.seal_key(&Identity::root(id), password, &QuickKdf, &mut OsRandom)
}

fn assign_app(
    lab: &mut Lab,
    id: AccountId,
    name: &str,
    key: &SealKey,
) -> Result<(), MfaAssignProblem> {
    lab.assign_authenticator_app(
        &Identity::root(id),
        NewTotpDevice {
            name,
            code_1: &code(&SEED, 0),
            code_2: &code(&SEED, 1),
        },
        &SEED,
        key,
        &mut OsRandom,
        now(),
    )
}

fn sign_in(lab: &mut Lab, password: &str, at: Timestamp) -> Result<SignInStep, SignInError> {
    lab.sign_in_root(EMAIL, password, &QuickKdf, &mut OsRandom, at)
}

fn challenge(lab: &mut Lab, at: Timestamp) -> MfaChallenge {
    match sign_in(lab, PASSWORD, at) {
        Ok(SignInStep::MfaRequired(c)) => c,
        other => panic!("expected the MFA step, got {other:?}"),
    }
}

/// A lab whose root user has an authenticator app (SEED) and a hardware token.
fn lab_with_devices() -> (Lab, AccountId, HardwareToken) {
    let (mut lab, id) = lab_with_account();
    let k = key(&lab, id, PASSWORD).unwrap();
    assign_app(&mut lab, id, "phone", &k).unwrap();
    let token = Lab::issue_hardware_token(&mut OsRandom);
    lab.assign_hardware_token(
        &Identity::root(id),
        NewTotpDevice {
            name: "fob",
            code_1: &token.display(now()),
            code_2: &token.display(later(1)),
        },
        &token,
        &k,
        &mut OsRandom,
        now(),
    )
    .unwrap();
    (lab, id, token)
}

#[test]
fn the_seal_key_needs_the_password() {
    let (lab, id) = lab_with_account();
    assert!(key(&lab, id, PASSWORD).is_some());
    assert!(key(&lab, id, "Wrong-Pass1").is_none());
    assert!(lab
        .seal_key(
            &Identity::root(AccountId::new(1).unwrap()),
            PASSWORD,
            &QuickKdf,
            &mut OsRandom
        )
        .is_none());
}

#[test]
fn an_authenticator_app_is_stored_sealed_under_its_arn() {
    let (mut lab, id) = lab_with_account();
    let k = key(&lab, id, PASSWORD).unwrap();
    assign_app(&mut lab, id, "phone", &k).unwrap();
    let mfa = lab.mfa_devices(&Identity::root(id)).unwrap();
    assert_eq!(mfa.seal_salt, k.salt());
    let device = &mfa.devices[0];
    assert_eq!(device.serial, format!("arn:aws:iam::{id}:mfa/phone"));
    assert_eq!(device.last_used_step, Some(time_step(now()) + 1));
    assert_eq!(device.created, now());
    let aad = device_aad(&Identity::root(id), &device.serial);
    assert_eq!(
        device.sealed_seed().unwrap().open(&k, &aad),
        Ok(SEED.to_vec())
    );
    // A later key for the same principal rebuilds the same bytes from the stored salt.
    assert_eq!(key(&lab, id, PASSWORD).unwrap(), k);
}

#[test]
fn refused_assignments_name_the_problem_and_change_nothing() {
    let (mut lab, id, _) = lab_with_devices();
    let k = key(&lab, id, PASSWORD).unwrap();
    let stale = {
        let (other, other_id) = lab_with_account();
        key(&other, other_id, PASSWORD).unwrap()
    };
    let cases: [(&str, &SealKey, String, String, MfaAssignProblem); 6] = [
        (
            "my phone",
            &k,
            code(&SEED, 0),
            code(&SEED, 1),
            MfaAssignProblem::NameInvalid,
        ),
        (
            "",
            &k,
            code(&SEED, 0),
            code(&SEED, 1),
            MfaAssignProblem::NameInvalid,
        ),
        (
            "phone",
            &k,
            code(&SEED, 0),
            code(&SEED, 1),
            MfaAssignProblem::EntityAlreadyExists,
        ),
        (
            "tablet",
            &stale,
            code(&SEED, 0),
            code(&SEED, 1),
            MfaAssignProblem::SealKeyStale,
        ),
        (
            "tablet",
            &k,
            code(&SEED, 1),
            code(&SEED, 0),
            MfaAssignProblem::Codes(EnrolError::WrongOrder),
        ),
        (
            "tablet",
            &k,
            "12345".into(),
            code(&SEED, 1),
            MfaAssignProblem::Codes(EnrolError::NotSixDigits { which: 1 }),
        ),
    ];
    for (name, key, c1, c2, problem) in cases {
        let before = lab.clone();
        let result = lab.assign_authenticator_app(
            &Identity::root(id),
            NewTotpDevice {
                name,
                code_1: &c1,
                code_2: &c2,
            },
            &SEED,
            key,
            &mut OsRandom,
            now(),
        );
        assert_eq!(result, Err(problem), "{name}");
        assert_eq!(lab, before);
    }
}

#[test]
fn virtual_device_names_are_unique_in_the_account_not_per_principal() {
    let (mut lab, id) = lab_with_account();
    let k = key(&lab, id, PASSWORD).unwrap();
    assign_app(&mut lab, id, "phone", &k).unwrap();
    add_user(&mut lab, id, "bob", false);
    let root = Identity::root(id);
    lab.set_user_password(
        &root,
        id,
        "bob",
        Some(PASSWORD),
        &QuickKdf,
        &mut OsRandom,
        Timestamp(2),
    )
    .unwrap();
    let bob = Identity::user(id, "bob");
    let bob_key = lab
        .seal_key(&bob, PASSWORD, &QuickKdf, &mut OsRandom)
        .unwrap();
    let assign_bob = |lab: &mut Lab, name: &str| {
        lab.assign_authenticator_app(
            &bob,
            NewTotpDevice {
                name,
                code_1: &code(&SEED, 0),
                code_2: &code(&SEED, 1),
            },
            &SEED,
            &bob_key,
            &mut OsRandom,
            now(),
        )
    };
    // The wizard's Next says so already, for an authenticator app only.
    assert_eq!(
        lab.check_new_device_name(&bob, "Phone", true),
        Err(MfaAssignProblem::EntityAlreadyExists)
    );
    assert_eq!(lab.check_new_device_name(&bob, "Phone", false), Ok(()));
    assert_eq!(
        lab.check_new_device_name(&bob, "my phone", true),
        Err(MfaAssignProblem::NameInvalid)
    );
    assert_eq!(lab.check_new_device_name(&bob, "bob-phone", true), Ok(()));
    let before = lab.clone();
    // IAM's EntityAlreadyExists, whoever holds the name, in any case.
    for name in ["phone", "PHONE"] {
        assert_eq!(
            assign_bob(&mut lab, name),
            Err(MfaAssignProblem::EntityAlreadyExists),
            "{name}"
        );
        assert_eq!(lab, before);
    }
    assign_bob(&mut lab, "bob-phone").unwrap();
    // Another account has its own names.
    let other = add_account(&mut lab);
    let other_key = key(&lab, other, PASSWORD).unwrap();
    assign_app(&mut lab, other, "phone", &other_key).unwrap();
    assert!(lab.check_integrity().is_ok());
}

#[test]
fn eight_devices_at_most() {
    let (mut lab, id) = lab_with_account();
    let k = key(&lab, id, PASSWORD).unwrap();
    for i in 0..MAX_MFA_DEVICES {
        assign_app(&mut lab, id, &format!("phone{i}"), &k).unwrap();
    }
    assert_eq!(
        assign_app(&mut lab, id, "ninth", &k),
        Err(MfaAssignProblem::LimitExceeded)
    );
}

#[test]
fn a_hardware_token_serial_is_assigned_once_in_the_whole_lab() {
    let (mut lab, a, token) = lab_with_devices();
    let b = lab
        .sign_up(
            &form("other@example.com"),
            &QuickKdf,
            &mut OsRandom,
            Timestamp(1),
        )
        .unwrap();
    let device = lab
        .mfa_devices(&Identity::root(a))
        .unwrap()
        .find(&token.serial);
    assert!(matches!(
        device.unwrap().kind,
        MfaDeviceKind::HardwareToken { .. }
    ));
    let k = key(&lab, b, PASSWORD).unwrap();
    assert_eq!(
        lab.assign_hardware_token(
            &Identity::root(b),
            NewTotpDevice {
                name: "fob",
                code_1: &token.display(now()),
                code_2: &token.display(later(1))
            },
            &token,
            &k,
            &mut OsRandom,
            now(),
        ),
        Err(MfaAssignProblem::SerialTaken)
    );
}

#[test]
fn without_devices_the_password_signs_in_directly() {
    let (mut lab, id) = lab_with_account();
    assert_eq!(
        who(sign_in(&mut lab, PASSWORD, now())),
        Ok(Some(Identity::root(id)))
    );
    assert!(lab.session.is_some());
}

#[test]
fn with_a_device_the_password_only_leads_to_the_mfa_step() {
    let (mut lab, id, _) = lab_with_devices();
    assert_eq!(
        sign_in(&mut lab, "Wrong-Pass1", now()),
        Err(SignInError::Incorrect)
    );
    let c = challenge(&mut lab, now());
    assert_eq!(c.identity, Identity::root(id));
    assert!(c.accepts_codes());
    assert!(c.passkey_credential_ids(&lab).is_empty());
    assert_eq!(lab.session, None);
    assert_ne!(
        c.passkey_challenge,
        challenge(&mut lab, now()).passkey_challenge
    );
}

#[test]
fn an_app_code_completes_sign_in_once() {
    let (mut lab, id, _) = lab_with_devices();
    let c = challenge(&mut lab, later(3));
    let before = lab.clone();
    for (typed, problem) in [
        ("12345", SignInCodeError::NotSixDigits),
        ("abcdef", SignInCodeError::NotSixDigits),
        (&code(&SEED, 6), SignInCodeError::Incorrect),
    ] {
        assert_eq!(
            lab.complete_mfa_with_code(&c, typed, later(3)),
            Err(MfaSignInProblem::Code(problem)),
            "{typed}"
        );
        // Only the failed ConsoleLogin a wrong code records (`trail_tests.rs`).
        assert_eq!(without_trails(&lab), without_trails(&before));
    }
    // The enrolment's codes are spent, even within the accepted drift.
    let c1 = challenge(&mut lab, later(2));
    assert_eq!(
        lab.complete_mfa_with_code(&c1, &code(&SEED, 1), now()),
        Err(MfaSignInProblem::Code(SignInCodeError::AlreadyUsed))
    );
    assert_eq!(
        lab.complete_mfa_with_code(&c, &code(&SEED, 3), later(3))
            .map(|s| s.identity),
        Ok(Identity::root(id))
    );
    assert_eq!(lab.session.as_ref().unwrap().identity.account, id);
    lab.sign_out();
    let c = challenge(&mut lab, later(3));
    assert_eq!(
        lab.complete_mfa_with_code(&c, &code(&SEED, 3), later(3)),
        Err(MfaSignInProblem::Code(SignInCodeError::AlreadyUsed))
    );
    assert_eq!(lab.session, None);
}

#[test]
fn the_hardware_tokens_screen_is_shown_and_its_code_signs_in() {
    let (mut lab, id, token) = lab_with_devices();
    let c = challenge(&mut lab, later(4));
    let shown = c.hardware_token_display(&lab, later(4));
    assert_eq!(
        shown,
        vec![HardwareTokenDisplay {
            name: "fob".into(),
            serial: token.serial.clone(),
            code: token.display(later(4)),
            seconds_left: 29,
        }]
    );
    assert_eq!(
        lab.complete_mfa_with_code(&c, &shown[0].code, later(4))
            .map(|s| s.identity),
        Ok(Identity::root(id))
    );
}

#[test]
fn a_passkey_signs_in_once_the_browser_verified_its_signature() {
    let (mut lab, id) = lab_with_account();
    let cred = [7u8; 16];
    let put = |lab: &mut Lab, name: &str, cred: &[u8], spki: &[u8]| {
        lab.assign_passkey(&Identity::root(id), name, cred, spki, now())
    };
    for (name, cred, spki, problem) in [
        (
            "key",
            &[7u8; 15][..],
            p256_spki(),
            MfaAssignProblem::CredentialIdInvalid,
        ),
        (
            "key",
            &cred[..],
            p256_spki()[1..].to_vec(),
            MfaAssignProblem::PublicKeyUnsupported,
        ),
        (
            "bad name",
            &cred[..],
            p256_spki(),
            MfaAssignProblem::NameInvalid,
        ),
    ] {
        assert_eq!(put(&mut lab, name, cred, &spki), Err(problem));
    }
    put(&mut lab, "key", &cred, &p256_spki()).unwrap();
    assert_eq!(
        put(&mut lab, "key2", &cred, &p256_spki()),
        Err(MfaAssignProblem::CredentialTaken)
    );
    let serial = &lab.mfa_devices(&Identity::root(id)).unwrap().devices[0].serial;
    assert!(
        serial.starts_with(&format!("arn:aws:iam::{id}:u2f/root/key-")),
        "{serial}"
    );

    let c = challenge(&mut lab, now());
    assert!(!c.accepts_codes());
    assert!(c.hardware_token_display(&lab, now()).is_empty());
    assert_eq!(c.passkey_credential_ids(&lab), vec![cred.to_vec()]);
    assert!(c.passkey(&lab, &cred).is_some());
    let before = lab.clone();
    for (cred, count, verified, problem) in [
        (&[8u8; 16][..], 1, true, MfaSignInProblem::UnknownCredential),
        (&cred[..], 1, false, MfaSignInProblem::SignatureInvalid),
    ] {
        assert_eq!(
            lab.complete_mfa_with_passkey(&c, cred, count, verified, now()),
            Err(problem)
        );
        assert_eq!(lab, before);
    }
    assert_eq!(
        lab.complete_mfa_with_code(&c, "123456", now()),
        Err(MfaSignInProblem::Code(SignInCodeError::Incorrect))
    );
    assert_eq!(
        lab.complete_mfa_with_passkey(&c, &cred, 5, true, now())
            .map(|s| s.identity),
        Ok(Identity::root(id))
    );
    lab.sign_out();
    assert_eq!(
        lab.complete_mfa_with_passkey(&c, &cred, 5, true, now()),
        Err(MfaSignInProblem::Passkey(
            WebAuthnProblem::SignCountNotIncreased
        ))
    );
    assert_eq!(lab.session, None);
}

#[test]
fn removing_a_device_by_its_serial() {
    let (mut lab, id, token) = lab_with_devices();
    assert_eq!(
        lab.remove_mfa_device(&Identity::root(id), &Identity::root(id), "GAHT00000000x"),
        Err(MfaRemoveProblem::NoSuchEntity)
    );
    lab.remove_mfa_device(&Identity::root(id), &Identity::root(id), &token.serial)
        .unwrap();
    lab.remove_mfa_device(
        &Identity::root(id),
        &Identity::root(id),
        &format!("arn:aws:iam::{id}:mfa/phone"),
    )
    .unwrap();
    assert_eq!(
        who(sign_in(&mut lab, PASSWORD, now())),
        Ok(Some(Identity::root(id)))
    );
}

#[test]
fn a_password_change_reseals_every_seed_under_the_new_password() {
    let (mut lab, id, token) = lab_with_devices();
    let old_key = key(&lab, id, PASSWORD).unwrap();
    lab.change_root_password(
        &Identity::root(id),
        PASSWORD,
        NEW_PASSWORD,
        NEW_PASSWORD,
        &QuickKdf,
        &mut OsRandom,
    )
    .unwrap();
    let new_key = key(&lab, id, NEW_PASSWORD).unwrap();
    let mfa = lab.mfa_devices(&Identity::root(id)).unwrap();
    assert_ne!(mfa.seal_salt, old_key.salt());
    for device in &mfa.devices {
        let aad = device_aad(&Identity::root(id), &device.serial);
        let sealed = device.sealed_seed().unwrap();
        assert!(sealed.open(&old_key, &aad).is_err());
        let seed = sealed.open(&new_key, &aad).unwrap();
        assert!(seed == SEED || seed == token.seed, "{}", device.name);
        // Even the old password under the new salt opens nothing.
        let old_password_new_salt =
            SealKey::derive(PASSWORD, &mfa.seal_salt, mfa.iterations, &QuickKdf);
        assert!(sealed.open(&old_password_new_salt, &aad).is_err());
    }
    assert_eq!(
        assign_app(&mut lab, id, "tablet", &old_key),
        Err(MfaAssignProblem::SealKeyStale)
    );
    let c = match sign_in(&mut lab, NEW_PASSWORD, later(3)) {
        Ok(SignInStep::MfaRequired(c)) => c,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        c.hardware_token_display(&lab, later(3))[0].code,
        token.display(later(3))
    );
    assert_eq!(
        lab.complete_mfa_with_code(&c, &code(&SEED, 3), later(3))
            .map(|s| s.identity),
        Ok(Identity::root(id))
    );
}

#[test]
fn a_password_change_before_any_device_leaves_earlier_keys_stale() {
    let (mut lab, id) = lab_with_account();
    let early = key(&lab, id, PASSWORD).unwrap();
    lab.change_root_password(
        &Identity::root(id),
        PASSWORD,
        NEW_PASSWORD,
        NEW_PASSWORD,
        &QuickKdf,
        &mut OsRandom,
    )
    .unwrap();
    assert_eq!(
        assign_app(&mut lab, id, "phone", &early),
        Err(MfaAssignProblem::SealKeyStale)
    );
    let k = key(&lab, id, NEW_PASSWORD).unwrap();
    assign_app(&mut lab, id, "phone", &k).unwrap();
}

#[test]
fn an_old_password_cost_is_still_upgraded_when_mfa_follows() {
    // Sealed for real, so the MFA step that follows opens the seed only with a
    // key derived at the cost the devices record.
    let (mut lab, id) = lab_with_account();
    lab.accounts[0].root.password = old_hash(PASSWORD);
    let kdf = CountingKdf::default();
    let k = lab
        .seal_key(&Identity::root(id), PASSWORD, &kdf, &mut OsRandom)
        .unwrap();
    assign_app(&mut lab, id, "phone", &k).unwrap();
    let c = match lab.sign_in_root(EMAIL, PASSWORD, &kdf, &mut OsRandom, later(3)) {
        Ok(SignInStep::MfaRequired(c)) => c,
        other => panic!("expected the MFA step, got {other:?}"),
    };
    assert_upgraded(&lab.account(id).unwrap().root.password, PASSWORD, &kdf);
    assert_eq!(
        lab.complete_mfa_with_code(&c, &code(&SEED, 3), later(3))
            .map(|s| s.identity),
        Ok(Identity::root(id))
    );
}

#[test]
fn the_stored_lab_holds_no_seed_and_no_password() {
    let (mut lab, id, token) = lab_with_devices();
    lab.assign_passkey(&Identity::root(id), "key", &[9; 16], &p256_spki(), now())
        .unwrap();
    let json = serde_json::to_string(&lab).unwrap();
    assert!(
        json.contains("AuthenticatorApp") && json.contains("Passkey"),
        "{json}"
    );
    for seed in [&SEED[..], &token.seed[..]] {
        let url = base64url_encode(seed);
        let standard = url.replace('-', "+").replace('_', "/");
        // A prefix of each form, so an encoding at any alignment or with padding
        // would still be caught.
        for form in [
            hex(seed),
            hex(seed).to_uppercase(),
            base32::encode(seed),
            base32::encode(seed).to_lowercase(),
            url,
            standard,
        ] {
            assert!(!json.contains(&form[..16]), "{form} in {json}");
        }
        let as_numbers = format!("{:?}", &seed[..8]).replace(' ', "");
        assert!(!json.contains(&as_numbers[1..as_numbers.len() - 1]));
    }
    assert!(!json.contains(PASSWORD));
}

#[test]
fn an_iam_user_has_their_own_mfa_rewrapped_by_their_password_change_and_lost_on_an_admin_reset() {
    use crate::domain::iam::user::CreateUserForm;
    let (mut lab, id) = lab_with_account();
    let bob = Identity::user(id, "bob");
    let form = CreateUserForm {
        name: "bob".into(),
        console_password: Some("User-Pass-9".into()),
        add_to_administrators: true,
        ..Default::default()
    };
    lab.create_user(
        &Identity::root(id),
        id,
        &form,
        &QuickKdf,
        &mut OsRandom,
        now(),
    )
    .unwrap();
    let k = lab
        .seal_key(&bob, "User-Pass-9", &QuickKdf, &mut OsRandom)
        .unwrap();
    lab.assign_authenticator_app(
        &bob,
        NewTotpDevice {
            name: "bobs-phone",
            code_1: &code(&SEED, 0),
            code_2: &code(&SEED, 1),
        },
        &SEED,
        &k,
        &mut OsRandom,
        now(),
    )
    .unwrap();
    assert!(
        lab.account(id).unwrap().root.mfa.is_empty(),
        "root is untouched"
    );
    let step = lab
        .sign_in_iam_user(
            &id.to_string(),
            "bob",
            "User-Pass-9",
            &QuickKdf,
            &mut OsRandom,
            later(2),
        )
        .unwrap();
    let SignInStep::MfaRequired(c) = step else {
        panic!("bob has a device")
    };
    assert_eq!(
        lab.complete_mfa_with_code(&c, &code(&SEED, 2), later(2))
            .map(|s| s.identity),
        Ok(bob.clone())
    );
    assert_eq!(lab.session.as_ref().map(|s| &s.identity), Some(&bob));

    lab.change_user_password(
        &Identity::user(id, "bob"),
        "User-Pass-9",
        NEW_PASSWORD,
        NEW_PASSWORD,
        &QuickKdf,
        &mut OsRandom,
        Timestamp(5),
    )
    .unwrap();
    let SignInStep::MfaRequired(c) = lab
        .sign_in_iam_user(
            &id.to_string(),
            "bob",
            NEW_PASSWORD,
            &QuickKdf,
            &mut OsRandom,
            later(4),
        )
        .unwrap()
    else {
        panic!("the device survives the user's own change")
    };
    assert_eq!(
        lab.complete_mfa_with_code(&c, &code(&SEED, 4), later(4))
            .map(|s| s.identity),
        Ok(bob.clone())
    );

    lab.set_user_password(
        &Identity::root(id),
        id,
        "bob",
        Some("Reset-Pass-7"),
        &QuickKdf,
        &mut OsRandom,
        Timestamp(5),
    )
    .unwrap();
    assert!(lab.mfa_devices(&bob).unwrap().is_empty());
    assert!(matches!(
        lab.sign_in_iam_user(
            &id.to_string(),
            "bob",
            "Reset-Pass-7",
            &QuickKdf,
            &mut OsRandom,
            later(6)
        ),
        Ok(SignInStep::SignedIn(_))
    ));
}

#[test]
fn the_app_label_names_the_alias_else_the_account_id_and_a_user_before_it() {
    let (mut lab, id) = lab_with_account();
    let bob = Identity::user(id, "bob");
    assert_eq!(lab.mfa_account_label(&Identity::root(id)), id.to_string());
    assert_eq!(lab.mfa_account_label(&bob), format!("bob@{id}"));
    lab.set_account_alias(&Identity::root(id), id, "my-lab")
        .unwrap();
    assert_eq!(lab.mfa_account_label(&Identity::root(id)), "my-lab");
    assert_eq!(lab.mfa_account_label(&bob), "bob@my-lab");
}

/// `Remove` is the owner's, or a user manager's for another IAM user of the
/// same account; the root user's devices are the root user's alone.
#[test]
fn removing_another_principals_device_needs_the_right() {
    let root = Identity::root;
    use crate::domain::iam::user::CreateUserForm;
    let (mut lab, id, token) = lab_with_devices();
    let other = lab
        .sign_up(&form("other@example.com"), &QuickKdf, &mut OsRandom, now())
        .unwrap();
    for (name, admin) in [("admin", true), ("bob", false)] {
        let form = CreateUserForm {
            name: name.into(),
            console_password: Some("User-Pass-9".into()),
            add_to_administrators: admin,
            ..Default::default()
        };
        lab.create_user(&root(id), id, &form, &QuickKdf, &mut OsRandom, now())
            .unwrap();
    }
    let bob = Identity::user(id, "bob");
    lab.assign_passkey(&bob, "key", &[9; 16], &p256_spki(), now())
        .unwrap();
    let bobs_key = lab.mfa_devices(&bob).unwrap().devices[0].serial.clone();
    let admin = Identity::user(id, "admin");
    let before = lab.clone();
    for (actor, owner, serial, denied) in [
        (&admin, &root(id), &token.serial, Denied::RootUserOnly),
        (&bob, &root(id), &token.serial, Denied::RootUserOnly),
        (
            &root(other),
            &root(id),
            &token.serial,
            Denied::NotAuthorized,
        ),
        (&root(other), &bob, &bobs_key, Denied::NotAuthorized),
        (
            &Identity::user(id, "admin"),
            &Identity::user(other, "bob"),
            &bobs_key,
            Denied::NotAuthorized,
        ),
    ] {
        assert_eq!(
            lab.remove_mfa_device(actor, owner, serial),
            Err(MfaRemoveProblem::Denied(denied)),
            "{actor:?} on {owner:?}"
        );
        assert_eq!(lab, before);
    }
    lab.remove_mfa_device(&admin, &bob, &bobs_key).unwrap();
    assert!(lab.mfa_devices(&bob).unwrap().is_empty());
    lab.assign_passkey(&bob, "key", &[9; 16], &p256_spki(), now())
        .unwrap();
    lab.remove_mfa_device(&bob, &bob, &bobs_key).unwrap();
    lab.remove_mfa_device(&root(id), &bob, "none").unwrap_err();
}

#[test]
fn a_stored_seal_count_out_of_bounds_is_never_derived_with() {
    let (mut lab, id) = lab_with_account();
    for iterations in [0, 1, 99_999, 4_000_000_000] {
        lab.accounts[0].root.mfa.seal_salt = vec![0xab; 16];
        lab.accounts[0].root.mfa.iterations = iterations;
        let k = key(&lab, id, PASSWORD).unwrap();
        assert_eq!(k.iterations(), crate::domain::password::PBKDF2_ITERATIONS);
        assert_ne!(k.salt(), [0xab; 16]);
        // The first device adopts the fresh key's parameters.
        let mut fresh = lab.clone();
        assign_app(&mut fresh, id, "phone", &k).unwrap();
        let mfa = &fresh.accounts[0].root.mfa;
        assert_eq!(
            (mfa.seal_salt.as_slice(), mfa.iterations),
            (k.salt(), k.iterations())
        );
    }
}

/// CloudTrail: an authenticator app is created then enabled, a hardware token
/// enabled; a sign-in through the MFA step says `MFAUsed` `Yes`, a wrong code
/// is a failed ConsoleLogin; a removal deactivates (and deletes a virtual device).
#[test]
fn devices_and_mfa_sign_ins_are_recorded_in_cloudtrail() {
    let (mut lab, id, token) = lab_with_devices();
    let names = |lab: &Lab| -> Vec<String> {
        let trail = &lab.account(id).unwrap().trail;
        trail.events().iter().map(|e| e.name.clone()).collect()
    };
    assert_eq!(
        names(&lab),
        [
            "CreateVirtualMFADevice",
            "EnableMFADevice",
            "EnableMFADevice"
        ]
    );
    let c = challenge(&mut lab, later(3));
    lab.complete_mfa_with_code(&c, &code(&SEED, 7), later(3))
        .unwrap_err();
    lab.complete_mfa_with_code(&c, &code(&SEED, 3), later(3))
        .unwrap();
    let trail = lab.account(id).unwrap().trail.events().to_vec();
    let [.., failed, ok] = &trail[..] else {
        panic!("two sign-in events")
    };
    for (e, outcome) in [(failed, "Failure"), (ok, "Success")] {
        let json: serde_json::Value = serde_json::from_str(&e.record(id)).unwrap();
        assert_eq!(json["responseElements"]["ConsoleLogin"], outcome);
        assert_eq!(json["additionalEventData"]["MFAUsed"], "Yes");
    }
    let me = Identity::root(id);
    let phone = lab.mfa_devices(&me).unwrap().devices[0].serial.clone();
    lab.remove_mfa_device(&me, &me, &phone).unwrap();
    lab.remove_mfa_device(&me, &me, &token.serial).unwrap();
    let all = names(&lab);
    assert_eq!(
        all[all.len() - 3..],
        [
            "DeactivateMFADevice",
            "DeleteVirtualMFADevice",
            "DeactivateMFADevice"
        ]
    );
    // The session that signed in with MFA says so on its calls.
    let e = lab
        .account(id)
        .unwrap()
        .trail
        .events()
        .last()
        .unwrap()
        .clone();
    let json: serde_json::Value = serde_json::from_str(&e.record(id)).unwrap();
    assert_eq!(
        json["userIdentity"]["sessionContext"]["attributes"]["mfaAuthenticated"],
        "true"
    );
}
