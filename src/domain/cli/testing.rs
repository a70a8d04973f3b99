//! The one test harness of the terminal: a lab signed in as its root user, a
//! fresh terminal, and the few lab set-ups the CLI tests need.

use super::{OutLine, Outcome, Terminal};
use crate::domain::access_key::{LastUsed, NewAccessKey};
use crate::domain::iam::user::CreateUserForm;
use crate::domain::ids::AccountId;
use crate::domain::lab::{Identity, Lab};
use crate::domain::password::testing::QuickKdf;
use crate::domain::random::OsRandom;
use crate::domain::time::Timestamp;

pub const NOW: Timestamp = Timestamp(1_795_774_530_000);
pub const NOW_TEXT: &str = "2026-11-27T10:15:30+00:00";

pub struct Harness {
    pub lab: Lab,
    pub term: Terminal,
    pub account: AccountId,
}

/// A lab with one account, signed in as its root user.
/// Signed in at [`NOW`], so the console session still lasts when lines run.
pub fn signed_in() -> Harness {
    use crate::domain::lab::testing::{lab_with_account, QuickKdf, EMAIL, PASSWORD};
    let (mut lab, account) = lab_with_account();
    lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, NOW)
        .unwrap();
    Harness::with(lab, account)
}

/// Every line as printed, stderr lines marked with a leading `!`.
pub fn lines(o: &Outcome) -> String {
    o.output
        .iter()
        .map(|l| match l {
            OutLine::Stdout(s) => format!("{s}\n"),
            OutLine::Stderr(s) => format!("!{s}\n"),
        })
        .collect()
}

impl Harness {
    pub fn with(lab: Lab, account: AccountId) -> Self {
        Harness {
            lab,
            term: Terminal::new(),
            account,
        }
    }

    pub fn run(&mut self, line: &str) -> Outcome {
        self.term.run_line(&mut self.lab, line, &mut OsRandom, NOW)
    }

    /// The output of a line that must succeed.
    pub fn out(&mut self, line: &str) -> String {
        let o = self.run(line);
        assert_eq!(o.exit_code, 0, "{line}: {o:?}");
        lines(&o)
    }

    /// The output of a line the service must refuse (exit 254).
    pub fn err(&mut self, line: &str) -> String {
        let o = self.run(line);
        assert_eq!(o.exit_code, 254, "{line}: {o:?}");
        lines(&o)
    }

    pub fn status(&mut self) -> String {
        lines(&self.run("echo $?"))
    }

    pub fn root(&self) -> Identity {
        Identity::root(self.account)
    }

    /// A root access key made in the console.
    pub fn console_key(&mut self) -> NewAccessKey {
        let root = self.root();
        self.lab
            .create_access_key(&root, &root, &mut OsRandom, Timestamp(3))
            .unwrap()
    }

    /// An IAM user (`admin` joins Administrators), as the console creates it.
    pub fn user(&mut self, name: &str, password: Option<&str>, admin: bool) {
        let form = CreateUserForm {
            name: name.into(),
            console_password: password.map(String::from),
            add_to_administrators: admin,
            ..Default::default()
        };
        self.lab
            .create_user(
                &Identity::root(self.account),
                self.account,
                &form,
                &QuickKdf,
                &mut OsRandom,
                Timestamp(1),
            )
            .unwrap();
    }

    /// A key of `user`, made by the root user in the console.
    pub fn key(&mut self, user: &str) -> NewAccessKey {
        let owner = Identity::user(self.account, user);
        self.lab
            .create_access_key(&self.root(), &owner, &mut OsRandom, Timestamp(2))
            .unwrap()
    }

    /// Exports the key for the commands that follow.
    pub fn use_key(&mut self, key: &NewAccessKey) {
        let line = format!(
            "export AWS_ACCESS_KEY_ID={} AWS_SECRET_ACCESS_KEY='{}'",
            key.id, key.secret
        );
        assert_eq!(self.run(&line).exit_code, 0);
    }

    pub fn last_used(&self, id: &str) -> Option<LastUsed> {
        self.lab
            .access_key(id)
            .and_then(|(_, k)| k.last_used.clone())
    }

    pub fn user_id(&self, name: &str) -> String {
        self.lab
            .iam_user(self.account, name)
            .unwrap()
            .user_id
            .clone()
    }
}
