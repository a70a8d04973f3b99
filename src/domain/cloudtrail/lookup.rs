//! `LookupEvents`: one lookup attribute, a time range, a page size, newest
//! first, in one region (IAM, STS's global endpoint and root sign-in record in
//! us-east-1). Rules from botocore's CloudTrail model (2013-11-01) and the
//! LookupEvents API reference: one attribute at most, 50 results at most.

use super::event::TrailEvent;
use super::trail::Trail;
use crate::domain::ids::AccountId;
use crate::domain::time::Timestamp;

/// botocore's `LookupAttributeKey` enum, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupKey {
    EventId,
    EventName,
    ReadOnly,
    Username,
    ResourceType,
    ResourceName,
    EventSource,
    AccessKeyId,
}

impl LookupKey {
    pub const ALL: [LookupKey; 8] = [
        LookupKey::EventId,
        LookupKey::EventName,
        LookupKey::ReadOnly,
        LookupKey::Username,
        LookupKey::ResourceType,
        LookupKey::ResourceName,
        LookupKey::EventSource,
        LookupKey::AccessKeyId,
    ];

    pub fn name(self) -> &'static str {
        match self {
            LookupKey::EventId => "EventId",
            LookupKey::EventName => "EventName",
            LookupKey::ReadOnly => "ReadOnly",
            LookupKey::Username => "Username",
            LookupKey::ResourceType => "ResourceType",
            LookupKey::ResourceName => "ResourceName",
            LookupKey::EventSource => "EventSource",
            LookupKey::AccessKeyId => "AccessKeyId",
        }
    }

    pub fn parse(text: &str) -> Option<LookupKey> {
        LookupKey::ALL.into_iter().find(|k| k.name() == text)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LookupAttribute {
    pub key: LookupKey,
    pub value: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LookupRequest {
    pub attributes: Vec<LookupAttribute>,
    pub start: Option<Timestamp>,
    pub end: Option<Timestamp>,
    pub max_results: Option<i64>,
    pub region: String,
    /// A `NextToken`: the event the previous page ended on.
    pub after: Option<String>,
}

/// What CloudTrail refuses, by its exception name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupProblem {
    /// More than one lookup attribute (`InvalidLookupAttributesException`).
    TooManyAttributes,
    /// The start after the end (`InvalidTimeRangeException`).
    TimeRange,
    /// More than 50 results asked (`InvalidMaxResultsException`).
    MaxResults,
    /// A `NextToken` this trail did not give (`InvalidNextTokenException`).
    NextToken,
}

/// The page size when none is asked for, and the most one page holds.
pub const MAX_RESULTS: i64 = 50;

impl LookupAttribute {
    /// Whether `e` is what this attribute looks up (values match exactly).
    pub fn matches(&self, e: &TrailEvent, account: AccountId) -> bool {
        let v = self.value.as_str();
        match self.key {
            LookupKey::EventId => e.id == v,
            LookupKey::EventName => e.name == v,
            LookupKey::ReadOnly => v == if e.read_only { "true" } else { "false" },
            LookupKey::Username => e.user_name() == v,
            LookupKey::ResourceType => e.resources.iter().any(|r| r.kind == v),
            LookupKey::ResourceName => e.resources.iter().any(|r| r.name == v),
            LookupKey::EventSource => e.source.host() == v,
            LookupKey::AccessKeyId => e.access_key_id(account).as_deref() == Some(v),
        }
    }
}

impl Trail {
    /// The events a lookup returns at `now`, newest first, and whether more
    /// matched than one page holds (AWS then returns a `NextToken`).
    pub fn lookup(
        &self,
        account: AccountId,
        request: &LookupRequest,
        now: Timestamp,
    ) -> Result<(Vec<&TrailEvent>, bool), LookupProblem> {
        if request.attributes.len() > 1 {
            return Err(LookupProblem::TooManyAttributes);
        }
        if let (Some(s), Some(e)) = (request.start, request.end) {
            if s > e {
                return Err(LookupProblem::TimeRange);
            }
        }
        let page = request.max_results.unwrap_or(MAX_RESULTS);
        if page > MAX_RESULTS {
            return Err(LookupProblem::MaxResults);
        }
        let page = page.max(1) as usize;
        let mut all = self.newest_first(now).peekable();
        if let Some(after) = &request.after {
            if !self.events().iter().any(|e| e.id == *after) {
                return Err(LookupProblem::NextToken);
            }
            while all.next_if(|e| e.id != *after).is_some() {}
            all.next();
        }
        let mut found = all
            .filter(|e| e.region == request.region)
            .filter(|e| request.start.is_none_or(|s| e.time >= s))
            .filter(|e| request.end.is_none_or(|end| e.time <= end))
            .filter(|e| request.attributes.iter().all(|a| a.matches(e, account)));
        let events: Vec<&TrailEvent> = found.by_ref().take(page).collect();
        let more = found.next().is_some();
        Ok((events, more))
    }
}
