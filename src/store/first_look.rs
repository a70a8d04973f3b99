//! The first screen's look at the stored lab: who is signed in, whether the last
//! session expired, and the learner's choices (language, edition, the remembered
//! IAM sign-in page). It needs only these few small types' decoders, so the
//! sign-in page can be drawn before the whole lab's reader (caps, migration,
//! every type, the validator) has loaded with the lab engine
//! (`state/lab/engine.rs`).
//!
//! Only a hint for that first screen: the engine's full read follows at once and
//! replaces it, and is the only one trusted. A value the full read would refuse
//! may still give a hint here; whatever it shows is corrected by that read.

use super::envelope::{APP, SCHEMA};
use crate::domain::ids::AccountId;
use crate::domain::lab::{Identity, Lab, Session};
use crate::domain::prefs::Prefs;
use crate::domain::principal::Principal;
use crate::domain::time::Timestamp;
use serde::Deserialize;

#[derive(Deserialize)]
struct Envelope {
    app: String,
    schema: u32,
    data: Seen,
}

/// The fields every schema of ours keeps at the same place.
#[derive(Deserialize)]
struct Seen {
    #[serde(default)]
    session: Option<StoredSession>,
    #[serde(default)]
    session_expired: bool,
    #[serde(default)]
    prefs: Prefs,
}

/// `Session` as stored, read without `#[serde(flatten)]`, whose buffering
/// decoder would weigh more than the rest of this file.
#[derive(Deserialize)]
struct StoredSession {
    account: AccountId,
    principal: Principal,
    started: Timestamp,
}

/// A lab holding only what the first screen reads; an empty lab when the stored
/// text is absent, not ours, newer than this build or not readable that far.
pub fn first_look(raw: Option<&str>) -> Lab {
    let seen = raw
        .and_then(|raw| serde_json::from_str::<Envelope>(raw).ok())
        .filter(|env| env.app == APP && env.schema <= SCHEMA);
    match seen {
        Some(Envelope { data, .. }) => Lab {
            session: data.session.map(|s| Session {
                identity: Identity::new(s.account, s.principal),
                started: s.started,
            }),
            session_expired: data.session_expired,
            prefs: data.prefs,
            ..Lab::default()
        },
        None => Lab::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::prefs::{Edition, Locale};
    use crate::store::envelope::{decode, encode, Decoded};

    fn full(raw: &str) -> Lab {
        match decode(Some(raw)) {
            Decoded::Loaded { lab, .. } => *lab,
            other => panic!("not loaded: {other:?}"),
        }
    }

    fn signed_in_lab() -> Lab {
        let (mut lab, _) = crate::domain::lab::testing::signed_in_lab();
        lab.prefs = Prefs {
            locale: Some(Locale::Ja),
            edition: Some(Edition::Current),
            iam_sign_in_account: Some("123456789012".into()),
        };
        lab.session_expired = true;
        lab
    }

    #[test]
    fn sees_what_the_full_read_sees_for_the_first_screen() {
        let raw = encode(&signed_in_lab(), 7);
        let (look, lab) = (first_look(Some(&raw)), full(&raw));
        assert!(lab.session.is_some());
        assert_eq!(look.session, lab.session);
        assert_eq!(look.session_expired, lab.session_expired);
        assert_eq!(look.prefs, lab.prefs);
        // Nothing else: the rest comes with the full read.
        assert!(look.accounts.is_empty());
    }

    #[test]
    fn sees_nothing_in_text_that_is_not_a_lab_of_ours_or_is_newer() {
        let raw = encode(&signed_in_lab(), 1);
        let foreign = raw.replacen(APP, "another-app", 1);
        let newer = raw.replacen(
            &format!("\"schema\":{SCHEMA}"),
            &format!("\"schema\":{}", SCHEMA + 1),
            1,
        );
        assert_ne!(newer, raw);
        for text in [
            None,
            Some(""),
            Some("{"),
            Some("[]"),
            Some(&foreign),
            Some(&newer),
        ] {
            assert_eq!(first_look(text), Lab::default(), "{text:?}");
        }
    }

    #[test]
    fn sees_the_choices_of_a_schema_1_lab() {
        let v1 = include_str!("fixtures/v1.json");
        assert_eq!(first_look(Some(v1)).prefs, full(v1).prefs);
        assert_eq!(first_look(Some(v1)).session, full(v1).session);
    }
}
