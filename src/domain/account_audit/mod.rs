//! What an auditor reads about an account: IAM's account summary, the rows of
//! its credential report and the IAM dashboard's security recommendations.
//! Above `account` (they read a whole account), below the lab that serves them.

pub mod account_summary;
pub mod recommendations;
pub mod report_rows;
