//! Checking the codes a person types: the two consecutive codes that assign a
//! virtual MFA device, and the one code that completes a sign-in.

use super::totp::{hotp, time_step, DEFAULT_DIGITS};
use crate::domain::secret::constant_time_eq;
use crate::domain::time::Timestamp;

/// Steps either side of now that a code may come from: a phone's clock may be a
/// little off, and a code may turn over while it is being typed.
pub const ACCEPTED_DRIFT_STEPS: u64 = 1;

/// How far (10 minutes either way) a refused enrolment looks for the codes, only to
/// tell a learner *why* they were refused; nothing outside the accepted drift is
/// ever let through.
const DIAGNOSIS_STEPS: u64 = 20;

/// The code as typed, reduced to its digits: spaces anywhere (as some apps show
/// `123 456`) are dropped, and full-width digits from a Japanese IME become ASCII.
/// `None` unless exactly six digits remain.
pub fn normalise_code(typed: &str) -> Option<String> {
    let mut code = String::with_capacity(DEFAULT_DIGITS as usize);
    for c in typed.chars().filter(|c| !c.is_whitespace()) {
        let digit = match c {
            '0'..='9' => c,
            '０'..='９' => char::from(b'0' + (u32::from(c) - u32::from('０')) as u8),
            _ => return None,
        };
        code.push(digit);
    }
    (code.len() == DEFAULT_DIGITS as usize).then_some(code)
}

/// Why "Assign MFA" refused the two codes; each names the learner's likely mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnrolError {
    /// "MFA code 1" (`which: 1`) or "MFA code 2" (`which: 2`) is not six digits.
    NotSixDigits { which: u8 },
    /// The same code in both boxes: the second must be the next one the app shows.
    SameCodeTwice,
    /// Both codes belong to the device but were typed in reverse order.
    WrongOrder,
    /// Code 1 is current, but code 2 is not the one that follows it (a typo, or a
    /// code skipped while waiting).
    NotConsecutive,
    /// Code 1 belongs to this secret but is more than one step old: the codes were
    /// read too long ago, or the phone's clock is behind.
    TooOld,
    /// Code 1 belongs to this secret but a later step: the phone's clock is ahead.
    ClockAhead,
    /// Code 1 is not a recent code of this secret at all: most often another
    /// account's entry was read in the app, or the secret key was mistyped.
    NotRecognised,
}

/// AWS's rule for assigning a virtual MFA device: two consecutive codes, the first
/// from the current step or one either side. Returns the step of code 2, to record
/// as the last used so neither code can sign in afterwards.
pub fn verify_enrolment_codes(
    seed: &[u8],
    code_1: &str,
    code_2: &str,
    now: Timestamp,
) -> Result<u64, EnrolError> {
    let code_1 = normalise_code(code_1).ok_or(EnrolError::NotSixDigits { which: 1 })?;
    let code_2 = normalise_code(code_2).ok_or(EnrolError::NotSixDigits { which: 2 })?;
    let current = time_step(now);
    let matches = |code: &str, step: u64| {
        constant_time_eq(code.as_bytes(), hotp(seed, step, DEFAULT_DIGITS).as_bytes())
    };
    // Every step in the window is tried, so that in the rare case code 1 matches
    // two steps the one that code 2 follows still wins.
    for step in window(current, ACCEPTED_DRIFT_STEPS) {
        if matches(&code_1, step) && step < u64::MAX && matches(&code_2, step + 1) {
            return Ok(step + 1);
        }
    }
    if code_1 == code_2 {
        return Err(EnrolError::SameCodeTwice);
    }
    let steps_of = |code: &str| -> Vec<u64> {
        window(current, DIAGNOSIS_STEPS)
            .filter(|&step| matches(code, step))
            .collect()
    };
    let (steps_1, steps_2) = (steps_of(&code_1), steps_of(&code_2));
    if steps_2
        .iter()
        .any(|s2| s2.checked_add(1).is_some_and(|s| steps_1.contains(&s)))
    {
        return Err(EnrolError::WrongOrder);
    }
    let lowest = current.saturating_sub(ACCEPTED_DRIFT_STEPS);
    let highest = current.saturating_add(ACCEPTED_DRIFT_STEPS);
    if steps_1.iter().any(|s| (lowest..=highest).contains(s)) {
        Err(EnrolError::NotConsecutive)
    } else if steps_1.iter().any(|&s| s < lowest) {
        Err(EnrolError::TooOld)
    } else if !steps_1.is_empty() {
        Err(EnrolError::ClockAhead)
    } else {
        Err(EnrolError::NotRecognised)
    }
}

/// Why a sign-in code was refused. Unlike enrolment, a wrong code says nothing
/// about how it was wrong: that would help someone guessing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInCodeError {
    NotSixDigits,
    /// Right for this device, but its step (or a later one) already signed in:
    /// a code seen over someone's shoulder must not work a second time.
    AlreadyUsed,
    Incorrect,
}

/// Accepts a code from the current step or one either side, and only if that step
/// is later than `last_used_step`. Returns the step to record as last used.
pub fn verify_sign_in_code(
    seed: &[u8],
    code: &str,
    now: Timestamp,
    last_used_step: Option<u64>,
) -> Result<u64, SignInCodeError> {
    let code = normalise_code(code).ok_or(SignInCodeError::NotSixDigits)?;
    let mut used = false;
    for step in window(time_step(now), ACCEPTED_DRIFT_STEPS) {
        if constant_time_eq(code.as_bytes(), hotp(seed, step, DEFAULT_DIGITS).as_bytes()) {
            if last_used_step.is_some_and(|last| step <= last) {
                used = true;
            } else {
                return Ok(step);
            }
        }
    }
    Err(if used {
        SignInCodeError::AlreadyUsed
    } else {
        SignInCodeError::Incorrect
    })
}

fn window(centre: u64, radius: u64) -> impl Iterator<Item = u64> {
    centre.saturating_sub(radius)..=centre.saturating_add(radius)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::mfa::totp::TIME_STEP_SECONDS;

    const SEED: &[u8] = b"12345678901234567890";
    /// Mid-step, so ±1 step is unambiguous.
    const NOW_SECONDS: i64 = 1_111_111_111;

    fn now() -> Timestamp {
        Timestamp::from_millis(NOW_SECONDS * 1000)
    }

    /// The code `offset` steps from now.
    fn code(offset: i64) -> String {
        let step = time_step(now()).checked_add_signed(offset).unwrap();
        hotp(SEED, step, 6)
    }

    fn spaced(code: &str) -> String {
        format!(" {} {} ", &code[..3], &code[3..])
    }

    #[test]
    fn codes_are_six_digits_once_spaces_are_dropped() {
        for (typed, code) in [
            ("123456", Some("123456")),
            (" 123 456 ", Some("123456")),
            ("\t012345\n", Some("012345")),
            ("１２３　４５６", Some("123456")),
            ("12345", None),
            ("1234567", None),
            ("12345a", None),
            ("123-456", None),
            ("", None),
            ("٣٣٣٣٣٣", None),
        ] {
            assert_eq!(normalise_code(typed).as_deref(), code, "{typed:?}");
        }
    }

    #[test]
    fn enrolment_accepts_two_consecutive_codes_starting_within_one_step() {
        let step = time_step(now());
        for start in [-1, 0, 1] {
            assert_eq!(
                verify_enrolment_codes(SEED, &code(start), &code(start + 1), now()),
                Ok(step.checked_add_signed(start + 1).unwrap()),
                "start {start}"
            );
        }
        assert_eq!(
            verify_enrolment_codes(SEED, &spaced(&code(0)), &spaced(&code(1)), now()),
            Ok(step + 1)
        );
    }

    #[test]
    fn enrolment_refusals_name_the_mistake() {
        let c = |o| code(o);
        for (code_1, code_2, error) in [
            ("12345".into(), c(1), EnrolError::NotSixDigits { which: 1 }),
            (c(0), "abcdef".into(), EnrolError::NotSixDigits { which: 2 }),
            ("".into(), "".into(), EnrolError::NotSixDigits { which: 1 }),
            (c(0), c(0), EnrolError::SameCodeTwice),
            (c(1), c(0), EnrolError::WrongOrder),
            (c(0), c(-1), EnrolError::WrongOrder),
            (c(0), c(2), EnrolError::NotConsecutive),
            (c(-1), c(1), EnrolError::NotConsecutive),
            (c(-2), c(-1), EnrolError::TooOld),
            (c(-15), c(-14), EnrolError::TooOld),
            (c(2), c(3), EnrolError::ClockAhead),
            (c(-40), c(-39), EnrolError::NotRecognised),
            ("000000".into(), "000001".into(), EnrolError::NotRecognised),
        ] {
            assert_eq!(
                verify_enrolment_codes(SEED, &code_1, &code_2, now()),
                Err(error),
                "{code_1} {code_2}"
            );
        }
    }

    #[test]
    fn enrolment_near_the_epoch_does_not_overflow() {
        let epoch = Timestamp::from_millis(0);
        let (c0, c1) = (hotp(SEED, 0, 6), hotp(SEED, 1, 6));
        assert_eq!(verify_enrolment_codes(SEED, &c0, &c1, epoch), Ok(1));
        assert_eq!(
            verify_enrolment_codes(SEED, &c1, &c0, epoch),
            Err(EnrolError::WrongOrder)
        );
        let early = Timestamp::from_millis(-5_000_000);
        assert_eq!(verify_enrolment_codes(SEED, &c0, &c1, early), Ok(1));
    }

    #[test]
    fn sign_in_accepts_the_current_step_and_one_either_side() {
        let step = time_step(now());
        for offset in [-1, 0, 1] {
            assert_eq!(
                verify_sign_in_code(SEED, &code(offset), now(), None),
                Ok(step.checked_add_signed(offset).unwrap()),
                "offset {offset}"
            );
        }
        assert_eq!(
            verify_sign_in_code(SEED, &spaced(&code(0)), now(), Some(step - 1)),
            Ok(step)
        );
    }

    #[test]
    fn sign_in_refuses_wrong_stale_and_replayed_codes() {
        let step = time_step(now());
        for (typed, last_used, error) in [
            ("12 34", None, SignInCodeError::NotSixDigits),
            ("one234", None, SignInCodeError::NotSixDigits),
            (&code(-2), None, SignInCodeError::Incorrect),
            (&code(2), None, SignInCodeError::Incorrect),
            (&code(0), Some(step), SignInCodeError::AlreadyUsed),
            (&code(-1), Some(step), SignInCodeError::AlreadyUsed),
            (&code(0), Some(step + 1), SignInCodeError::AlreadyUsed),
        ] {
            assert_eq!(
                verify_sign_in_code(SEED, typed, now(), last_used),
                Err(error),
                "{typed} {last_used:?}"
            );
        }
    }

    #[test]
    fn a_code_signs_in_once_and_the_next_step_then_works() {
        let first = verify_sign_in_code(SEED, &code(0), now(), None).unwrap();
        assert_eq!(
            verify_sign_in_code(SEED, &code(0), now(), Some(first)),
            Err(SignInCodeError::AlreadyUsed)
        );
        let later = Timestamp::from_millis((NOW_SECONDS + TIME_STEP_SECONDS as i64) * 1000);
        assert_eq!(
            verify_sign_in_code(SEED, &code(1), later, Some(first)),
            Ok(first + 1)
        );
    }

    #[test]
    fn the_codes_of_enrolment_cannot_sign_in_afterwards() {
        let last = verify_enrolment_codes(SEED, &code(0), &code(1), now()).unwrap();
        for offset in [0, 1] {
            assert_eq!(
                verify_sign_in_code(SEED, &code(offset), now(), Some(last)),
                Err(SignInCodeError::AlreadyUsed)
            );
        }
    }
}
