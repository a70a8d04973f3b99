//! Native tests of the CloudTrail core: record shapes, retention, lookups.
