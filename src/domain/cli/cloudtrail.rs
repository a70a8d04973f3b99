//! `aws cloudtrail lookup-events`: the CLI's own checks of its arguments
//! (shorthand, integer, botocore's parameter validation, with aws-cli 2.36.7's
//! texts, `golden/errors/`), then CloudTrail's lookup in the caller's account
//! and region, printed as `Events[]` with each record as `CloudTrailEvent`.
//! The call itself is recorded (`LookupEvents`, read-only), as AWS records it.

use super::args::OpArgs;
use super::json::Value;
use super::operations::Call;
use super::service_error::ServiceError;
use crate::domain::cloudtrail::{
    aws_date, EventSource, LookupAttribute, LookupKey, LookupProblem, LookupRequest, TrailEvent,
};
use crate::domain::ids::AccountId;
use crate::domain::lab::{ApiCall, Lab};
use crate::domain::time::Timestamp;
use serde_json::json;

/// What the CLI refuses before sending: its exit code and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientProblem {
    /// `ParamValidation` (exit 252): a shorthand error or botocore's report.
    Param(String),
    /// A general error (exit 255): Python's own `int()` refusal.
    General(String),
}

/// One attribute as typed, before CloudTrail checks its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypedAttribute {
    pub key: String,
    pub value: String,
}

/// The request as the CLI sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typed {
    pub attributes: Vec<TypedAttribute>,
    pub start: Option<Timestamp>,
    pub end: Option<Timestamp>,
    pub max_results: Option<i64>,
    pub category: Option<String>,
    pub next_token: Option<String>,
}

/// The CLI's checks, in its order: unpacking each argument (shorthand,
/// integers), then botocore's validation of the whole request.
pub fn client_check(args: &OpArgs) -> Result<Typed, ClientProblem> {
    let mut typed = Typed::default();
    let mut report = Vec::new();
    if let Some(text) = args.get("--lookup-attributes") {
        for (i, one) in text.split('\n').enumerate() {
            typed
                .attributes
                .push(shorthand(one, i, &mut report).map_err(ClientProblem::Param)?);
        }
    }
    if let Some(text) = args.get("--max-results") {
        let n = text.trim().parse::<i64>().map_err(|_| {
            ClientProblem::General(format!("invalid literal for int() with base 10: '{text}'"))
        })?;
        typed.max_results = Some(n);
    }
    for (flag, param, slot) in [
        ("--start-time", "StartTime", &mut typed.start),
        ("--end-time", "EndTime", &mut typed.end),
    ] {
        if let Some(text) = args.get(flag) {
            match parse_time(text) {
                Some(t) => *slot = Some(t),
                None => report.push(format!(
                    "Invalid type for parameter {param}, value: {text}, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string"
                )),
            }
        }
    }
    if let Some(n) = typed.max_results.filter(|n| *n < 1) {
        report.push(format!(
            "Invalid value for parameter MaxResults, value: {n}, valid min value: 1"
        ));
    }
    typed.category = args.get("--event-category").map(String::from);
    typed.next_token = args.get("--next-token").map(String::from);
    if !report.is_empty() {
        return Err(ClientProblem::Param(format!(
            "Parameter validation failed:\n{}",
            report.join("\n")
        )));
    }
    Ok(typed)
}

/// `AttributeKey=EventName,AttributeValue=ConsoleLogin`: the shorthand parser's
/// refusal is returned at once (aws-cli 2.36.7 prints the input after a space,
/// the caret under its end: `golden/errors/lookup-shorthand.stderr`); missing, unknown or empty members go to
/// botocore's report, as it lists them.
fn shorthand(text: &str, at: usize, report: &mut Vec<String>) -> Result<TypedAttribute, String> {
    let (mut key, mut value) = (None, None);
    let mut unknown = Vec::new();
    let mut consumed = 0;
    for pair in text.split(',') {
        let Some((k, v)) = pair.split_once('=') else {
            let col = consumed + pair.chars().count();
            return Err(format!(
                "Error parsing parameter '--lookup-attributes': Expected: '=', received: 'EOF' for input:\n {text}\n{}^",
                " ".repeat(col)
            ));
        };
        consumed += pair.chars().count() + 1;
        match k.trim() {
            "AttributeKey" => key = Some(v.trim().to_string()),
            "AttributeValue" => value = Some(v.trim().to_string()),
            other => unknown.push(other.to_string()),
        }
    }
    let member = format!("LookupAttributes[{at}]");
    for (name, slot) in [("AttributeKey", &key), ("AttributeValue", &value)] {
        if slot.is_none() {
            report.push(format!(
                "Missing required parameter in {member}: \"{name}\""
            ));
        }
    }
    for name in unknown {
        report.push(format!(
            "Unknown parameter in {member}: \"{name}\", must be one of: AttributeKey, AttributeValue"
        ));
    }
    if value.as_deref() == Some("") {
        report.push(format!(
            "Invalid length for parameter {member}.AttributeValue, value: 0, valid min length: 1"
        ));
    }
    Ok(TypedAttribute {
        key: key.unwrap_or_default(),
        value: value.unwrap_or_default(),
    })
}

/// The timestamp forms people type (dateutil reads many more): an ISO 8601
/// date or date-time, in UTC (`Z`, `+00:00` or none: CloudShell runs in UTC),
/// or seconds since the epoch.
pub fn parse_time(text: &str) -> Option<Timestamp> {
    let t = text.trim();
    if let Ok(secs) = t.parse::<i64>() {
        return Some(Timestamp(secs.checked_mul(1000)?));
    }
    let body = t
        .strip_suffix('Z')
        .or_else(|| t.strip_suffix("+00:00"))
        .unwrap_or(t);
    let full = match body.len() {
        10 => format!("{body}T00:00:00"),
        16 => format!("{body}:00"),
        _ => body.replacen(' ', "T", 1),
    };
    Timestamp::parse_aws_cli(&format!("{full}Z"))
}

/// The service's answer, recorded as a `LookupEvents` event either way.
pub fn lookup_events(
    lab: &mut Lab,
    call: &Call,
    now: Timestamp,
) -> Result<Option<Value>, ServiceError> {
    let account = call.caller.identity.account;
    let typed = match client_check(call.args) {
        Ok(t) => t,
        // The CLI checked these before sending; a backstop only.
        Err(ClientProblem::Param(m) | ClientProblem::General(m)) => {
            return Err(ServiceError::new("ValidationException", m))
        }
    };
    let result = answer(lab, account, &typed, call.region, now);
    let mut record = ApiCall::read(EventSource::CloudTrail, "LookupEvents").request(params(&typed));
    if let Err(e) = &result {
        record = record.failed(e.code, &e.message);
    }
    lab.record_call(&call.caller.identity, record);
    result.map(Some)
}

fn answer(
    lab: &Lab,
    account: AccountId,
    typed: &Typed,
    region: &str,
    now: Timestamp,
) -> Result<Value, ServiceError> {
    let mut attributes = Vec::new();
    for a in &typed.attributes {
        let key = LookupKey::parse(&a.key).ok_or_else(|| enum_error(&a.key, attributes.len()))?;
        attributes.push(LookupAttribute {
            key,
            value: a.value.clone(),
        });
    }
    if let Some(c) = typed.category.as_deref() {
        if c != "insight" {
            return Err(ServiceError::new(
                "ValidationException",
                format!("1 validation error detected: Value '{c}' at 'eventCategory' failed to satisfy constraint: Member must satisfy enum value set: [insight]"),
            ));
        }
        // The lab's trails have no Insights: a lookup of Insights events finds none.
        return Ok(Value::object(vec![("Events", Value::List(Vec::new()))]));
    }
    let request = LookupRequest {
        attributes,
        start: typed.start,
        end: typed.end,
        max_results: typed.max_results,
        region: region.to_string(),
        after: typed.next_token.as_deref().map(token_event),
    };
    let Some(trail) = lab.account(account).map(|a| &a.trail) else {
        return Ok(Value::object(vec![("Events", Value::List(Vec::new()))]));
    };
    let (events, more) = trail.lookup(account, &request, now).map_err(problem)?;
    let mut fields = vec![(
        "Events",
        Value::List(events.iter().map(|e| event(e, account)).collect()),
    )];
    // Without `--max-results` the CLI pages through everything itself.
    if more && typed.max_results.is_some() {
        let last = events.last().map(|e| e.id.as_str()).unwrap_or_default();
        fields.push(("NextToken", Value::str(format!("{TOKEN_PREFIX}{last}"))));
    }
    Ok(Value::object(fields))
}

/// The lab's `NextToken`: the last event returned, under a prefix.
const TOKEN_PREFIX: &str = "lab-lookup/";

fn token_event(token: &str) -> String {
    token
        .strip_prefix(TOKEN_PREFIX)
        .unwrap_or(token)
        .to_string()
}

/// AWS's Coral wording for a key outside the model's enum (1-based member index).
fn enum_error(key: &str, at: usize) -> ServiceError {
    let all: Vec<&str> = LookupKey::ALL.iter().map(|k| k.name()).collect();
    ServiceError::new(
        "ValidationException",
        format!(
            "1 validation error detected: Value '{key}' at 'lookupAttributes.{}.member.attributeKey' failed to satisfy constraint: Member must satisfy enum value set: [{}]",
            at + 1,
            all.join(", ")
        ),
    )
}

fn problem(p: LookupProblem) -> ServiceError {
    match p {
        LookupProblem::TooManyAttributes => ServiceError::new(
            "InvalidLookupAttributesException",
            "You can specify only one lookup attribute.",
        ),
        LookupProblem::TimeRange => ServiceError::new(
            "InvalidTimeRangeException",
            "Start time must be less than or equal to end time.",
        ),
        LookupProblem::MaxResults => ServiceError::new(
            "InvalidMaxResultsException",
            "Max results must be between 1 and 50.",
        ),
        LookupProblem::NextToken => {
            ServiceError::new("InvalidNextTokenException", "Invalid NextToken.")
        }
    }
}

/// One `Event` of the response, members in the model's order.
fn event(e: &TrailEvent, account: AccountId) -> Value {
    let mut fields = vec![
        ("EventId", Value::str(&e.id)),
        ("EventName", Value::str(&e.name)),
        (
            "ReadOnly",
            Value::str(if e.read_only { "true" } else { "false" }),
        ),
    ];
    if let Some(key) = e.access_key_id(account) {
        fields.push(("AccessKeyId", Value::str(key)));
    }
    fields.extend([
        ("EventTime", Value::str(e.time.to_aws_cli())),
        ("EventSource", Value::str(e.source.host())),
        ("Username", Value::str(e.user_name())),
        (
            "Resources",
            Value::List(
                e.resources
                    .iter()
                    .map(|r| {
                        Value::object(vec![
                            ("ResourceType", Value::str(&r.kind)),
                            ("ResourceName", Value::str(&r.name)),
                        ])
                    })
                    .collect(),
            ),
        ),
        ("CloudTrailEvent", Value::str(e.record(account))),
    ]);
    Value::object(fields)
}

/// `requestParameters` of the recorded `LookupEvents` (the page size is the
/// CLI's default 50 when it pages by itself).
fn params(t: &Typed) -> serde_json::Value {
    let mut p = serde_json::Map::new();
    if !t.attributes.is_empty() {
        let list: Vec<_> = t
            .attributes
            .iter()
            .map(|a| json!({ "attributeKey": a.key, "attributeValue": a.value }))
            .collect();
        p.insert("lookupAttributes".into(), json!(list));
    }
    if let Some(s) = t.start {
        p.insert("startTime".into(), json!(aws_date(s)));
    }
    if let Some(e) = t.end {
        p.insert("endTime".into(), json!(aws_date(e)));
    }
    p.insert("maxResults".into(), json!(t.max_results.unwrap_or(50)));
    serde_json::Value::Object(p)
}
