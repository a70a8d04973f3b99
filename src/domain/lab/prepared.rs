//! Operations that set a lab up as a scenario describes it, for what the console
//! has no screen for: an account with a chosen ID and creation date, a key whose
//! ID and secret are given, a TOTP device whose seed is already known, tasks
//! already done, and a session nobody typed a password for. Each keeps the
//! invariants the console's own operations keep (unique emails, account and key
//! IDs, serials; the two-key rule; seeds sealed under the principal's password)
//! and, like them, refuses without changing anything.

use super::{Identity, Lab, Session, SignUpForm, SignUpProblem};
use crate::domain::access_key::{AccessKeyStatus, LastUsed};
use crate::domain::ids::{AccessKeyId, AccountId};
use crate::domain::mfa::{MfaAssignProblem, SealKey};
use crate::domain::password::Kdf;
use crate::domain::random::Random;
use crate::domain::secret::is_secret_access_key_shape;
use crate::domain::time::Timestamp;
use crate::domain::training::Task;

/// Why a prepared operation refused: the state it describes contradicts the lab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrepareProblem {
    /// What the sign-up page would refuse.
    SignUp(Vec<SignUpProblem>),
    AccountIdTaken,
    /// No such account, or no such user in it.
    NoSuchEntity,
    /// Not an `AKIA` ID encoding the owner's account: the CLI would decode it
    /// (`aws sts get-access-key-info`) as someone else's.
    KeyIdNotOfAccount,
    KeyIdTaken,
    /// Not 40 of `A-Z a-z 0-9 + /`.
    SecretInvalid,
    /// The two-key rule.
    KeyLimitExceeded,
}

/// An access key that exists outside the lab already: its ID and secret are given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedKey<'a> {
    /// `None`: one is generated, as the console would.
    pub id: Option<AccessKeyId>,
    pub secret: &'a str,
    pub status: AccessKeyStatus,
    pub created: Timestamp,
    pub last_used: Option<LastUsed>,
}

/// A TOTP device whose seed is published with a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KnownSeedDevice<'a> {
    pub name: &'a str,
    /// The serial printed on a hardware token; `None` makes an authenticator app.
    pub hardware_serial: Option<&'a str>,
    pub seed: &'a [u8],
}

impl Lab {
    /// The sign-up page's operation with the account ID and creation date chosen
    /// by the caller instead of drawn and taken from the clock: the sign-up rules
    /// all apply, and the ID must be free.
    pub(in crate::domain) fn sign_up_with_id(
        &mut self,
        id: AccountId,
        form: &SignUpForm,
        kdf: &dyn Kdf,
        rng: &mut impl Random,
        created: Timestamp,
    ) -> Result<(), PrepareProblem> {
        let problems = self.sign_up_problems(form, created);
        if !problems.is_empty() {
            return Err(PrepareProblem::SignUp(problems));
        }
        if self.account_id_held(id) {
            return Err(PrepareProblem::AccountIdTaken);
        }
        self.open_account(id, form, kdf, rng, created);
        Ok(())
    }

    /// Gives a principal a key it already has elsewhere, under the two-key rule. Only
    /// a salted hash of the secret is kept, as for a created key, so the key works
    /// in CloudShell with the secret the file published. Returns the key's ID.
    pub(in crate::domain) fn import_access_key(
        &mut self,
        owner: &Identity,
        key: ImportedKey<'_>,
        rng: &mut impl Random,
    ) -> Result<AccessKeyId, PrepareProblem> {
        let account = owner.account;
        if self
            .access_keys(owner)
            .ok_or(PrepareProblem::NoSuchEntity)?
            .is_full()
        {
            return Err(PrepareProblem::KeyLimitExceeded);
        }
        if !is_secret_access_key_shape(key.secret) {
            return Err(PrepareProblem::SecretInvalid);
        }
        // Key IDs are unique in the whole lab: the terminal finds a key by ID alone.
        let id = match key.id {
            Some(id) => {
                if !id.as_str().starts_with("AKIA") || id.account() != Some(account) {
                    return Err(PrepareProblem::KeyIdNotOfAccount);
                }
                if self.access_key(id.as_str()).is_some() {
                    return Err(PrepareProblem::KeyIdTaken);
                }
                id
            }
            None => loop {
                let id = AccessKeyId::generate(account, rng);
                if self.access_key(id.as_str()).is_none() {
                    break id;
                }
            },
        };
        let keys = self.access_keys_mut(owner).expect("found above");
        keys.import(
            id.clone(),
            key.secret,
            key.status,
            key.created,
            key.last_used,
            rng,
        )
        .map_err(|_| PrepareProblem::KeyLimitExceeded)?;
        Ok(id)
    }

    /// Assigns a TOTP device whose seed is known, sealed as an assigned device's is,
    /// so the MFA sign-in step opens it with the principal's password. `key` comes
    /// from [`Lab::seal_key`], which checks that password. No codes are asked for:
    /// the seed is published, nobody is proving they hold it.
    pub(in crate::domain) fn assign_known_seed(
        &mut self,
        owner: &Identity,
        device: KnownSeedDevice<'_>,
        key: &SealKey,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Result<(), MfaAssignProblem> {
        // A token belongs to one user, in the whole lab (as `assign_hardware_token`).
        match device.hardware_serial {
            Some(serial) if self.all_mfa_devices().any(|d| d.serial == serial) => {
                return Err(MfaAssignProblem::SerialTaken);
            }
            None => {
                let serial = crate::domain::mfa::device::virtual_serial(owner.account, device.name);
                if self.virtual_device_exists(owner.account, &serial) {
                    return Err(MfaAssignProblem::EntityAlreadyExists);
                }
            }
            Some(_) => {}
        }
        let devices = self
            .credentials_mut(owner)
            .ok_or(MfaAssignProblem::NoSuchEntity)?
            .mfa;
        super::mfa::add_known_seed(
            devices,
            owner,
            (device.name, device.hardware_serial),
            device.seed,
            key,
            rng,
            now,
        )
    }

    /// Latches tasks as done that happened before the lab began (a scenario's
    /// `tasks_done`). An account the lab does not have is ignored.
    pub(in crate::domain) fn mark_tasks_done(&mut self, account: AccountId, tasks: &[Task]) {
        if self.account(account).is_some() {
            self.training.mark_done(account, tasks);
        }
    }

    /// A session that begins without a sign-in (a scenario that opens signed in).
    /// Unlike a sign-in it is no evidence for the sign-in tasks: the learner did
    /// not sign in.
    pub(in crate::domain) fn start_prepared_session(
        &mut self,
        identity: Identity,
        now: Timestamp,
    ) -> Result<(), PrepareProblem> {
        let a = self
            .account(identity.account)
            .ok_or(PrepareProblem::NoSuchEntity)?;
        if let Some(name) = identity.user_name() {
            a.user(name).ok_or(PrepareProblem::NoSuchEntity)?;
        }
        self.session = Some(Session {
            identity,
            started: now,
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iam::user::CreateUserForm;
    use crate::domain::lab::testing::*;
    use crate::domain::lab::SignInStep;
    use crate::domain::mfa::{hotp, time_step};
    use crate::domain::random::OsRandom;

    const ID: &str = "123456789012";
    const KEY_ID: &str = "AKIARZPUZDIKGEXAMPLE";
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    fn id() -> AccountId {
        AccountId::parse(ID).unwrap()
    }

    /// A lab with one account of ID [`ID`], made by `sign_up_with_id`.
    fn prepared() -> Lab {
        let mut lab = Lab::default();
        lab.sign_up_with_id(id(), &form(EMAIL), &QuickKdf, &mut OsRandom, Timestamp(7))
            .unwrap();
        lab
    }

    fn key(id: Option<&str>) -> ImportedKey<'static> {
        ImportedKey {
            id: id.map(|i| AccessKeyId::parse(i).unwrap()),
            secret: SECRET,
            status: AccessKeyStatus::Inactive,
            created: Timestamp(8),
            last_used: None,
        }
    }

    #[test]
    fn sign_up_with_id_keeps_the_id_and_date_and_the_sign_up_rules() {
        let mut lab = prepared();
        let a = lab.account(id()).unwrap();
        assert_eq!((a.created, a.root.email.as_str()), (Timestamp(7), EMAIL));
        assert!(a.root.password.verify(PASSWORD, &QuickKdf));
        let step = lab
            .sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, Timestamp(9))
            .unwrap();
        assert_eq!(step.signed_in(), Some(&Identity::root(id())));
        let before = lab.clone();
        let other = AccountId::parse("210987654321").unwrap();
        assert_eq!(
            lab.sign_up_with_id(other, &form(EMAIL), &QuickKdf, &mut OsRandom, Timestamp(9)),
            Err(PrepareProblem::SignUp(vec![SignUpProblem::EmailTaken]))
        );
        assert_eq!(
            lab.sign_up_with_id(
                id(),
                &form("b@example.com"),
                &QuickKdf,
                &mut OsRandom,
                Timestamp(9)
            ),
            Err(PrepareProblem::AccountIdTaken)
        );
        assert_eq!(lab, before);
    }

    #[test]
    fn an_imported_key_works_with_its_secret_and_keeps_every_key_rule() {
        let mut lab = prepared();
        let root = Identity::root(id());
        assert_eq!(
            lab.import_access_key(&root, key(Some(KEY_ID)), &mut OsRandom),
            Ok(AccessKeyId::parse(KEY_ID).unwrap())
        );
        let (owner, k) = lab.access_key(KEY_ID).unwrap();
        assert_eq!(owner, Identity::root(id()));
        assert!(k.secret_matches(SECRET));
        assert_eq!(
            (k.status, k.created),
            (AccessKeyStatus::Inactive, Timestamp(8))
        );
        let before = lab.clone();
        for (imported, who, problem) in [
            (key(Some(KEY_ID)), &root, PrepareProblem::KeyIdTaken),
            // The documentation's example key encodes account 581039954779.
            (
                key(Some("AKIAIOSFODNN7EXAMPLE")),
                &root,
                PrepareProblem::KeyIdNotOfAccount,
            ),
            (
                key(Some("ASIARZPUZDIKHEXAMPLE")),
                &root,
                PrepareProblem::KeyIdNotOfAccount,
            ),
            (
                ImportedKey {
                    secret: "short",
                    ..key(None)
                },
                &root,
                PrepareProblem::SecretInvalid,
            ),
            (
                key(None),
                &Identity::user(id(), "nobody"),
                PrepareProblem::NoSuchEntity,
            ),
        ] {
            assert_eq!(
                lab.import_access_key(who, imported, &mut OsRandom),
                Err(problem)
            );
        }
        assert_eq!(lab, before);
        // A generated ID encodes the account; a third key is over the limit.
        let generated = lab
            .import_access_key(&root, key(None), &mut OsRandom)
            .unwrap();
        assert_eq!(generated.account(), Some(id()));
        assert_eq!(
            lab.import_access_key(&root, key(None), &mut OsRandom),
            Err(PrepareProblem::KeyLimitExceeded)
        );
        // An IAM user's keys are its own, under the same rules.
        let bob = CreateUserForm {
            name: "bob".into(),
            console_password: None,
            add_to_administrators: false,
            ..Default::default()
        };
        lab.create_user(&root, id(), &bob, &QuickKdf, &mut OsRandom, Timestamp(9))
            .unwrap();
        let bob = Identity::user(id(), "bob");
        let k = lab
            .import_access_key(&bob, key(None), &mut OsRandom)
            .unwrap();
        assert_eq!(lab.access_key(k.as_str()).unwrap().0, bob);
    }

    #[test]
    fn a_known_seed_is_sealed_under_the_password_and_signs_in() {
        let mut lab = prepared();
        let seed = [7u8; 20];
        let key = lab
            .seal_key(&Identity::root(id()), PASSWORD, &QuickKdf, &mut OsRandom)
            .unwrap();
        let token = KnownSeedDevice {
            name: "fob",
            hardware_serial: Some("GAHT12345678"),
            seed: &seed,
        };
        let now = Timestamp(1_796_000_000_000);
        lab.assign_known_seed(&Identity::root(id()), token, &key, &mut OsRandom, now)
            .unwrap();
        let stored = serde_json::to_string(&lab).unwrap();
        assert!(!stored.contains(&crate::domain::secret::hex(&seed)));
        // The serial is taken in the whole lab; the name for the principal.
        let before = lab.clone();
        assert_eq!(
            lab.assign_known_seed(&Identity::root(id()), token, &key, &mut OsRandom, now),
            Err(MfaAssignProblem::SerialTaken)
        );
        let app = KnownSeedDevice {
            hardware_serial: None,
            ..token
        };
        assert_eq!(
            lab.assign_known_seed(&Identity::root(id()), app, &key, &mut OsRandom, now),
            Err(MfaAssignProblem::NameTaken)
        );
        assert_eq!(lab, before);
        let challenge = match lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, now) {
            Ok(SignInStep::MfaRequired(c)) => c,
            other => panic!("expected the MFA step, got {other:?}"),
        };
        let code = hotp(&seed, time_step(now), 6);
        assert_eq!(
            lab.complete_mfa_with_code(&challenge, &code, now)
                .map(|s| s.identity),
            Ok(Identity::root(id()))
        );
    }

    #[test]
    fn tasks_done_and_a_prepared_session_tick_nothing_else() {
        let mut lab = prepared();
        lab.mark_tasks_done(id(), &[Task::OpenSecurityCredentials]);
        lab.mark_tasks_done(
            AccountId::parse("210987654321").unwrap(),
            &[Task::SignInAsRoot],
        );
        assert_eq!(
            lab.start_prepared_session(Identity::user(id(), "bob"), Timestamp(9)),
            Err(PrepareProblem::NoSuchEntity)
        );
        assert_eq!(lab.session, None);
        lab.start_prepared_session(Identity::root(id()), Timestamp(9))
            .unwrap();
        assert_eq!(lab.session_account().unwrap().id, id());
        assert_eq!(
            lab.settle_training(),
            [(id(), Task::CreateAccount)],
            "the session is not a sign-in"
        );
        let latched: Vec<Task> = lab.training.get(id()).unwrap().latched().collect();
        assert_eq!(
            latched,
            [Task::CreateAccount, Task::OpenSecurityCredentials]
        );
    }
}
