//! From text to a [`Scenario`]: JSON, then the format and version (before
//! anything else, so a newer file is refused as newer whatever fields it has),
//! then serde with `serde_path_to_error`, whose path to the refused value becomes
//! the error's `accounts[0].password`.

use super::fields::{self, MISSING};
use super::{invalid, Scenario, ScenarioAccount, ScenarioError, FORMAT, SUPPORTED_VERSION};
use crate::domain::prefs::Edition;
use crate::domain::size_caps::{check_file_size, check_strings, CapExceeded};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;

/// The top of the file. `format` and `version` were read before, from the raw
/// JSON; they are fields here so that they count as known.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    #[serde(rename = "format")]
    _format: IgnoredAny,
    #[serde(rename = "version")]
    _version: IgnoredAny,
    #[serde(default, deserialize_with = "fields::optional_text")]
    name: Option<String>,
    #[serde(default, deserialize_with = "fields::optional_text")]
    description: Option<String>,
    #[serde(default, deserialize_with = "fields::objects")]
    accounts: Vec<ScenarioAccount>,
    #[serde(default, deserialize_with = "fields::optional_text")]
    remembered_iam_sign_in: Option<String>,
    #[serde(default, deserialize_with = "fields::optional_text")]
    signed_in: Option<String>,
    #[serde(default, deserialize_with = "fields::console_edition")]
    console_edition: Option<Edition>,
}

/// Reads and checks a scenario file: its format and version, its shape, and every
/// rule [`Scenario::build`] applies that needs no randomness.
pub fn parse_scenario(text: &str) -> Result<Scenario, ScenarioError> {
    // The size caps an imported lab file meets, before anything is parsed.
    let capped = |c: CapExceeded| invalid(&c.path, c.reason);
    check_file_size(text).map_err(capped)?;
    let mut value: Value =
        serde_json::from_str(text).map_err(|e| ScenarioError::NotJson(e.to_string()))?;
    let version = format_version(&value)?;
    check_strings(&value).map_err(capped)?;
    if version == 1 {
        take_reserved_names(&mut value)?;
    }
    let file: ScenarioFile = serde_path_to_error::deserialize(value).map_err(refusal)?;
    let scenario = Scenario {
        version,
        name: file.name,
        description: file.description,
        accounts: file.accounts,
        remembered_iam_sign_in: file.remembered_iam_sign_in,
        signed_in: file.signed_in,
        console_edition: file.console_edition,
    };
    scenario.validate()?;
    Ok(scenario)
}

fn format_version(value: &Value) -> Result<u64, ScenarioError> {
    let top = value.as_object().ok_or(ScenarioError::WrongFormat)?;
    if top.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ScenarioError::WrongFormat);
    }
    let version = top
        .get("version")
        .ok_or_else(|| {
            invalid(
                "version",
                format!("is missing (this build reads versions 1 to {SUPPORTED_VERSION})"),
            )
        })?
        .as_u64()
        .filter(|v| *v >= 1)
        .ok_or_else(|| invalid("version", "must be a whole number from 1"))?;
    if version > SUPPORTED_VERSION {
        return Err(ScenarioError::NewerVersion {
            found: version,
            supported: SUPPORTED_VERSION,
        });
    }
    Ok(version)
}

const NEEDS_VERSION_2: &str = "need format version 2: set \"version\": 2 at the top of the file";

/// Version 1 reserved these names for what version 2 added: empty they are
/// accepted (and dropped), with content they need version 2.
fn take_reserved_names(value: &mut Value) -> Result<(), ScenarioError> {
    let Some(Value::Array(accounts)) = value.get_mut("accounts") else {
        return Ok(());
    };
    for (i, account) in accounts.iter_mut().enumerate() {
        let Value::Object(fields) = account else {
            continue;
        };
        for (name, what) in [
            ("mfa", "MFA devices (in mfa_devices)"),
            ("mfa_devices", "MFA devices"),
            ("iam_users", "IAM users"),
        ] {
            let empty = match fields.remove(name) {
                None | Some(Value::Null) => true,
                Some(Value::Array(items)) => items.is_empty(),
                Some(_) => false,
            };
            if !empty {
                let reason = format!("{what} {NEEDS_VERSION_2}");
                return Err(invalid(&format!("accounts[{i}].{name}"), reason));
            }
        }
    }
    Ok(())
}

/// serde's refusal as the format states it: the path of the field (for a missing
/// or unknown one too) and the reason in the format's words.
fn refusal(e: serde_path_to_error::Error<serde_json::Error>) -> ScenarioError {
    let mut path = String::new();
    for segment in e.path().iter() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            other => push_field(&mut path, &other.to_string()),
        }
    }
    let message = e.inner().to_string();
    // serde's own messages name the field in backquotes; the reasons `fields` gives
    // are already the format's words and pass through.
    let reason = if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        push_field(&mut path, field);
        MISSING.to_string()
    } else if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, known) = rest
            .rsplit_once("`, expected ")
            .or_else(|| rest.rsplit_once("`, there are no fields"))
            .unwrap_or((rest, ""));
        // The path names the unknown field already (its key was read); not so a
        // missing one, which is found only at the end of its object.
        let named = matches!(
            e.path().iter().next_back(),
            Some(serde_path_to_error::Segment::Map { key }) if key == field
        );
        if !named {
            push_field(&mut path, field);
        }
        let known: Vec<&str> = known.split('`').skip(1).step_by(2).collect();
        format!("is not a field here (known fields: {})", known.join(", "))
    } else if message.starts_with("invalid type: ") {
        // A list or an object of the wrong type: the reason is what `fields` expected.
        match message.rsplit_once(", expected ") {
            Some((_, expected)) => expected.to_string(),
            None => message,
        }
    } else {
        message
    };
    invalid(&path, reason)
}

fn push_field(path: &mut String, field: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(field);
}
