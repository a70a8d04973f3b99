//! localStorage access. Every change is a compare-and-set against the text this
//! tab last read (`super::cas`), made inside the lock all tabs share, so a change
//! made in another tab is built upon, not overwritten. A value we cannot read is
//! never written over: it is copied aside and only the learner's choice removes it.

use super::cas::Seen;
use super::envelope::{decode, encode, Decoded, APP};
use crate::domain::lab::Lab;

/// Where an unreadable value is copied before anything else happens.
pub const QUARANTINE: &str = "rootkey-lab:unreadable";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageHealth {
    Ok,
    /// The stored value is not ours or not parseable; we never write over it.
    Unreadable,
    /// A newer build wrote it: read-only here.
    Newer,
    /// No storage at all (blocked, or throwing on access): memory only.
    Unavailable,
    /// The last write was refused (quota full): kept in memory, retried next change.
    WriteFailed,
}

impl StorageHealth {
    pub fn may_write(self) -> bool {
        matches!(self, StorageHealth::Ok | StorageHealth::WriteFailed)
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored text as it is now, for a compare-and-set; `None` when storage
/// cannot be read at all.
pub fn raw() -> Option<Option<String>> {
    storage()?.get_item(APP).ok()
}

/// The first screen's look at the stored lab (`super::first_look`), parsed by
/// the browser's `JSON.parse`: no storage, no value or no JSON is an empty lab.
pub fn first_look() -> crate::domain::lab::Lab {
    let parsed = raw()
        .flatten()
        .and_then(|text| js_sys::JSON::parse(&text).ok());
    super::first_look::first_look(parsed.map(Parsed))
}

struct Parsed(wasm_bindgen::JsValue);

impl super::first_look::Json for Parsed {
    fn field(&self, name: &str) -> Option<Self> {
        if !self.0.is_object() {
            return None;
        }
        js_sys::Reflect::get(&self.0, &name.into())
            .ok()
            .filter(|v| !v.is_null() && !v.is_undefined())
            .map(Parsed)
    }
    fn text(&self) -> Option<String> {
        self.0.as_string()
    }
    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }
}

/// The stored lab, how far storage can be trusted, and the text's fingerprint.
pub fn read() -> (Decoded, StorageHealth, Seen) {
    let Some(s) = storage() else {
        return (Decoded::Empty, StorageHealth::Unavailable, Seen::of(None));
    };
    let Ok(raw) = s.get_item(APP) else {
        return (Decoded::Empty, StorageHealth::Unavailable, Seen::of(None));
    };
    let seen = Seen::of(raw.as_deref());
    let decoded = decode(raw.as_deref());
    let health = match decoded {
        Decoded::Unreadable => {
            if let Some(raw) = &raw {
                quarantine(&s, raw);
            }
            StorageHealth::Unreadable
        }
        Decoded::Newer { .. } => StorageHealth::Newer,
        _ => StorageHealth::Ok,
    };
    (decoded, health, seen)
}

fn quarantine(s: &web_sys::Storage, raw: &str) {
    if s.get_item(QUARANTINE).ok().flatten().as_deref() != Some(raw) {
        // If even the copy cannot be made, the original is still untouched.
        let _ = s.set_item(QUARANTINE, raw);
    }
}

/// The unreadable value, for the learner to download.
pub fn unreadable_value() -> Option<String> {
    let s = storage()?;
    s.get_item(QUARANTINE)
        .ok()
        .flatten()
        .or_else(|| s.get_item(APP).ok().flatten())
}

/// The learner chose "Start fresh": the unreadable value leaves our key (its
/// quarantined copy stays downloadable) and the lab in memory is stored instead.
pub fn start_fresh(lab: &Lab) -> Result<Seen, WriteRefused> {
    let s = storage().ok_or(WriteRefused)?;
    s.remove_item(APP).map_err(|_| WriteRefused)?;
    write(&encode(lab, 1))
}

/// The browser refused the write (storage blocked, or its quota is full).
#[derive(Debug)]
pub struct WriteRefused;

/// Stores an encoded envelope (see `super::cas::turn`); returns its fingerprint.
pub fn write(text: &str) -> Result<Seen, WriteRefused> {
    let s = storage().ok_or(WriteRefused)?;
    s.set_item(APP, text).map_err(|_| WriteRefused)?;
    Ok(Seen::of(Some(text)))
}

/// Removes this app's keys only; other sites' and apps' storage is untouched.
pub fn reset() -> Result<(), WriteRefused> {
    let s = storage().ok_or(WriteRefused)?;
    for key in [APP, QUARANTINE] {
        s.remove_item(key).map_err(|_| WriteRefused)?;
    }
    Ok(())
}

pub fn is_our_key(key: Option<String>) -> bool {
    key.as_deref() == Some(APP)
}
