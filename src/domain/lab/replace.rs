//! What replacing the lab would remove. A scenario link, a scenario file, an
//! import and a reset each replace the whole lab; on a lab that holds an account
//! the learner is asked first, and this is what the question names. An empty
//! lab has nothing to lose and is replaced at once.

use super::Lab;

/// The dialog lists this many accounts by name; the count covers the rest.
pub const LISTED_MAX: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabToReplace {
    /// Every account the lab holds.
    pub count: usize,
    /// The first [`LISTED_MAX`] of them, each as `Account name (root user email)`.
    pub listed: Vec<String>,
}

impl LabToReplace {
    /// Accounts counted but not listed by name.
    pub fn unlisted(&self) -> usize {
        self.count - self.listed.len()
    }
}

/// `None` when the lab holds no account: nothing to ask about.
pub fn what_replacing_removes(lab: &Lab) -> Option<LabToReplace> {
    if lab.accounts.is_empty() {
        return None;
    }
    Some(LabToReplace {
        count: lab.accounts.len(),
        listed: lab
            .accounts
            .iter()
            .take(LISTED_MAX)
            .map(|a| format!("{} ({})", a.name, a.root.email))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lab::testing::{form, lab_with_account, QuickKdf};
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;

    #[test]
    fn an_empty_lab_asks_nothing() {
        assert_eq!(what_replacing_removes(&Lab::default()), None);
    }

    #[test]
    fn a_lab_with_an_account_names_it() {
        let (lab, _) = lab_with_account();
        let replaced = what_replacing_removes(&lab).unwrap();
        assert_eq!(replaced.count, 1);
        assert_eq!(replaced.listed, ["Training (learner@example.com)"]);
        assert_eq!(replaced.unlisted(), 0);
    }

    #[test]
    fn many_accounts_are_counted_and_the_first_listed() {
        let mut lab = Lab::default();
        for i in 0..LISTED_MAX + 2 {
            lab.sign_up(
                &form(&format!("learner{i}@example.com")),
                &QuickKdf,
                &mut OsRandom,
                Timestamp(1),
            )
            .unwrap();
        }
        let replaced = what_replacing_removes(&lab).unwrap();
        assert_eq!(replaced.count, LISTED_MAX + 2);
        assert_eq!(replaced.listed.len(), LISTED_MAX);
        assert_eq!(replaced.listed[0], "Training (learner0@example.com)");
        assert_eq!(replaced.unlisted(), 2);
    }
}
