//! One `aws ...` invocation, in the CLI's order: parse arguments, load the
//! profile, pick the region, find credentials, validate parameters, then send
//! the request, which the lab authenticates and serves.

use super::args::error_text;
use super::args::{self, Main, OpArgs, COMMANDS};
use super::cloudtrail::{self, ClientProblem};
use super::commands;
use super::config::Profiles;
use super::credentials::{authenticate, env_value, resolve, Env};
use super::exit::{coded, general, lab_note, usage, CLIENT_RC, CONFIG_RC, USAGE_RC};
use super::json::Value;
use super::not_simulated::option_note;
use super::operations::Api;
use super::operations::{self, Call, Service, OPERATIONS};
use super::output::render;
use super::query::Query;
use super::service_error::ServiceError;
use super::session::Session;
use super::validate::client_validate;
use super::{configure, help, Note, Run};
use crate::domain::access_key::LastUsed;
use crate::domain::cloudtrail::EventSource;
use crate::domain::lab::{ApiCall, Lab, Request};
use crate::domain::random::Random;
use crate::domain::time::Timestamp;

/// Where AWS records a key's use for IAM (a global service served from
/// us-east-1), and for STS when no region is configured (its global endpoint).
const GLOBAL_REGION: &str = "us-east-1";

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
    if let Some(flag) = globals.not_simulated.first() {
        return lab_note(&option_note(flag));
    }
    // `globalargs.resolve_types`: the query is compiled before any command runs.
    let query = match globals.query.as_deref().map(Query::compile).transpose() {
        Err(message) => return coded(USAGE_RC, "ParamValidation", &message),
        Ok(q) => q,
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
        "configure" => configure::run(&rest, &session, env, profiles, lab, now),
        name => {
            let svc = match name {
                "iam" => Service::Iam,
                "cloudtrail" => Service::CloudTrail,
                _ => Service::Sts,
            };
            let query = query.as_ref();
            service(svc, &rest, &session, query, env, profiles, lab, rng, now)
        }
    }
}

/// What CloudTrail records of a call no lab operation recorded itself: a
/// read-only call, or a refused one (with its error). `LookupEvents` records
/// itself, with its own parameters, and the audit reads when they answer.
fn record(lab: &mut Lab, call: &Call, result: &Result<Option<Value>, ServiceError>) {
    let api = call.op.api;
    if api == Api::LookupEvents || (result.is_ok() && (!api.read_only() || api.records_itself())) {
        return;
    }
    let source = match call.op.service {
        Service::Iam => EventSource::Iam,
        Service::Sts => EventSource::Sts,
        Service::CloudTrail => EventSource::CloudTrail,
    };
    let mut params = serde_json::Map::new();
    if let OpArgs::Values(values) = call.args {
        for (flag, value) in values {
            if PAGING_FLAGS.contains(flag) {
                continue;
            }
            params.insert(camel(flag), serde_json::Value::String(value.clone()));
        }
    }
    let mut recorded = if api.read_only() {
        ApiCall::read(source, api.name())
    } else {
        ApiCall::write(source, api.name())
    };
    if !params.is_empty() {
        recorded = recorded.request(serde_json::Value::Object(params));
    }
    if let Err(e) = result {
        recorded = recorded.failed(e.code, &e.message);
    }
    lab.record_call(&call.caller.identity, recorded);
}

const PAGING_FLAGS: [&str; 3] = ["--max-items", "--page-size", "--starting-token"];

/// `--user-name` as AWS records the parameter: `userName`.
fn camel(flag: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in flag.trim_start_matches('-').chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
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
    query: Option<&Query>,
    env: &Env,
    profiles: &Profiles,
    lab: &mut Lab,
    rng: &mut impl Random,
    now: Timestamp,
) -> Run {
    let choices = operations::choices(service);
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
    // IAM and STS have global endpoints; CloudTrail's client needs a region.
    if service == Service::CloudTrail && region.is_none() {
        return coded(
            CONFIG_RC,
            "NoRegion",
            "You must specify a region. You can also configure your region by running \"aws configure\".",
        );
    }
    let credentials = match resolve(
        env,
        profiles,
        session.profile_name(),
        session.explicit_profile,
        lab,
        now,
    ) {
        Err(partial) => {
            let mut run = general(&partial.message());
            run.note = Some(Note::NoCredentials);
            return run;
        }
        Ok(c) => c,
    };
    if op.service == Service::CloudTrail {
        match cloudtrail::client_check(&parsed) {
            Err(ClientProblem::Param(message)) => {
                return coded(USAGE_RC, "ParamValidation", &message)
            }
            Err(ClientProblem::General(message)) => return general(&message),
            Ok(_) => {}
        }
    }
    if let Err(message) = client_validate(&parsed) {
        return coded(USAGE_RC, "ParamValidation", &message);
    }
    let Some(credentials) = credentials else {
        // `NoCredentialsErrorHandler` (aws-cli 2.32 and later suggests `aws login`).
        let mut run = coded(
            CONFIG_RC,
            "NoCredentials",
            "Unable to locate credentials. You can configure credentials by running \"aws login\".",
        );
        run.note = Some(Note::NoCredentials);
        return run;
    };
    let client_error = |code: &str, message: &str| {
        let mut run = Run::code(CLIENT_RC);
        run.stderr(&error_text(&format!(
            "An error occurred ({code}) when calling the {} operation: {message}",
            op.api.name()
        )));
        run
    };
    let caller = match authenticate(lab, &credentials) {
        Err(refusal) => {
            let mut run = client_error(refusal.code, refusal.message);
            run.note = Some(refusal.note);
            return run;
        }
        Ok(caller) => caller,
    };
    // STS's global endpoint, and IAM's, are in us-east-1.
    let sent_to = region.clone().unwrap_or_else(|| GLOBAL_REGION.into());
    let call = Call {
        caller: &caller,
        op,
        args: &parsed,
        region: &sent_to,
    };
    let command = format!("{}.{}", service.name(), op.cli);
    let request = Request::cli(now, caller.key.clone(), command, sent_to.clone());
    let result = lab.serve(request, |lab| {
        let result = commands::execute(lab, &call, rng, now);
        record(lab, &call, &result);
        result
    });
    // The service authenticated the request, so the key counts as used even when
    // the operation itself then fails.
    if let Some(key) = &caller.key {
        let recorded = match service {
            Service::Iam => GLOBAL_REGION.to_string(),
            Service::Sts | Service::CloudTrail => sent_to.clone(),
        };
        let used = LastUsed {
            date: now,
            region: recorded,
            service: service.name().into(),
        };
        lab.record_key_use(&caller.identity, key, used);
    }
    let response = match result {
        Err(e) => return client_error(e.code, &e.message),
        // No response body: the CLI formats an empty dict.
        Ok(None) => Value::Object(Vec::new()),
        Ok(Some(value)) => value,
    };
    let format = session.output(env, profiles);
    match render(&format, op.api, &response, query) {
        Err(message) => general(&message),
        Ok(lines) => {
            if op.api == super::operations::Api::CreateAccessKey {
                super::access_keys::secret_printed(lab, &call, &response, &lines);
            }
            let mut run = Run::code(0);
            run.stdout_lines(lines);
            run
        }
    }
}
