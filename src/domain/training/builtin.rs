//! The built-in scenarios, loaded by name (`?scenario=two-keys`).
//!
//! Every password and secret below is training data, published here on purpose:
//! none of them is, or ever was, a real credential. The key IDs and secrets follow
//! the shape of AWS's documentation examples and end in `EXAMPLE`/`EXAMPLEKEY`.

use super::scenario::{parse_scenario, Scenario, ScenarioError};

/// The names [`builtin`] serves, in the order a picker would list them.
pub const BUILTIN_NAMES: [&str; 4] = [
    "fresh",
    "two-keys",
    "iam-user-remembered",
    "ready-to-delete",
];

/// Named in the issue but not representable until MFA devices are modelled.
const NEEDS_MFA: &str = "mfa-enabled";

/// An empty lab: the learner starts by creating an AWS account.
const FRESH: &str = r#"{
  "format": "rootkey-lab-scenario",
  "version": 1,
  "name": "fresh",
  "description": "An empty lab: start by creating an AWS account.",
  "accounts": []
}"#;

/// Password `Lab-Password-1`. Two keys, so a third is refused until one is deleted:
/// one active and used from CloudShell, one inactive and never used.
const TWO_KEYS: &str = r#"{
  "format": "rootkey-lab-scenario",
  "version": 1,
  "name": "two-keys",
  "description": "One account whose root user already has two access keys, one of them inactive. Sign in with learner@example.com / Lab-Password-1.",
  "accounts": [
    {
      "email": "learner@example.com",
      "account_name": "Training",
      "password": "Lab-Password-1",
      "account_id": "123456789012",
      "created": "2026-11-01T09:00:00+00:00",
      "access_keys": [
        {
          "access_key_id": "AKIARZPUZDIKGEXAMPLE",
          "secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "status": "Active",
          "created": "2026-11-20T10:00:00+00:00",
          "last_used": { "date": "2026-11-25T09:30:00+00:00", "region": "us-east-1", "service": "sts" }
        },
        {
          "access_key_id": "AKIARZPUZDIKHEXAMPLE",
          "secret_access_key": "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
          "status": "Inactive",
          "created": "2026-11-22T14:00:00+00:00"
        }
      ],
      "tasks_done": ["create-account", "sign-in-as-root"]
    }
  ]
}"#;

/// Password `Lab-Password-1`. The sign-in page remembers the account's alias, so it
/// opens on the account-specific IAM user page; the learner must find
/// "Sign in using root user email".
const IAM_USER_REMEMBERED: &str = r#"{
  "format": "rootkey-lab-scenario",
  "version": 1,
  "name": "iam-user-remembered",
  "description": "The sign-in page remembers this account's IAM user page (alias my-training-lab). Sign in as root with learner@example.com / Lab-Password-1.",
  "accounts": [
    {
      "email": "learner@example.com",
      "account_name": "Training",
      "password": "Lab-Password-1",
      "account_id": "123456789012",
      "alias": "my-training-lab",
      "created": "2026-11-01T09:00:00+00:00",
      "tasks_done": ["create-account"]
    }
  ],
  "remembered_iam_sign_in": "my-training-lab"
}"#;

/// Password `Lab-Password-1`, already signed in. One inactive key whose secret the
/// learner has (`secret_saved`), used once before being made inactive: every key
/// task up to "make it inactive" is done, deleting it is next.
const READY_TO_DELETE: &str = r#"{
  "format": "rootkey-lab-scenario",
  "version": 1,
  "name": "ready-to-delete",
  "description": "Signed in as root with one inactive access key, ready to delete. Password: Lab-Password-1.",
  "accounts": [
    {
      "email": "learner@example.com",
      "account_name": "Training",
      "password": "Lab-Password-1",
      "account_id": "123456789012",
      "created": "2026-11-01T09:00:00+00:00",
      "access_keys": [
        {
          "access_key_id": "AKIARZPUZDIKGEXAMPLE",
          "secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "status": "Inactive",
          "created": "2026-11-20T10:00:00+00:00",
          "last_used": { "date": "2026-11-20T10:05:00+00:00", "region": "us-east-1", "service": "sts" },
          "secret_saved": true
        }
      ],
      "tasks_done": [
        "create-account",
        "sign-in-as-root",
        "open-security-credentials",
        "create-access-key",
        "use-key-in-cloudshell",
        "deactivate-key"
      ]
    }
  ],
  "signed_in": "learner@example.com"
}"#;

/// The JSON text of a built-in scenario.
pub fn builtin(name: &str) -> Result<&'static str, ScenarioError> {
    match name {
        "fresh" => Ok(FRESH),
        "two-keys" => Ok(TWO_KEYS),
        "iam-user-remembered" => Ok(IAM_USER_REMEMBERED),
        "ready-to-delete" => Ok(READY_TO_DELETE),
        NEEDS_MFA => Err(ScenarioError::Unsupported {
            name: NEEDS_MFA.to_string(),
            needs: "MFA devices".to_string(),
        }),
        other => Err(ScenarioError::UnknownName(other.to_string())),
    }
}

/// A built-in scenario, parsed.
pub fn named_scenario(name: &str) -> Result<Scenario, ScenarioError> {
    parse_scenario(builtin(name)?)
}

/// The `scenario` parameter of a URL's query (`?lang=ja&scenario=two-keys`), if any,
/// percent-decoded.
pub fn scenario_name_in_query(query: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "scenario")
        .map(|(_, v)| percent_decode(v))
}

fn percent_decode(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_parameter() {
        for (query, name) in [
            ("?scenario=two-keys", Some("two-keys")),
            (
                "?lang=ja&scenario=ready%2Dto%2Ddelete",
                Some("ready-to-delete"),
            ),
            ("scenario=a+b", Some("a b")),
            ("?scenario=%zz", Some("%zz")),
            ("?scenarios=x", None),
            ("", None),
        ] {
            assert_eq!(scenario_name_in_query(query).as_deref(), name, "{query}");
        }
    }

    #[test]
    fn unknown_and_unsupported_names_are_refused_with_their_reason() {
        let e = builtin("two_keys").unwrap_err();
        assert_eq!(e, ScenarioError::UnknownName("two_keys".into()));
        assert_eq!(
            e.to_string(),
            "There is no built-in scenario named \"two_keys\". Built-in scenarios: fresh, two-keys, iam-user-remembered, ready-to-delete."
        );
        let e = named_scenario("mfa-enabled").unwrap_err();
        assert_eq!(
            e.to_string(),
            "The scenario \"mfa-enabled\" needs MFA devices, which this version of rootkey-lab does not model yet."
        );
    }
}
