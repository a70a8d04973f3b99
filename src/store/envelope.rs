//! The stored form of the lab: `{ app, schema, rev, data }` under one key, so a
//! foreign value, an older or a newer schema can each be told apart from ours.
//! An older schema is migrated step by step (see `migrate`) before it is read.
//!
//! Schemas: 1, the lab before training progress; 2, with `training`.

use super::migrate::migrate;
pub use super::migrate::SCHEMA;
use crate::domain::lab::Lab;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const APP: &str = "rootkey-lab";

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    app: String,
    schema: u32,
    rev: u64,
    data: T,
}

#[derive(Debug, PartialEq)]
pub enum Decoded {
    Empty,
    Loaded {
        lab: Box<Lab>,
        rev: u64,
    },
    /// Not ours or not parseable, or of a schema older than any this app wrote:
    /// kept as it is, never overwritten.
    Unreadable,
    /// Written by a newer build: readable by it only.
    Newer {
        schema: u32,
    },
}

pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    let Ok(value) = serde_json::from_str::<Value>(raw) else {
        return Decoded::Unreadable;
    };
    let Ok(env) = serde_json::from_value::<Envelope<Value>>(value) else {
        return Decoded::Unreadable;
    };
    if env.app != APP {
        return Decoded::Unreadable;
    }
    if env.schema > SCHEMA {
        return Decoded::Newer { schema: env.schema };
    }
    let Ok(data) = migrate(env.schema, env.data) else {
        return Decoded::Unreadable;
    };
    match serde_json::from_value::<Lab>(data) {
        Ok(lab) => Decoded::Loaded {
            lab: Box::new(lab),
            rev: env.rev,
        },
        Err(_) => Decoded::Unreadable,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON, or JSON that is not a rootkey-lab export.
    NotALabFile,
    /// Exported by a newer version of the app.
    Newer { schema: u32 },
}

/// Reads an exported lab file. The session is not imported: whoever imports a
/// lab signs in to it, as they would in a new browser.
pub fn import(text: &str) -> Result<Lab, ImportError> {
    match decode(Some(text)) {
        Decoded::Loaded { lab, .. } => Ok(Lab {
            session: None,
            ..*lab
        }),
        Decoded::Newer { schema } => Err(ImportError::Newer { schema }),
        Decoded::Empty | Decoded::Unreadable => Err(ImportError::NotALabFile),
    }
}

pub fn encode(lab: &Lab, rev: u64) -> String {
    serde_json::to_string(&Envelope {
        app: APP.to_string(),
        schema: SCHEMA,
        rev,
        data: lab,
    })
    .expect("the lab always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::password::RustKdf;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;

    fn sample() -> Lab {
        let (mut lab, id) = crate::domain::lab::testing::lab_with_account();
        let root = crate::domain::lab::Identity::root(id);
        lab.create_access_key(&root, &root, &mut OsRandom, Timestamp(2))
            .unwrap();
        lab
    }

    #[test]
    fn round_trips_with_its_revision() {
        let lab = sample();
        assert_eq!(
            decode(Some(&encode(&lab, 7))),
            Decoded::Loaded {
                lab: Box::new(lab),
                rev: 7
            }
        );
    }

    #[test]
    fn tells_every_kind_of_stored_value_apart() {
        assert_eq!(decode(None), Decoded::Empty);
        for raw in [
            "",
            "{\"app\":\"rootkey-lab\",\"sche",
            "[1,2,3]",
            "{\"app\":\"other-app\",\"schema\":1,\"rev\":1,\"data\":{}}",
            "{\"todos\":[]}",
            "{\"app\":\"rootkey-lab\",\"schema\":1,\"rev\":1,\"data\":{\"accounts\":5}}",
            "{\"app\":\"rootkey-lab\",\"schema\":2,\"rev\":1,\"data\":{\"accounts\":5}}",
            // Older than any schema this app wrote: kept aside, not guessed at.
            "{\"app\":\"rootkey-lab\",\"schema\":0,\"rev\":1,\"data\":{}}",
        ] {
            assert_eq!(decode(Some(raw)), Decoded::Unreadable, "{raw}");
        }
        assert_eq!(
            decode(Some(
                "{\"app\":\"rootkey-lab\",\"schema\":9,\"rev\":1,\"data\":{}}"
            )),
            Decoded::Newer { schema: 9 }
        );
    }

    #[test]
    fn an_export_imports_without_its_session() {
        let mut lab = sample();
        lab.sign_in_root(
            "learner@example.com",
            "Secret-Pass1",
            &crate::domain::password::testing::QuickKdf,
            &mut OsRandom,
            Timestamp(3),
        )
        .unwrap();
        let imported = import(&encode(&lab, 4)).unwrap();
        assert_eq!(imported.session, None);
        assert_eq!(imported.accounts, lab.accounts);
    }

    #[test]
    fn bad_import_files_are_refused_with_their_reason() {
        for text in [
            "",
            "not json",
            "{\"todos\":[]}",
            "{\"app\":\"rootkey-lab\",\"schema\":1}",
            "{\"app\":\"rootkey-lab\",\"schema\":0,\"rev\":1,\"data\":{}}",
        ] {
            assert_eq!(import(text), Err(ImportError::NotALabFile), "{text}");
        }
        assert_eq!(
            import("{\"app\":\"rootkey-lab\",\"schema\":3,\"rev\":1,\"data\":{}}"),
            Err(ImportError::Newer { schema: 3 })
        );
    }

    #[test]
    fn an_empty_lab_decodes_from_an_empty_object() {
        for schema in [1, 2] {
            let raw =
                format!("{{\"app\":\"rootkey-lab\",\"schema\":{schema},\"rev\":3,\"data\":{{}}}}");
            assert_eq!(
                decode(Some(&raw)),
                Decoded::Loaded {
                    lab: Box::default(),
                    rev: 3
                }
            );
        }
    }

    const V1: &str = include_str!("fixtures/v1.json");

    fn loaded(decoded: Decoded) -> (Lab, u64) {
        match decoded {
            Decoded::Loaded { lab, rev } => (*lab, rev),
            other => panic!("expected a lab, got {other:?}"),
        }
    }

    #[test]
    fn a_v1_lab_decodes_by_migration_with_its_accounts_keys_and_derived_progress() {
        let (lab, rev) = loaded(decode(Some(V1)));
        assert_eq!(rev, 12);
        let raw: serde_json::Value = serde_json::from_str(V1).unwrap();
        // The accounts (keys, MFA, users, groups), session and prefs read as schema 1
        // stored them: serialising them again gives the very same JSON.
        for field in ["accounts", "session", "prefs"] {
            let now = serde_json::to_value(&lab).unwrap()[field].clone();
            assert_eq!(now, raw["data"][field], "{field}");
        }
        let a = &lab.accounts[0];
        assert_eq!(a.root.access_keys.len(), 2);
        // Hashed for real at the lower cost of its day (fixtures/README.md): the
        // real KDF verifies it, and the next sign-in is due to upgrade it.
        assert!(a.root.password.verify("Secret-Pass1", &RustKdf));
        assert!(!a.root.password.verify("Secret-Pass2", &RustKdf));
        assert!(a.root.password.needs_rehash());
        let admin = a.users[0].password.as_ref().unwrap();
        assert!(admin.verify("Admin-Pass-7", &RustKdf) && admin.needs_rehash());
        use crate::domain::training::Task::*;
        let latched = |i: usize| {
            let id = lab.accounts[i].id;
            lab.training.get(id).unwrap().latched().collect::<Vec<_>>()
        };
        assert_eq!(
            latched(0),
            [
                CreateAccount,
                CreateAccessKey,
                UseKeyInCloudShell,
                EnableRootMfa,
                CreateIamAdmin,
                SignInAsIamUser
            ]
        );
        assert_eq!(latched(1), [CreateAccount]);
        // Saved again, it is schema 2 and reads back the same.
        let again = encode(&lab, rev + 1);
        assert!(again.contains("\"schema\":2"));
        assert_eq!(loaded(decode(Some(&again))), (lab, rev + 1));
    }

    /// The v1 lab's root user, with the real KDF: the password of its day signs
    /// in, the hash is redone at today's cost, and the authenticator app sealed
    /// under the old cost still opens (fixtures/README.md has the seed).
    #[test]
    fn a_v1_root_user_signs_in_with_mfa_and_its_hash_is_upgraded() {
        use crate::domain::lab::{Identity, SignInStep};
        use crate::domain::mfa::{base32, hotp, time_step};
        use crate::domain::password::testing::{assert_upgraded, CountingKdf};
        let seed =
            base32::decode("EALZKUDM7IXKSWBYCZ7NZFE63BDXD3ZPR5JPVFZN4J4AW4OH4TMO2INLS3BSGLXO")
                .unwrap();
        let (mut lab, _) = loaded(decode(Some(V1)));
        let id = lab.accounts[0].id;
        assert_eq!(lab.accounts[0].root.password.iterations(), 100_000);
        let kdf = CountingKdf::default();
        let now = Timestamp::from_millis(1_795_100_000_000);
        let challenge = match lab.sign_in_root(
            "learner@example.com",
            "Secret-Pass1",
            &kdf,
            &mut OsRandom,
            now,
        ) {
            Ok(SignInStep::MfaRequired(c)) => c,
            other => panic!("expected the MFA step, got {other:?}"),
        };
        assert_upgraded(&lab.accounts[0].root.password, "Secret-Pass1", &kdf);
        let code = hotp(&seed, time_step(now), 6);
        let signed_in = lab.complete_mfa_with_code(&challenge, &code, now).unwrap();
        assert_eq!(signed_in.identity, Identity::root(id));
        assert_eq!(lab.accounts[0].root.access_keys.len(), 2);
    }

    #[test]
    fn a_v1_export_file_imports_with_its_progress_and_without_its_session() {
        let lab = import(V1).unwrap();
        assert_eq!(lab.session, None);
        assert_eq!(lab.accounts.len(), 2);
        assert_eq!(
            lab.training
                .get(lab.accounts[0].id)
                .unwrap()
                .latched()
                .count(),
            6
        );
    }

    #[test]
    fn a_newer_schema_stays_newer() {
        let newer = V1.replace("\"schema\":1", "\"schema\":3");
        assert_eq!(decode(Some(&newer)), Decoded::Newer { schema: 3 });
        assert_eq!(import(&newer), Err(ImportError::Newer { schema: 3 }));
        let older = V1.replace("\"schema\":1", "\"schema\":0");
        assert_eq!(decode(Some(&older)), Decoded::Unreadable);
    }
}
