//! Instants as milliseconds since the Unix epoch; the caller supplies "now" so the
//! domain stays deterministic under test.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn from_millis(ms: i64) -> Self {
        Timestamp(ms)
    }

    pub fn millis(self) -> i64 {
        self.0
    }

    pub fn seconds(self) -> i64 {
        self.0.div_euclid(1000)
    }

    /// The form the AWS CLI prints: `2026-11-27T10:15:30+00:00`.
    pub fn to_aws_cli(self) -> String {
        let secs = self.seconds();
        let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}+00:00",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        )
    }

    /// The inverse of [`Timestamp::to_aws_cli`], also taking `Z` for `+00:00`:
    /// `YYYY-MM-DDTHH:MM:SS`, UTC only, and only real dates (no 30 February).
    pub fn parse_aws_cli(text: &str) -> Option<Timestamp> {
        let body = text
            .strip_suffix("+00:00")
            .or_else(|| text.strip_suffix('Z'))?;
        let b = body.as_bytes();
        let shape_ok = b.len() == 19
            && b.iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == b'-',
                10 => *c == b'T',
                13 | 16 => *c == b':',
                _ => c.is_ascii_digit(),
            });
        if !shape_ok {
            return None;
        }
        let n = |r: std::ops::Range<usize>| body[r].parse::<i64>().ok();
        let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
        let (hh, mm, ss) = (n(11..13)?, n(14..16)?, n(17..19)?);
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) || hh > 23 || mm > 59 || ss > 59 {
            return None;
        }
        let secs = days_from_civil(y, m, d) * 86_400 + hh * 3600 + mm * 60 + ss;
        let t = Timestamp(secs * 1000);
        // 2026-02-30 would land in March: only real dates format back to themselves.
        (t.to_aws_cli() == format!("{body}+00:00")).then_some(t)
    }
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Howard Hinnant's days-from-civil, the inverse of [`civil_from_days`].
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_the_aws_cli_does() {
        for (ms, text) in [
            (0, "1970-01-01T00:00:00+00:00"),
            (1_795_774_530_000, "2026-11-27T10:15:30+00:00"),
            (951_782_400_000, "2000-02-29T00:00:00+00:00"),
            (1_234_567_890_999, "2009-02-13T23:31:30+00:00"),
            (-1_000, "1969-12-31T23:59:59+00:00"),
        ] {
            assert_eq!(Timestamp(ms).to_aws_cli(), text, "{ms}");
        }
    }

    #[test]
    fn parses_what_it_prints_and_only_real_utc_dates() {
        for (text, ms) in [
            ("1970-01-01T00:00:00+00:00", Some(0)),
            ("1970-01-01T00:00:00Z", Some(0)),
            ("2026-11-27T10:15:30+00:00", Some(1_795_774_530_000)),
            ("2000-02-29T00:00:00+00:00", Some(951_782_400_000)),
            ("1969-12-31T23:59:59+00:00", Some(-1_000)),
            ("2001-02-29T00:00:00+00:00", None),
            ("2026-13-01T00:00:00+00:00", None),
            ("2026-11-27T24:00:00+00:00", None),
            ("2026-11-27T10:15:30", None),
            ("2026-11-27T10:15:30+09:00", None),
            ("2026-11-27 10:15:30+00:00", None),
            ("+026-11-27T10:15:30+00:00", None),
            ("\u{ff12}026-11-27T10:15:30+00:00", None),
            ("", None),
        ] {
            assert_eq!(Timestamp::parse_aws_cli(text), ms.map(Timestamp), "{text}");
        }
        for ms in [0, 1_234_567_890_000, -86_400_000, 253_402_300_799_000] {
            let t = Timestamp(ms);
            assert_eq!(Timestamp::parse_aws_cli(&t.to_aws_cli()), Some(t), "{ms}");
        }
    }
}
