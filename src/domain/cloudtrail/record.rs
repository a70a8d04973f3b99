//! The JSON record AWS writes for an event, key for key in AWS's order
//! (record schema 1.11, as in the CloudTrail User Guide's "CloudTrail record
//! contents" and its IAM and sign-in examples; the compact form is what
//! `lookup-events` returns as `CloudTrailEvent`).

use super::event::{EventSource, TrailEvent, Via};
use crate::domain::ids::{AccountId, BASE32};
use crate::domain::principal::Principal;
use crate::domain::time::Timestamp;
use serde_json::Value;

/// The record schema the lab writes.
pub const EVENT_VERSION: &str = "1.11";

/// An ordered JSON value: serde_json's map sorts its keys, AWS's records do not.
enum J {
    Str(String),
    Bool(bool),
    Null,
    Obj(Vec<(&'static str, J)>),
    Raw(Value),
}

fn s(text: impl Into<String>) -> J {
    J::Str(text.into())
}

fn raw(v: &Value) -> J {
    if v.is_null() {
        J::Null
    } else {
        J::Raw(v.clone())
    }
}

impl J {
    fn write(&self, out: &mut String, indent: Option<usize>) {
        match self {
            J::Str(t) => out.push_str(&Value::String(t.clone()).to_string()),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Null => out.push_str("null"),
            J::Raw(v) => write_value(v, out, indent),
            J::Obj(fields) => {
                let items: Vec<(String, &J)> =
                    fields.iter().map(|(k, v)| ((*k).to_string(), v)).collect();
                write_object(&items, out, indent, |v, out, ind| v.write(out, ind));
            }
        }
    }
}

fn write_value(v: &Value, out: &mut String, indent: Option<usize>) {
    match v {
        Value::Object(map) => {
            let items: Vec<(String, &Value)> = map.iter().map(|(k, v)| (k.clone(), v)).collect();
            write_object(&items, out, indent, |v, out, ind| write_value(v, out, ind));
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent.map(|n| n + 1));
                write_value(item, out, indent.map(|n| n + 1));
            }
            newline(out, indent);
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn write_object<T>(
    items: &[(String, T)],
    out: &mut String,
    indent: Option<usize>,
    write: impl Fn(&T, &mut String, Option<usize>),
) {
    if items.is_empty() {
        out.push_str("{}");
        return;
    }
    out.push('{');
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        newline(out, indent.map(|n| n + 1));
        out.push_str(&Value::String(k.clone()).to_string());
        out.push_str(if indent.is_some() { ": " } else { ":" });
        write(v, out, indent.map(|n| n + 1));
    }
    newline(out, indent);
    out.push('}');
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(n) = indent {
        out.push('\n');
        out.push_str(&"    ".repeat(n));
    }
}

/// `eventTime` and `creationDate`: `2026-11-27T10:15:30Z`.
fn record_time(t: Timestamp) -> String {
    t.to_aws_cli().replace("+00:00", "Z")
}

/// How IAM writes dates inside `responseElements` (Java's `MMM d, yyyy h:mm:ss a`):
/// `Jul 19, 2023 9:25:09 PM`.
pub fn aws_date(t: Timestamp) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let iso = t.to_aws_cli();
    let n = |r: std::ops::Range<usize>| iso[r].parse::<usize>().unwrap_or(0);
    let (y, m, d, hh) = (n(0..4), n(5..7), n(8..10), n(11..13));
    let half = if hh < 12 { "AM" } else { "PM" };
    let h12 = if hh % 12 == 0 { 12 } else { hh % 12 };
    let month = MONTHS[m.clamp(1, 12) - 1];
    format!(
        "{month} {d}, {y} {h12}:{}:{} {half}",
        &iso[14..16],
        &iso[17..19]
    )
}

/// The temporary key (`ASIA…`) of a console session: the console signs its calls
/// with one; the lab derives it from the session so every call of one session
/// names the same key, as AWS's records do.
pub fn console_session_key(account: AccountId, session: Timestamp) -> String {
    let mut x = account.value() ^ (session.millis() as u64).rotate_left(17);
    let mut id = String::from("ASIA");
    for _ in 0..16 {
        x = splitmix(x);
        id.push(BASE32[(x >> 59) as usize] as char);
    }
    id
}

/// SplitMix64's step: spreads a counter into random-looking bits.
pub(super) fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl TrailEvent {
    /// The key that signed the request: an access key, a console session's
    /// temporary key, or none (a sign-in).
    pub fn access_key_id(&self, account: AccountId) -> Option<String> {
        match &self.via {
            Via::SignIn => None,
            Via::Cli { key, .. } => Some(key.clone()),
            Via::Console { session, .. } | Via::CloudShell { session, .. } => {
                Some(console_session_key(account, *session))
            }
        }
    }

    fn user_identity(&self, account: AccountId) -> J {
        let (kind, arn, principal_id) = match &self.principal {
            Principal::Root => ("Root", account.root_arn(), account.to_string()),
            Principal::IamUser { name } => (
                "IAMUser",
                crate::domain::iam::user::user_arn(account, name),
                self.principal_id.clone(),
            ),
        };
        let mut fields = vec![("type", s(kind))];
        if !principal_id.is_empty() {
            fields.push(("principalId", s(principal_id)));
        }
        fields.push(("arn", s(arn)));
        fields.push(("accountId", s(account.to_string())));
        // A sign-in has no key yet: AWS writes an empty one.
        fields.push((
            "accessKeyId",
            s(self.access_key_id(account).unwrap_or_default()),
        ));
        if let Some(name) = self.principal.user_name() {
            fields.push(("userName", s(name)));
        }
        if let Via::Console { session, mfa } | Via::CloudShell { session, mfa, .. } = &self.via {
            let attributes = J::Obj(vec![
                ("creationDate", s(record_time(*session))),
                ("mfaAuthenticated", s(if *mfa { "true" } else { "false" })),
            ]);
            fields.push((
                "sessionContext",
                J::Obj(vec![
                    ("sessionIssuer", J::Obj(vec![])),
                    ("webIdFederationData", J::Obj(vec![])),
                    ("attributes", attributes),
                ]),
            ));
        }
        J::Obj(fields)
    }

    fn json(&self, account: AccountId) -> J {
        let mut f = vec![
            ("eventVersion", s(EVENT_VERSION)),
            ("userIdentity", self.user_identity(account)),
            ("eventTime", s(record_time(self.time))),
            ("eventSource", s(self.source.host())),
            ("eventName", s(self.name.clone())),
            ("awsRegion", s(self.region.clone())),
            ("sourceIPAddress", s(self.ip.clone())),
            ("userAgent", s(self.user_agent())),
        ];
        if let Some((code, message)) = &self.error {
            if !code.is_empty() {
                f.push(("errorCode", s(code.clone())));
            }
            f.push(("errorMessage", s(message.clone())));
        }
        f.push(("requestParameters", raw(&self.request)));
        f.push(("responseElements", raw(&self.response)));
        if !self.additional.is_null() {
            f.push(("additionalEventData", raw(&self.additional)));
        }
        if self.source != EventSource::Signin {
            f.push(("requestID", s(self.request_id.clone())));
        }
        f.push(("eventID", s(self.id.clone())));
        f.push(("readOnly", J::Bool(self.read_only)));
        f.push(("eventType", s(self.event_type())));
        f.push(("managementEvent", J::Bool(true)));
        f.push(("recipientAccountId", s(account.to_string())));
        f.push(("eventCategory", s("Management")));
        if matches!(self.via, Via::Console { .. } | Via::CloudShell { .. }) {
            f.push(("sessionCredentialFromConsole", s("true")));
        }
        J::Obj(f)
    }

    /// The record as one line of JSON: `lookup-events`' `CloudTrailEvent`.
    pub fn record(&self, account: AccountId) -> String {
        let mut out = String::new();
        self.json(account).write(&mut out, None);
        out
    }

    /// The record indented by four spaces, as the console's event page shows it.
    pub fn record_pretty(&self, account: AccountId) -> String {
        let mut out = String::new();
        self.json(account).write(&mut out, Some(0));
        out
    }
}
