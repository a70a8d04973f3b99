//! One CloudTrail event as the lab stores it: small, with everything the record
//! AWS writes can be rebuilt from (`record.rs`). Secrets never enter it.

use crate::domain::principal::Principal;
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The service that records the event, named by its endpoint host in records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventSource {
    Signin,
    Iam,
    Sts,
    #[serde(rename = "cloudtrail")]
    CloudTrail,
}

impl EventSource {
    pub const ALL: [EventSource; 4] = [
        EventSource::Signin,
        EventSource::Iam,
        EventSource::Sts,
        EventSource::CloudTrail,
    ];

    pub fn host(self) -> &'static str {
        match self {
            EventSource::Signin => "signin.amazonaws.com",
            EventSource::Iam => "iam.amazonaws.com",
            EventSource::Sts => "sts.amazonaws.com",
            EventSource::CloudTrail => "cloudtrail.amazonaws.com",
        }
    }
}

/// The first words of the `User-Agent` the lab's `aws` sends (botocore's
/// `UserAgentString` of aws-cli 2.36.7 in CloudShell; the command ends it).
pub const CLI_USER_AGENT_PREFIX: &str = "aws-cli/2.36.7 md/awscrt#0.36.0 ua/2.1 os/linux#6.1.119-129.201.amzn2023.x86_64 md/arch#x86_64 lang/python#3.14.6 md/pyimpl#CPython exec-env/CloudShell m/E cfg/retry-mode#standard md/installer#exe md/distrib#amzn.2023 md/prompt#off md/command#";

/// How the request reached AWS, which decides `accessKeyId`, `sessionContext`
/// and `userAgent` in the record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Via {
    /// The console's sign-in page (ConsoleLogin): no credentials yet.
    SignIn,
    /// The console, with the temporary credentials of the session that began at
    /// `session` (MFA-authenticated or not).
    Console { session: Timestamp, mfa: bool },
    /// `aws` signed with a long-term access key (`AKIA…`); `command` is
    /// `service.operation` as the CLI's user agent names it (`iam.create-access-key`).
    Cli { key: String, command: String },
    /// `aws` in CloudShell with no key configured: the console session's credentials.
    CloudShell {
        session: Timestamp,
        mfa: bool,
        command: String,
    },
}

/// A resource the event names, as `lookup-events` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resource {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
}

impl Resource {
    pub fn new(kind: &str, name: impl Into<String>) -> Self {
        Resource {
            kind: kind.into(),
            name: name.into(),
        }
    }
}

/// One management event. `principal_id` is an IAM user's `AIDA…` ID (the
/// account ID stands for the root user); `request`, `response` and
/// `additional` are `requestParameters`, `responseElements` and
/// `additionalEventData`, `Null` when AWS writes `null` or leaves them out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrailEvent {
    pub id: String,
    pub request_id: String,
    pub time: Timestamp,
    pub source: EventSource,
    pub name: String,
    pub principal: Principal,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub principal_id: String,
    pub via: Via,
    pub ip: String,
    pub region: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub request: Value,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub response: Value,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub additional: Value,
    /// `errorCode` (empty for a failed sign-in, which has only a message) and
    /// `errorMessage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<(String, String)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
}

impl TrailEvent {
    /// `Username` in `lookup-events` and the console's User name column: `root`
    /// for the root user, else the IAM user's name.
    pub fn user_name(&self) -> &str {
        self.principal.user_name().unwrap_or("root")
    }

    /// `AWS Internal` for the console's own calls, the CLI's user agent for
    /// `aws`, and for a sign-in the browser's (the lab has none of its own to
    /// give: a fixed desktop Firefox string).
    pub fn user_agent(&self) -> String {
        match &self.via {
            Via::SignIn => BROWSER_USER_AGENT.into(),
            Via::Console { .. } => "AWS Internal".into(),
            Via::Cli { command, .. } | Via::CloudShell { command, .. } => {
                format!("{CLI_USER_AGENT_PREFIX}{command}")
            }
        }
    }

    /// `eventType`: a sign-in page event or an API call.
    pub fn event_type(&self) -> &'static str {
        if self.source == EventSource::Signin {
            "AwsConsoleSignIn"
        } else {
            "AwsApiCall"
        }
    }
}

const BROWSER_USER_AGENT: &str =
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
