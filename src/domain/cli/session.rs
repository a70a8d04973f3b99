//! What botocore's session knows before any call: the profile, the region and
//! the output format, each from the first place that names it.

use super::args::Globals;
use super::config::Profiles;
use super::credentials::{env_value, Env};
use super::exit::general;
use super::Run;

/// What botocore's session knows before any call: the profile and where it came
/// from, and the global options.
pub struct Session {
    pub profile: Option<String>,
    pub explicit_profile: bool,
    pub region: Option<String>,
    pub output: Option<String>,
}

impl Session {
    pub fn new(globals: &Globals, env: &Env) -> Self {
        let explicit_profile = globals.profile.is_some();
        Session {
            profile: globals
                .profile
                .clone()
                .or_else(|| env_value(env, "AWS_PROFILE").map(String::from))
                .or_else(|| env_value(env, "AWS_DEFAULT_PROFILE").map(String::from)),
            explicit_profile,
            region: globals.region.clone().filter(|r| !r.is_empty()),
            output: globals.output.clone(),
        }
    }

    pub fn profile_name(&self) -> &str {
        self.profile.as_deref().unwrap_or("default")
    }

    /// botocore's ProfileNotFound for a named profile nothing has configured.
    pub fn check_profile(&self, profiles: &Profiles) -> Result<(), Run> {
        match &self.profile {
            Some(p) if p != "default" && !profiles.exists(p) => Err(general(&format!(
                "The config profile ({p}) could not be found"
            ))),
            _ => Ok(()),
        }
    }

    /// `--region`, then `AWS_REGION`, `AWS_DEFAULT_REGION`, then the profile.
    pub fn region(&self, env: &Env, profiles: &Profiles) -> Option<String> {
        self.region
            .clone()
            .or_else(|| env_value(env, "AWS_REGION").map(String::from))
            .or_else(|| env_value(env, "AWS_DEFAULT_REGION").map(String::from))
            .or_else(|| {
                profiles
                    .get(self.profile_name(), "region")
                    .filter(|r| !r.is_empty())
                    .map(String::from)
            })
    }

    pub fn output(&self, env: &Env, profiles: &Profiles) -> String {
        self.output
            .clone()
            .or_else(|| env_value(env, "AWS_DEFAULT_OUTPUT").map(String::from))
            .or_else(|| {
                profiles
                    .get(self.profile_name(), "output")
                    .map(String::from)
            })
            .unwrap_or_else(|| "json".into())
    }
}
