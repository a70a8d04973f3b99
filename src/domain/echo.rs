//! Text taken from an address (an unknown scenario name, a URL path part) is
//! shown back cut short, so a crafted link cannot fill the page with its words.

/// Long enough for every real name: IAM user names stop at 64 characters too.
pub const ECHO_MAX_CHARS: usize = 64;

/// `text` as it may be shown back: at most [`ECHO_MAX_CHARS`] characters, and an
/// ellipsis when something was cut.
pub fn short_echo(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(ECHO_MAX_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::iam::user::USER_NAME_MAX;

    #[test]
    fn short_text_is_shown_as_it_is() {
        assert_eq!(short_echo(""), "");
        assert_eq!(short_echo("no-such-thing"), "no-such-thing");
        let longest = "a".repeat(ECHO_MAX_CHARS);
        assert_eq!(short_echo(&longest), longest);
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        let echoed = short_echo(&"x".repeat(10_000));
        assert_eq!(echoed, format!("{}…", "x".repeat(ECHO_MAX_CHARS)));
    }

    #[test]
    fn characters_are_counted_not_bytes() {
        let echoed = short_echo(&"ラ".repeat(ECHO_MAX_CHARS + 1));
        assert_eq!(echoed.chars().count(), ECHO_MAX_CHARS + 1);
        assert!(echoed.ends_with("ラ…"));
    }

    #[test]
    fn no_real_user_name_is_cut() {
        let longest = "u".repeat(USER_NAME_MAX);
        assert_eq!(short_echo(&longest), longest);
    }
}
