//! Structure-aware terminal fuzzing for `make fuzz` and the fuzz tests. Lines are
//! built from the CLI's own tables (every operation of `OPERATIONS` with its
//! options, the global options, the `--output` formats, `aws configure`, the
//! shell's builtins) with valid and invalid values, and run in sequence against
//! one evolving lab: keys a line creates are used by later lines (as
//! `--access-key-id` and as `AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=…`
//! prefixes), users it creates are named by later lines, sessions expire and
//! start again. Everything comes from one seed, so a seed replays a session line
//! for line.

use super::args::COMMANDS;
use super::operations::OPERATIONS;
use super::output::OUTPUTS;
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

    /// Key IDs the lab holds now (any principal's), and some it never held.
    fn key_id(&mut self) -> String {
        let mut ids: Vec<String> = self
            .lab
            .accounts
            .iter()
            .flat_map(|a| {
                let users = a.users.iter().flat_map(|u| u.access_keys.iter());
                a.root.access_keys.iter().chain(users)
            })
            .map(|k| k.id.to_string())
            .collect();
        ids.extend(self.secrets.keys().cloned());
        if !ids.is_empty() && self.rng.chance(75) {
            return self.rng.pick(&ids).clone();
        }
        (*self.rng.pick(&[
            "AKIAIOSFODNN7EXAMPLE",
            "AKIA",
            "ASIAY34FZKBOKMUTVV7A",
            "akiaiosfodnn7example",
            "AKIA00000000000000000000000000000",
            "",
        ]))
        .to_string()
    }

    fn user_name(&mut self) -> String {
        let mut names: Vec<String> = self
            .lab
            .accounts
            .iter()
            .flat_map(|a| a.users.iter().map(|u| u.name.clone()))
            .collect();
        names.extend(self.names.iter().cloned());
        match self.rng.index(10) {
            0..=5 => self.rng.pick(&names).clone(),
            6 | 7 => {
                let name = format!("fz-{}", self.rng.index(40));
                self.names.push(name.clone());
                name
            }
            8 => "x".repeat(65),
            _ => (*self.rng.pick(&["bad name", "a/b", "é", "''", "root"])).to_string(),
        }
    }

    /// A value for `flag`, most often one that fits, sometimes one that does not.
    fn value(&mut self, flag: &str) -> String {
        let r = &mut self.rng;
        match flag {
            "--access-key-id" => self.key_id(),
            "--user-name" => self.user_name(),
            "--status" => (*r.pick(&["Active", "Inactive", "Active", "active", "Deleted"])).into(),
            "--group-name" => {
                (*r.pick(&["Admins", "Developers", "fz-group", "bad group", ""])).into()
            }
            "--policy-arn" => (*r.pick(&[
                "arn:aws:iam::aws:policy/AdministratorAccess",
                "arn:aws:iam::aws:policy/ReadOnlyAccess",
                "arn:aws:iam::aws:policy/IAMUserChangePassword",
                "arn:aws:iam::aws:policy/NoSuchPolicy",
                "not-an-arn",
            ]))
            .into(),
            "--max-items" | "--page-size" => (*r.pick(&["1", "2", "100", "0", "-1", "x"])).into(),
            "--starting-token" => (*r.pick(&["abc", "", "eyJNYXJrZXIiOiBudWxsfQ=="])).into(),
            _ => "value".into(),
        }
    }

    /// Options valid everywhere: `--output`, `--query`, `--profile`, `--region`.
    fn globals(&mut self) -> String {
        let mut g = String::new();
        let r = &mut self.rng;
        if r.chance(30) {
            let output = if r.chance(90) {
                *r.pick(OUTPUTS)
            } else {
                "xml"
            };
            g.push_str(&format!(" --output {output}"));
        }
        if r.chance(25) {
            let query = r.pick(&[
                "AccessKeyMetadata[0].AccessKeyId",
                "AccessKeyMetadata[?Status=='Active'].AccessKeyId",
                "Users[].UserName",
                "Account",
                "length(AccessKeyMetadata)",
                "AccessKey.SecretAccessKey",
                "[",
                "foo[",
                "`1`",
            ]);
            g.push_str(&format!(" --query \"{query}\""));
        }
        if r.chance(8) {
            g.push_str(&format!(
                " --profile {}",
                r.pick(&["default", "dev", "nope"])
            ));
        }
        if r.chance(8) {
            g.push_str(&format!(
                " --region {}",
                r.pick(&["us-east-1", "ap-northeast-1", "x"])
            ));
        }
        if r.chance(3) {
            g.push_str(r.pick::<&str>(&[" --no-cli-pager", " --debug", " --foo", " --output"]));
        }
        g
    }

    /// An `aws <service> <operation>` line from the table, options included
    /// (a required one left out now and then), unknown ones sometimes added.
    fn operation(&mut self) -> String {
        let op = *self.rng.pick(OPERATIONS);
        let service = match op.service {
            super::operations::Service::Iam => "iam",
            super::operations::Service::Sts => "sts",
        };
        let mut line = format!("aws {service} {}", op.cli);
        for opt in op.opts {
            let wanted = if opt.required { 95 } else { 35 };
            if self.rng.chance(wanted) {
                let v = self.value(opt.flag);
                line.push_str(&format!(" {} {}", opt.flag, quote(&v)));
            }
        }
        if self.rng.chance(3) {
            line.push_str(
                self.rng
                    .pick::<&str>(&[" --bogus 1", " extra", " --user-name"]),
            );
        }
        line + &self.globals()
    }

    /// `NAME=value … aws …`: the environment's credentials, right, wrong or partial.
    fn with_env(&mut self) -> String {
        let keys: Vec<(String, String)> = self
            .secrets
            .iter()
            .map(|(k, s)| (k.clone(), s.clone()))
            .collect();
        let prefix = match self.rng.index(6) {
            0..=2 if !keys.is_empty() => {
                let (id, secret) = self.rng.pick(&keys).clone();
                format!("AWS_ACCESS_KEY_ID={id} AWS_SECRET_ACCESS_KEY={secret}")
            }
            3 => {
                let id = self.key_id();
                format!("AWS_ACCESS_KEY_ID={id} AWS_SECRET_ACCESS_KEY=wrongwrongwrong")
            }
            4 => format!("AWS_ACCESS_KEY_ID={}", self.key_id()),
            _ => (*self.rng.pick(&[
                "AWS_PROFILE=nope",
                "AWS_REGION=eu-west-1",
                "AWS_PROFILE=dev",
            ]))
            .to_string(),
        };
        format!("{prefix} {}", self.operation())
    }

    fn configure(&mut self) -> String {
        let key = self.key_id();
        let secret = self.secrets.get(&key).cloned().unwrap_or("wrong".into());
        let r = &mut self.rng;
        let profile = *r.pick(&["", " --profile dev", " --profile nope"]);
        match r.index(9) {
            0 => format!("aws configure set aws_access_key_id {key}{profile}"),
            1 => format!("aws configure set aws_secret_access_key {secret}{profile}"),
            2 => format!(
                "aws configure set region {}{profile}",
                r.pick(&["us-east-1", ""])
            ),
            3 => format!(
                "aws configure get {}{profile}",
                r.pick(&["region", "aws_access_key_id", "output", "nothing"])
            ),
            4 => format!("aws configure list{profile}"),
            5 => "aws configure list-profiles".into(),
            6 => format!("aws configure{profile}"),
            7 => "aws configure set".into(),
            _ => format!(
                "aws configure {}",
                r.pick(&["get", "sso", "import", "--bogus"])
            ),
        }
    }

    fn shell(&mut self) -> String {
        let r = &mut self.rng;
        (*r.pick(&[
            "echo $?",
            "echo -n hello; echo",
            "export AWS_PROFILE=dev",
            "export AWS_REGION=us-west-2",
            "unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY",
            "unset 1bad",
            "env",
            "printenv AWS_REGION",
            "printenv NOPE",
            "env nothing",
            "true",
            "false",
            "true && false || echo no",
            "X=1; echo $X",
            "clear",
            "",
            "# a comment",
        ]))
        .to_string()
    }

    /// Lines the shell or the CLI refuse before any service is called.
    fn refused(&mut self) -> String {
        let r = &mut self.rng;
        match r.index(8) {
            0 => format!(
                "{} {}",
                r.pick(&["ls", "cat", "aws2", "sudo", "AWS"]),
                r.pick(&["", "-la", "aws"])
            ),
            1 => (*r.pick(&[
                "echo a |",
                "; ls",
                "echo 'open",
                "a && && b",
                "(",
                ";;",
                "echo \"x",
            ]))
            .into(),
            2 => format!("aws {}", r.pick(COMMANDS)),
            3 => format!("aws {} help", r.pick(&["iam", "sts", "s3", "ec2"])),
            4 => format!(
                "aws iam {}",
                r.pick(&[
                    "create-acess-key",
                    "list-user",
                    "delete-user",
                    "list-access-key"
                ])
            ),
            5 => format!(
                "aws {} ls",
                r.pick(&["s3", "ec2", "lambda", "dynamodb", "iamm"])
            ),
            6 => (*r.pick(&[
                "aws",
                "aws --version",
                "aws --output",
                "aws --query",
                "aws -- iam",
            ]))
            .into(),
            _ => junk(r),
        }
    }

    fn line(&mut self) -> String {
        match self.rng.index(100) {
            0..=49 => self.operation(),
            50..=61 => self.with_env(),
            62..=71 => self.configure(),
            72..=82 => self.shell(),
            83..=84 => (*self
                .rng
                .pick(&["echo a |", "; ls", "a && && b", ";;", "|| true"]))
            .into(),
            _ => self.refused(),
        }
    }
}

/// The text between `prefix` and the next quote.
fn quoted_value(line: &str, prefix: &str) -> Option<String> {
    let start = line.find(prefix)? + prefix.len();
    let len = line[start..].find('"')?;
    Some(line[start..start + len].to_string())
}

/// A value as the learner would type it: quoted when the shell would split it.
fn quote(v: &str) -> String {
    if !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_/:.=+@".contains(c))
    {
        v.to_string()
    } else {
        format!("'{}'", v.replace('\'', "'\\''"))
    }
}

/// Arbitrary characters, as a paste of binary data would arrive.
fn junk(r: &mut FuzzRng) -> String {
    (0..r.index(40))
        .filter_map(|_| char::from_u32((r.next_u64() % 0x11_0000) as u32))
        .collect()
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
