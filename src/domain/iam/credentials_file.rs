//! The `.csv` file Create user's `Download .csv file` saves with a console
//! password: `USERNAME_credentials.csv`, one header line and one user line,
//! CRLF, UTF-8 without BOM, as the key file is.

pub fn credentials_csv(user_name: &str, password: &str, sign_in_url: &str) -> String {
    format!("User name,Password,Console sign-in URL\r\n{user_name},{password},{sign_in_url}\r\n")
}

pub fn credentials_file_name(user_name: &str) -> String {
    format!("{user_name}_credentials.csv")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_bytes_and_name() {
        assert_eq!(
            credentials_csv("bob", "x!Y2[z", "https://123456789012.signin.aws.amazon.com/console").as_bytes(),
            b"User name,Password,Console sign-in URL\r\nbob,x!Y2[z,https://123456789012.signin.aws.amazon.com/console\r\n"
        );
        assert_eq!(credentials_file_name("bob"), "bob_credentials.csv");
    }
}
