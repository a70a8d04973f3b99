//! An in-browser `aws` terminal in the manner of AWS CloudShell: a small shell
//! (quotes, variables, `export`, `echo`, `clear`) in front of an AWS CLI v2 that
//! answers IAM and STS access-key calls from the lab, with the CLI's exact output,
//! error texts and exit codes. Pure Rust, no browser.

mod access_keys;
mod args;
mod authorize;
mod aws;
mod cloudtrail;
mod commands;
mod config;
mod configure;
mod credentials;
mod exit;
pub mod fuzzing;
mod help;
pub mod history;
mod json;
mod lexer;
mod not_simulated;
mod operations;
mod output;
mod query;
mod reports;
mod service_error;
mod session;
mod shell;
mod table;
mod text;
mod users;
mod validate;
mod yaml;

#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod golden_tests;
#[cfg(test)]
mod report_tests;
#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod trail_tests;
#[cfg(test)]
mod user_tests;

use crate::domain::lab::Lab;
use crate::domain::random::Random;
use crate::domain::time::Timestamp;
use config::{Interview, Profiles};
use std::collections::BTreeMap;
use std::fmt;

/// One printed line, and the stream it went to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutLine {
    Stdout(String),
    Stderr(String),
}

/// Why a call was refused, for an explanation shown beside the terminal; the
/// terminal itself prints only what the CLI prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    KeyInactive,
    KeyUnknownOrDeleted,
    WrongSecret,
    NoCredentials,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub output: Vec<OutLine>,
    pub exit_code: i32,
    /// The line ran `clear`: wipe the screen, then print `output`.
    pub clear: bool,
    pub note: Option<Note>,
}

/// The region the lab's console works in, which CloudShell's environment names.
pub const CONSOLE_REGION: &str = "us-east-1";

#[derive(Clone, PartialEq, Eq)]
struct ShellVar {
    value: String,
    exported: bool,
}

/// The terminal's whole state. It holds secrets (profiles, variables), so it is
/// never serialised and its `Debug` output leaves values out.
#[derive(Clone)]
pub struct Terminal {
    vars: BTreeMap<String, ShellVar>,
    last_status: i32,
    profiles: Profiles,
    interview: Option<Interview>,
    /// An unfinished line (open quote, trailing `\` or `&&`) waiting for the rest.
    continuation: Option<String>,
}

impl fmt::Debug for Terminal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Terminal")
            .field("vars", &self.vars.keys().collect::<Vec<_>>())
            .field("last_status", &self.last_status)
            .field("profiles", &self.profiles)
            .field("interview", &self.interview)
            .finish_non_exhaustive()
    }
}

impl Default for Terminal {
    fn default() -> Self {
        Self::new()
    }
}

impl Terminal {
    pub fn new() -> Self {
        // What a fresh CloudShell session has: the console's region (the lab's
        // console is in us-east-1) in both region variables; AWS_EXECUTION_ENV
        // also feeds `aws --version`.
        let vars = [
            ("AWS_DEFAULT_REGION", CONSOLE_REGION),
            ("AWS_EXECUTION_ENV", "CloudShell"),
            ("AWS_REGION", CONSOLE_REGION),
            ("HOME", "/home/cloudshell-user"),
            ("SHELL", "/bin/bash"),
            ("USER", "cloudshell-user"),
        ]
        .into_iter()
        .map(|(k, v)| {
            (
                k.to_string(),
                ShellVar {
                    value: v.to_string(),
                    exported: true,
                },
            )
        })
        .collect();
        Terminal {
            vars,
            last_status: 0,
            profiles: Profiles::default(),
            interview: None,
            continuation: None,
        }
    }

    /// Runs one typed line (or answers the pending `aws configure` prompt) against the lab.
    pub fn run_line(
        &mut self,
        lab: &mut Lab,
        line: &str,
        rng: &mut impl Random,
        now: Timestamp,
    ) -> Outcome {
        if let Some(mut interview) = self.interview.take() {
            if !interview.answer(&mut self.profiles, line) {
                self.interview = Some(interview);
            }
            self.last_status = 0;
            return Outcome::default();
        }
        let line = match self.continuation.take() {
            Some(head) => format!("{head}\n{line}"),
            None => line.to_string(),
        };
        shell::run(self, lab, &line, rng, now)
    }

    /// Whether the next line is a new command (rather than an answer to
    /// `aws configure` or the rest of an unfinished line): only those go to history.
    pub fn at_command_prompt(&self) -> bool {
        self.interview.is_none() && self.continuation.is_none()
    }

    /// The prompt to show before the next line.
    pub fn prompt(&self) -> String {
        match (&self.interview, &self.continuation) {
            (Some(i), _) => i.prompt(&self.profiles),
            (None, Some(_)) => "> ".into(),
            (None, None) => "$ ".into(),
        }
    }
}

/// Output gathered while a line runs.
#[derive(Debug, Default)]
struct Run {
    out: Vec<OutLine>,
    code: i32,
    note: Option<Note>,
    interview: Option<Interview>,
}

impl Run {
    fn code(code: i32) -> Self {
        Run {
            code,
            ..Run::default()
        }
    }

    fn stdout(&mut self, line: impl Into<String>) {
        for l in stream_lines(&line.into()) {
            self.out.push(OutLine::Stdout(l));
        }
    }

    fn stdout_lines(&mut self, lines: impl IntoIterator<Item = String>) {
        for l in lines {
            self.stdout(l);
        }
    }

    /// Stream text as written (newlines included), one entry per line.
    fn stderr(&mut self, text: &str) {
        let text = text.strip_suffix('\n').unwrap_or(text);
        for l in text.split('\n') {
            self.out.push(OutLine::Stderr(l.to_string()));
        }
    }
}

/// A line printed with `print()`: embedded newlines become separate lines.
fn stream_lines(text: &str) -> Vec<String> {
    text.split('\n').map(String::from).collect()
}
