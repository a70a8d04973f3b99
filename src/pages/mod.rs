//! One module per console screen (a file, or a file and a folder of its parts).

pub mod account;
pub mod change_password_required;
pub mod cloudshell;
pub mod cloudtrail;
pub mod console_home;
pub mod console_layout;
pub mod credential_report;
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
