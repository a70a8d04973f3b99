//! The lab engine: everything that reads the stored lab in full or writes it,
//! in a module of its own (a split point, `scripts/split-wasm.sh`) that the
//! first screen does not wait for. `LabCtx` (`super`) hands it calls; it reads
//! the stored lab before the first one, so a change is always made on the lab
//! as stored, never on the first screen's look.

use super::waiting;
use super::{LabCtx, EXPORT_FILE_NAME};
use crate::browser::now;
use crate::domain::lab::{Identity, Lab, Request};
use crate::domain::password::{Kdf, PreparedKdf};
use crate::domain::random::{OsRandom, Random, SeededRandom};
use crate::domain::time::Timestamp;
use crate::store::cas::{self, Seen};
use crate::store::envelope::{Decoded, APP};
use crate::store::local::{self, StorageHealth};
use leptos::prelude::*;
use std::rc::Rc;

/// A module of this build that could not be fetched: offline, or a redeploy
/// removed it (each build's modules live in their own `pkg/<hash>/`).
pub struct ChunkFailed;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// What follows a stored change: `act`'s `then` with the operation's result.
pub(super) type Then = Box<dyn FnOnce()>;
/// An operation, its result kept for `then`.
pub(super) type Op = Box<dyn FnOnce(&mut Lab, &mut OsRandom, Timestamp) -> Then>;
/// An operation with passwords: run once per rehearsal, then for real.
pub(super) type PasswordOp = Rc<dyn Fn(&mut Lab, &dyn Kdf, &mut SeededRandom, Timestamp) -> Then>;

pub(super) enum Call {
    /// Read the stored lab (only the first time).
    Load,
    /// Take in another tab's change.
    Refresh,
    Act(Op),
    WithPassword(PasswordOp),
    StartFresh,
}

/// The engine's one door: its module is fetched the first time this is called.
#[leptos::wasm_split::wasm_split(lab_engine, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(super) fn engine(ctx: LabCtx, call: Call) -> Result<(), ChunkFailed> {
    // Before `ready`: what draws after it finds every text.
    crate::i18n::register_every_text();
    ctx.read_stored_once();
    match call {
        Call::Load => {}
        Call::Refresh => ctx.refresh(),
        Call::Act(op) => ctx.act_now(op),
        Call::WithPassword(op) => leptos::task::spawn_local(ctx.with_password(op)),
        Call::StartFresh => ctx.start_fresh_now(),
    }
    Ok(())
}

impl LabCtx {
    /// The stored lab, read in full in place of the first screen's look.
    fn read_stored_once(&self) {
        if self.ready.get_untracked() {
            return;
        }
        let (decoded, health, seen) = local::read();
        let (lab, rev) = match decoded {
            Decoded::Loaded { lab, rev } => (*lab, rev),
            _ => (Lab::default(), 0),
        };
        self.health.set(health);
        self.rev.set_value(rev);
        self.seen.set_value(seen);
        if self.lab.with_untracked(|look| *look != lab) {
            self.write.set(lab);
        }
        self.ready.set(true);
    }

    fn act_now(self, op: Op) {
        if !self.can_write() {
            return self.act_in_memory(op)();
        }
        Self::when_locked(move || {
            let (then, wrote) = self.compare_and_set(op);
            then();
            wrote
        });
    }

    /// `act_with_password`'s work (see there): rehearsals, WebCrypto, the real run.
    async fn with_password(self, op: PasswordOp) {
        let seed: [u8; 32] = OsRandom.bytes();
        let at = now();
        let kdf = PreparedKdf::default();
        kdf.rehearse(true);
        // Each round can reveal a request the zeros of the previous one hid
        // (a verified password leads on to an MFA key); three is the most needed.
        for _ in 0..4 {
            self.refresh();
            let mut trial = self.lab.get_untracked();
            drop(op(&mut trial, &kdf, &mut SeededRandom::new(seed), at));
            let missing = kdf.take_missing();
            if missing.is_empty() {
                break;
            }
            for request in missing {
                let derived = crate::browser::crypto::pbkdf2(&request).await;
                kdf.insert(request, derived);
            }
        }
        kdf.rehearse(false);
        // Should another tab write before the lock is ours, the operation runs
        // on its state; a PBKDF2 result then unprepared is computed in Rust.
        self.act_now(Box::new(move |lab, _, _| {
            let then = op(lab, &kdf, &mut SeededRandom::new(seed), at);
            Box::new(move || {
                self.busy.set(false);
                then();
            })
        }));
    }

    fn can_write(&self) -> bool {
        self.health.get_untracked().may_write()
    }

    /// Takes in what another tab stored since we last looked.
    fn refresh(&self) {
        if !self.can_write() {
            return;
        }
        let (lab, rev) = match local::read() {
            (Decoded::Loaded { lab, rev }, _, seen) if seen != self.seen.get_value() => {
                self.seen.set_value(seen);
                (*lab, rev)
            }
            // Another tab reset the lab: this one empties too (keeping only the
            // language and edition shown), so nothing of the last learner stays on screen.
            (Decoded::Empty, _, seen) if seen != self.seen.get_value() => {
                self.seen.set_value(seen);
                let empty = Lab {
                    prefs: self.lab.with_untracked(|l| l.prefs.learners_choices()),
                    ..Lab::default()
                };
                (empty, 0)
            }
            _ => return,
        };
        self.forget_seal_key_if_session_changed(&lab.session);
        self.rev.set_value(rev);
        self.write.set(lab);
    }

    /// Runs `change` inside the tab lock, or at once if the page is left first.
    fn when_locked(change: impl FnOnce() -> bool + 'static) {
        let id = waiting::wait(Box::new(change));
        crate::browser::with_tab_lock(APP, move || waiting::take(id).is_some_and(|c| c()));
    }

    /// Every change may complete a guided task; the domain decides which.
    fn run<R>(lab: &mut Lab, op: impl FnOnce(&mut Lab, &mut OsRandom, Timestamp) -> R) -> R {
        // Each operation is one console request: its CloudTrail events carry its time.
        let at = now();
        let result = lab.serve(Request::console(at), |lab| op(lab, &mut OsRandom, at));
        lab.settle_training();
        result
    }

    /// Storage is not ours to write (unreadable, newer, absent): the lab lives in
    /// this tab's memory until the learner decides.
    fn act_in_memory<R>(&self, op: impl FnOnce(&mut Lab, &mut OsRandom, Timestamp) -> R) -> R {
        let mut next = self.lab.get_untracked();
        let result = Self::run(&mut next, op);
        if self.lab.with_untracked(|current| *current != next) {
            self.write.set(next);
        }
        result
    }

    /// One turn inside the lock; says whether it wrote.
    fn compare_and_set<R>(
        &self,
        op: impl FnOnce(&mut Lab, &mut OsRandom, Timestamp) -> R,
    ) -> (R, bool) {
        let Some(stored) = local::raw() else {
            self.health.set(StorageHealth::WriteFailed);
            return (self.act_in_memory(op), false);
        };
        let base = self.lab.with_untracked(|lab| {
            let ours = cas::Ours {
                lab,
                rev: self.rev.get_value(),
                seen: self.seen.get_value(),
            };
            cas::base(ours, stored.as_deref())
        });
        let Ok(base) = base else {
            // Someone put a value here we may not overwrite: say so, write nothing.
            let (_, health, _) = local::read();
            self.health.set(health);
            return (self.act_in_memory(op), false);
        };
        let turn = cas::turn(base, |lab| Self::run(lab, op));
        self.rev.set_value(turn.rev);
        self.seen.set_value(turn.seen);
        let mut wrote = false;
        if let Some((text, rev)) = &turn.write {
            match local::write(text) {
                Ok(seen) => {
                    self.rev.set_value(*rev);
                    self.seen.set_value(seen);
                    self.health.set(StorageHealth::Ok);
                    wrote = true;
                }
                Err(_) => self.health.set(StorageHealth::WriteFailed),
            }
        }
        self.forget_seal_key_if_session_changed(&turn.lab.session);
        if self.lab.with_untracked(|current| *current != turn.lab) {
            self.write.set(turn.lab);
        }
        (turn.result, wrote)
    }

    /// Who is signed in now, for the operations that take their actor. Read
    /// afresh, so a sign-in in another tab whose storage event has not arrived
    /// yet is not acted on as the principal before it; an expired session is
    /// nobody, though the timer may not have ended it yet.
    pub fn actor(&self) -> Option<Identity> {
        self.refresh();
        self.lab.with_untracked(|l| l.signed_in_at(now()).cloned())
    }

    /// Replaces the unreadable value with the lab as it is in memory now.
    fn start_fresh_now(&self) {
        let lab = self.lab.get_untracked();
        if let Ok(seen) = local::start_fresh(&lab) {
            self.rev.set_value(1);
            self.seen.set_value(seen);
            self.health.set(StorageHealth::Ok);
        }
    }

    /// The whole lab as a file: the stored form, which holds no secret in plaintext.
    pub fn export(&self) {
        let text = self.export_text();
        let _ = crate::browser::download(EXPORT_FILE_NAME, &text, "application/json");
    }

    pub fn export_text(&self) -> String {
        crate::store::envelope::encode(&self.lab.get_untracked(), self.rev.get_value())
    }

    /// Reads the lab as stored now, taking in another tab's change first.
    pub fn read_latest<R>(&self, read: impl FnOnce(&Lab) -> R) -> R {
        self.refresh();
        self.lab.with_untracked(read)
    }

    /// Back to an empty lab: this app's stored data goes, nothing else. Inside
    /// the lock, so no other tab's write lands between the removal and the reset.
    /// `then` runs once the stored lab is gone.
    pub fn reset(self, then: impl FnOnce() + 'static) {
        let choices = self.lab.with_untracked(|l| l.prefs.learners_choices());
        Self::when_locked(move || {
            let removed = local::reset().is_ok();
            if removed {
                self.rev.set_value(0);
                self.seen.set_value(Seen::of(None));
                self.health.set(StorageHealth::Ok);
            }
            self.write.set(Lab::default());
            // The language and edition chosen are the learner's, not the lab's:
            // they survive a reset.
            if choices != Default::default() {
                self.change(move |lab, _, _| lab.prefs = choices);
            }
            then();
            removed
        });
    }
}
