//! localStorage access. Reads are re-done before every change so that a change
//! made in another tab is built upon, not overwritten. A value we cannot read is
//! never written over: it is copied aside and only the learner's choice removes it.

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

pub fn read() -> (Decoded, StorageHealth) {
    let Some(s) = storage() else {
        return (Decoded::Empty, StorageHealth::Unavailable);
    };
    let Ok(raw) = s.get_item(APP) else {
        return (Decoded::Empty, StorageHealth::Unavailable);
    };
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
    (decoded, health)
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
pub fn start_fresh(lab: &Lab) -> Result<(), WriteRefused> {
    let s = storage().ok_or(WriteRefused)?;
    s.remove_item(APP).map_err(|_| WriteRefused)?;
    write(lab, 1)
}

/// The browser refused the write (storage blocked, or its quota is full).
#[derive(Debug)]
pub struct WriteRefused;

pub fn write(lab: &Lab, rev: u64) -> Result<(), WriteRefused> {
    let s = storage().ok_or(WriteRefused)?;
    s.set_item(APP, &encode(lab, rev)).map_err(|_| WriteRefused)
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
