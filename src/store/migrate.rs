//! Stored labs of an older schema, brought up to today's one step at a time
//! (1→2, later 2→3, …) on the raw JSON, before it is read as a [`Lab`]. Each step
//! works on the shape its schema had, not on today's types, so a later change to
//! the types cannot change what an old step does. Each step is tested from a
//! fixture saved by the build that wrote that schema (`fixtures/v1.json`, …).
//!
//! [`Lab`]: crate::domain::lab::Lab

use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
use crate::domain::iam::user::same_name;
use crate::domain::training::Task;
use serde_json::{json, Map, Value};

/// The schema this build writes: each step below brings a lab one schema nearer.
pub const SCHEMA: u32 = 2;

/// The oldest schema a step exists for: the first one this app ever stored.
pub const OLDEST_SCHEMA: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrationError {
    /// Older than any schema this app wrote: not ours to guess at.
    UnknownSchema(u32),
    /// The data does not have the shape its schema says.
    Shape(String),
}

/// `data` as stored under `schema`, brought up to [`SCHEMA`]. A schema newer
/// than ours is the caller's business (`Decoded::Newer`), never migrated here.
pub fn migrate(schema: u32, mut data: Value) -> Result<Value, MigrationError> {
    if schema < OLDEST_SCHEMA {
        return Err(MigrationError::UnknownSchema(schema));
    }
    for from in schema..SCHEMA {
        data = match from {
            1 => migrate_v1_to_v2(data)?,
            other => return Err(MigrationError::UnknownSchema(other)),
        };
    }
    Ok(data)
}

/// Schema 1 had no training progress. Schema 2 keeps it per account, and gives a
/// schema-1 lab what its state proves, nothing more:
/// - every account: `create-account`;
/// - the account signed in to: `sign-in-as-root` or `sign-in-as-iam-user`;
/// - a root key with a last use: `create-access-key` and `use-key-in-cloudshell`
///   (only the terminal stamps a use, and only once the key's secret was given,
///   so the learner had the secret and the key worked);
/// - a root MFA device: `enable-root-mfa`;
/// - an IAM user with AdministratorAccess (directly or through a group):
///   `create-iam-admin`.
///
/// A key without use proves no saved secret, and nothing in schema 1 shows a key
/// refused as inactive, a deletion, the warning's Continue or a password change.
pub fn migrate_v1_to_v2(mut data: Value) -> Result<Value, MigrationError> {
    let lab = data
        .as_object_mut()
        .ok_or_else(|| MigrationError::Shape("the lab is not an object".into()))?;
    let session = lab.get("session").cloned().unwrap_or(Value::Null);
    let mut training = Map::new();
    for (i, account) in as_list(lab.get("accounts"), "accounts")?.iter().enumerate() {
        let id = account
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| MigrationError::Shape(format!("accounts[{i}] has no id")))?;
        let tasks = proven_tasks(account, id, &session)?;
        let done: Vec<Value> = tasks.iter().map(|t| json!(t.slug())).collect();
        training.insert(id.to_string(), json!({ "done": done }));
    }
    lab.insert("training".into(), Value::Object(training));
    Ok(data)
}

fn as_list<'a>(value: Option<&'a Value>, what: &str) -> Result<&'a [Value], MigrationError> {
    match value {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(MigrationError::Shape(format!("{what} is not a list"))),
    }
}

fn strings(value: Option<&Value>) -> Vec<&str> {
    value
        .and_then(Value::as_array)
        .map(|items| items.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The panel's order when schema 2 was written: the step writes its list in it,
/// so what it writes does not move when today's panel order does.
const SCHEMA_2_ORDER: [&str; 11] = [
    "create-account",
    "sign-in-as-root",
    "open-security-credentials",
    "create-access-key",
    "use-key-in-cloudshell",
    "deactivate-key",
    "delete-access-key",
    "enable-root-mfa",
    "change-root-password",
    "create-iam-admin",
    "sign-in-as-iam-user",
];

/// In schema 2's panel order ([`SCHEMA_2_ORDER`]).
fn proven_tasks(account: &Value, id: &str, session: &Value) -> Result<Vec<Task>, MigrationError> {
    let root = account.get("root").unwrap_or(&Value::Null);
    let mut done = vec![Task::CreateAccount];
    if session.get("account").and_then(Value::as_str) == Some(id) {
        match session.get("principal") {
            Some(Value::String(p)) if p == "Root" => done.push(Task::SignInAsRoot),
            Some(Value::Object(p)) if p.contains_key("IamUser") => done.push(Task::SignInAsIamUser),
            _ => {}
        }
    }
    let keys = as_list(root.get("access_keys"), "access_keys")?;
    if keys
        .iter()
        .any(|k| !k.get("last_used").unwrap_or(&Value::Null).is_null())
    {
        done.extend([Task::CreateAccessKey, Task::UseKeyInCloudShell]);
    }
    let mfa = root.get("mfa").unwrap_or(&Value::Null);
    if !as_list(mfa.get("devices"), "mfa.devices")?.is_empty() {
        done.push(Task::EnableRootMfa);
    }
    let groups = as_list(account.get("groups"), "groups")?;
    let admin_group = |name: &str| {
        groups.iter().any(|g| {
            g.get("name")
                .and_then(Value::as_str)
                .is_some_and(|n| same_name(n, name))
                && strings(g.get("attached_policies")).contains(&ADMINISTRATOR_ACCESS)
        })
    };
    let is_admin = |u: &Value| {
        strings(u.get("attached_policies")).contains(&ADMINISTRATOR_ACCESS)
            || strings(u.get("groups")).into_iter().any(admin_group)
    };
    if as_list(account.get("users"), "users")?.iter().any(is_admin) {
        done.push(Task::CreateIamAdmin);
    }
    done.sort_by_key(|t| SCHEMA_2_ORDER.iter().position(|s| *s == t.slug()));
    done.dedup();
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iam::group::ADMINISTRATORS;

    const V1: &str = include_str!("fixtures/v1.json");

    fn v1_data() -> Value {
        serde_json::from_str::<Value>(V1).unwrap()["data"].clone()
    }

    fn done_of(data: &Value, id: &str) -> Vec<String> {
        strings(data["training"][id].get("done"))
            .into_iter()
            .map(String::from)
            .collect()
    }

    #[test]
    fn v1_fixture_gets_only_what_its_state_proves() {
        let v2 = migrate_v1_to_v2(v1_data()).unwrap();
        // Signed in as the IAM administrator "Admin"; one used key, one idle
        // inactive key; an authenticator app.
        assert_eq!(
            done_of(&v2, "854322930320"),
            [
                "create-account",
                "create-access-key",
                "use-key-in-cloudshell",
                "enable-root-mfa",
                "create-iam-admin",
                "sign-in-as-iam-user"
            ]
        );
        assert_eq!(done_of(&v2, "472506830495"), ["create-account"]);
        // Everything else is as it was.
        let mut back = v2.clone();
        back.as_object_mut().unwrap().remove("training");
        assert_eq!(back, v1_data());
    }

    /// One schema-1 account with `patch` applied, and the session given.
    fn account_with(patch: Value, session: Value) -> Value {
        let mut a = json!({
            "id": "123456789012", "name": "A", "created": 1,
            "root": {"email": "a@example.com", "password": "x"}
        });
        for (k, v) in patch.as_object().unwrap() {
            a[k] = v.clone();
        }
        json!({"accounts": [a], "session": session})
    }

    #[test]
    fn each_piece_of_state_proves_its_task_and_nothing_else() {
        let root_session = json!({"account": "123456789012", "principal": "Root", "started": 5});
        let other_session = json!({"account": "999999999999", "principal": "Root", "started": 5});
        let key = |last_used: Value| {
            json!({"root": {"email": "a@example.com", "password": "x", "access_keys": [
                {"id": "AKIARZPUZDIKGEXAMPLE", "secret": {"salt": "00", "hash": "00"},
                 "status": "Inactive", "created": 1, "last_used": last_used}]}})
        };
        let used = json!({"date": 2, "region": "us-east-1", "service": "sts"});
        let admin_group = json!([{"name": ADMINISTRATORS, "group_id": "AGPA", "created": 1,
                                  "attached_policies": [ADMINISTRATOR_ACCESS]}]);
        let user = |groups: Value, policies: Value| json!([{"name": "u", "user_id": "AIDA", "created": 1, "groups": groups, "attached_policies": policies}]);
        let cases: Vec<(Value, Value, &[&str])> = vec![
            (json!({}), Value::Null, &["create-account"]),
            (
                json!({}),
                root_session.clone(),
                &["create-account", "sign-in-as-root"],
            ),
            (json!({}), other_session, &["create-account"]),
            (key(Value::Null), Value::Null, &["create-account"]),
            (
                key(used),
                Value::Null,
                &[
                    "create-account",
                    "create-access-key",
                    "use-key-in-cloudshell",
                ],
            ),
            (
                json!({"root": {"email": "a@example.com", "password": "x", "hide_root_warning": true}}),
                Value::Null,
                &["create-account"],
            ),
            (
                json!({"root": {"email": "a@example.com", "password": "x",
                             "mfa": {"devices": [{"name": "p"}]}}}),
                Value::Null,
                &["create-account", "enable-root-mfa"],
            ),
            (
                json!({"groups": admin_group.clone(), "users": user(json!(["administrators"]), json!([]))}),
                Value::Null,
                &["create-account", "create-iam-admin"],
            ),
            (
                json!({"users": user(json!([]), json!([ADMINISTRATOR_ACCESS]))}),
                Value::Null,
                &["create-account", "create-iam-admin"],
            ),
            // A group named Administrators without the policy proves nothing.
            (
                json!({"groups": [{"name": ADMINISTRATORS, "group_id": "AGPA", "created": 1}],
                    "users": user(json!([ADMINISTRATORS]), json!([]))}),
                Value::Null,
                &["create-account"],
            ),
            (
                json!({"groups": admin_group, "users": user(json!([]), json!([]))}),
                Value::Null,
                &["create-account"],
            ),
        ];
        for (patch, session, expected) in cases {
            let v2 = migrate_v1_to_v2(account_with(patch.clone(), session)).unwrap();
            assert_eq!(done_of(&v2, "123456789012"), expected, "{patch}");
        }
    }

    #[test]
    fn an_empty_lab_gets_empty_progress_and_bad_shapes_are_refused() {
        assert_eq!(
            migrate_v1_to_v2(json!({})).unwrap(),
            json!({"training": {}})
        );
        for (data, reason) in [
            (json!([]), "the lab is not an object"),
            (json!({"accounts": 5}), "accounts is not a list"),
            (json!({"accounts": [{}]}), "accounts[0] has no id"),
        ] {
            assert_eq!(
                migrate_v1_to_v2(data),
                Err(MigrationError::Shape(reason.into()))
            );
        }
    }

    #[test]
    fn migrate_runs_every_step_from_the_stored_schema() {
        assert_eq!(
            migrate(1, v1_data()).unwrap(),
            migrate_v1_to_v2(v1_data()).unwrap()
        );
        // Already current: untouched.
        let v2 = migrate_v1_to_v2(v1_data()).unwrap();
        assert_eq!(migrate(SCHEMA, v2.clone()).unwrap(), v2);
        assert_eq!(migrate(0, v1_data()), Err(MigrationError::UnknownSchema(0)));
    }
}
