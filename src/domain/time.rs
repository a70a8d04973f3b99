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
}
