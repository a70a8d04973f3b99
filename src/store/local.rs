//! localStorage access. Reads are re-done before every change so that a change
//! made in another tab is built upon, not overwritten.

use super::envelope::{decode, encode, Decoded, APP};
use crate::domain::lab::Lab;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageHealth {
    Ok,
    /// The stored value is not ours or not parseable; we never write over it.
    Unreadable,
    Newer,
    Unavailable,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read() -> (Decoded, StorageHealth) {
    let Some(s) = storage() else {
        return (Decoded::Empty, StorageHealth::Unavailable);
    };
    match s.get_item(APP) {
        Err(_) => (Decoded::Empty, StorageHealth::Unavailable),
        Ok(raw) => {
            let decoded = decode(raw.as_deref());
            let health = match decoded {
                Decoded::Unreadable => StorageHealth::Unreadable,
                Decoded::Newer { .. } => StorageHealth::Newer,
                _ => StorageHealth::Ok,
            };
            (decoded, health)
        }
    }
}

/// The browser refused the write (storage blocked, or its quota is full).
#[derive(Debug)]
pub struct WriteRefused;

pub fn write(lab: &Lab, rev: u64) -> Result<(), WriteRefused> {
    let s = storage().ok_or(WriteRefused)?;
    s.set_item(APP, &encode(lab, rev)).map_err(|_| WriteRefused)
}

pub fn is_our_key(key: Option<String>) -> bool {
    key.as_deref() == Some(APP)
}
