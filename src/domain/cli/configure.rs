//! `aws configure` and its `list`, `get`, `set` and `list-profiles` subcommands.

use super::args::{self, ArgError};
use super::config::{split_varname, Interview, Profiles, NOT_SET};
use super::credentials::{env_value, resolve, Env};
use super::exit::usage;
use super::session::Session;
use super::{help, Run};
use crate::domain::lab::Lab;
use crate::domain::time::Timestamp;

const SUBCOMMANDS: &[&str] = &["list", "get", "set", "list-profiles"];

/// A customization's positional arguments: the named ones in order, leftovers refused.
fn positionals<'a>(args: &'a [String], names: &[&str]) -> Result<Vec<&'a str>, ArgError> {
    let (positional, options): (Vec<&String>, Vec<&String>) = args
        .iter()
        .partition(|a| !a.starts_with('-') || a.as_str() == "-");
    let taken: Vec<&str> = positional
        .iter()
        .take(names.len())
        .map(|s| s.as_str())
        .collect();
    if taken.len() < names.len() {
        return Err(args::required(&names[taken.len()..]));
    }
    let leftovers: Vec<String> = options
        .into_iter()
        .chain(positional.into_iter().skip(names.len()))
        .cloned()
        .collect();
    if !leftovers.is_empty() {
        return Err(ArgError::UnknownBasic(leftovers));
    }
    Ok(taken)
}

pub fn run(
    words: &[String],
    session: &Session,
    env: &Env,
    profiles: &mut Profiles,
    lab: &Lab,
    now: Timestamp,
) -> Run {
    if matches!(words, [only] if only == "help") {
        let mut run = Run::code(0);
        run.stdout_lines(help::configure());
        return run;
    }
    let (sub, rest) = match args::take_choice(words, "subcommand", SUBCOMMANDS) {
        Err(e) => return usage(e),
        Ok(None) => {
            if !words.is_empty() {
                return usage(ArgError::UnknownBasic(words.to_vec()));
            }
            let mut run = Run::code(0);
            // aws-cli 2.34.18 and later, for a profile with nothing configured yet.
            if !profiles.exists(session.profile_name()) {
                run.stdout("\nTip: You can deliver temporary credentials to the AWS CLI using your AWS Console session by running the command 'aws login'.\n");
            }
            run.interview = Some(Interview::new(session.profile_name().to_string()));
            return run;
        }
        Ok(Some(found)) => found,
    };
    if matches!(rest.as_slice(), [only] if only == "help") {
        let mut run = Run::code(0);
        run.stdout_lines(help::configure());
        return run;
    }
    let names: &[&str] = match sub.as_str() {
        "get" => &["varname"],
        "set" => &["varname", "value"],
        _ => &[],
    };
    let values = match positionals(&rest, names) {
        Ok(v) => v,
        Err(e) => return usage(e),
    };
    let profile = session.profile_name().to_string();
    match (sub.as_str(), values.as_slice()) {
        ("get", [varname]) => {
            let value = match split_varname(varname, profiles, true) {
                (Some(p), key) => profiles.get(&p, key),
                (None, key) => {
                    if let Err(run) = session.check_profile(profiles) {
                        return run;
                    }
                    profiles.get(&profile, key)
                }
            };
            match value {
                Some(v) => {
                    let mut run = Run::code(0);
                    run.stdout(v.to_string());
                    run
                }
                None => Run::code(1),
            }
        }
        ("set", [varname, value]) => {
            let (p, key) = split_varname(varname, profiles, false);
            profiles.set(&p.unwrap_or(profile), key, value);
            Run::code(0)
        }
        ("list-profiles", _) => {
            let mut run = Run::code(0);
            run.stdout_lines(profiles.names().map(String::from).collect::<Vec<_>>());
            run
        }
        _ => {
            if let Err(run) = session.check_profile(profiles) {
                return run;
            }
            list(session, env, profiles, lab, now)
        }
    }
}

/// The environment variables botocore reads for a setting, as `configure list`
/// prints them (`str()` of the list in `BOTOCORE_DEFAUT_SESSION_VARIABLES`).
const PROFILE_ENV: &str = "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']";
const REGION_ENV: &str = "['AWS_REGION', 'AWS_DEFAULT_REGION']";

/// `ConfigureListCommand` of aws-cli 2.31 and later (2.36.7's
/// `awscli/customizations/configure/list.py`): colon-separated columns.
fn list(session: &Session, env: &Env, profiles: &Profiles, lab: &Lab, now: Timestamp) -> Run {
    let row = |name: &str, value: &str, kind: &str, location: &str| {
        format!("{name:<10} : {value:<24} : {kind:<16} : {location}")
    };
    let mut run = Run::code(0);
    run.stdout(row("NAME", "VALUE", "TYPE", "LOCATION"));
    let profile_row = match (&session.profile, session.explicit_profile) {
        (Some(p), true) => row("profile", p, "manual", "--profile"),
        (Some(p), false) => row("profile", p, "env", PROFILE_ENV),
        (None, _) => row("profile", NOT_SET, "None", "None"),
    };
    run.stdout(profile_row);
    let credentials = resolve(
        env,
        profiles,
        session.profile_name(),
        session.explicit_profile,
        lab,
        now,
    )
    .ok()
    .flatten();
    match credentials {
        Some(c) => {
            let (key, secret, method) = c.masked();
            run.stdout(row("access_key", &key, method, ""));
            run.stdout(row("secret_key", &secret, method, ""));
        }
        None => {
            run.stdout(row("access_key", NOT_SET, "None", "None"));
            run.stdout(row("secret_key", NOT_SET, "None", "None"));
        }
    }
    let env_region = env_value(env, "AWS_REGION").or_else(|| env_value(env, "AWS_DEFAULT_REGION"));
    let region_row = if let Some(r) = env_region {
        row("region", r, "env", REGION_ENV)
    } else if let Some(r) = profiles.get(session.profile_name(), "region") {
        row("region", r, "config-file", "~/.aws/config")
    } else if let Some(r) = &session.region {
        row("region", r, "imds", "")
    } else {
        row("region", NOT_SET, "None", "None")
    };
    run.stdout(region_row);
    run
}
