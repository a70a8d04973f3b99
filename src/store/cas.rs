//! Compare-and-set for the stored lab. localStorage has no atomic
//! compare-and-swap, so every write happens inside the lock all tabs share
//! (`browser::with_tab_lock`), and there, before the operation runs, what storage
//! holds now is compared with what this tab last read or wrote. If another tab
//! wrote since (even with the same `rev`), the operation runs on what that tab
//! wrote instead of on this tab's copy: nothing another tab stored is overwritten.
//! The operation is a pure function of the lab, the random source and the time,
//! so running it on the fresh state is safe, and the result the caller gets is the
//! one of the run that was stored.

use super::envelope::{decode, encode, Decoded};
use crate::domain::lab::Lab;

/// The stored text as this tab last read or wrote it, by fingerprint (FNV-1a,
/// 64 bits): content, not just `rev`, so "same rev, other content" is caught.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seen(u64);

impl Seen {
    pub fn of(raw: Option<&str>) -> Seen {
        let Some(raw) = raw else {
            return Seen(0);
        };
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in raw.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // Zero stands for "nothing stored"; a text never hashes to it here.
        Seen(hash | 1)
    }
}

/// This tab's copy: the lab it shows, the `rev` and text it last read or wrote.
pub struct Ours<'a> {
    pub lab: &'a Lab,
    pub rev: u64,
    pub seen: Seen,
}

/// What an operation runs on: the latest stored state, with its `rev` and text.
#[derive(Debug, PartialEq)]
pub struct Base {
    pub lab: Lab,
    pub rev: u64,
    pub seen: Seen,
}

/// Storage holds a value that may not be written over (unreadable, or newer).
#[derive(Debug, PartialEq, Eq)]
pub struct Refused;

/// The compare: this tab's copy if storage still holds what this tab saw, else
/// what another tab stored since (an empty lab, if it was reset).
pub fn base(ours: Ours<'_>, stored: Option<&str>) -> Result<Base, Refused> {
    let seen = Seen::of(stored);
    if seen == ours.seen {
        return Ok(Base {
            lab: ours.lab.clone(),
            rev: ours.rev,
            seen,
        });
    }
    match decode(stored) {
        Decoded::Loaded { lab, rev } => Ok(Base {
            lab: *lab,
            rev,
            seen,
        }),
        Decoded::Empty => Ok(Base {
            lab: Lab::default(),
            rev: 0,
            seen,
        }),
        Decoded::Unreadable | Decoded::Newer { .. } => Err(Refused),
    }
}

/// One compare-and-set turn, decided inside the lock.
#[derive(Debug, PartialEq)]
pub struct Turn<R> {
    /// What storage held: this tab has seen it whether or not the write succeeds.
    pub rev: u64,
    pub seen: Seen,
    /// The lab after the operation: this tab shows it.
    pub lab: Lab,
    pub result: R,
    /// The text to store and its `rev`, when the operation changed anything.
    pub write: Option<(String, u64)>,
}

/// The set: runs `op` on the base, and writes only when it changed something.
pub fn turn<R>(base: Base, op: impl FnOnce(&mut Lab) -> R) -> Turn<R> {
    let Base { mut lab, rev, seen } = base;
    let before = lab.clone();
    let result = op(&mut lab);
    let write = (lab != before).then(|| (encode(&lab, rev + 1), rev + 1));
    Turn {
        rev,
        seen,
        lab,
        result,
        write,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access_key::AccessKeyStatus;
    use crate::domain::lab::testing::{lab_with_account, QuickKdf, EMAIL, PASSWORD};
    use crate::domain::lab::Identity;
    use crate::domain::random::OsRandom;
    use crate::domain::time::Timestamp;

    /// A lab with one account and one root access key, signed in as root.
    fn start() -> (Lab, Identity, String) {
        let (mut lab, id) = lab_with_account();
        lab.sign_in_root(EMAIL, PASSWORD, &QuickKdf, &mut OsRandom, Timestamp(1))
            .unwrap();
        let root = Identity::root(id);
        let key = lab
            .create_access_key(&root, &root, &mut OsRandom, Timestamp(1))
            .unwrap();
        (lab, root, key.id.to_string())
    }

    /// A tab's view of storage: its copy, the rev and fingerprint it saw.
    struct Tab {
        lab: Lab,
        rev: u64,
        seen: Seen,
    }

    impl Tab {
        fn reading(stored: &Option<String>) -> Tab {
            let (lab, rev) = match decode(stored.as_deref()) {
                Decoded::Loaded { lab, rev } => (*lab, rev),
                _ => (Lab::default(), 0),
            };
            Tab {
                lab,
                rev,
                seen: Seen::of(stored.as_deref()),
            }
        }

        /// One write as `LabCtx::act` does it: inside the lock, on what is stored.
        fn act<R>(&mut self, stored: &mut Option<String>, op: impl FnOnce(&mut Lab) -> R) -> R {
            let copy = Ours {
                lab: &self.lab,
                rev: self.rev,
                seen: self.seen,
            };
            let turn = turn(base(copy, stored.as_deref()).unwrap(), op);
            if let Some((text, rev)) = turn.write {
                self.seen = Seen::of(Some(&text));
                self.rev = rev;
                *stored = Some(text);
            }
            self.lab = turn.lab;
            turn.result
        }
    }

    #[test]
    fn a_stale_tab_builds_on_the_other_tabs_write_instead_of_undoing_it() {
        let (lab, root, key) = start();
        let mut stored = Some(encode(&lab, 3));
        let (mut a, mut b) = (Tab::reading(&stored), Tab::reading(&stored));
        a.act(&mut stored, |l| l.sign_out());
        // Tab b never heard of the sign-out; its change is made on top of it.
        b.act(&mut stored, |l| {
            let _ = l.set_access_key_status(&root, &root, &key, AccessKeyStatus::Inactive);
        });
        let Decoded::Loaded { lab, rev } = decode(stored.as_deref()) else {
            panic!("stored lab");
        };
        assert_eq!(rev, 5);
        assert_eq!(lab.session, None, "the sign-out stays");
        assert_eq!(
            lab.accounts[0].root.access_keys.get(&key).unwrap().status,
            AccessKeyStatus::Inactive
        );
        assert_eq!(b.lab, *lab, "the stale tab shows what it stored");
    }

    #[test]
    fn the_same_rev_with_other_content_counts_as_another_tabs_write() {
        let (lab, root, key) = start();
        let mut stored = Some(encode(&lab, 3));
        let mut stale = Tab::reading(&stored);
        let mut other = lab.clone();
        other
            .set_access_key_status(&root, &root, &key, AccessKeyStatus::Inactive)
            .unwrap();
        other.delete_access_key(&root, &root, &key).unwrap();
        // Another tab wrote its own rev 3: the rev alone would say "unchanged".
        stored = Some(encode(&other, 3));
        stale.act(&mut stored, |l| l.prefs.locale = None);
        stale.act(&mut stored, |l| {
            l.prefs.locale = Some(crate::domain::prefs::Locale::Ja)
        });
        let Decoded::Loaded { lab, .. } = decode(stored.as_deref()) else {
            panic!("stored lab");
        };
        assert!(
            lab.accounts[0].root.access_keys.is_empty(),
            "the deletion stays"
        );
        assert_eq!(lab.prefs.locale, Some(crate::domain::prefs::Locale::Ja));
    }

    #[test]
    fn the_result_is_the_one_of_the_run_that_was_stored() {
        let (lab, root, _) = start();
        let mut stored = Some(encode(&lab, 1));
        let (mut a, mut b) = (Tab::reading(&stored), Tab::reading(&stored));
        let first = a.act(&mut stored, |l| {
            l.create_access_key(&root, &root, &mut OsRandom, Timestamp(2))
        });
        assert!(first.is_ok());
        // Tab b still shows one key; on the stored state, the two-key rule refuses.
        assert_eq!(b.lab.accounts[0].root.access_keys.len(), 1);
        let second = b.act(&mut stored, |l| {
            l.create_access_key(&root, &root, &mut OsRandom, Timestamp(3))
        });
        assert!(second.is_err());
        assert_eq!(b.lab.accounts[0].root.access_keys.len(), 2);
    }

    #[test]
    fn an_operation_that_changes_nothing_writes_nothing() {
        let (lab, _, _) = start();
        let mut stored = Some(encode(&lab, 1));
        let before = stored.clone();
        let mut tab = Tab::reading(&stored);
        tab.act(&mut stored, |_| ());
        assert_eq!(stored, before);
        assert_eq!(tab.rev, 1);
    }

    #[test]
    fn a_reset_in_another_tab_is_built_on_from_empty() {
        let (lab, _, _) = start();
        let stored = Some(encode(&lab, 4));
        let tab = Tab::reading(&stored);
        let copy = Ours {
            lab: &tab.lab,
            rev: tab.rev,
            seen: tab.seen,
        };
        let turn = turn(base(copy, None).unwrap(), |l| l.prefs.locale = None);
        assert_eq!(turn.lab, Lab::default());
        assert_eq!(turn.write, None);
    }

    #[test]
    fn a_value_that_may_not_be_written_over_is_refused() {
        let (lab, _, _) = start();
        let tab = Tab::reading(&Some(encode(&lab, 1)));
        for raw in [
            "{\"todos\":[]}",
            "{\"app\":\"rootkey-lab\",\"schema\":9,\"rev\":1,\"data\":{}}",
        ] {
            let copy = Ours {
                lab: &tab.lab,
                rev: tab.rev,
                seen: tab.seen,
            };
            assert_eq!(base(copy, Some(raw)), Err(Refused));
        }
    }

    #[test]
    fn fingerprints_tell_texts_apart_and_nothing_from_empty() {
        assert_eq!(Seen::of(Some("a")), Seen::of(Some("a")));
        assert_ne!(Seen::of(Some("a")), Seen::of(Some("b")));
        assert_ne!(Seen::of(Some("")), Seen::of(None));
    }
}
