//! The terminal's Up/Down history, as bash walks it: Up goes to older lines and
//! stops at the oldest, Down goes back towards the line being typed.

/// The next position in `len` remembered lines; `None` is the line being typed.
pub fn browse(len: usize, cursor: Option<usize>, older: bool) -> Option<usize> {
    if len == 0 {
        return None;
    }
    match (cursor, older) {
        (None, true) => Some(len - 1),
        (Some(0), true) => Some(0),
        (Some(i), true) => Some(i.min(len) - 1),
        (Some(i), false) if i + 1 < len => Some(i + 1),
        (_, false) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::browse;

    #[test]
    fn up_walks_to_the_oldest_line_and_stays_there() {
        assert_eq!(browse(3, None, true), Some(2));
        assert_eq!(browse(3, Some(2), true), Some(1));
        assert_eq!(browse(3, Some(1), true), Some(0));
        assert_eq!(browse(3, Some(0), true), Some(0));
    }

    #[test]
    fn down_walks_back_to_the_line_being_typed() {
        assert_eq!(browse(3, Some(0), false), Some(1));
        assert_eq!(browse(3, Some(2), false), None);
        assert_eq!(browse(3, None, false), None);
    }

    #[test]
    fn an_empty_history_has_nowhere_to_go() {
        assert_eq!(browse(0, None, true), None);
        assert_eq!(browse(0, Some(4), true), None);
    }
}
