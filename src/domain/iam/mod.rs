//! IAM inside one account as the lab models it: users, groups, the AWS managed
//! policies it knows, and the account alias. Rules here are pure; the operations
//! that apply them to a lab live in `lab/`.

pub mod alias;
pub mod credential_report;
pub mod credentials_file;
pub mod error;
pub mod generated_password;
pub mod group;
pub mod managed_policy;
pub mod tag;
pub mod user;
