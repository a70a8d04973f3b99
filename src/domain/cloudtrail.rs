//! CloudTrail as the lab keeps it: every management event of an account, in
//! the account, as AWS records it (record schema 1.11), for Event history and
//! `aws cloudtrail lookup-events`.
//!
//! Core, below the guided tasks (which read an account's trail) and the lab
//! (whose operations append to it, `lab/trail.rs`). A [`TrailEvent`] is stored
//! small; [`TrailEvent::record`] writes it out as the JSON record AWS writes.

mod event;
mod lookup;
mod record;
mod trail;

pub use event::{EventSource, Resource, TrailEvent, Via, CLI_USER_AGENT_PREFIX};
pub use lookup::{LookupAttribute, LookupKey, LookupProblem, LookupRequest};
pub use record::{aws_date, console_session_key};
pub use trail::{Trail, MAX_EVENT_BYTES, MAX_TRAIL_EVENTS, RETENTION_DAYS};

#[cfg(test)]
mod tests;
