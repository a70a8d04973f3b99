//! The CloudTrail console's Event history: a `LookupEvents` call by the signed-in
//! principal, in us-east-1 (where IAM's and the sign-in page's events are), one
//! lookup attribute or none, the newest 50 (the console's first page). The
//! lookup itself is recorded, after it answered, as AWS records the console's
//! own calls.

use super::trail::{ApiCall, GLOBAL_REGION};
use super::{Denied, Identity, Lab};
use crate::domain::cloudtrail::{EventSource, LookupAttribute, LookupRequest, TrailEvent};
use serde_json::json;

impl Lab {
    /// The events Event history lists for `attribute` (an empty value is no
    /// filter, as in the console), newest first.
    pub fn look_up_events(
        &mut self,
        actor: &Identity,
        attribute: Option<LookupAttribute>,
    ) -> Result<Vec<TrailEvent>, Denied> {
        if !self.allows(actor, "cloudtrail:LookupEvents", None) {
            return Err(Denied::NotAuthorized);
        }
        let attribute = attribute.filter(|a| !a.value.trim().is_empty());
        let request = LookupRequest {
            attributes: attribute.iter().cloned().collect(),
            region: GLOBAL_REGION.into(),
            ..LookupRequest::default()
        };
        let now = self.clock(actor.account);
        let found = self
            .account(actor.account)
            .map(|a| a.trail.lookup(actor.account, &request, now))
            .and_then(Result::ok)
            .map(|(events, _)| events.into_iter().cloned().collect())
            .unwrap_or_default();
        let mut params = serde_json::Map::new();
        if let Some(a) = &attribute {
            let one = json!({ "attributeKey": a.key.name(), "attributeValue": a.value });
            params.insert("lookupAttributes".into(), json!([one]));
        }
        params.insert("maxResults".into(), json!(50));
        let call = ApiCall::read(EventSource::CloudTrail, "LookupEvents")
            .request(serde_json::Value::Object(params));
        self.record_call(actor, call);
        Ok(found)
    }
}
