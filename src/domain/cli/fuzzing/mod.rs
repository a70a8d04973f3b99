//! Structure-aware terminal fuzzing for `make fuzz` and the fuzz tests. Lines are
//! built from the CLI's own tables (every operation of `OPERATIONS` with its
//! options, the global options, the `--output` formats, `aws configure`, the
//! shell's builtins) with valid and invalid values, and run in sequence against
//! one evolving lab: keys a line creates are used by later lines (as
//! `--access-key-id` and as `AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=…`
//! prefixes), users it creates are named by later lines, sessions expire and
//! start again. Everything comes from one seed, so a seed replays a session line
//! for line.

mod lines;
mod values;

use super::{OutLine, Outcome, Terminal};
use crate::domain::fuzzing::{FastKdf, FuzzRng};
use crate::domain::lab::{Identity, Lab, SignUpForm};
use crate::domain::scenario::{builtin, parse_scenario, BUILTIN_NAMES};
use crate::domain::time::Timestamp;
use std::collections::BTreeMap;

/// Every exit code the terminal may end a line with.
pub const EXIT_CODES: [i32; 8] = [0, 1, 2, 127, 252, 253, 254, 255];

/// Where the lab's clock starts (2026-11-18, milliseconds).
const START: i64 = 1_795_000_000_000;

/// One terminal and the lab it acts on, and what the lines have shown so far.
pub struct Session {
    pub lab: Lab,
    pub term: Terminal,
    rng: FuzzRng,
    now: i64,
    /// Secrets printed by `create-access-key`, by key ID: later lines sign with them.
    secrets: BTreeMap<String, String>,
    /// Users named by `create-user` lines, whether or not they were made.
    names: Vec<String>,
}

impl Session {
    /// A lab from a built-in scenario (users, groups, MFA devices, an alias)
    /// or a new sign-up, with its first root signed in.
    pub fn new(seed: u64) -> Session {
        let mut rng = FuzzRng::new(seed);
        let name = *rng.pick(&BUILTIN_NAMES);
        let mut lab = parse_scenario(builtin(name).unwrap_or_default())
            .ok()
            .and_then(|s| s.build(&FastKdf, &mut rng, Timestamp(START)).ok())
            .unwrap_or_default();
        if lab.accounts.is_empty() {
            let form = SignUpForm {
                email: "fuzz@example.com".into(),
                account_name: "Fuzz".into(),
                password: "Fuzz-Pass-1".into(),
                confirm: "Fuzz-Pass-1".into(),
            };
            let _ = lab.sign_up(&form, &FastKdf, &mut rng, Timestamp(START));
        }
        let mut session = Session {
            lab,
            term: Terminal::new(),
            rng,
            now: START,
            secrets: BTreeMap::new(),
            names: vec!["fz-user".into()],
        };
        session.sign_in_again();
        session
    }

    /// The first account's root, signed in now (as after a sign-in page).
    fn sign_in_again(&mut self) {
        if let Some(id) = self.lab.accounts.first().map(|a| a.id) {
            let _ = self
                .lab
                .start_prepared_session(Identity::root(id), Timestamp(self.now));
        }
    }

    /// The next line, run: the line and what the terminal answered.
    pub fn step(&mut self) -> (String, Outcome) {
        // Now and then an hour and more passes (the session expires), and the
        // learner signs in again later.
        if self.rng.chance(2) {
            self.now += 2 * 60 * 60 * 1000;
        } else if self.rng.chance(3) {
            self.sign_in_again();
        }
        self.now += 1000;
        let line = self.line();
        let rng = &mut self.rng;
        let out = self
            .term
            .run_line(&mut self.lab, &line, rng, Timestamp(self.now));
        self.remember_secrets(&out);
        (line, out)
    }

    /// `"AccessKeyId": "…"` then `"SecretAccessKey": "…"` as JSON prints them.
    fn remember_secrets(&mut self, out: &Outcome) {
        let mut id = None;
        for l in &out.output {
            let OutLine::Stdout(s) = l else { continue };
            if let Some(v) = quoted_value(s, "\"AccessKeyId\": \"") {
                id = Some(v);
            } else if let (Some(k), Some(secret)) =
                (id.take(), quoted_value(s, "\"SecretAccessKey\": \""))
            {
                self.secrets.insert(k, secret);
            }
        }
    }
}

/// The text between `prefix` and the next quote.
fn quoted_value(line: &str, prefix: &str) -> Option<String> {
    let start = line.find(prefix)? + prefix.len();
    let len = line[start..].find('"')?;
    Some(line[start..start + len].to_string())
}

/// What must hold after every line, whatever it was: a known exit code, output
/// lines without newlines, a prompt, at most two keys a principal, and a lab
/// its own validator accepts.
pub fn check(session: &Session, out: &Outcome) -> Result<(), String> {
    if !EXIT_CODES.contains(&out.exit_code) {
        return Err(format!("exit code {}", out.exit_code));
    }
    if out.output.iter().any(|l| match l {
        OutLine::Stdout(s) | OutLine::Stderr(s) => s.contains('\n'),
    }) {
        return Err("an output line holds a newline".into());
    }
    if session.term.prompt().is_empty() {
        return Err("no prompt".into());
    }
    for a in &session.lab.accounts {
        let users = a.users.iter().map(|u| u.access_keys.len());
        if std::iter::once(a.root.access_keys.len())
            .chain(users)
            .any(|n| n > 2)
        {
            return Err("a principal holds more than two keys".into());
        }
    }
    session
        .lab
        .check_integrity()
        .map(|_| ())
        .map_err(|p| format!("the lab fails its validator: {p:?}"))
}
