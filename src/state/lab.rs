//! The one writer of the lab: views read `lab` (read-only) and call `act` with a
//! domain operation and what to do with its result; the outcome is stored and
//! every view re-renders from it.
//!
//! This file is in every page's first load, so it holds only what the first
//! screen needs: the lab as the first screen sees it (`store::first_look`), and
//! `act*` as calls handed to the lab engine (`lab/engine.rs`), whose module
//! (the full read of storage, the compare-and-set, every write) loads just after
//! the first paint, or when a page or a change needs it first.

mod engine;

use super::waiting;
use crate::browser::navigator_language;
use crate::domain::lab::{Identity, Lab, Session};
use crate::domain::mfa::SealKey;
use crate::domain::password::Kdf;
use crate::domain::prefs::Locale;
use crate::domain::random::{OsRandom, SeededRandom};
use crate::domain::time::Timestamp;
use crate::i18n::T;
use crate::store::cas::Seen;
use crate::store::local::{self, StorageHealth};
use engine::Call;
pub use engine::ChunkFailed;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

pub const EXPORT_FILE_NAME: &str = "rootkey-lab-export.json";

#[derive(Clone, Copy)]
pub struct LabCtx {
    /// Read-only to views: every change goes through `act*`. Until `loaded`,
    /// only the first screen's look at storage (session and choices).
    pub lab: ReadSignal<Lab>,
    write: WriteSignal<Lab>,
    /// True once the stored lab has been read in full (`loaded`).
    pub ready: RwSignal<bool>,
    /// The lab engine's module could not be fetched: nothing can be changed.
    pub engine_failed: RwSignal<bool>,
    pub health: RwSignal<StorageHealth>,
    pub locale: Memo<Locale>,
    /// A short confirmation read out by screen readers ("Access key created").
    pub announcement: RwSignal<Option<T>>,
    /// True while a password is being hashed or checked: forms wait and say so.
    pub busy: RwSignal<bool>,
    /// How many changes wait for their module (`run_part`): forms wait then too.
    parts_loading: RwSignal<u32>,
    /// The key sealing the signed-in principal's MFA seeds, derived from the password
    /// at sign-in and kept only in this tab's memory: storage never sees it.
    seal_key: StoredValue<Option<(Identity, SealKey)>>,
    rev: StoredValue<u64>,
    /// The stored text this tab last read or wrote: a write goes ahead on this
    /// tab's copy only while storage still holds exactly that.
    seen: StoredValue<Seen>,
}

impl LabCtx {
    /// The lab as the first screen sees it; `load_soon` or `loaded` reads the rest.
    pub fn load() -> Self {
        let (lab, write) = signal(local::first_look());
        let browser = Locale::from_browser(&navigator_language());
        LabCtx {
            lab,
            write,
            ready: RwSignal::new(false),
            engine_failed: RwSignal::new(false),
            health: RwSignal::new(StorageHealth::Ok),
            locale: Memo::new(move |_| lab.with(|l| l.prefs.locale).unwrap_or(browser)),
            announcement: RwSignal::new(None),
            busy: RwSignal::new(false),
            parts_loading: RwSignal::new(0),
            seal_key: StoredValue::new(None),
            rev: StoredValue::new(0),
            seen: StoredValue::new(Seen::of(None)),
        }
    }

    /// Runs one domain operation and stores the outcome, then hands `then` the
    /// operation's result. The operation runs inside the lock all tabs share, on
    /// the latest stored state (a compare-and-set, `store::cas`): a change another
    /// tab made is built upon, never overwritten, and `then` gets the result of the
    /// run that was stored. The lock is granted asynchronously (and the lab engine
    /// may still be loading), so the result comes to `then` rather than back from
    /// `act`: what follows a change (an announcement, closing a dialog,
    /// navigating) goes in `then`.
    pub fn act<R: 'static>(
        self,
        op: impl FnOnce(&mut Lab, &mut OsRandom, Timestamp) -> R + 'static,
        then: impl FnOnce(R) + 'static,
    ) {
        self.dispatch(Call::Act(Box::new(move |lab, rng, at| {
            let result = op(lab, rng, at);
            Box::new(move || then(result))
        })));
    }

    /// `act` with nothing to do after the change.
    pub fn change(self, op: impl FnOnce(&mut Lab, &mut OsRandom, Timestamp) + 'static) {
        self.act(op, |()| {});
    }

    /// `act` for an operation that hashes or checks a password. The operation is
    /// rehearsed on a copy of the lab to learn which PBKDF2 results it needs; those
    /// are computed by WebCrypto without blocking the page; then it runs for real
    /// with the same random stream, so it draws the same salts and finds them ready
    /// (`engine.rs`). `busy` is true meanwhile, and a second call is ignored.
    pub fn act_with_password<R: 'static>(
        self,
        op: impl Fn(&mut Lab, &dyn Kdf, &mut SeededRandom, Timestamp) -> R + 'static,
        then: impl FnOnce(R) + 'static,
    ) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        // Only the run that is stored reaches `then`; rehearsals drop their result.
        let then = Rc::new(Cell::new(Some(then)));
        self.dispatch(Call::WithPassword(Rc::new(move |lab, kdf, rng, at| {
            let result = op(lab, kdf, rng, at);
            let then = then.clone();
            Box::new(move || {
                if let Some(then) = then.take() {
                    then(result);
                }
            })
        })));
    }

    /// Resolves once the stored lab has been read in full (at once when it has):
    /// what a page shows after this is the lab, never the first screen's look.
    pub async fn loaded(self) -> Result<(), ChunkFailed> {
        engine::engine(self, Call::Load).await
    }

    /// Starts reading the stored lab, without waiting for it.
    pub fn load_soon(self) {
        self.dispatch(Call::Load);
    }

    /// Runs a change made by a module of its own (fetched on first need); if
    /// that module cannot be fetched, the page says so, as for the engine's.
    pub fn run_part(
        self,
        part: impl std::future::Future<Output = Result<(), ChunkFailed>> + 'static,
    ) {
        self.parts_loading.update(|n| *n += 1);
        leptos::task::spawn_local(async move {
            let outcome = part.await;
            self.parts_loading.update(|n| *n -= 1);
            if outcome.is_err() {
                self.engine_failed.set(true);
            }
        });
    }

    /// A form waits (tracked): a password is being checked, or the change's
    /// module is still on its way.
    pub fn waiting(&self) -> bool {
        self.busy.get() || self.parts_loading.get() > 0
    }

    /// Hands a call to the lab engine, loading its module first if need be.
    fn dispatch(self, call: Call) {
        leptos::task::spawn_local(async move {
            if engine::engine(self, call).await.is_err() {
                self.busy.set(false);
                self.engine_failed.set(true);
            }
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

    /// Offers the unreadable stored value as a file, exactly as it was found.
    pub fn download_unreadable(&self) {
        if let Some(raw) = local::unreadable_value() {
            let _ =
                crate::browser::download("rootkey-lab-unreadable.json", &raw, "application/json");
        }
    }

    /// Replaces the unreadable value with the lab as it is in memory now.
    pub fn start_fresh(self) {
        self.dispatch(Call::StartFresh);
    }

    /// Replaces the lab with an exported one, read by `store::envelope::import`.
    /// `then` runs once the imported lab is stored, so success is never said early.
    pub fn import(&self, imported: Lab, then: impl FnOnce() + 'static) {
        self.act(move |lab, _, _| *lab = imported, move |_| then());
    }

    pub fn announce(&self, text: T) {
        self.announcement.set(Some(text));
    }

    /// Another tab's change (a new key, a sign-out) shows here at once.
    pub fn follow_other_tabs(self) {
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if local::is_our_key(ev.key()) {
                self.dispatch(Call::Refresh);
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

/// A catalogue entry as reactive text in the current locale. It also follows
/// `ready`, when every entry's text has come with the lab engine (`i18n`).
pub fn tr(key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let ctx = use_lab();
    move || {
        ctx.ready.track();
        key.text(ctx.locale.get())
    }
}
