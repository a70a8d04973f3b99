//! `aws configure` and its `list`, `get`, `set` and `list-profiles` subcommands.

use super::args::{self, ArgError};
use super::config::{split_varname, Interview, Profiles, NOT_SET};
use super::credentials::{env_value, resolve, Env};
use super::exit::usage;
use super::session::Session;
use super::{help, Run};
use crate::domain::lab::Lab;

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
            list(session, env, profiles, lab)
        }
    }
}

/// `ConfigureListCommand`: `'%10s %24s %16s    %s'` rows.
fn list(session: &Session, env: &Env, profiles: &Profiles, lab: &Lab) -> Run {
    let row = |name: &str, value: &str, kind: &str, location: &str| {
        format!("{name:>10} {value:>24} {kind:>16}    {location}")
    };
    let mut run = Run::code(0);
    run.stdout(row("Name", "Value", "Type", "Location"));
    run.stdout(row("----", "-----", "----", "--------"));
    let profile_row = match (&session.profile, session.explicit_profile) {
        (Some(p), true) => row("profile", p, "manual", "--profile"),
        (Some(p), false) => row("profile", p, "env", "AWS_PROFILE"),
        (None, _) => row("profile", NOT_SET, "None", "None"),
    };
    run.stdout(profile_row);
    let credentials = resolve(
        env,
        profiles,
        session.profile_name(),
        session.explicit_profile,
        lab,
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
    let region_row = if let Some(r) = env_value(env, "AWS_REGION") {
        row("region", r, "env", "AWS_REGION")
    } else if let Some(r) = env_value(env, "AWS_DEFAULT_REGION") {
        row("region", r, "env", "AWS_DEFAULT_REGION")
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
