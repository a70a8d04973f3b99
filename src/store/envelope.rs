//! The stored form of the lab: `{ app, schema, rev, data }` under one key, so a
//! foreign value, an older or a newer schema can each be told apart from ours.

use crate::domain::lab::Lab;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const APP: &str = "rootkey-lab";
pub const SCHEMA: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    app: String,
    schema: u32,
    rev: u64,
    data: T,
}

#[derive(Debug, PartialEq)]
pub enum Decoded {
    Empty,
    Loaded {
        lab: Box<Lab>,
        rev: u64,
    },
    /// Not ours or not parseable: kept as it is, never overwritten.
    Unreadable,
    /// Written by a newer build: readable by it only.
    Newer {
        schema: u32,
    },
}

pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    let Ok(value) = serde_json::from_str::<Value>(raw) else {
        return Decoded::Unreadable;
    };
    let Ok(env) = serde_json::from_value::<Envelope<Value>>(value) else {
        return Decoded::Unreadable;
    };
    if env.app != APP {
        return Decoded::Unreadable;
    }
    if env.schema > SCHEMA {
        return Decoded::Newer { schema: env.schema };
    }
    match serde_json::from_value::<Lab>(env.data) {
        Ok(lab) => Decoded::Loaded {
            lab: Box::new(lab),
            rev: env.rev,
        },
        Err(_) => Decoded::Unreadable,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON, or JSON that is not a rootkey-lab export.
    NotALabFile,
    /// Exported by a newer version of the app.
    Newer { schema: u32 },
}

/// Reads an exported lab file. The session is not imported: whoever imports a
/// lab signs in to it, as they would in a new browser.
pub fn import(text: &str) -> Result<Lab, ImportError> {
    match decode(Some(text)) {
        Decoded::Loaded { lab, .. } => Ok(Lab {
            session: None,
            ..*lab
        }),
        Decoded::Newer { schema } => Err(ImportError::Newer { schema }),
        Decoded::Empty | Decoded::Unreadable => Err(ImportError::NotALabFile),
    }
}

pub fn encode(lab: &Lab, rev: u64) -> String {
    serde_json::to_string(&Envelope {
        app: APP.to_string(),
        schema: SCHEMA,
        rev,
        data: lab,
    })
    .expect("the lab always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;

    fn sample() -> Lab {
        let (mut lab, id) = crate::domain::lab::testing::lab_with_account();
        lab.create_root_access_key(id, &mut OsRandom, Timestamp(2))
            .unwrap();
        lab
    }

    #[test]
    fn round_trips_with_its_revision() {
        let lab = sample();
        assert_eq!(
            decode(Some(&encode(&lab, 7))),
            Decoded::Loaded {
                lab: Box::new(lab),
                rev: 7
            }
        );
    }

    #[test]
    fn tells_every_kind_of_stored_value_apart() {
        assert_eq!(decode(None), Decoded::Empty);
        for raw in [
            "",
            "{\"app\":\"rootkey-lab\",\"sche",
            "[1,2,3]",
            "{\"app\":\"other-app\",\"schema\":1,\"rev\":1,\"data\":{}}",
            "{\"todos\":[]}",
            "{\"app\":\"rootkey-lab\",\"schema\":1,\"rev\":1,\"data\":{\"accounts\":5}}",
        ] {
            assert_eq!(decode(Some(raw)), Decoded::Unreadable, "{raw}");
        }
        assert_eq!(
            decode(Some(
                "{\"app\":\"rootkey-lab\",\"schema\":9,\"rev\":1,\"data\":{}}"
            )),
            Decoded::Newer { schema: 9 }
        );
    }

    #[test]
    fn an_export_imports_without_its_session() {
        let mut lab = sample();
        lab.sign_in_root(
            "learner@example.com",
            "Secret-Pass1",
            &crate::domain::password::testing::QuickKdf,
            &mut OsRandom,
            Timestamp(3),
        )
        .unwrap();
        let imported = import(&encode(&lab, 4)).unwrap();
        assert_eq!(imported.session, None);
        assert_eq!(imported.accounts, lab.accounts);
    }

    #[test]
    fn bad_import_files_are_refused_with_their_reason() {
        for text in [
            "",
            "not json",
            "{\"todos\":[]}",
            "{\"app\":\"rootkey-lab\",\"schema\":1}",
        ] {
            assert_eq!(import(text), Err(ImportError::NotALabFile), "{text}");
        }
        assert_eq!(
            import("{\"app\":\"rootkey-lab\",\"schema\":3,\"rev\":1,\"data\":{}}"),
            Err(ImportError::Newer { schema: 3 })
        );
    }

    #[test]
    fn an_empty_lab_decodes_from_an_empty_object() {
        let raw = "{\"app\":\"rootkey-lab\",\"schema\":1,\"rev\":3,\"data\":{}}";
        assert_eq!(
            decode(Some(raw)),
            Decoded::Loaded {
                lab: Box::default(),
                rev: 3
            }
        );
    }
}
