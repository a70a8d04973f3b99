//! What an auditor reads about the account's credentials: `GetAccountSummary`,
//! `GenerateCredentialReport` and `GetCredentialReport`, one operation each,
//! for the console and the terminal alike. An IAM user needs the IAM action;
//! the root user may always.

use super::trail::ApiCall;
use super::{Denied, Identity, Lab, Refused};
use crate::domain::account_audit::account_summary::{account_summary, SummaryEntry};
use crate::domain::account_audit::report_rows::generate_report;
use crate::domain::cloudtrail::EventSource;
use crate::domain::iam::credential_report::CredentialReport;
use crate::domain::time::Timestamp;

/// `GenerateCredentialReport`'s `State`. The lab writes a report at once, so
/// `INPROGRESS` (and `GetCredentialReport`'s `ReportInProgress`) never happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportState {
    /// A new report was started (none existed, or the last had expired).
    Started,
    /// The report of the last four hours stands.
    Complete,
}

impl ReportState {
    pub fn as_aws(self) -> &'static str {
        match self {
            ReportState::Started => "STARTED",
            ReportState::Complete => "COMPLETE",
        }
    }

    /// AWS's `Description`: the IAM API reference's sample response and the
    /// aws-cli example for STARTED; a COMPLETE reply has none (a CLI transcript
    /// in prowler-cloud/prowler#272).
    pub fn description(self) -> Option<&'static str> {
        match self {
            ReportState::Started => Some("No report exists. Starting a new report generation task"),
            ReportState::Complete => None,
        }
    }
}

/// Why `GetCredentialReport` has no report to give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportProblem {
    /// None was ever generated.
    NotPresent,
    /// The last one is more than four hours old.
    Expired,
}

impl ReportProblem {
    /// The error code botocore's IAM model gives each exception.
    pub fn code(self) -> &'static str {
        match self {
            ReportProblem::NotPresent => "ReportNotPresent",
            ReportProblem::Expired => "ReportExpired",
        }
    }
}

impl Lab {
    /// `iam:GetAccountSummary` for the actor's account.
    pub fn get_account_summary(&mut self, actor: &Identity) -> Result<Vec<SummaryEntry>, Denied> {
        self.check_allowed(actor, actor.account, "iam:GetAccountSummary", None)?;
        let a = self.account(actor.account).ok_or(Denied::NotAuthorized)?;
        let summary = account_summary(a);
        self.record_call(actor, ApiCall::read(EventSource::Iam, "GetAccountSummary"));
        Ok(summary)
    }

    /// `iam:GenerateCredentialReport`: a report of the last four hours is
    /// reused (`COMPLETE`); otherwise a new one is written (`STARTED`).
    pub fn generate_credential_report(
        &mut self,
        actor: &Identity,
        now: Timestamp,
    ) -> Result<ReportState, Denied> {
        self.check_allowed(actor, actor.account, "iam:GenerateCredentialReport", None)?;
        let a = self
            .account_mut(actor.account)
            .ok_or(Denied::NotAuthorized)?;
        let state = if a
            .credential_report
            .as_ref()
            .is_some_and(|r| r.is_fresh(now))
        {
            ReportState::Complete
        } else {
            a.credential_report = Some(generate_report(a, now));
            ReportState::Started
        };
        self.record_call(
            actor,
            ApiCall::write(EventSource::Iam, "GenerateCredentialReport"),
        );
        Ok(state)
    }

    /// `iam:GetCredentialReport`: the last report, while it is fresh.
    pub fn get_credential_report(
        &mut self,
        actor: &Identity,
        now: Timestamp,
    ) -> Result<CredentialReport, Refused<ReportProblem>> {
        self.check_allowed(actor, actor.account, "iam:GetCredentialReport", None)
            .map_err(Refused::Denied)?;
        let a = self
            .account(actor.account)
            .ok_or(Refused::Denied(Denied::NotAuthorized))?;
        let report = match &a.credential_report {
            None => return Err(ReportProblem::NotPresent.into()),
            Some(r) if !r.is_fresh(now) => return Err(ReportProblem::Expired.into()),
            Some(r) => r.clone(),
        };
        self.record_call(
            actor,
            ApiCall::read(EventSource::Iam, "GetCredentialReport"),
        );
        Ok(report)
    }

    /// A console sign-in used the principal's password (`password_last_used`).
    pub(super) fn record_password_used(&mut self, who: &Identity, now: Timestamp) {
        let Some(a) = self.account_mut(who.account) else {
            return;
        };
        match who.user_name() {
            None => a.root.password_last_used = Some(now),
            Some(name) => {
                if let Some(u) = a.user_mut(name) {
                    u.password_last_used = Some(now);
                }
            }
        }
    }
}
