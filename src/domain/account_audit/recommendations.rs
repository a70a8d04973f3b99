//! The IAM dashboard's "Security recommendations" for the root user, as the
//! current console shows them: add MFA for the root user until it has a device
//! ("Root user has MFA" once done), and deactivate or delete its access keys
//! while one is active ("Root user has no active access keys" once done: the
//! console reads the credential report's `access_key_N_active`, so a
//! deactivated key no longer counts, unlike `AccountAccessKeysPresent`).

use crate::domain::access_key::AccessKeyStatus;
use crate::domain::account::Account;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recommendation {
    AddRootMfa,
    DeactivateRootAccessKeys,
}

/// One recommendation and whether the account already follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecommendationState {
    pub recommendation: Recommendation,
    pub done: bool,
}

/// In the console's order: MFA first, then access keys.
pub fn security_recommendations(a: &Account) -> [RecommendationState; 2] {
    let active_key = a
        .root
        .access_keys
        .iter()
        .any(|k| k.status == AccessKeyStatus::Active);
    [
        RecommendationState {
            recommendation: Recommendation::AddRootMfa,
            done: !a.root.mfa.devices.is_empty(),
        },
        RecommendationState {
            recommendation: Recommendation::DeactivateRootAccessKeys,
            done: !active_key,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lab::testing::*;
    use crate::domain::lab::Identity;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;

    fn done(lab: &crate::domain::lab::Lab, id: crate::domain::ids::AccountId) -> [bool; 2] {
        security_recommendations(lab.account(id).unwrap()).map(|r| r.done)
    }

    #[test]
    fn each_is_done_once_the_root_user_follows_it() {
        let (mut lab, id) = signed_in_lab();
        let root = Identity::root(id);
        assert_eq!(done(&lab, id), [false, true]);
        let k = lab
            .create_access_key(&root, &root, &mut OsRandom, Timestamp(5))
            .unwrap();
        assert_eq!(done(&lab, id), [false, false]);
        lab.set_access_key_status(&root, &root, k.id.as_str(), AccessKeyStatus::Inactive)
            .unwrap();
        assert_eq!(done(&lab, id), [false, true]);
        lab.delete_access_key(&root, &root, k.id.as_str()).unwrap();
        assert_eq!(done(&lab, id), [false, true]);
        let key = lab
            .seal_key(&root, PASSWORD, &QuickKdf, &mut OsRandom)
            .unwrap();
        let device = crate::domain::lab::KnownSeedDevice {
            name: "phone",
            hardware_serial: None,
            seed: &[9; 20],
        };
        lab.assign_known_seed(&root, device, &key, &mut OsRandom, Timestamp(6))
            .unwrap();
        assert_eq!(done(&lab, id), [true, true]);
        let order = security_recommendations(lab.account(id).unwrap()).map(|r| r.recommendation);
        assert_eq!(
            order,
            [
                Recommendation::AddRootMfa,
                Recommendation::DeactivateRootAccessKeys
            ]
        );
    }
}
