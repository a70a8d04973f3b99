//! Every lab operation records its CloudTrail event, console and CLI.
