//! The stored form of the lab: `{ app, schema, rev, data }` under one key, so a
//! foreign value, an older or a newer schema can each be told apart from ours.
//! An older schema is migrated step by step (see `migrate`) before it is read.
//!
//! Schemas: 1, the lab before training progress; 2, with `training`.
//!
//! Every lab read, from storage or from an imported file, passes the size caps and
//! the lab validator (`Lab::check_integrity`). A stored lab that fails them is
//! quarantined like unreadable data: kept as it is, never overwritten, offered
//! for download; an imported file that fails them is refused with the rule named.

use super::migrate::migrate;
pub use super::migrate::SCHEMA;
use crate::domain::lab::{IntegrityProblem, Lab};
use crate::domain::size_caps::{check_file_size, check_strings};
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
    match read(raw, typed_lab) {
        Ok((lab, rev)) => Decoded::Loaded {
            lab: Box::new(lab),
            rev,
        },
        Err(ImportError::Newer { schema }) => Decoded::Newer { schema },
        Err(ImportError::NotALabFile | ImportError::Invalid(_)) => Decoded::Unreadable,
    }
}

/// The typed lab from checked JSON. Storage says only "unreadable", so it skips
/// `serde_path_to_error`: that wrapper doubles serde's code for every type, and
/// this function is in the first load of every page (the import, which names
/// the refused value's path, is loaded with the Lab data page).
fn typed_lab(data: Value) -> Result<Lab, IntegrityProblem> {
    serde_json::from_value(data).map_err(|e| IntegrityProblem {
        path: String::new(),
        reason: e.to_string(),
    })
}

/// `typed_lab` naming the path to a refused value, for a learner's import.
fn typed_lab_with_path(data: Value) -> Result<Lab, IntegrityProblem> {
    serde_path_to_error::deserialize(data).map_err(|e| {
        let path = e.path().to_string();
        let reason = e.into_inner().to_string();
        IntegrityProblem {
            path: if path == "." { String::new() } else { path },
            reason,
        }
    })
}

/// The one reading of a stored or exported lab: caps, envelope, migration, the
/// typed lab (`typed`) and the validator.
fn read(
    raw: &str,
    typed: fn(Value) -> Result<Lab, IntegrityProblem>,
) -> Result<(Lab, u64), ImportError> {
    let invalid =
        |path: String, reason: String| ImportError::Invalid(IntegrityProblem { path, reason });
    check_file_size(raw).map_err(|c| invalid(c.path, c.reason))?;
    let value = serde_json::from_str::<Value>(raw).map_err(|_| ImportError::NotALabFile)?;
    let env =
        serde_json::from_value::<Envelope<Value>>(value).map_err(|_| ImportError::NotALabFile)?;
    if env.app != APP {
        return Err(ImportError::NotALabFile);
    }
    if env.schema > SCHEMA {
        return Err(ImportError::Newer { schema: env.schema });
    }
    let data = migrate(env.schema, env.data).map_err(|_| ImportError::NotALabFile)?;
    check_strings(&data).map_err(|c| invalid(c.path, c.reason))?;
    if !data.is_object() {
        return Err(ImportError::NotALabFile);
    }
    let lab = typed(data).map_err(ImportError::Invalid)?;
    lab.check_integrity().map_err(ImportError::Invalid)?;
    Ok((lab, env.rev))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON, or JSON that is not a rootkey-lab export.
    NotALabFile,
    /// Exported by a newer version of the app.
    Newer { schema: u32 },
    /// A rootkey-lab export that breaks a rule or a size cap, named with its path.
    Invalid(IntegrityProblem),
}

/// Reads an exported lab file. The session is not imported: whoever imports a
/// lab signs in to it, as they would in a new browser.
pub fn import(text: &str) -> Result<Lab, ImportError> {
    let (lab, _) = read(text, typed_lab_with_path)?;
    Ok(Lab {
        session: None,
        ..lab
    })
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

    /// The exported sample with one edit made to its JSON.
    fn edited(edit: impl FnOnce(&mut Value)) -> String {
        let mut v: Value = serde_json::from_str(&encode(&sample(), 1)).unwrap();
        edit(&mut v["data"]);
        v.to_string()
    }

    fn refusal(text: &str) -> IntegrityProblem {
        match import(text) {
            Err(ImportError::Invalid(p)) => p,
            other => panic!("expected a refusal naming a rule, got {other:?}"),
        }
    }

    #[test]
    fn files_that_break_a_rule_are_refused_naming_it_and_stored_ones_are_quarantined() {
        let root = "/accounts/0/root";
        let password = |v: &mut Value, iterations: &str, hash: &str| {
            let p = v.pointer_mut(&format!("{root}/password")).unwrap();
            let salt = p.as_str().unwrap().split('$').nth(2).unwrap().to_string();
            *p = Value::from(format!("pbkdf2-sha256${iterations}${salt}${hash}"));
        };
        let cases: Vec<(String, &str, &str)> = vec![
            (
                edited(|v| {
                    let keys = v.pointer_mut(&format!("{root}/access_keys")).unwrap();
                    let key = keys[0].clone();
                    for (i, id) in ["AKIAAAAAAAAAAAAAAAAB", "AKIAAAAAAAAAAAAAAAAC"]
                        .iter()
                        .enumerate()
                    {
                        let mut k = key.clone();
                        k["id"] = Value::from(*id);
                        keys.as_array_mut().unwrap().insert(i, k);
                    }
                }),
                "accounts[0].root.access_keys",
                "the cap is 2",
            ),
            (
                edited(|v| {
                    let twin = v["accounts"][0].clone();
                    v["accounts"].as_array_mut().unwrap().push(twin);
                }),
                "accounts[1].id",
                "repeats an earlier account ID",
            ),
            (
                edited(|v| {
                    let mut user = serde_json::json!({"name": "<b>x</b>/../y", "user_id": "AIDAAAAAAAAAAAAAAAAAA", "created": 1});
                    user["groups"] = serde_json::json!([]);
                    v["accounts"][0]["users"] = serde_json::json!([user]);
                }),
                "accounts[0].users[0].name",
                "letters, digits",
            ),
            (
                edited(|v| password(v, "600000", "ab")),
                "accounts[0].root.password",
                "must be 32 bytes",
            ),
            (
                edited(|v| password(v, "4000000000", &"11".repeat(32))),
                "accounts[0].root.password",
                "100000 to 10000000",
            ),
            (
                edited(|v| v["accounts"][0]["name"] = Value::from("n".repeat(1025))),
                "accounts[0].name",
                "1 KiB",
            ),
            (
                edited(|v| v["accounts"][0]["name"] = Value::from("n".repeat(1024 * 1024))),
                "",
                "1 MiB",
            ),
        ];
        for (text, path, reason) in cases {
            let p = refusal(&text);
            assert_eq!(p.path, path, "{p}");
            assert!(p.reason.contains(reason), "{p}");
            assert_eq!(decode(Some(&text)), Decoded::Unreadable, "{p}");
        }
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
                EnableRootMfa,
                CreateAccessKey,
                UseKeyInCloudShell,
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

    /// Progress saved by the build before the panel's order changed (MFA and a
    /// sign-in with it moved before the keys; `sign-in-with-mfa` is new): stored
    /// by task name, it reads back whole, nothing is ticked that was not, and the
    /// next step follows the new order.
    #[test]
    fn progress_saved_under_the_old_order_is_kept_under_the_new_one() {
        use crate::domain::training::{next_task, Task, TaskState};
        let raw = include_str!("fixtures/v2-progress.json");
        let Decoded::Loaded { lab, rev } = decode(Some(raw)) else {
            panic!("the fixture loads");
        };
        assert_eq!(rev, 7);
        let account = &lab.accounts[0];
        let done: Vec<Task> = lab
            .training
            .states(account)
            .into_iter()
            .filter(|(_, s)| *s == TaskState::Done)
            .map(|(t, _)| t)
            .collect();
        assert_eq!(
            done,
            [
                Task::CreateAccount,
                Task::SignInAsRoot,
                Task::OpenSecurityCredentials,
                Task::CreateAccessKey,
                Task::UseKeyInCloudShell,
                Task::DeactivateKey,
                Task::DeleteAccessKey,
            ]
        );
        let progress = lab.training.of(account.id);
        assert_eq!(next_task(account, &progress), Some(Task::EnableRootMfa));
        // Written back, it is the same progress (no step needed between them).
        let again = encode(&lab, rev);
        let Decoded::Loaded { lab: back, .. } = decode(Some(&again)) else {
            panic!("reads back");
        };
        assert_eq!(back.training, lab.training);
    }
}
