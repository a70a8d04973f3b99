//! The first screen's look at the stored lab: who is signed in, whether the last
//! session expired, and the learner's choices (language, edition, the remembered
//! IAM sign-in page), so the sign-in page can be drawn before the whole lab's
//! reader (caps, migration, every type, the validator) has loaded with the lab
//! engine (`state/lab/engine.rs`).
//!
//! It reads parsed JSON through [`Json`]: in the browser that is `JSON.parse`'s
//! result (`local.rs`), so the first load carries no JSON parser of its own; the
//! tests read `serde_json` values of real stored labs and check that the look
//! agrees with the full read, field for field.
//!
//! Only a hint for that first screen: the engine's full read follows at once and
//! replaces it, and is the only one trusted. A value the full read would refuse
//! may still give a hint here; whatever it shows is corrected by that read.

use super::envelope::{APP, SCHEMA};
use crate::domain::ids::AccountId;
use crate::domain::lab::{Identity, Lab, Session};
use crate::domain::prefs::{Edition, Locale, Prefs};
use crate::domain::principal::Principal;
use crate::domain::time::Timestamp;

/// Parsed JSON, as much of it as the first look reads.
pub trait Json: Sized {
    fn field(&self, name: &str) -> Option<Self>;
    fn text(&self) -> Option<String>;
    fn number(&self) -> Option<f64>;
    fn boolean(&self) -> Option<bool>;
}

/// A lab holding only what the first screen reads; an empty lab when the stored
/// value is not ours, newer than this build or not readable that far.
pub fn first_look(stored: Option<impl Json>) -> Lab {
    let data = stored.filter(|env| {
        env.field("app").and_then(|a| a.text()).as_deref() == Some(APP)
            && env
                .field("schema")
                .and_then(|s| s.number())
                .is_some_and(|s| s >= 1.0 && s <= f64::from(SCHEMA))
    });
    let Some(data) = data.and_then(|env| env.field("data")) else {
        return Lab::default();
    };
    Lab {
        session: data.field("session").and_then(|s| session(&s)),
        session_expired: data
            .field("session_expired")
            .and_then(|e| e.boolean())
            .unwrap_or(false),
        prefs: data.field("prefs").map(|p| prefs(&p)).unwrap_or_default(),
        ..Lab::default()
    }
}

/// As serde stores them: unit variants by name, the session flattened.
fn prefs(p: &impl Json) -> Prefs {
    let text = |name| p.field(name).and_then(|v| v.text());
    Prefs {
        locale: text("locale").and_then(|l| match l.as_str() {
            "En" => Some(Locale::En),
            "Ja" => Some(Locale::Ja),
            _ => None,
        }),
        edition: text("edition").and_then(|e| match e.as_str() {
            "Classic" => Some(Edition::Classic),
            "Current" => Some(Edition::Current),
            _ => None,
        }),
        iam_sign_in_account: text("iam_sign_in_account"),
    }
}

fn session(s: &impl Json) -> Option<Session> {
    let account = AccountId::parse(&s.field("account")?.text()?)?;
    let principal = s.field("principal")?;
    let principal = match principal.text().as_deref() {
        Some("Root") => Principal::Root,
        Some(_) => return None,
        None => Principal::IamUser {
            name: principal.field("IamUser")?.field("name")?.text()?,
        },
    };
    let started = s.field("started")?.number()?;
    Some(Session {
        identity: Identity::new(account, principal),
        started: Timestamp(started as i64),
    })
}

#[cfg(test)]
impl Json for serde_json::Value {
    fn field(&self, name: &str) -> Option<Self> {
        self.get(name).filter(|v| !v.is_null()).cloned()
    }
    fn text(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::prefs::{Edition, Locale};
    use crate::store::envelope::{decode, encode, Decoded};
    use serde_json::Value;

    fn full(raw: &str) -> Lab {
        match decode(Some(raw)) {
            Decoded::Loaded { lab, .. } => *lab,
            other => panic!("not loaded: {other:?}"),
        }
    }

    fn look(raw: &str) -> Lab {
        first_look(serde_json::from_str::<Value>(raw).ok())
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

    fn agrees_with_the_full_read(lab: &Lab) {
        let raw = encode(lab, 7);
        let (look, lab) = (look(&raw), full(&raw));
        assert_eq!(look.session, lab.session);
        assert_eq!(look.session_expired, lab.session_expired);
        assert_eq!(look.prefs, lab.prefs);
        // Nothing else: the rest comes with the full read.
        assert!(look.accounts.is_empty());
    }

    #[test]
    fn sees_what_the_full_read_sees_for_the_first_screen() {
        let lab = signed_in_lab();
        assert!(lab.session.is_some());
        agrees_with_the_full_read(&lab);
    }

    #[test]
    fn sees_an_iam_users_session_and_every_choice_as_stored() {
        let (mut lab, id) = crate::domain::lab::testing::signed_in_lab();
        let user = crate::domain::lab::testing::add_user(&mut lab, id, "Admin-1", true);
        lab.session = Some(Session {
            identity: user,
            started: Timestamp(1_764_000_000_123),
        });
        for (locale, edition) in [
            (None, None),
            (Some(Locale::En), Some(Edition::Classic)),
            (Some(Locale::Ja), Some(Edition::Current)),
        ] {
            lab.prefs.locale = locale;
            lab.prefs.edition = edition;
            agrees_with_the_full_read(&lab);
        }
        agrees_with_the_full_read(&Lab::default());
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
        for text in ["", "{", "[]", "null", "7", &foreign, &newer] {
            assert_eq!(look(text), Lab::default(), "{text:?}");
        }
        assert_eq!(first_look(None::<Value>), Lab::default());
    }

    #[test]
    fn sees_the_choices_of_a_schema_1_lab() {
        let v1 = include_str!("fixtures/v1.json");
        assert_eq!(look(v1).prefs, full(v1).prefs);
        assert_eq!(look(v1).session, full(v1).session);
    }
}
