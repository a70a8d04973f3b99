//! What the console's IAM pages need beyond the CLI's operations: the
//! Administrators group on demand, the typed confirmation before a user is
//! deleted, and the sign-in link and navigation label.

use crate::domain::account::Account;
use crate::domain::iam::group::{Group, ADMINISTRATORS};
use crate::domain::iam::managed_policy::ADMINISTRATOR_ACCESS;
use crate::domain::ids::AccountId;
use crate::domain::time::Timestamp;

/// The group "Add to group Administrators (AdministratorAccess)" means, made on
/// first use exactly as the console makes it.
pub(super) fn ensure_administrators(a: &mut Account, group_id: String, now: Timestamp) -> String {
    if a.group(ADMINISTRATORS).is_none() {
        a.groups.push(Group {
            name: ADMINISTRATORS.to_string(),
            group_id,
            created: now,
            attached_policies: vec![ADMINISTRATOR_ACCESS.to_string()],
        });
    }
    a.group(ADMINISTRATORS)
        .map(|g| g.name.clone())
        .unwrap_or_else(|| ADMINISTRATORS.to_string())
}

/// Deleting a user in the console needs its name typed back exactly (a pasted
/// name's surrounding spaces aside): IAM names ignore case, the check does not.
pub fn console_may_delete_user(name: &str, typed: &str) -> bool {
    typed.trim() == name
}

/// What the console's sign-in link shows for the account: the alias when set.
pub fn sign_in_url(id: AccountId, alias: Option<&str>) -> String {
    let host = alias.map_or_else(|| id.to_string(), str::to_string);
    format!("https://{host}.signin.aws.amazon.com/console")
}

/// The navigation bar's name for an IAM user's session: `bob @ my-alias`, or
/// `bob @ 1234-5678-9012` without an alias.
pub fn iam_user_label(user: &str, id: AccountId, alias: Option<&str>) -> String {
    let account = alias.map_or_else(|| id.hyphenated(), str::to_string);
    format!("{user} @ {account}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iam::error::IamError;
    use crate::domain::lab::testing::*;
    use crate::domain::lab::Refused;
    use crate::domain::lab::{Identity, Lab, Principal};
    use crate::domain::random::OsRandom;

    fn bob() -> Principal {
        Principal::IamUser { name: "bob".into() }
    }

    fn with_user(admin: bool) -> (Lab, AccountId) {
        let (mut lab, id) = lab_with_account();
        add_user(&mut lab, id, "bob", admin);
        (lab, id)
    }

    #[test]
    fn adding_to_administrators_makes_the_group_once_and_grants_administrator_access() {
        let (mut lab, id) = with_user(false);
        assert!(!lab.is_administrator(&Identity::new(id, bob())));
        lab.add_user_to_administrators(&Identity::root(id), id, "Bob", &mut OsRandom, Timestamp(4))
            .unwrap();
        lab.add_user_to_administrators(&Identity::root(id), id, "bob", &mut OsRandom, Timestamp(5))
            .unwrap();
        let a = lab.account(id).unwrap();
        assert_eq!(a.groups.len(), 1);
        assert_eq!(a.groups[0].attached_policies, [ADMINISTRATOR_ACCESS]);
        assert_eq!(a.user("bob").unwrap().groups, [ADMINISTRATORS]);
        assert!(lab.is_administrator(&Identity::new(id, bob())));
        lab.remove_user_from_group(&Identity::root(id), id, "bob", ADMINISTRATORS)
            .unwrap();
        assert!(!lab.is_administrator(&Identity::new(id, bob())));
        let before = lab.clone();
        assert_eq!(
            lab.add_user_to_administrators(
                &Identity::root(id),
                id,
                "ghost",
                &mut OsRandom,
                Timestamp(6)
            ),
            Err(Refused::Problem(IamError::NoSuchUser("ghost".into())))
        );
        assert_eq!(lab, before);
    }

    #[test]
    fn deleting_a_user_needs_the_exact_name() {
        assert!(console_may_delete_user("Bob", "Bob"));
        assert!(console_may_delete_user("Bob", " Bob\n"));
        assert!(!console_may_delete_user("Bob", "bob"));
        assert!(!console_may_delete_user("Bob", "Bo"));
        assert!(!console_may_delete_user("Bob", ""));
    }

    #[test]
    fn sign_in_link_and_navigation_label_prefer_the_alias() {
        let id = AccountId::parse("123456789012").unwrap();
        assert_eq!(
            sign_in_url(id, None),
            "https://123456789012.signin.aws.amazon.com/console"
        );
        assert_eq!(
            sign_in_url(id, Some("my-lab")),
            "https://my-lab.signin.aws.amazon.com/console"
        );
        assert_eq!(iam_user_label("bob", id, None), "bob @ 1234-5678-9012");
        assert_eq!(iam_user_label("bob", id, Some("my-lab")), "bob @ my-lab");
    }
}
