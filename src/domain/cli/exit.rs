//! How the CLI ends a refused command: the exit codes of the AWS CLI's
//! return-code documentation and the CLI's error shapes (`awscli/errorhandler.py`).

use super::args::{coded_error, error_text, ArgError};
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

/// The CLI's general handler: `aws: [ERROR]: ` and the message, exit 255.
pub fn general(message: &str) -> Run {
    let mut run = Run::code(GENERAL_RC);
    run.stderr(&error_text(message));
    run
}

/// An error the CLI raises with a code (`ParamValidation`, `NoCredentials`).
pub fn coded(rc: i32, code: &str, message: &str) -> Run {
    let mut run = Run::code(rc);
    run.stderr(&coded_error(code, message));
    run
}

/// A lab note for something the lab does not simulate: one line, exit 252.
pub fn lab_note(note: &str) -> Run {
    let mut run = Run::code(USAGE_RC);
    run.stderr(note);
    run
}
