//! The AWS managed policies the lab can attach, and what each allows. Only
//! identity-based, allow-only policies exist here, so an action is allowed
//! exactly when one attached policy allows it.

pub const ADMINISTRATOR_ACCESS: &str = "arn:aws:iam::aws:policy/AdministratorAccess";
pub const IAM_USER_CHANGE_PASSWORD: &str = "arn:aws:iam::aws:policy/IAMUserChangePassword";

/// Names under `arn:aws:iam::aws:policy/`.
pub const KNOWN_POLICIES: &[&str] = &[
    "AdministratorAccess",
    "IAMFullAccess",
    "IAMReadOnlyAccess",
    "IAMUserChangePassword",
    "ReadOnlyAccess",
];

pub fn policy_arn(name: &str) -> String {
    format!("arn:aws:iam::aws:policy/{name}")
}

/// The policy name of a known managed policy's ARN.
pub fn known_policy(arn: &str) -> Option<&'static str> {
    let name = arn.strip_prefix("arn:aws:iam::aws:policy/")?;
    KNOWN_POLICIES.iter().copied().find(|n| *n == name)
}

/// Whether the policy allows `action` (`iam:ListUsers`) for a caller acting on
/// itself (`own`) or on someone else.
pub fn allows(arn: &str, action: &str, own: bool) -> bool {
    // Both read-only policies grant `iam:Generate*` (IAMReadOnlyAccess names
    // GenerateCredentialReport and GenerateServiceLastAccessedDetails), so an
    // auditor can produce the credential report it reads.
    let iam_read = || {
        action.strip_prefix("iam:").is_some_and(|a| {
            a.starts_with("Get") || a.starts_with("List") || a.starts_with("Generate")
        })
    };
    match known_policy(arn) {
        Some("AdministratorAccess") => true,
        Some("IAMFullAccess") => action.starts_with("iam:"),
        Some("IAMReadOnlyAccess") | Some("ReadOnlyAccess") => iam_read(),
        Some("IAMUserChangePassword") => {
            action == "iam:GetAccountPasswordPolicy" || (own && action == "iam:ChangePassword")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_policies_by_arn_only() {
        assert_eq!(
            known_policy(ADMINISTRATOR_ACCESS),
            Some("AdministratorAccess")
        );
        assert_eq!(
            known_policy(&policy_arn("ReadOnlyAccess")),
            Some("ReadOnlyAccess")
        );
        for bad in [
            "arn:aws:iam::aws:policy/Nope",
            "AdministratorAccess",
            "arn:aws:iam::aws:policy/administratoraccess",
            "arn:aws:iam::123456789012:policy/AdministratorAccess",
        ] {
            assert_eq!(known_policy(bad), None, "{bad}");
        }
    }

    #[test]
    fn what_each_policy_allows() {
        let p = policy_arn;
        for (policy, action, own, ok) in [
            ("AdministratorAccess", "iam:CreateUser", false, true),
            ("AdministratorAccess", "sts:GetAccessKeyInfo", false, true),
            ("IAMFullAccess", "iam:CreateUser", false, true),
            ("IAMFullAccess", "sts:GetAccessKeyInfo", false, false),
            ("ReadOnlyAccess", "iam:ListUsers", false, true),
            ("ReadOnlyAccess", "iam:GetUser", false, true),
            ("ReadOnlyAccess", "iam:CreateAccessKey", true, false),
            ("IAMReadOnlyAccess", "iam:ListAccessKeys", true, true),
            (
                "IAMReadOnlyAccess",
                "iam:GenerateCredentialReport",
                false,
                true,
            ),
            ("ReadOnlyAccess", "iam:GetCredentialReport", false, true),
            (
                "IAMUserChangePassword",
                "iam:GetAccountSummary",
                false,
                false,
            ),
            ("IAMUserChangePassword", "iam:ChangePassword", true, true),
            ("IAMUserChangePassword", "iam:ChangePassword", false, false),
            ("IAMUserChangePassword", "iam:ListUsers", false, false),
            ("Nope", "iam:ListUsers", false, false),
        ] {
            assert_eq!(
                allows(&p(policy), action, own),
                ok,
                "{policy} {action} {own}"
            );
        }
    }
}
