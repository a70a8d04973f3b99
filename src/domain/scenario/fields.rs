//! How each kind of field is read, and the reason a wrong value is refused: the
//! `deserialize_with` functions of the model. As everywhere in the format, `null`
//! reads as absent.
//!
//! Scalars are read as a JSON value first, so each refusal is this module's own
//! sentence rather than serde's "invalid type: ...". Lists and objects are read
//! through serde's visitors instead, so that `serde_path_to_error` follows into
//! their items; their `expecting` text is the reason `parse` reports.

use crate::domain::access_key::AccessKeyStatus;
use crate::domain::ids::{AccessKeyId, AccountId};
use crate::domain::time::Timestamp;
use crate::domain::training::Task;
use serde::de::value::MapAccessDeserializer;
use serde::de::{Error, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

pub(super) const MISSING: &str = "is missing";
const NOT_TEXT: &str = "must be a string \"...\"";
const NOT_FLAG: &str = "must be true or false";
const NOT_LIST: &str = "must be a list [ ... ]";
const NOT_OBJECT: &str = "must be an object { ... }";
const NOT_DATE: &str = "must be a UTC date and time like \"2026-11-20T10:00:00+00:00\"";

/// One value, or the reason it is refused.
fn read<'de, D, T>(d: D, convert: impl FnOnce(Value) -> Result<T, String>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    convert(Value::deserialize(d)?).map_err(D::Error::custom)
}

/// A string, or `None` for null; any other value is refused.
fn some_text(v: Value) -> Result<Option<String>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s)),
        _ => Err(NOT_TEXT.into()),
    }
}

/// A required string.
pub(super) fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    read(d, |v| some_text(v)?.ok_or_else(|| MISSING.into()))
}

pub(super) fn optional_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    read(d, some_text)
}

pub(super) fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    read(d, |v| match v {
        Value::Null => Ok(false),
        Value::Bool(b) => Ok(b),
        _ => Err(NOT_FLAG.into()),
    })
}

fn parse_date(text: String) -> Result<Timestamp, String> {
    Timestamp::parse_aws_cli(&text).ok_or_else(|| NOT_DATE.into())
}

pub(super) fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
    read(d, |v| parse_date(some_text(v)?.ok_or(MISSING)?))
}

pub(super) fn optional_date<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Timestamp>, D::Error> {
    read(d, |v| some_text(v)?.map(parse_date).transpose())
}

/// As people type it: hyphens or spaces between the digit groups are fine.
pub(super) fn account_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<AccountId>, D::Error> {
    read(d, |v| {
        some_text(v)?
            .map(|text| {
                AccountId::parse(&text).ok_or_else(|| {
                    "must be 12 digits, like \"123456789012\" or \"1234-5678-9012\"".into()
                })
            })
            .transpose()
    })
}

/// Only the ID's shape; whose account it encodes is `validate`'s question.
pub(super) fn access_key_id<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<AccessKeyId>, D::Error> {
    read(d, |v| {
        some_text(v)?
            .map(|text| {
                AccessKeyId::parse(&text)
                    .ok_or_else(|| "must be AKIA followed by 16 characters of A-Z 2-7".into())
            })
            .transpose()
    })
}

pub(super) fn status<'de, D: Deserializer<'de>>(d: D) -> Result<AccessKeyStatus, D::Error> {
    read(d, |v| match some_text(v)? {
        None => Ok(AccessKeyStatus::Active),
        Some(text) => {
            AccessKeyStatus::parse(&text).ok_or_else(|| "must be \"Active\" or \"Inactive\"".into())
        }
    })
}

/// `"classic"` or `"current"`, as `?console=` takes it.
pub(super) fn console_edition<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<crate::domain::prefs::Edition>, D::Error> {
    read(d, |v| {
        some_text(v)?
            .map(|text| {
                crate::domain::prefs::Edition::from_tag(&text)
                    .ok_or_else(|| "must be \"classic\" or \"current\"".to_string())
            })
            .transpose()
    })
}

pub(super) fn mfa_kind<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<super::ScenarioMfaKind, D::Error> {
    use super::ScenarioMfaKind::*;
    read(d, |v| {
        match some_text(v)?.ok_or(MISSING)?.as_str() {
        "authenticator-app" => Ok(AuthenticatorApp),
        "hardware-token" => Ok(HardwareToken),
        _ => Err("must be \"authenticator-app\" or \"hardware-token\" (a passkey cannot be described in a file: its private key lives in the learner's authenticator)".into()),
    }
    })
}

/// A task by its name in the panel's order; anything else, strings or not, is
/// refused with the list of names.
struct TaskName(Task);

impl<'de> Deserialize<'de> for TaskName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        read(d, |v| {
            v.as_str()
                .and_then(Task::from_slug)
                .map(TaskName)
                .ok_or_else(|| {
                    let names: Vec<&str> = Task::ALL.iter().map(|t| t.slug()).collect();
                    format!("must be one of the task names: {}", names.join(", "))
                })
        })
    }
}

pub(super) fn tasks<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Task>, D::Error> {
    let names: Vec<TaskName> = d.deserialize_any(ListVisitor(PhantomData))?;
    Ok(names.into_iter().map(|t| t.0).collect())
}

/// A list of objects, each read as `T`.
pub(super) fn objects<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let items: Vec<Object<T>> = d.deserialize_any(ListVisitor(PhantomData))?;
    Ok(items.into_iter().map(|o| o.0).collect())
}

pub(super) fn optional_object<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let object: Option<Object<T>> = Option::deserialize(d)?;
    Ok(object.map(|o| o.0))
}

struct ListVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(NOT_LIST)
    }

    fn visit_unit<E: Error>(self) -> Result<Vec<T>, E> {
        Ok(Vec::new())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(items)
    }
}

/// `T` from a JSON object only: a derived struct would also take a list of its
/// fields' values in order, which no scenario means.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ObjectVisitor(PhantomData))
    }
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = Object<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(NOT_OBJECT)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(Object)
    }
}
