//! The values a generated line carries: key IDs and user names the session
//! has seen (or made-up and malformed ones), a fitting or unfitting value for
//! each option of the operation table, and the global options.

use super::super::args::OUTPUTS;
use super::Session;

impl Session {
    /// Key IDs the lab holds now (any principal's), and some it never held.
    pub(super) fn key_id(&mut self) -> String {
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

    pub(super) fn user_name(&mut self) -> String {
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
    pub(super) fn value(&mut self, flag: &str) -> String {
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
    pub(super) fn globals(&mut self) -> String {
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
}

/// A value as the learner would type it: quoted when the shell would split it.
pub(super) fn quote(v: &str) -> String {
    if !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_/:.=+@".contains(c))
    {
        v.to_string()
    } else {
        format!("'{}'", v.replace('\'', "'\\''"))
    }
}
