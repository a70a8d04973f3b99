//! botocore's credential chain as the lab models it, and the service's first
//! check of every request: is the signing key known, active, and its secret right?

use super::config::Profiles;
use super::Note;
use crate::domain::iam::user::user_arn;
use crate::domain::ids::BASE32;
use crate::domain::lab::{Identity, KeyRefusal, Lab, Principal};
use crate::domain::time::Timestamp;
use std::collections::BTreeMap;

/// The environment one command sees: exported variables plus `NAME=value` prefixes.
pub type Env = BTreeMap<String, String>;

/// botocore reads an empty variable as an unset one.
pub fn env_value<'a>(env: &'a Env, name: &str) -> Option<&'a str> {
    env.get(name).map(String::as_str).filter(|v| !v.is_empty())
}

#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    Keys {
        id: String,
        secret: String,
        /// botocore's `credentials.method`, which `aws configure list` shows.
        method: &'static str,
    },
    /// CloudShell's container credentials: the console session's identity.
    Console { identity: Identity, started: i64 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Partial {
    pub provider: &'static str,
    pub missing: &'static str,
}

impl Partial {
    pub fn message(&self) -> String {
        format!(
            "Partial credentials found in {}, missing: {}",
            self.provider, self.missing
        )
    }
}

/// Environment, then the profile's keys, then the console session (while it
/// lasts: an expired one lends CloudShell nothing). An explicit `--profile`
/// skips the environment's keys, as botocore does.
pub fn resolve(
    env: &Env,
    profiles: &Profiles,
    profile: &str,
    explicit_profile: bool,
    lab: &Lab,
    now: Timestamp,
) -> Result<Option<Credentials>, Partial> {
    if !explicit_profile {
        if let Some(id) = env_value(env, "AWS_ACCESS_KEY_ID") {
            let secret = env_value(env, "AWS_SECRET_ACCESS_KEY").ok_or(Partial {
                provider: "env",
                missing: "AWS_SECRET_ACCESS_KEY",
            })?;
            return Ok(Some(Credentials::Keys {
                id: id.to_string(),
                secret: secret.to_string(),
                method: "env",
            }));
        }
    }
    if let Some(id) = profiles.get(profile, "aws_access_key_id") {
        let secret = profiles
            .get(profile, "aws_secret_access_key")
            .ok_or(Partial {
                provider: "shared-credentials-file",
                missing: "aws_secret_access_key",
            })?;
        return Ok(Some(Credentials::Keys {
            id: id.to_string(),
            secret: secret.to_string(),
            method: "shared-credentials-file",
        }));
    }
    Ok(lab
        .session
        .as_ref()
        .filter(|_| lab.signed_in_at(now).is_some())
        .filter(|s| lab.account(s.identity.account).is_some())
        .map(|s| Credentials::Console {
            identity: s.identity.clone(),
            started: s.started.millis(),
        }))
}

impl Credentials {
    /// What `aws configure list` shows: the masked key ID and its source.
    pub fn masked(&self) -> (String, String, &'static str) {
        match self {
            Credentials::Keys { id, secret, method } => (
                super::config::mask(Some(id)),
                super::config::mask(Some(secret)),
                *method,
            ),
            Credentials::Console { identity, started } => {
                // CloudShell's temporary key is never shown whole; a stable made-up
                // tail stands in for it.
                let seed = identity.account.value() ^ (*started as u64);
                let tail: String = (0..4)
                    .map(|i| BASE32[((seed >> (5 * i)) & 31) as usize] as char)
                    .collect();
                let masked = format!("{}{tail}", "*".repeat(16));
                (masked.clone(), masked, "container-role")
            }
        }
    }
}

/// Who a request acts as (the root user or an IAM user of one account), signed
/// with `key` if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caller {
    pub identity: Identity,
    pub key: Option<String>,
}

impl Caller {
    pub fn arn(&self) -> String {
        match &self.identity.principal {
            Principal::Root => self.identity.account.root_arn(),
            Principal::IamUser { name } => user_arn(self.identity.account, name),
        }
    }

    /// The name the caller acts on when an operation names no user.
    pub fn user_name(&self) -> Option<&str> {
        self.identity.user_name()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub code: &'static str,
    pub message: &'static str,
    pub note: Note,
}

const INVALID_TOKEN: &str = "The security token included in the request is invalid.";
const BAD_SIGNATURE: &str = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

/// The service's first check: a console session's user must still exist; a
/// key must be known, active and signed with its secret (the lab decides).
pub fn authenticate(lab: &mut Lab, credentials: &Credentials) -> Result<Caller, Refusal> {
    let refuse = |note| Refusal {
        code: "InvalidClientTokenId",
        message: INVALID_TOKEN,
        note,
    };
    match credentials {
        Credentials::Console { identity, .. } => {
            // A session outlives nothing: a deleted user's session token is void.
            if let Some(name) = identity.user_name() {
                lab.iam_user(identity.account, name)
                    .ok_or_else(|| refuse(Note::KeyUnknownOrDeleted))?;
            }
            lab.record_console_credentials_use(identity);
            Ok(Caller {
                identity: identity.clone(),
                key: None,
            })
        }
        Credentials::Keys { id, secret, .. } => match lab.authenticate(id, secret) {
            Ok(identity) => Ok(Caller {
                identity,
                key: Some(id.clone()),
            }),
            Err(KeyRefusal::UnknownOrDeleted) => Err(refuse(Note::KeyUnknownOrDeleted)),
            Err(KeyRefusal::Inactive) => Err(refuse(Note::KeyInactive)),
            Err(KeyRefusal::WrongSecret) => Err(Refusal {
                code: "SignatureDoesNotMatch",
                message: BAD_SIGNATURE,
                note: Note::WrongSecret,
            }),
        },
    }
}
