//! The one writer of the lab: views read `lab` (read-only) and call `act` with a
//! domain operation and what to do with its result; the outcome is stored and
//! every view re-renders from it.

use super::waiting;
use crate::browser::{navigator_language, now};
use crate::domain::lab::{Identity, Lab, Request, Session};
use crate::domain::mfa::SealKey;
use crate::domain::password::{Kdf, PreparedKdf};
use crate::domain::prefs::Locale;
use crate::domain::random::{OsRandom, Random, SeededRandom};
use crate::domain::time::Timestamp;
use crate::i18n::T;
use crate::store::cas::{self, Seen};
use crate::store::envelope::{Decoded, APP};
use crate::store::local::{self, StorageHealth};
use leptos::prelude::*;

pub const EXPORT_FILE_NAME: &str = "rootkey-lab-export.json";

#[derive(Clone, Copy)]
pub struct LabCtx {
    /// Read-only to views: every change goes through `act*`.
    pub lab: ReadSignal<Lab>,
    write: WriteSignal<Lab>,
    pub health: RwSignal<StorageHealth>,
    pub locale: Memo<Locale>,
    /// A short confirmation read out by screen readers ("Access key created").
    pub announcement: RwSignal<Option<T>>,
    /// True while a password is being hashed or checked: forms wait and say so.
    pub busy: RwSignal<bool>,
    /// The key sealing the signed-in principal's MFA seeds, derived from the password
    /// at sign-in and kept only in this tab's memory: storage never sees it.
    seal_key: StoredValue<Option<(Identity, SealKey)>>,
    rev: StoredValue<u64>,
    /// The stored text this tab last read or wrote: a write goes ahead on this
    /// tab's copy only while storage still holds exactly that.
    seen: StoredValue<Seen>,
}

impl LabCtx {
    pub fn load() -> Self {
        let (decoded, health, seen) = local::read();
        let (lab, rev) = match decoded {
            Decoded::Loaded { lab, rev } => (*lab, rev),
            _ => (Lab::default(), 0),
        };
        let (lab, write) = signal(lab);
        let browser = Locale::from_browser(&navigator_language());
        LabCtx {
            lab,
            write,
            health: RwSignal::new(health),
            locale: Memo::new(move |_| lab.with(|l| l.prefs.locale).unwrap_or(browser)),
            announcement: RwSignal::new(None),
            busy: RwSignal::new(false),
            seal_key: StoredValue::new(None),
            rev: StoredValue::new(rev),
            seen: StoredValue::new(seen),
        }
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

    /// Runs one domain operation and stores the outcome, then hands `then` the
    /// operation's result. The operation runs inside the lock all tabs share, on
    /// the latest stored state (a compare-and-set, `store::cas`): a change another
    /// tab made is built upon, never overwritten, and `then` gets the result of the
    /// run that was stored. The lock is granted asynchronously, so the result
    /// comes to `then` rather than back from `act`: what follows a change (an
    /// announcement, closing a dialog, navigating) goes in `then`.
    pub fn act<R: 'static>(
        self,
        op: impl FnOnce(&mut Lab, &mut OsRandom, Timestamp) -> R + 'static,
        then: impl FnOnce(R) + 'static,
    ) {
        if !self.can_write() {
            return then(self.act_in_memory(op));
        }
        Self::when_locked(move || {
            let (result, wrote) = self.compare_and_set(op);
            then(result);
            wrote
        });
    }

    /// Runs `change` inside the tab lock, or at once if the page is left first.
    fn when_locked(change: impl FnOnce() -> bool + 'static) {
        let id = waiting::wait(Box::new(change));
        crate::browser::with_tab_lock(APP, move || waiting::take(id).is_some_and(|c| c()));
    }

    /// `act` with nothing to do after the change.
    pub fn change(self, op: impl FnOnce(&mut Lab, &mut OsRandom, Timestamp) + 'static) {
        self.act(op, |()| {});
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

    /// `act` for an operation that hashes or checks a password. The operation is
    /// rehearsed on a copy of the lab to learn which PBKDF2 results it needs; those
    /// are computed by WebCrypto without blocking the page; then it runs for real
    /// with the same random stream, so it draws the same salts and finds them ready.
    pub fn act_with_password<R: 'static>(
        self,
        op: impl Fn(&mut Lab, &dyn Kdf, &mut SeededRandom, Timestamp) -> R + 'static,
        then: impl FnOnce(R) + 'static,
    ) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        leptos::task::spawn_local(async move {
            let seed: [u8; 32] = OsRandom.bytes();
            let at = now();
            let kdf = PreparedKdf::default();
            kdf.rehearse(true);
            // Each round can reveal a request the zeros of the previous one hid
            // (a verified password leads on to an MFA key); three is the most needed.
            for _ in 0..4 {
                self.refresh();
                let mut trial = self.lab.get_untracked();
                op(&mut trial, &kdf, &mut SeededRandom::new(seed), at);
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
            self.act(
                move |lab, _, _| op(lab, &kdf, &mut SeededRandom::new(seed), at),
                move |result| {
                    self.busy.set(false);
                    then(result);
                },
            );
        });
    }

    /// Keeps the key a sign-in (or a password typed to assign a device) produced.
    pub fn remember_seal_key(&self, identity: Identity, key: SealKey) {
        self.seal_key.set_value(Some((identity, key)));
    }

    /// The key was this tab's session's: once the session ends or changes (here
    /// or in another tab), it is no one's. A sign-in here keeps its new key after
    /// this, in `act`'s `then`.
    fn forget_seal_key_if_session_changed(&self, next: &Option<Session>) {
        if self.lab.with_untracked(|l| l.session != *next) {
            self.forget_seal_key();
        }
    }

    pub fn forget_seal_key(&self) {
        self.seal_key.set_value(None);
    }

    /// The remembered key, if it belongs to this principal (it does not after a
    /// reload, or once another principal signed in).
    pub fn seal_key_for(&self, identity: &Identity) -> Option<SealKey> {
        self.seal_key.with_value(|k| {
            k.as_ref()
                .filter(|(who, _)| who == identity)
                .map(|(_, key)| key.clone())
        })
    }

    /// Who is signed in now, for the operations that take their actor. Read
    /// afresh, so a sign-in in another tab whose storage event has not arrived
    /// yet is not acted on as the principal before it; an expired session is
    /// nobody, though the timer may not have ended it yet.
    pub fn actor(&self) -> Option<Identity> {
        self.refresh();
        self.lab.with_untracked(|l| l.signed_in_at(now()).cloned())
    }

    /// Offers the unreadable stored value as a file, exactly as it was found.
    pub fn download_unreadable(&self) {
        if let Some(raw) = local::unreadable_value() {
            let _ =
                crate::browser::download("rootkey-lab-unreadable.json", &raw, "application/json");
        }
    }

    /// Replaces the unreadable value with the lab as it is in memory now.
    pub fn start_fresh(&self) {
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

    /// Replaces the lab with an exported one, read by `store::envelope::import`.
    /// `then` runs once the imported lab is stored, so success is never said early.
    pub fn import(&self, imported: Lab, then: impl FnOnce() + 'static) {
        self.act(move |lab, _, _| *lab = imported, move |_| then());
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

    pub fn announce(&self, text: T) {
        self.announcement.set(Some(text));
    }

    /// Another tab's change (a new key, a sign-out) shows here at once.
    pub fn follow_other_tabs(self) {
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if local::is_our_key(ev.key()) {
                self.refresh();
            }
        });
        // A change still waiting for the lock is made before the page goes.
        let leaving = window_event_listener(leptos::ev::pagehide, |_| waiting::flush());
        on_cleanup(move || {
            handle.remove();
            leaving.remove();
        });
    }
}

pub fn use_lab() -> LabCtx {
    expect_context::<LabCtx>()
}

pub fn use_locale() -> Memo<Locale> {
    use_lab().locale
}

/// A catalogue entry as reactive text in the current locale.
pub fn tr(key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let locale = use_locale();
    move || key.text(locale.get())
}
