//! How the CLI ends a refused command: the exit codes of the AWS CLI's
//! return-code documentation and the two generic error shapes.

use super::args::ArgError;
use super::Run;

/// Exit codes from the AWS CLI's return-code documentation.
pub const USAGE_RC: i32 = 252;
pub const CONFIG_RC: i32 = 253;
pub const CLIENT_RC: i32 = 254;
pub const GENERAL_RC: i32 = 255;

pub fn usage(e: ArgError) -> Run {
    let mut run = Run::code(USAGE_RC);
    run.stderr(&e.stderr());
    run
}

/// The CLI's general handler: a blank line, the message, exit 255.
pub fn general(message: &str) -> Run {
    let mut run = Run::code(GENERAL_RC);
    run.stderr(&format!("\n{message}\n"));
    run
}
