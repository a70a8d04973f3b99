//! Setting and deleting the account alias.

use super::{ApiCall, Identity, Lab, Refused};
use crate::domain::cloudtrail::EventSource;
use crate::domain::iam::alias::{alias_problem, AliasProblem};
use crate::domain::ids::AccountId;
use serde_json::json;

impl Lab {
    /// Replaces any alias the account had: an account has at most one.
    pub fn set_account_alias(
        &mut self,
        actor: &Identity,
        account: AccountId,
        alias: &str,
    ) -> Result<(), Refused<AliasProblem>> {
        self.check_allowed(actor, account, "iam:CreateAccountAlias", None)
            .map_err(Refused::Denied)?;
        let alias = alias.trim();
        if let Some(problem) = alias_problem(alias) {
            return Err(problem.into());
        }
        let taken = self
            .accounts
            .iter()
            .any(|a| a.id != account && a.alias.as_deref() == Some(alias));
        if taken {
            return Err(AliasProblem::Taken.into());
        }
        if let Some(a) = self.account_mut(account) {
            a.alias = Some(alias.to_string());
        }
        let call = ApiCall::write(EventSource::Iam, "CreateAccountAlias")
            .request(json!({ "accountAlias": alias }));
        self.record_call(actor, call);
        Ok(())
    }

    pub fn delete_account_alias(
        &mut self,
        actor: &Identity,
        account: AccountId,
    ) -> Result<(), super::Denied> {
        self.check_allowed(actor, account, "iam:DeleteAccountAlias", None)?;
        let old = self.account_mut(account).and_then(|a| a.alias.take());
        let call = ApiCall::write(EventSource::Iam, "DeleteAccountAlias")
            .request(json!({ "accountAlias": old.unwrap_or_default() }));
        self.record_call(actor, call);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::iam::alias::AliasProblem;
    use crate::domain::lab::testing::*;
    use crate::domain::lab::{Identity, Refused};

    #[test]
    fn an_alias_is_checked_unique_in_the_browser_and_finds_the_account() {
        let (mut lab, a) = lab_with_account();
        let b = add_account(&mut lab);
        assert_eq!(
            lab.set_account_alias(&Identity::root(a), a, "My-Lab"),
            Err(Refused::Problem(AliasProblem::Characters))
        );
        lab.set_account_alias(&Identity::root(a), a, "my-lab")
            .unwrap();
        assert_eq!(
            lab.set_account_alias(&Identity::root(b), b, "my-lab"),
            Err(Refused::Problem(AliasProblem::Taken))
        );
        assert_eq!(lab.account(b).unwrap().alias, None);
        // Setting the same alias again on its own account is fine.
        lab.set_account_alias(&Identity::root(a), a, "my-lab")
            .unwrap();
        assert_eq!(lab.find_account("my-lab").unwrap().id, a);
        lab.set_account_alias(&Identity::root(a), a, "renamed")
            .unwrap();
        assert!(lab.find_account("my-lab").is_none());
        lab.delete_account_alias(&Identity::root(a), a).unwrap();
        assert_eq!(lab.account(a).unwrap().alias, None);
        lab.set_account_alias(&Identity::root(b), b, "my-lab")
            .unwrap();
        assert_eq!(lab.find_account("my-lab").unwrap().id, b);
    }
}
