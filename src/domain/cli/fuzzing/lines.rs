//! The lines a session types: operations from the CLI's table, the same with
//! credentials in `NAME=value` prefixes, `aws configure`, shell builtins, and
//! lines the shell or the CLI refuse before any service is called.

use super::super::args::COMMANDS;
use super::super::operations::{Service, OPERATIONS};
use super::values::quote;
use super::Session;
use crate::domain::fuzzing::FuzzRng;

impl Session {
    /// An `aws <service> <operation>` line from the table, options included
    /// (a required one left out now and then), unknown ones sometimes added.
    pub(super) fn operation(&mut self) -> String {
        let op = *self.rng.pick(OPERATIONS);
        let service = match op.service {
            Service::Iam => "iam",
            Service::Sts => "sts",
            Service::CloudTrail => "cloudtrail",
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

    pub(super) fn line(&mut self) -> String {
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

/// Arbitrary characters, as a paste of binary data would arrive.
fn junk(r: &mut FuzzRng) -> String {
    (0..r.index(40))
        .filter_map(|_| char::from_u32((r.next_u64() % 0x11_0000) as u32))
        .collect()
}
