//! `aws iam get-account-summary`, `generate-credential-report` and
//! `get-credential-report`, with aws-cli 2's output shapes: members in the
//! order of botocore's IAM model (`GenerateCredentialReportResponse`: State,
//! Description; `GetCredentialReportResponse`: Content, ReportFormat,
//! GeneratedTime). `Content` is a blob: botocore decodes IAM's Base64 and the
//! CLI prints the bytes Base64-encoded again, so the CSV arrives as Base64.

use super::authorize::access_denied;
use super::json::Value;
use super::operations::Call;
use super::service_error::ServiceError;
use crate::domain::base64;
use crate::domain::iam::credential_report::REPORT_FORMAT;
use crate::domain::lab::{Lab, Refused, ReportProblem};
use crate::domain::time::Timestamp;

type Reply = Result<Option<Value>, ServiceError>;

pub fn account_summary(lab: &mut Lab, call: &Call) -> Reply {
    let summary = lab
        .get_account_summary(&call.caller.identity)
        .map_err(|_| access_denied(call))?;
    let map = summary
        .into_iter()
        .map(|(k, v)| (k.to_string(), Value::Number(v.into())))
        .collect();
    Ok(Some(Value::object(vec![(
        "SummaryMap",
        Value::Object(map),
    )])))
}

pub fn generate_report(lab: &mut Lab, call: &Call, now: Timestamp) -> Reply {
    let state = lab
        .generate_credential_report(&call.caller.identity, now)
        .map_err(|_| access_denied(call))?;
    let mut fields = vec![("State", Value::str(state.as_aws()))];
    if let Some(d) = state.description() {
        fields.push(("Description", Value::str(d)));
    }
    Ok(Some(Value::object(fields)))
}

pub fn get_report(lab: &mut Lab, call: &Call, now: Timestamp) -> Reply {
    let report = lab
        .get_credential_report(&call.caller.identity, now)
        .map_err(|e| match e {
            Refused::Denied(_) => access_denied(call),
            Refused::Problem(p) => report_error(p),
        })?;
    Ok(Some(Value::object(vec![
        (
            "Content",
            Value::str(base64::encode(report.csv().as_bytes())),
        ),
        ("ReportFormat", Value::str(REPORT_FORMAT)),
        ("GeneratedTime", Value::str(report.generated.to_aws_cli())),
    ])))
}

/// IAM sends these errors with no message, which botocore's `ClientError`
/// prints as `Unknown` (a CLI transcript in prowler-cloud/prowler#272; the Go
/// SDK shows the same reply with an empty message, turbot/steampipe-plugin-aws#509).
fn report_error(p: ReportProblem) -> ServiceError {
    ServiceError::new(p.code(), "Unknown")
}
