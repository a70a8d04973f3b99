//! Where every operation records its CloudTrail event, and the request it is
//! served in. A [`Request`] says when and how a call came (the console, or `aws`
//! with a key or CloudShell's session credentials); the app serves each
//! operation inside one ([`Lab::serve`]), the terminal each `aws` command.
//! Outside a request (native tests, a prepared lab) an operation is recorded
//! as from the console, at the newest time the account's trail knows.
//!
//! What is recorded, as AWS records it: every management event, read-only
//! calls included (Event history and `LookupEvents` return them; `readOnly`
//! says which). Successful lab operations record themselves; the terminal
//! records its read-only calls and every refused call (with `errorCode` and
//! `errorMessage`) through [`Lab::record_call`]. Sign-ins record `ConsoleLogin`
//! whether they succeed or fail. Signing out and the console's own preferences
//! (the root warning's "Don't show again") are no AWS API call: nothing.

use super::{Identity, Lab, Principal};
use crate::domain::cloudtrail::{EventSource, Resource, TrailEvent, Via};
use crate::domain::ids::AccountId;
use crate::domain::time::Timestamp;
use serde_json::{json, Value};

/// The address the learner's browser is recorded from: the lab has no real one,
/// so a documentation address (RFC 5737) stands in.
pub const LEARNER_IP: &str = "192.0.2.10";
/// CloudShell's own address, from which its `aws` calls arrive (RFC 5737).
pub const CLOUDSHELL_IP: &str = "198.51.100.24";
/// Where IAM, the sign-in page and STS's global endpoint record their events.
pub const GLOBAL_REGION: &str = "us-east-1";

/// When and how a call came. Not stored: the app sets it around each operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub at: Timestamp,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The console in the learner's browser (its signed-in session).
    Console,
    /// `aws`: signed with `key` (`None`: CloudShell's session credentials),
    /// running `command` (`iam.create-access-key`), sent to `region`, from `ip`.
    Cli {
        key: Option<String>,
        command: String,
        region: String,
        ip: String,
    },
}

impl Request {
    pub fn console(at: Timestamp) -> Self {
        Request {
            at,
            origin: Origin::Console,
        }
    }

    /// A CloudShell `aws` call.
    pub fn cli(at: Timestamp, key: Option<String>, command: String, region: String) -> Self {
        Request {
            at,
            origin: Origin::Cli {
                key,
                command,
                region,
                ip: CLOUDSHELL_IP.into(),
            },
        }
    }
}

/// One API call to record: what [`Lab::record_call`] takes. Built with
/// [`ApiCall::read`] or [`ApiCall::write`], then the parts AWS records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiCall {
    pub source: EventSource,
    pub name: &'static str,
    pub read_only: bool,
    pub request: Value,
    pub response: Value,
    pub error: Option<(String, String)>,
    pub resources: Vec<Resource>,
}

impl ApiCall {
    /// A read-only call (`Get*`, `List*`, `LookupEvents`).
    pub fn read(source: EventSource, name: &'static str) -> Self {
        ApiCall {
            source,
            name,
            read_only: true,
            request: Value::Null,
            response: Value::Null,
            error: None,
            resources: Vec::new(),
        }
    }

    pub fn write(source: EventSource, name: &'static str) -> Self {
        ApiCall {
            read_only: false,
            ..ApiCall::read(source, name)
        }
    }

    pub fn request(mut self, request: Value) -> Self {
        self.request = request;
        self
    }

    pub fn response(mut self, response: Value) -> Self {
        self.response = response;
        self
    }

    pub fn resource(mut self, kind: &str, name: impl Into<String>) -> Self {
        self.resources.push(Resource::new(kind, name));
        self
    }

    /// A refused call: AWS records it with the error it answered.
    pub fn failed(mut self, code: &str, message: &str) -> Self {
        self.error = Some((code.into(), message.into()));
        self
    }
}

/// `requestParameters` naming a user only when one is named (an operation on
/// one's own keys or the root user's sends none, and AWS records `null`).
pub(super) fn user_params(owner: &Identity, mut params: Vec<(&str, Value)>) -> Value {
    if let Some(name) = owner.user_name() {
        params.insert(0, ("userName", json!(name)));
    }
    if params.is_empty() {
        return Value::Null;
    }
    Value::Object(
        params
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

impl Lab {
    /// Runs `op` as one request: every event it records is stamped with the
    /// request's time and origin. The request before is restored after, so the
    /// terminal's `aws` inside a console request records as `aws`.
    pub fn serve<R>(&mut self, request: Request, op: impl FnOnce(&mut Lab) -> R) -> R {
        let outer = self.request.replace(request);
        let result = op(self);
        self.request = outer;
        result
    }

    /// The time an operation happens: the request's, else the newest the
    /// account's trail knows (outside a request).
    pub(crate) fn clock(&self, account: AccountId) -> Timestamp {
        if let Some(r) = &self.request {
            return r.at;
        }
        self.account(account)
            .map(|a| a.trail.latest().unwrap_or(a.created))
            .unwrap_or(Timestamp(0))
    }

    /// Records one API call made by `actor` in the actor's account. This is
    /// the whole recording API: an operation records its call with one line,
    /// e.g. `self.record_call(actor, ApiCall::read(EventSource::Iam,
    /// "GetAccountSummary"))`. An account the lab does not have records nothing.
    pub fn record_call(&mut self, actor: &Identity, call: ApiCall) {
        let cli_region = match &self.request {
            Some(Request {
                origin: Origin::Cli { region, .. },
                ..
            }) => Some(region.clone()),
            _ => None,
        };
        // IAM and the sign-in page record in us-east-1; STS and CloudTrail in
        // the region the CLI sent to.
        let region = match (cli_region, call.source) {
            (Some(r), EventSource::Sts | EventSource::CloudTrail) => r,
            _ => GLOBAL_REGION.to_string(),
        };
        let (via, ip) = self.via(actor);
        let event = self.new_event(actor, call.source, call.name, via, ip, region);
        let Some(mut event) = event else { return };
        event.read_only = call.read_only;
        event.request = call.request;
        event.response = call.response;
        event.error = call.error;
        event.resources = call.resources;
        self.append(actor.account, event);
    }

    /// `ConsoleLogin`, as the sign-in page records it: `Success` or `Failure`
    /// (`errorMessage` `Failed authentication`, or `No username found in
    /// supplied account` for a user name the account does not have, whose name
    /// AWS then hides), with `MFAUsed`. A lab without the account records nothing.
    pub(super) fn record_console_login(
        &mut self,
        who: &Identity,
        mfa_used: bool,
        failure: Option<&str>,
    ) {
        let login_to = "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgsFromTB_us-east-1_0123456789abcdef";
        let Some(mut event) = self.new_event(
            who,
            EventSource::Signin,
            "ConsoleLogin",
            Via::SignIn,
            LEARNER_IP.into(),
            GLOBAL_REGION.into(),
        ) else {
            return;
        };
        event.response =
            json!({ "ConsoleLogin": if failure.is_some() { "Failure" } else { "Success" } });
        event.additional = json!({
            "LoginTo": login_to,
            "MobileVersion": "No",
            "MFAUsed": if mfa_used { "Yes" } else { "No" },
        });
        event.error = failure.map(|m| (String::new(), m.to_string()));
        self.append(who.account, event);
    }

    /// A sign-in page event other than ConsoleLogin (`PasswordUpdated`,
    /// `EmailUpdated`), recorded with `Success` as AWS writes them.
    pub(super) fn record_sign_in_event(&mut self, who: &Identity, name: &'static str) {
        let (via, _) = self.via(who);
        let Some(mut event) = self.new_event(
            who,
            EventSource::Signin,
            name,
            via,
            LEARNER_IP.into(),
            GLOBAL_REGION.into(),
        ) else {
            return;
        };
        event.response = json!({ name: "Success" });
        self.append(who.account, event);
    }

    /// A prepared lab's past (scenarios): the root user signed in to the console
    /// from `ip` a minute before `created`, created `key` there, and `aws`
    /// signed with it called `GetCallerIdentity` and `ListUsers` from the same
    /// address at `used`.
    pub(in crate::domain) fn record_key_history(
        &mut self,
        owner: &Identity,
        key: &str,
        ip: &str,
        created: Timestamp,
        used: Option<Timestamp>,
    ) {
        let signed_in = Timestamp(created.millis() - 60_000);
        self.serve(Request::console(signed_in), |lab| {
            let login = lab.new_event(owner, EventSource::Signin, "ConsoleLogin", Via::SignIn, ip.into(), GLOBAL_REGION.into());
            if let Some(mut e) = login {
                e.response = json!({ "ConsoleLogin": "Success" });
                e.additional = json!({ "LoginTo": "https://console.aws.amazon.com/console/home", "MobileVersion": "No", "MFAUsed": "No" });
                lab.append(owner.account, e);
            }
        });
        let session = Via::Console {
            session: signed_in,
            mfa: false,
        };
        self.serve(Request::console(created), |lab| {
            let made = lab.new_event(owner, EventSource::Iam, "CreateAccessKey", session, ip.into(), GLOBAL_REGION.into());
            if let Some(mut e) = made {
                e.response = json!({ "accessKey": { "accessKeyId": key, "status": "Active", "createDate": crate::domain::cloudtrail::aws_date(created) } });
                e.resources = vec![Resource::new("AWS::IAM::AccessKey", key)];
                lab.append(owner.account, e);
            }
        });
        let Some(used) = used else { return };
        for (source, name, command) in [
            (
                EventSource::Sts,
                "GetCallerIdentity",
                "sts.get-caller-identity",
            ),
            (EventSource::Iam, "ListUsers", "iam.list-users"),
        ] {
            let via = Via::Cli {
                key: key.into(),
                command: command.into(),
            };
            self.serve(Request::console(used), |lab| {
                if let Some(mut e) =
                    lab.new_event(owner, source, name, via, ip.into(), GLOBAL_REGION.into())
                {
                    e.read_only = true;
                    lab.append(owner.account, e);
                }
            });
        }
    }

    /// How the current request reaches AWS for `actor`, and from where.
    fn via(&self, actor: &Identity) -> (Via, String) {
        let session = self
            .session
            .as_ref()
            .filter(|s| s.identity == *actor)
            .map(|s| s.started);
        let at = self.clock(actor.account);
        let session = session.unwrap_or(at);
        let mfa = self.session_used_mfa(actor, session);
        match &self.request {
            Some(Request {
                origin: Origin::Cli {
                    key, command, ip, ..
                },
                ..
            }) => {
                let via = match key {
                    Some(key) => Via::Cli {
                        key: key.clone(),
                        command: command.clone(),
                    },
                    None => Via::CloudShell {
                        session,
                        mfa,
                        command: command.clone(),
                    },
                };
                (via, ip.clone())
            }
            _ => (Via::Console { session, mfa }, LEARNER_IP.into()),
        }
    }

    /// Whether the session that began at `started` signed in with MFA: its
    /// `ConsoleLogin` says so.
    fn session_used_mfa(&self, who: &Identity, started: Timestamp) -> bool {
        self.account(who.account).is_some_and(|a| {
            a.trail.events().iter().rev().any(|e| {
                e.name == "ConsoleLogin"
                    && e.time == started
                    && e.principal == who.principal
                    && e.error.is_none()
                    && e.additional["MFAUsed"] == "Yes"
            })
        })
    }

    fn new_event(
        &mut self,
        who: &Identity,
        source: EventSource,
        name: &str,
        via: Via,
        ip: String,
        region: String,
    ) -> Option<TrailEvent> {
        let time = self.clock(who.account);
        let account = self.account_mut(who.account)?;
        let principal_id = match &who.principal {
            Principal::Root => String::new(),
            Principal::IamUser { name } => account
                .user(name)
                .map(|u| u.user_id.clone())
                .unwrap_or_default(),
        };
        let (id, request_id) = account.trail.next_ids(account.id);
        Some(TrailEvent {
            id,
            request_id,
            time,
            source,
            name: name.to_string(),
            principal: who.principal.clone(),
            principal_id,
            via,
            ip,
            region,
            read_only: false,
            request: Value::Null,
            response: Value::Null,
            additional: Value::Null,
            error: None,
            resources: Vec::new(),
        })
    }

    fn append(&mut self, account: AccountId, event: TrailEvent) {
        let now = self.clock(account).max(event.time);
        if let Some(a) = self.account_mut(account) {
            a.trail.push(event, now);
        }
    }
}
