//! botocore's credential chain as the lab models it, and the service's first
//! check of every request: is the signing key known, active, and its secret right?

use super::config::Profiles;
use super::Note;
use crate::domain::access_key::{AccessKey, AccessKeyStatus, LastUsed};
use crate::domain::iam::user::user_arn;
use crate::domain::ids::{AccountId, BASE32};
use crate::domain::lab::{Lab, Principal};
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
    Console {
        account: AccountId,
        principal: Principal,
        started: i64,
    },
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

/// Environment, then the profile's keys, then the console session. An explicit
/// `--profile` skips the environment's keys, as botocore does.
pub fn resolve(
    env: &Env,
    profiles: &Profiles,
    profile: &str,
    explicit_profile: bool,
    lab: &Lab,
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
        .filter(|s| lab.account(s.identity.account).is_some())
        .map(|s| Credentials::Console {
            account: s.identity.account,
            principal: s.identity.principal.clone(),
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
            Credentials::Console {
                account, started, ..
            } => {
                // CloudShell's temporary key is never shown whole; a stable made-up
                // tail stands in for it.
                let seed = account.value() ^ (*started as u64);
                let tail: String = (0..4)
                    .map(|i| BASE32[((seed >> (5 * i)) & 31) as usize] as char)
                    .collect();
                let masked = format!("{}{tail}", "*".repeat(16));
                (masked.clone(), masked, "container-role")
            }
        }
    }
}

/// Who a request acts as: the root user or an IAM user of `account`, signed
/// with `key` if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caller {
    pub account: AccountId,
    pub principal: Principal,
    pub key: Option<String>,
}

impl Caller {
    pub fn arn(&self) -> String {
        match &self.principal {
            Principal::Root => self.account.root_arn(),
            Principal::IamUser { name } => user_arn(self.account, name),
        }
    }

    /// The name the caller acts on when an operation names no user.
    pub fn user_name(&self) -> Option<&str> {
        match &self.principal {
            Principal::Root => None,
            Principal::IamUser { name } => Some(name),
        }
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

pub fn authenticate(lab: &Lab, credentials: &Credentials) -> Result<Caller, Refusal> {
    let refuse = |note| Refusal {
        code: "InvalidClientTokenId",
        message: INVALID_TOKEN,
        note,
    };
    match credentials {
        Credentials::Console {
            account, principal, ..
        } => {
            // A session outlives nothing: a deleted user's session token is void.
            if let Principal::IamUser { name } = principal {
                lab.iam_user(*account, name)
                    .ok_or_else(|| refuse(Note::KeyUnknownOrDeleted))?;
            }
            Ok(Caller {
                account: *account,
                principal: principal.clone(),
                key: None,
            })
        }
        Credentials::Keys { id, secret, .. } => {
            let (account, principal, key) = lab
                .access_key(id)
                .ok_or_else(|| refuse(Note::KeyUnknownOrDeleted))?;
            if key.status == AccessKeyStatus::Inactive {
                return Err(refuse(Note::KeyInactive));
            }
            if !key.secret_matches(secret) {
                return Err(Refusal {
                    code: "SignatureDoesNotMatch",
                    message: BAD_SIGNATURE,
                    note: Note::WrongSecret,
                });
            }
            Ok(Caller {
                account,
                principal,
                key: Some(id.clone()),
            })
        }
    }
}

impl Lab {
    /// A root access key by ID, whichever account of the lab owns it.
    pub fn root_key(&self, id: &str) -> Option<(AccountId, &AccessKey)> {
        self.accounts
            .iter()
            .find_map(|a| a.root.access_keys.get(id).map(|k| (a.id, k)))
    }

    /// Any access key by ID, root's or an IAM user's, with the principal it signs as.
    pub fn access_key(&self, id: &str) -> Option<(AccountId, Principal, &AccessKey)> {
        self.accounts.iter().find_map(|a| {
            let root = a.root.access_keys.get(id).map(|k| (Principal::Root, k));
            let user = || {
                a.users.iter().find_map(|u| {
                    let who = Principal::IamUser {
                        name: u.name.clone(),
                    };
                    u.access_keys.get(id).map(|k| (who, k))
                })
            };
            root.or_else(user).map(|(p, k)| (a.id, p, k))
        })
    }

    /// Stamps a key's last use; a key that no longer exists is left alone.
    pub fn record_key_use(&mut self, id: &str, used: LastUsed) {
        for account in &mut self.accounts {
            let keys = std::iter::once(&mut account.root.access_keys)
                .chain(account.users.iter_mut().map(|u| &mut u.access_keys));
            for k in keys {
                if k.get(id).is_some() {
                    let _ = k.record_use(id, used);
                    return;
                }
            }
        }
    }
}
