//! The key file the console downloads: the same two-line CSV for the root user
//! (`rootkey.csv`) and IAM users (`USERNAME_accessKeys.csv`).

pub fn key_file_csv(access_key_id: &str, secret_access_key: &str) -> String {
    format!("Access key ID,Secret access key\r\n{access_key_id},{secret_access_key}\r\n")
}

/// `None` names the root user's file.
pub fn key_file_name(iam_user: Option<&str>) -> String {
    match iam_user {
        None => "rootkey.csv".to_string(),
        Some(user) => format!("{user}_accessKeys.csv"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_bytes_crlf_and_no_bom() {
        let csv = key_file_csv(
            "AKIARZPUZDIKGB2VALC4",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        );
        assert_eq!(
            csv.as_bytes(),
            b"Access key ID,Secret access key\r\nAKIARZPUZDIKGB2VALC4,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\r\n"
        );
        assert!(!csv.starts_with('\u{feff}'));
    }

    #[test]
    fn file_names() {
        assert_eq!(key_file_name(None), "rootkey.csv");
        assert_eq!(key_file_name(Some("admin")), "admin_accessKeys.csv");
    }
}
