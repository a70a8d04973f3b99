//! How long a console session lasts, as AWS has it: the root user's one hour from
//! sign-in, an IAM user's twelve. An expired session ends, so a closed tab on a
//! shared training machine never leaves someone signed in for the next person.

use super::{Identity, Lab, Principal, Session};
use crate::domain::time::Timestamp;
use std::time::Duration;

/// AWS limits a root user's console session to one hour.
pub const ROOT_SESSION_LIMIT: Duration = Duration::from_secs(60 * 60);

/// The console's default session duration for an IAM user.
pub const IAM_USER_SESSION_LIMIT: Duration = Duration::from_secs(12 * 60 * 60);

impl Session {
    /// How long this principal's console session may last.
    pub fn limit(&self) -> Duration {
        match self.identity.principal {
            Principal::Root => ROOT_SESSION_LIMIT,
            Principal::IamUser { .. } => IAM_USER_SESSION_LIMIT,
        }
    }

    /// The first instant at which this session is no longer valid.
    pub fn expires_at(&self) -> Timestamp {
        let limit = i64::try_from(self.limit().as_millis()).unwrap_or(i64::MAX);
        Timestamp(self.started.millis().saturating_add(limit))
    }

    pub fn is_expired(&self, now: Timestamp) -> bool {
        now >= self.expires_at()
    }
}

impl Lab {
    /// Who is signed in at `now`: nobody once the session is over, even before
    /// anything has ended it, so no action runs as an expired session.
    pub fn signed_in_at(&self, now: Timestamp) -> Option<&Identity> {
        self.session
            .as_ref()
            .filter(|s| !s.is_expired(now))
            .map(|s| &s.identity)
    }

    /// Ends the session if it is over at `now`; true if it did.
    pub fn end_expired_session(&mut self, now: Timestamp) -> bool {
        let expired = self.session.as_ref().is_some_and(|s| s.is_expired(now));
        if expired {
            self.sign_out();
            self.session_expired = true;
        }
        expired
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lab::testing::*;

    const SECOND: i64 = 1000;
    const HOUR: i64 = 60 * 60 * SECOND;

    fn session(principal: Principal, started: i64) -> Lab {
        let (mut lab, id) = lab_with_account();
        lab.session = Some(Session {
            identity: Identity {
                account: id,
                principal,
            },
            started: Timestamp(started),
        });
        lab
    }

    fn user() -> Principal {
        Principal::IamUser {
            name: "admin".into(),
        }
    }

    #[test]
    fn the_limits_are_awss() {
        assert_eq!(ROOT_SESSION_LIMIT, Duration::from_secs(3600));
        assert_eq!(IAM_USER_SESSION_LIMIT, Duration::from_secs(12 * 3600));
    }

    #[test]
    fn a_root_session_lasts_one_hour_from_sign_in() {
        let started = 5_000;
        let mut lab = session(Principal::Root, started);
        assert_eq!(
            lab.session.as_ref().unwrap().expires_at(),
            Timestamp(started + HOUR)
        );
        assert!(!lab.end_expired_session(Timestamp(started + HOUR - SECOND)));
        assert!(lab.session.is_some());
        assert!(lab.end_expired_session(Timestamp(started + HOUR)));
        assert_eq!(lab.session, None);
        // Nothing left to end.
        assert!(!lab.end_expired_session(Timestamp(started + 2 * HOUR)));
    }

    #[test]
    fn an_iam_users_session_lasts_twelve_hours() {
        let started = 5_000;
        let mut lab = session(user(), started);
        assert!(!lab.end_expired_session(Timestamp(started + HOUR)));
        assert!(!lab.end_expired_session(Timestamp(started + 12 * HOUR - SECOND)));
        assert!(lab.session.is_some());
        assert!(lab.end_expired_session(Timestamp(started + 12 * HOUR)));
        assert_eq!(lab.session, None);
    }

    #[test]
    fn ending_an_expired_session_changes_nothing_else() {
        let mut lab = session(Principal::Root, 0);
        let mut expected = lab.clone();
        expected.session = None;
        expected.session_expired = true;
        lab.end_expired_session(Timestamp(HOUR));
        assert_eq!(lab, expected);
    }

    #[test]
    fn a_session_from_a_clock_set_later_is_not_over() {
        let mut lab = session(Principal::Root, 10 * HOUR);
        assert!(!lab.end_expired_session(Timestamp(0)));
        assert!(lab.session.is_some());
    }

    #[test]
    fn nobody_is_signed_in_once_the_session_is_over() {
        let lab = session(Principal::Root, 0);
        let id = lab.accounts[0].id;
        assert_eq!(
            lab.signed_in_at(Timestamp(HOUR - SECOND)),
            Some(&Identity::root(id))
        );
        assert_eq!(lab.signed_in_at(Timestamp(HOUR)), None);
        // Not ended yet: the stored session is still there until an action ends it.
        assert!(lab.session.is_some());
    }

    #[test]
    fn an_expiry_is_remembered_until_the_next_sign_in_and_a_sign_out_is_not_one() {
        let mut lab = session(Principal::Root, 0);
        assert!(lab.end_expired_session(Timestamp(HOUR)));
        assert!(lab.session_expired);
        lab.sign_in_root(
            EMAIL,
            PASSWORD,
            &QuickKdf,
            &mut crate::domain::random::OsRandom,
            Timestamp(HOUR),
        )
        .unwrap();
        assert!(!lab.session_expired);
        lab.sign_out();
        assert!(!lab.session_expired);
        // Not stored while false: labs saved before it read and write the same.
        assert!(!serde_json::to_string(&lab)
            .unwrap()
            .contains("session_expired"));
    }
}
