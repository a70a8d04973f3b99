//! One `aws ...` invocation, in the CLI's order: parse arguments, load the
//! profile, pick the region, find credentials, validate parameters, then send
//! the request, which the lab authenticates and serves.

use super::args::{self, ArgError, Main, OpArgs, COMMANDS};
use super::commands::{self, client_validate, Service, OPERATIONS};
use super::config::Profiles;
use super::credentials::{authenticate, env_value, resolve, Credentials, Env};
use super::{configure, help, Note, Run};
use crate::domain::access_key::LastUsed;
use crate::domain::ids::AccessKeyId;
use crate::domain::lab::{Lab, Principal};
use crate::domain::random::Random;
use crate::domain::time::Timestamp;
use crate::domain::training::TaskEvent;

/// Exit codes from the AWS CLI's return-code documentation.
pub const USAGE_RC: i32 = 252;
pub const CONFIG_RC: i32 = 253;
pub const CLIENT_RC: i32 = 254;
pub const GENERAL_RC: i32 = 255;

/// Where a key's use is recorded when nothing names a region.
pub const DEFAULT_REGION: &str = "us-east-1";

pub fn usage(e: ArgError) -> Run {
    let mut run = Run::code(USAGE_RC);
    run.stderr(&e.stderr());
    run
}

/// The CLI's general handler: a blank line, the message, exit 255.
pub fn general(message: &str) -> Run {
    let mut run = Run::code(GENERAL_RC);
    run.stderr(&format!("\n{message}\n"));
    run
}

pub fn run(
    argv: &[String],
    env: &Env,
    profiles: &mut Profiles,
    lab: &mut Lab,
    rng: &mut impl Random,
    now: Timestamp,
) -> Run {
    let (globals, words) = match args::parse_main(argv) {
        Err(e) => return usage(e),
        Ok(Main::Version) => {
            let mut run = Run::code(0);
            run.stdout(help::version(env_value(env, "AWS_EXECUTION_ENV")));
            return run;
        }
        Ok(Main::Command { globals, words }) => (globals, words),
    };
    let (command, rest) = match args::take_choice(&words, "command", COMMANDS) {
        Err(e) => return usage(e),
        Ok(None) => return usage(args::required(&["command"])),
        Ok(Some(found)) => found,
    };
    let session = Session::new(&globals, env);
    match command.as_str() {
        "help" => {
            let mut run = Run::code(0);
            run.stdout_lines(help::provider());
            run
        }
        "configure" => configure::run(&rest, &session, env, profiles, lab),
        "iam" => service(Service::Iam, &rest, &session, env, profiles, lab, rng, now),
        _ => service(Service::Sts, &rest, &session, env, profiles, lab, rng, now),
    }
}

/// What botocore's session knows before any call: the profile and where it came
/// from, and the global options.
pub struct Session {
    pub profile: Option<String>,
    pub explicit_profile: bool,
    pub region: Option<String>,
    pub output: Option<String>,
}

impl Session {
    fn new(globals: &args::Globals, env: &Env) -> Self {
        let explicit_profile = globals.profile.is_some();
        Session {
            profile: globals
                .profile
                .clone()
                .or_else(|| env_value(env, "AWS_PROFILE").map(String::from)),
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

    fn output(&self, env: &Env, profiles: &Profiles) -> String {
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

/// botocore's region check: one DNS label.
fn valid_region(region: &str) -> bool {
    !region.is_empty()
        && region.len() <= 63
        && !region.starts_with('-')
        && !region.ends_with('-')
        && region
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[allow(clippy::too_many_arguments)]
fn service(
    service: Service,
    words: &[String],
    session: &Session,
    env: &Env,
    profiles: &Profiles,
    lab: &mut Lab,
    rng: &mut impl Random,
    now: Timestamp,
) -> Run {
    let choices = commands::choices(service);
    let (name, rest) = match args::take_choice(words, "operation", &choices) {
        Err(e) => return usage(e),
        Ok(None) => return usage(args::required(&["operation"])),
        Ok(Some(found)) => found,
    };
    let Some(op) = OPERATIONS
        .iter()
        .find(|o| o.service == service && o.cli == name)
    else {
        let mut run = Run::code(0);
        run.stdout_lines(help::service(service));
        return run;
    };
    let parsed = match args::parse_operation(op.opts, &rest) {
        Err(e) => return usage(e),
        Ok(OpArgs::Help) => {
            let mut run = Run::code(0);
            run.stdout_lines(help::operation(op));
            return run;
        }
        Ok(parsed) => parsed,
    };
    if let Err(run) = session.check_profile(profiles) {
        return run;
    }
    let region = session.region(env, profiles);
    if let Some(r) = region.as_deref().filter(|r| !valid_region(r)) {
        return general(&format!(
            "Provided region_name '{r}' doesn't match a supported format."
        ));
    }
    let credentials = match resolve(
        env,
        profiles,
        session.profile_name(),
        session.explicit_profile,
        lab,
    ) {
        Err(partial) => {
            let mut run = general(&partial.message());
            run.note = Some(Note::NoCredentials);
            return run;
        }
        Ok(c) => c,
    };
    if let Err(message) = client_validate(&parsed) {
        let mut run = Run::code(USAGE_RC);
        run.stderr(&format!("\n{message}\n"));
        return run;
    }
    let Some(credentials) = credentials else {
        let mut run = Run::code(CONFIG_RC);
        run.stderr("\nUnable to locate credentials. You can configure credentials by running \"aws configure\".\n");
        run.note = Some(Note::NoCredentials);
        return run;
    };
    let client_error = |code: &str, message: &str| {
        let mut run = Run::code(CLIENT_RC);
        run.stderr(&format!(
            "\nAn error occurred ({code}) when calling the {} operation: {message}\n",
            op.api
        ));
        run
    };
    let caller = match authenticate(lab, &credentials) {
        Err(refusal) => {
            if let (Note::KeyInactive, Credentials::Keys { id, .. }) = (refusal.note, &credentials)
            {
                // Only the root user's keys are the learner's key tasks.
                if let Some((account, key)) = lab.root_key(id) {
                    let key_id = key.id.clone();
                    lab.record_task_event(account, TaskEvent::InactiveKeyRefused { key_id });
                }
            }
            let mut run = client_error(refusal.code, refusal.message);
            run.note = Some(refusal.note);
            return run;
        }
        Ok(caller) => caller,
    };
    let result = commands::execute(lab, &caller, op, &parsed, rng, now);
    // The service authenticated the request, so the key counts as used even when
    // the operation itself then fails.
    if let Some(key) = &caller.key {
        if caller.principal == Principal::Root {
            if let Some(key_id) = AccessKeyId::parse(key) {
                lab.record_task_event(caller.account, TaskEvent::KeyWorkedInCloudShell { key_id });
            }
        }
        lab.record_key_use(
            key,
            LastUsed {
                date: now,
                region: region.unwrap_or_else(|| DEFAULT_REGION.into()),
                service: service.name().into(),
            },
        );
    }
    match result {
        Err(e) => client_error(e.code, &e.message),
        Ok(None) => Run::code(0),
        Ok(Some(value)) => {
            let format = session.output(env, profiles);
            let mut run = Run::code(0);
            match format.as_str() {
                "json" => run.stdout(value.to_json()),
                "text" => run.stdout_lines(value.to_text()),
                other => return general(&format!("Unknown output type: {other}")),
            }
            run
        }
    }
}
