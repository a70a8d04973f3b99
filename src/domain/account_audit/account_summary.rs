//! `iam get-account-summary`: the account's IAM usage and IAM's quotas, every
//! key of the `SummaryMap` AWS returns today, in the order AWS returns them.
//!
//! Keys and order: a real account's `aws iam get-account-summary` printed by
//! aws-cli 2 (a public evidence transcript of 2026-08-27, the first with
//! `AccountPasswordPresent` and `AttachedPoliciesPerRoleQuota` 20), the same
//! order as moto's `test_get_account_summary` recorded from AWS; every key is
//! in botocore's `summaryKeyType` (iam 2010-05-08 `service-2.json`). Quotas are
//! those defaults. Counts: the lab has no roles, instance profiles, identity
//! providers, customer managed policies, server or signing certificates.

use crate::domain::account::Account;

/// One `SummaryMap` entry: AWS's key and its value.
pub type SummaryEntry = (&'static str, u64);

/// The account's `SummaryMap`, in AWS's order.
pub fn account_summary(a: &Account) -> Vec<SummaryEntry> {
    let count = |n: usize| n as u64;
    let flag = |b: bool| u64::from(b);
    let devices =
        a.root.mfa.devices.len() + a.users.iter().map(|u| u.mfa.devices.len()).sum::<usize>();
    // Each managed policy attached to a user or a group uses its default version.
    let versions_in_use = a
        .users
        .iter()
        .map(|u| u.attached_policies.len())
        .sum::<usize>()
        + a.groups
            .iter()
            .map(|g| g.attached_policies.len())
            .sum::<usize>();
    vec![
        ("GroupPolicySizeQuota", 5120),
        ("InstanceProfilesQuota", 1000),
        ("Policies", 0),
        ("GroupsPerUserQuota", 10),
        ("InstanceProfiles", 0),
        ("AttachedPoliciesPerUserQuota", 10),
        ("Users", count(a.users.len())),
        ("PoliciesQuota", 1500),
        ("Providers", 0),
        ("AccountMFAEnabled", flag(!a.root.mfa.devices.is_empty())),
        ("AccessKeysPerUserQuota", 2),
        ("AssumeRolePolicySizeQuota", 2048),
        ("PolicyVersionsInUseQuota", 10000),
        ("GlobalEndpointTokenVersion", 1),
        ("VersionsPerPolicyQuota", 5),
        ("AttachedPoliciesPerGroupQuota", 10),
        ("PolicySizeQuota", 6144),
        ("Groups", count(a.groups.len())),
        ("AccountSigningCertificatesPresent", 0),
        ("UsersQuota", 5000),
        ("ServerCertificatesQuota", 20),
        // Every device in the lab is assigned to someone, the root user included.
        ("MFADevices", count(devices)),
        ("UserPolicySizeQuota", 2048),
        ("PolicyVersionsInUse", count(versions_in_use)),
        ("ServerCertificates", 0),
        ("Roles", 0),
        ("RolesQuota", 1000),
        ("SigningCertificatesPerUserQuota", 2),
        ("MFADevicesInUse", count(devices)),
        ("RolePolicySizeQuota", 10240),
        ("AttachedPoliciesPerRoleQuota", 20),
        // Any root key counts, active or inactive.
        (
            "AccountAccessKeysPresent",
            flag(!a.root.access_keys.is_empty()),
        ),
        // The lab's root user always has a password.
        ("AccountPasswordPresent", 1),
        ("GroupsQuota", 300),
    ]
}

/// One value of the summary by its key (0 for a key AWS does not return).
pub fn summary_value(summary: &[SummaryEntry], key: &str) -> u64 {
    summary
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(0, |(_, v)| *v)
}

/// The IAM dashboard's "IAM resources" counts, in the console's order:
/// User groups, Users, Roles, Policies (customer managed), Identity providers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IamResources {
    pub user_groups: u64,
    pub users: u64,
    pub roles: u64,
    pub policies: u64,
    pub identity_providers: u64,
}

/// The dashboard reads the same summary the API returns.
pub fn iam_resources(summary: &[SummaryEntry]) -> IamResources {
    let v = |k| summary_value(summary, k);
    IamResources {
        user_groups: v("Groups"),
        users: v("Users"),
        roles: v("Roles"),
        policies: v("Policies"),
        identity_providers: v("Providers"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_one_of_botocores_summary_keys_and_none_repeats() {
        // botocore data/iam/2010-05-08/service-2.json, shape summaryKeyType.
        const MODEL: [&str; 34] = [
            "Users",
            "UsersQuota",
            "Groups",
            "GroupsQuota",
            "ServerCertificates",
            "ServerCertificatesQuota",
            "UserPolicySizeQuota",
            "GroupPolicySizeQuota",
            "GroupsPerUserQuota",
            "SigningCertificatesPerUserQuota",
            "AccessKeysPerUserQuota",
            "MFADevices",
            "MFADevicesInUse",
            "AccountMFAEnabled",
            "AccountAccessKeysPresent",
            "AccountPasswordPresent",
            "AccountSigningCertificatesPresent",
            "AttachedPoliciesPerGroupQuota",
            "AttachedPoliciesPerRoleQuota",
            "AttachedPoliciesPerUserQuota",
            "Policies",
            "PoliciesQuota",
            "PolicySizeQuota",
            "PolicyVersionsInUse",
            "PolicyVersionsInUseQuota",
            "VersionsPerPolicyQuota",
            "GlobalEndpointTokenVersion",
            "AssumeRolePolicySizeQuota",
            "InstanceProfiles",
            "InstanceProfilesQuota",
            "Providers",
            "RolePolicySizeQuota",
            "Roles",
            "RolesQuota",
        ];
        let (lab, id) = crate::domain::lab::testing::lab_with_account();
        let summary = account_summary(lab.account(id).unwrap());
        let mut keys: Vec<&str> = summary.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys.len(), MODEL.len());
        keys.sort_unstable();
        let mut model = MODEL.to_vec();
        model.sort_unstable();
        assert_eq!(keys, model);
    }
}
