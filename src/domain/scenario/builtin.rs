//! The built-in scenarios, loaded by name (`?scenario=two-keys`).
//!
//! Every password, secret and MFA secret key below is training data, published
//! here on purpose: none of them is, or ever was, a real credential. The key IDs
//! and secrets follow the shape of AWS's documentation examples and end in
//! `EXAMPLE`/`EXAMPLEKEY`; the MFA seed spells "rootkey-lab training seed: not a
//! secret!" in Base32.

use super::{parse_scenario, Scenario, ScenarioError};

/// The names [`builtin`] serves, in the order a picker would list them.
pub const BUILTIN_NAMES: [&str; 6] = [
    "fresh",
    "two-keys",
    "mfa-enabled",
    "iam-user-remembered",
    "ready-to-delete",
    "leaked-root-key",
];

/// An empty lab: the learner starts by creating an AWS account.
const FRESH: &str = r#"{
  "format": "rootkey-lab-scenario",
  "version": 2,
  "name": "fresh",
  "description": "An empty lab: start by creating an AWS account.",
  "accounts": []
}"#;

/// Password `Lab-Password-1`. Two keys, so a third is refused until one is deleted:
/// one active and used from CloudShell, one inactive and never used.
const TWO_KEYS: &str = r#"{
  "format": "rootkey-lab-scenario",
  "version": 2,
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

/// Password `Lab-Password-1`. The root user has an authenticator app whose secret
/// key is published here, so a training page (or any authenticator app given the
/// key) can show its codes: signing in as root asks for one. Enabling MFA is ticked
/// by the device itself.
const MFA_ENABLED: &str = r#"{
  "format": "rootkey-lab-scenario",
  "version": 2,
  "name": "mfa-enabled",
  "description": "The root user already has an authenticator app (my-phone). Sign in with learner@example.com / Lab-Password-1, then the code for the secret key OJXW 65DL MV4S 23DB MIQH I4TB NFXG S3TH EBZW KZLE HIQG 433U EBQS A43F MNZG K5BB.",
  "accounts": [
    {
      "email": "learner@example.com",
      "account_name": "Training",
      "password": "Lab-Password-1",
      "account_id": "123456789012",
      "created": "2026-11-01T09:00:00+00:00",
      "mfa_devices": [
        {
          "type": "authenticator-app",
          "name": "my-phone",
          "secret_key": "OJXW65DLMV4S23DBMIQHI4TBNFXGS3THEBZWKZLEHIQG433UEBQSA43FMNZGK5BB"
        }
      ],
      "tasks_done": ["create-account", "sign-in-as-root", "open-security-credentials"]
    }
  ]
}"#;

/// Password `Lab-Password-1`. The sign-in page remembers the account's alias, so it
/// opens on the account-specific IAM user page: the learner can sign in there as
/// the administrator `admin` (`Admin-Password-1`), or must find "Sign in using
/// root user email" to sign in as root.
const IAM_USER_REMEMBERED: &str = r#"{
  "format": "rootkey-lab-scenario",
  "version": 2,
  "name": "iam-user-remembered",
  "description": "The sign-in page remembers this account's IAM user page (alias my-training-lab). Sign in there as the IAM user admin / Admin-Password-1, or as root with learner@example.com / Lab-Password-1.",
  "accounts": [
    {
      "email": "learner@example.com",
      "account_name": "Training",
      "password": "Lab-Password-1",
      "account_id": "123456789012",
      "alias": "my-training-lab",
      "created": "2026-11-01T09:00:00+00:00",
      "iam_users": [
        { "name": "admin", "password": "Admin-Password-1", "administrator": true, "created": "2026-11-02T09:00:00+00:00" }
      ],
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
  "version": 2,
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
/// Password `Lab-Password-1`. A root access key the learner never made: created
/// three days before the load from 203.0.113.77 (a documentation address) and
/// used there by aws-cli, as Event history shows. Investigate, then remove it.
const LEAKED_ROOT_KEY: &str = r#"{
  "format": "rootkey-lab-scenario",
  "version": 2,
  "name": "leaked-root-key",
  "description": "A root access key was created and used three days ago from an unfamiliar address (203.0.113.77). Find it in CloudTrail Event history, then deactivate and delete it. Sign in with learner@example.com / Lab-Password-1.",
  "accounts": [
    {
      "email": "learner@example.com",
      "account_name": "Training",
      "password": "Lab-Password-1",
      "account_id": "123456789012",
      "created": "2026-11-01T09:00:00+00:00",
      "access_keys": [
        {
          "access_key_id": "AKIARZPUZDIKLEXAMPLE",
          "secret_access_key": "Zq3mT8vLw1YpK5nR0cXe7uHb2GdJ4aEXAMPLEKEY",
          "status": "Active",
          "created_from": "203.0.113.77"
        }
      ],
      "tasks_done": ["create-account", "sign-in-as-root"]
    }
  ]
}"#;

pub fn builtin(name: &str) -> Result<&'static str, ScenarioError> {
    match name {
        "fresh" => Ok(FRESH),
        "two-keys" => Ok(TWO_KEYS),
        "mfa-enabled" => Ok(MFA_ENABLED),
        "iam-user-remembered" => Ok(IAM_USER_REMEMBERED),
        "ready-to-delete" => Ok(READY_TO_DELETE),
        "leaked-root-key" => Ok(LEAKED_ROOT_KEY),
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
    fn unknown_names_are_refused_with_the_list_of_builtins() {
        for name in ["two_keys", "", "Fresh", "mfa"] {
            let e = named_scenario(name).unwrap_err();
            assert_eq!(e, ScenarioError::UnknownName(name.into()));
        }
        assert_eq!(
            builtin("two_keys").unwrap_err().to_string(),
            "There is no built-in scenario named \"two_keys\". Built-in scenarios: fresh, two-keys, mfa-enabled, iam-user-remembered, ready-to-delete, leaked-root-key."
        );
    }

    #[test]
    fn a_long_unknown_name_is_echoed_cut_short() {
        let long = "x".repeat(5_000);
        let said = named_scenario(&long).unwrap_err().to_string();
        let echoed = crate::domain::echo::short_echo(&long);
        assert!(said.contains(&format!("named \"{echoed}\"")), "{said}");
        assert!(said.len() < 300, "{said}");
    }
}
