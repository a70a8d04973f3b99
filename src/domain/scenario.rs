//! Scenarios: a documented, versioned JSON description of a starting lab, above
//! the lab. A file is read by serde ([`parse`](parse_scenario)), checked with the
//! console's own rules ([`Scenario::validate`]) and made into a lab only through
//! lab operations ([`Scenario::build`]); the built-in ones are in [`mod@builtin`].
//! The format, as training sites read it (`docs/scenario-format.md`):
//!
#![doc = include_str!("../../docs/scenario-format.md")]

mod build;
pub mod builtin;
mod credentials;
mod fields;
mod model;
mod parse;
mod validate;

#[cfg(test)]
mod builtin_tests;
#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod refusal_tests;
#[cfg(test)]
mod tests;

pub use build::ScenarioLoaded;
pub use builtin::{builtin, named_scenario, scenario_name_in_query, BUILTIN_NAMES};
pub use model::{
    Scenario, ScenarioAccount, ScenarioKey, ScenarioMfaDevice, ScenarioMfaKind, ScenarioUser,
};
pub use parse::parse_scenario;
use std::fmt;

pub const FORMAT: &str = "rootkey-lab-scenario";
/// The newest format version this build reads; it reads every older one too.
pub const SUPPORTED_VERSION: u64 = 2;
/// Each account costs a password hash on load; this keeps a load well under a second.
pub const MAX_ACCOUNTS: usize = 10;
/// Each user with a password costs a hash too.
pub const MAX_IAM_USERS: usize = 5;
/// The shortest authenticator-app seed accepted: RFC 4226's 128-bit minimum.
pub const MIN_APP_SEED_BYTES: usize = 16;
pub const MAX_APP_SEED_BYTES: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    /// `?scenario=` named no built-in scenario.
    UnknownName(String),
    /// The text is not JSON at all.
    NotJson(String),
    /// JSON, but not a rootkey-lab scenario.
    WrongFormat,
    /// Written for a newer build.
    NewerVersion { found: u64, supported: u64 },
    /// The field at `path` (like `accounts[0].password`) breaks a rule.
    Invalid { path: String, reason: String },
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScenarioError::UnknownName(name) => write!(
                f,
                "There is no built-in scenario named \"{}\". Built-in scenarios: {}.",
                super::echo::short_echo(name),
                BUILTIN_NAMES.join(", ")
            ),
            ScenarioError::NotJson(detail) => write!(f, "The file is not valid JSON: {detail}."),
            ScenarioError::WrongFormat => write!(
                f,
                "The file is not a rootkey-lab scenario: it needs \"format\": \"{FORMAT}\"."
            ),
            ScenarioError::NewerVersion { found, supported } => write!(
                f,
                "The scenario is format version {found}, but this version of rootkey-lab reads version {supported} at most. Update the app to load it."
            ),
            ScenarioError::Invalid { path, reason } if path.is_empty() => f.write_str(reason),
            ScenarioError::Invalid { path, reason } => write!(f, "{path}: {reason}"),
        }
    }
}

impl std::error::Error for ScenarioError {}

fn invalid(path: &str, reason: impl Into<String>) -> ScenarioError {
    ScenarioError::Invalid {
        path: path.to_string(),
        reason: reason.into(),
    }
}
