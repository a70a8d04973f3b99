//! The storage decoder's and the import readers' side of `make fuzz` and the fuzz
//! tests: real stored labs of every schema (the v1 fixture written by the
//! schema-1 build; v2 labs built by the domain from the built-in scenarios, with
//! users, groups, MFA devices and an alias; labs the terminal sessions evolved)
//! mutated as JSON values and as bytes, so most inputs reach the migrations, the
//! typed lab and the validator rather than dying in the JSON parser. Not used by
//! the app.

use super::envelope::{decode, encode, import, Decoded, ImportError};
use super::migrate::SCHEMA;
use crate::domain::fuzzing::{mutate_bytes, mutate_json, FastKdf, FuzzRng};
use crate::domain::scenario::{builtin, parse_scenario, ScenarioError, BUILTIN_NAMES};
use crate::domain::time::Timestamp;
use serde_json::Value;

/// A lab as the schema-1 build stored it (see `fixtures/README.md`).
pub const V1: &str = include_str!("fixtures/v1.json");

/// Every decoder outcome `make fuzz` must reach.
pub const DECODER_OUTCOMES: [&str; 4] = ["loaded", "migrated", "newer", "unreadable"];

/// The v1 fixture and each built-in scenario's lab, stored as the app stores it.
pub fn corpus(rng: &mut FuzzRng) -> Vec<String> {
    let mut labs = vec![V1.to_string()];
    for name in BUILTIN_NAMES {
        let Ok(text) = builtin(name) else { continue };
        if let Ok(lab) = parse_scenario(text).and_then(|s| s.build(&FastKdf, rng, Timestamp(0))) {
            labs.push(encode(&lab, 1 + rng.index(50) as u64));
        }
    }
    labs
}

/// A stored text edited: mostly as a JSON value (a field replaced, removed or
/// repeated; the schema moved), sometimes byte by byte.
pub fn mutate_stored(base: &str, rng: &mut FuzzRng) -> String {
    if rng.chance(30) {
        return mutate_bytes(base, rng);
    }
    let Ok(value) = serde_json::from_str::<Value>(base) else {
        return mutate_bytes(base, rng);
    };
    let mut value = if rng.chance(20) {
        value
    } else {
        mutate_json(&value, rng)
    };
    if rng.chance(8) && value.is_object() {
        value["schema"] = Value::from(*rng.pick(&[0u64, 1, 2, 3, 9, u64::from(u32::MAX) + 1]));
    }
    value.to_string()
}

/// What the decoder made of `input`; `Err` names a broken promise: a lab
/// loaded that its validator refuses, or one that does not survive a write
/// and a read back.
pub fn decoder_outcome(input: &str) -> Result<&'static str, String> {
    Ok(match decode(Some(input)) {
        Decoded::Empty => "empty",
        Decoded::Unreadable => "unreadable",
        Decoded::Newer { schema } => {
            if schema <= SCHEMA {
                return Err(format!("schema {schema} called newer"));
            }
            "newer"
        }
        Decoded::Loaded { lab, rev } => {
            lab.check_integrity()
                .map_err(|p| format!("a loaded lab fails its validator: {p:?}"))?;
            match decode(Some(&encode(&lab, rev))) {
                Decoded::Loaded { lab: again, .. } if again == lab => {}
                _ => return Err("a loaded lab does not read back as itself".into()),
            }
            let schema = serde_json::from_str::<Value>(input)
                .ok()
                .and_then(|v| v.get("schema")?.as_u64());
            if schema.is_some_and(|s| s < u64::from(SCHEMA)) {
                "migrated"
            } else {
                "loaded"
            }
        }
    })
}

/// The Lab data page's `Import lab file`: imported, or refused with which reason.
pub fn lab_file_outcome(input: &str) -> Result<&'static str, String> {
    Ok(match import(input) {
        Ok(lab) => {
            if lab.session.is_some() {
                return Err("an imported lab keeps a session".into());
            }
            lab.check_integrity()
                .map_err(|p| format!("an imported lab fails its validator: {p:?}"))?;
            "imported"
        }
        Err(ImportError::NotALabFile) => "refused: not a lab file",
        Err(ImportError::Newer { .. }) => "refused: newer",
        Err(ImportError::Invalid(_)) => "refused: invalid",
    })
}

/// The Lab data page's `Load scenario file`: parsed, checked by the console's
/// rules, built through the lab's operations; refused at which stage.
pub fn scenario_outcome(input: &str, rng: &mut FuzzRng) -> Result<&'static str, String> {
    let scenario = match parse_scenario(input) {
        Ok(s) => s,
        Err(ScenarioError::NotJson(_)) => return Ok("refused: not JSON"),
        Err(ScenarioError::WrongFormat | ScenarioError::UnknownName(_)) => {
            return Ok("refused: not a scenario")
        }
        Err(ScenarioError::NewerVersion { .. }) => return Ok("refused: newer"),
        Err(ScenarioError::Invalid { .. }) => return Ok("refused: breaks a rule"),
    };
    match scenario.build(&FastKdf, rng, Timestamp(0)) {
        Ok(lab) => {
            lab.check_integrity()
                .map_err(|p| format!("a built scenario fails the validator: {p:?}"))?;
            Ok("built")
        }
        Err(_) => Ok("refused: by the build"),
    }
}

/// A built-in scenario file edited as JSON or as bytes.
pub fn mutate_scenario(rng: &mut FuzzRng) -> String {
    let text = builtin(rng.pick::<&str>(&BUILTIN_NAMES)).unwrap_or_default();
    match serde_json::from_str::<Value>(text) {
        Ok(v) if rng.chance(70) => mutate_json(&v, rng).to_string(),
        _ => mutate_bytes(text, rng),
    }
}
