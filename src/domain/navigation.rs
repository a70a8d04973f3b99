//! Where a sign-in leads: the console page that was asked for (`?next=`), never a
//! page outside the console, so a crafted link cannot send a learner elsewhere.

/// The route to open once a sign-in completes.
pub fn after_sign_in(next: Option<String>) -> String {
    next.filter(|n| n.starts_with("/console") && !n.contains("//"))
        .unwrap_or_else(|| "/console".to_string())
}

#[cfg(test)]
mod tests {
    use super::after_sign_in;

    #[test]
    fn console_pages_asked_for_are_kept() {
        for next in [
            "/console",
            "/console/security-credentials",
            "/console/iam/users/bob",
            "/console/cloudshell?x=1",
        ] {
            assert_eq!(after_sign_in(Some(next.into())), next);
        }
        assert_eq!(after_sign_in(None), "/console");
    }

    #[test]
    fn anything_outside_the_console_falls_back_to_console_home() {
        for next in [
            "https://evil.example/console",
            "//evil.example/console",
            "/console//evil.example",
            "/signin",
            "/lab-data",
            "javascript:alert(1)",
            "",
            "console",
        ] {
            assert_eq!(after_sign_in(Some(next.into())), "/console", "{next}");
        }
    }
}
