//! An account's trail: its events oldest first, kept 90 days and capped by count.

use super::event::TrailEvent;
use super::record::splitmix;
use crate::domain::ids::AccountId;
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Event history keeps 90 days of management events, as AWS's does.
pub const RETENTION_DAYS: i64 = 90;
/// AWS keeps every event of those 90 days; a lab stored in the browser keeps the
/// newest 300 per account (about 75 KB), which a learner's weeks fit in.
pub const MAX_TRAIL_EVENTS: usize = 300;

const DAY_MS: i64 = 86_400_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trail {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    events: Vec<TrailEvent>,
    /// Events ever recorded: what event and request IDs are drawn from.
    #[serde(default, skip_serializing_if = "is_zero")]
    seq: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Trail {
    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.seq == 0
    }

    /// Oldest first.
    pub fn events(&self) -> &[TrailEvent] {
        &self.events
    }

    /// The events Event history shows at `now`, newest first.
    pub fn newest_first(&self, now: Timestamp) -> impl Iterator<Item = &TrailEvent> {
        let oldest = now.millis() - RETENTION_DAYS * DAY_MS;
        self.events
            .iter()
            .rev()
            .filter(move |e| e.time.millis() >= oldest)
    }

    /// A fresh `eventID` and `requestID`, UUID-shaped (version 4 layout), unique
    /// in the account: drawn from the account and a counter, so recording needs
    /// no random source.
    pub fn next_ids(&mut self, account: AccountId) -> (String, String) {
        self.seq += 1;
        let base = account.value().rotate_left(23) ^ self.seq.wrapping_mul(0xA24B_AED4_963E_E407);
        (uuid(base), uuid(base ^ 0x5555_5555_5555_5555))
    }

    /// Adds an event in time order, then forgets what is older than 90 days
    /// before `now` and the oldest beyond the cap.
    pub fn push(&mut self, event: TrailEvent, now: Timestamp) {
        let at = self.events.partition_point(|e| e.time <= event.time);
        self.events.insert(at, event);
        let oldest = now.millis() - RETENTION_DAYS * DAY_MS;
        self.events.retain(|e| e.time.millis() >= oldest);
        let over = self.events.len().saturating_sub(MAX_TRAIL_EVENTS);
        self.events.drain(..over);
    }

    /// The time of the newest event: the clock of an operation run outside a
    /// request (a native test, a prepared lab).
    pub fn latest(&self) -> Option<Timestamp> {
        self.events.last().map(|e| e.time)
    }
}

fn uuid(seed: u64) -> String {
    let (a, b) = (splitmix(seed), splitmix(seed ^ 0x00FF_00FF_00FF_00FF));
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-4{}-{}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        ["8", "9", "a", "b"][(b >> 62) as usize],
        &hex[17..20],
        &hex[20..32]
    )
}

/// The largest stored event: the lab's own are under 1 KiB.
pub const MAX_EVENT_BYTES: usize = 4096;

impl Trail {
    /// The first rule a stored trail breaks (one not made by the lab's own
    /// operations: an import, a scenario), as `(path under the trail, reason)`.
    pub fn problem(&self) -> Option<(String, String)> {
        if self.events.len() > MAX_TRAIL_EVENTS {
            return Some((
                "events".into(),
                format!(
                    "has {} events; the cap is {MAX_TRAIL_EVENTS}",
                    self.events.len()
                ),
            ));
        }
        if self.events.windows(2).any(|w| w[0].time > w[1].time) {
            return Some(("events".into(), "are not in time order".into()));
        }
        for (i, e) in self.events.iter().enumerate() {
            let at = |field: &str| format!("events[{i}].{field}");
            let name_ok = (1..=64).contains(&e.name.len())
                && e.name.bytes().all(|b| b.is_ascii_alphanumeric());
            if !name_ok {
                return Some((at("name"), "must be 1 to 64 letters and digits".into()));
            }
            for (field, id) in [("id", &e.id), ("request_id", &e.request_id)] {
                if !is_uuid(id) {
                    return Some((at(field), "is not a UUID".into()));
                }
            }
            if self.events[..i].iter().any(|x| x.id == e.id) {
                return Some((at("id"), "repeats an earlier event ID".into()));
            }
            let region_ok = (1..=32).contains(&e.region.len())
                && e.region
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !region_ok {
                return Some((at("region"), "is not a region name".into()));
            }
            let ip_ok = (1..=45).contains(&e.ip.len())
                && e.ip
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b'.' || b == b':');
            if !ip_ok {
                return Some((at("ip"), "is not an IP address".into()));
            }
            let size = serde_json::to_string(e).map_or(usize::MAX, |s| s.len());
            if size > MAX_EVENT_BYTES {
                return Some((
                    at(""),
                    format!("is larger than the cap of {MAX_EVENT_BYTES} bytes"),
                ));
            }
        }
        None
    }
}

fn is_uuid(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_hexdigit()))
}
