//! What `aws configure` writes, kept in memory only: profiles hold secrets, so
//! this never derives `Serialize` and its `Debug` shows names, not values.

use std::fmt;

/// How `aws configure list` shows a value nothing sets.
pub const NOT_SET: &str = "<not set>";

#[derive(Clone, Default, PartialEq, Eq)]
pub struct Profiles {
    list: Vec<Profile>,
}

#[derive(Clone, PartialEq, Eq)]
struct Profile {
    name: String,
    values: Vec<(String, String)>,
}

impl fmt::Debug for Profiles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.list.iter().map(|p| &p.name))
            .finish()
    }
}

impl Profiles {
    pub fn exists(&self, profile: &str) -> bool {
        self.list.iter().any(|p| p.name == profile)
    }

    pub fn get(&self, profile: &str, key: &str) -> Option<&str> {
        self.list
            .iter()
            .find(|p| p.name == profile)?
            .values
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn set(&mut self, profile: &str, key: &str, value: &str) {
        let at = match self.list.iter().position(|p| p.name == profile) {
            Some(at) => at,
            None => {
                self.list.push(Profile {
                    name: profile.to_string(),
                    values: Vec::new(),
                });
                self.list.len() - 1
            }
        };
        let Some(p) = self.list.get_mut(at) else {
            return;
        };
        match p.values.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value.to_string(),
            None => p.values.push((key.to_string(), value.to_string())),
        }
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.list.iter().map(|p| p.name.as_str())
    }
}

/// awscli's `mask_value`: sixteen stars, then the last four characters.
pub fn mask(value: Option<&str>) -> String {
    match value {
        None => "None".into(),
        Some(v) => {
            let tail: String = {
                let chars: Vec<char> = v.chars().collect();
                chars[chars.len().saturating_sub(4)..].iter().collect()
            };
            format!("{}{tail}", "*".repeat(16))
        }
    }
}

/// The four questions of `aws configure`, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    AccessKeyId,
    SecretAccessKey,
    Region,
    Output,
}

impl Question {
    pub fn key(self) -> &'static str {
        match self {
            Question::AccessKeyId => "aws_access_key_id",
            Question::SecretAccessKey => "aws_secret_access_key",
            Question::Region => "region",
            Question::Output => "output",
        }
    }

    fn text(self) -> &'static str {
        match self {
            Question::AccessKeyId => "AWS Access Key ID",
            Question::SecretAccessKey => "AWS Secret Access Key",
            Question::Region => "Default region name",
            Question::Output => "Default output format",
        }
    }

    pub fn next(self) -> Option<Question> {
        match self {
            Question::AccessKeyId => Some(Question::SecretAccessKey),
            Question::SecretAccessKey => Some(Question::Region),
            Question::Region => Some(Question::Output),
            Question::Output => None,
        }
    }

    /// `AWS Access Key ID [****************ABCD]: `, as `InteractivePrompter` asks.
    pub fn prompt(self, current: Option<&str>) -> String {
        let shown = match self {
            Question::AccessKeyId | Question::SecretAccessKey => mask(current),
            _ => current.unwrap_or("None").to_string(),
        };
        format!("{} [{shown}]: ", self.text())
    }
}

/// An `aws configure` session waiting for answers; the answers are written all
/// at once after the last question, as the CLI does.
#[derive(Clone, PartialEq, Eq)]
pub struct Interview {
    pub profile: String,
    pub question: Question,
    answers: Vec<(Question, String)>,
}

impl fmt::Debug for Interview {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Interview")
            .field("profile", &self.profile)
            .field("question", &self.question)
            .finish_non_exhaustive()
    }
}

impl Interview {
    pub fn new(profile: String) -> Self {
        Interview {
            profile,
            question: Question::AccessKeyId,
            answers: Vec::new(),
        }
    }

    pub fn prompt(&self, profiles: &Profiles) -> String {
        self.question
            .prompt(profiles.get(&self.profile, self.question.key()))
    }

    /// Records one answer; an empty one keeps the current value. Returns true
    /// when the interview is over and the answers have been written.
    pub fn answer(&mut self, profiles: &mut Profiles, line: &str) -> bool {
        let answer = line.trim();
        if !answer.is_empty() {
            self.answers.push((self.question, answer.to_string()));
        }
        match self.question.next() {
            Some(q) => {
                self.question = q;
                false
            }
            None => {
                for (q, v) in &self.answers {
                    if profiles.get(&self.profile, q.key()) != Some(v) {
                        profiles.set(&self.profile, q.key(), v);
                    }
                }
                true
            }
        }
    }
}

/// `aws configure set` / `get` names: `region`, `default.region`,
/// `profile.NAME.region`, or `NAME.region` for a profile that exists (get only).
pub fn split_varname<'a>(
    varname: &'a str,
    profiles: &Profiles,
    for_get: bool,
) -> (Option<String>, &'a str) {
    let parts: Vec<&str> = varname.split('.').collect();
    match parts.as_slice() {
        [key] => (None, key),
        ["default", key, ..] => (Some("default".into()), key),
        ["profile", name, key, ..] => (Some(name.to_string()), key),
        [name, key, ..] if for_get && profiles.exists(name) => (Some(name.to_string()), key),
        _ => (None, varname),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_as_the_cli_does() {
        assert_eq!(mask(None), "None");
        assert_eq!(mask(Some("AKIAIOSFODNN7EXAMPLE")), "****************MPLE");
        assert_eq!(mask(Some("ab")), "****************ab");
    }

    #[test]
    fn an_interview_keeps_old_values_on_empty_answers() {
        let mut profiles = Profiles::default();
        profiles.set("default", "region", "eu-west-1");
        let mut i = Interview::new("default".into());
        assert_eq!(i.prompt(&profiles), "AWS Access Key ID [None]: ");
        assert!(!i.answer(&mut profiles, "AKIAIOSFODNN7EXAMPLE"));
        assert_eq!(i.prompt(&profiles), "AWS Secret Access Key [None]: ");
        assert!(!i.answer(&mut profiles, " secret "));
        assert_eq!(i.prompt(&profiles), "Default region name [eu-west-1]: ");
        assert!(!i.answer(&mut profiles, ""));
        assert_eq!(i.prompt(&profiles), "Default output format [None]: ");
        assert_eq!(profiles.get("default", "aws_access_key_id"), None);
        assert!(i.answer(&mut profiles, ""));
        assert_eq!(
            profiles.get("default", "aws_access_key_id"),
            Some("AKIAIOSFODNN7EXAMPLE")
        );
        assert_eq!(
            profiles.get("default", "aws_secret_access_key"),
            Some("secret")
        );
        assert_eq!(profiles.get("default", "region"), Some("eu-west-1"));
        assert_eq!(profiles.get("default", "output"), None);
        assert_eq!(
            Question::AccessKeyId.prompt(profiles.get("default", "aws_access_key_id")),
            "AWS Access Key ID [****************MPLE]: "
        );
        assert!(!format!("{profiles:?}").contains("secret"));
    }

    #[test]
    fn varnames_pick_their_profile() {
        let mut profiles = Profiles::default();
        profiles.set("lab", "region", "x");
        for (name, get, expected) in [
            ("region", true, (None, "region")),
            ("default.region", true, (Some("default"), "region")),
            ("profile.dev.region", false, (Some("dev"), "region")),
            ("lab.region", true, (Some("lab"), "region")),
            ("lab.region", false, (None, "lab.region")),
            ("", true, (None, "")),
        ] {
            let (p, k) = split_varname(name, &profiles, get);
            assert_eq!((p.as_deref(), k), expected, "{name}");
        }
    }
}
