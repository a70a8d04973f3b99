pub mod account;
pub mod cloudshell;
pub mod console_home;
pub mod console_layout;
pub mod iam;
pub mod lab_data;
pub mod mfa_sign_in;
pub mod not_found;
pub mod root_tasks;
pub mod security_credentials;
pub mod sign_in;
pub mod sign_in_iam;
pub mod sign_up;
pub mod start;

/// Where to go after signing in: the console page that was asked for, never a
/// page outside the console (so a crafted link cannot send a learner elsewhere).
pub fn after_sign_in(next: Option<String>) -> String {
    next.filter(|n| n.starts_with("/console") && !n.contains("//"))
        .unwrap_or_else(|| "/console".to_string())
}
