//! The question asked before the whole lab is replaced (a `?scenario=` link, a
//! scenario file, an import, a reset): it names the accounts that would go,
//! offers an export, and nothing changes until `Replace lab`. An empty lab has
//! nothing to lose, so it is replaced at once.

use crate::components::dialog::Modal;
use crate::components::on_first_need::{deferred, ChunkFailed};
use crate::domain::lab::what_replacing_removes;
use crate::domain::scenario::{Scenario, ScenarioError, ScenarioLoaded};
use crate::i18n::T;
use crate::state::{tr, use_lab, LabCtx, ScenarioNotice, EXPORT_FILE_NAME};
use leptos::prelude::*;

/// A replacement waiting for the learner's answer. Held by the view that shows
/// the [`ReplaceLabDialog`]; at most one waits at a time.
#[derive(Clone, Copy)]
pub struct ReplaceAsk {
    waiting: StoredValue<Option<Box<dyn FnOnce()>>, LocalStorage>,
    open: RwSignal<bool>,
}

impl ReplaceAsk {
    pub fn new() -> Self {
        ReplaceAsk {
            waiting: StoredValue::new_local(None),
            open: RwSignal::new(false),
        }
    }

    /// Replaces at once on an empty lab; otherwise keeps `replace` until the
    /// learner chooses `Replace lab`.
    pub fn ask(self, ctx: LabCtx, replace: impl FnOnce() + 'static) {
        if ctx.read_latest(|lab| what_replacing_removes(lab).is_none()) {
            return replace();
        }
        self.waiting.set_value(Some(Box::new(replace)));
        self.open.set(true);
    }

    /// A scenario that is refused says so at once and changes nothing; one that
    /// would load asks first.
    pub fn load_scenario(
        self,
        ctx: LabCtx,
        scenario: Result<Scenario, ScenarioError>,
        notice: ScenarioNotice,
        then: impl FnOnce(ScenarioLoaded) + 'static,
    ) {
        match scenario {
            Err(e) => ctx.load_scenario(Err(e), notice, then),
            Ok(s) => self.ask(ctx, move || ctx.load_scenario(Ok(s), notice, then)),
        }
    }

    fn answer(self, replace: bool) {
        let waiting = self.waiting.try_update_value(|w| w.take()).flatten();
        self.open.set(false);
        if let Some(replace_lab) = waiting.filter(|_| replace) {
            replace_lab();
        }
    }
}

impl Default for ReplaceAsk {
    fn default() -> Self {
        Self::new()
    }
}

/// Shown while `ask` waits for an answer, from a module of its own.
#[component]
pub fn ReplaceLabDialog(ask: ReplaceAsk) -> impl IntoView {
    move || ask.open.get().then(|| deferred(question(ask)))
}

#[leptos::wasm_split::wasm_split(replace_lab_question, wasm_split_path = ::leptos::wasm_split, fallible)]
fn question(ask: ReplaceAsk) -> Result<AnyView, ChunkFailed> {
    Ok(view! { <Question ask=ask/> }.into_any())
}

#[component]
fn Question(ask: ReplaceAsk) -> impl IntoView {
    let ctx = use_lab();
    let replaced = Memo::new(move |_| ctx.lab.with(what_replacing_removes));
    // The export is a real download link, made once from the lab as it is now.
    let export_url = crate::browser::object_url(&ctx.export_text(), "application/json").ok();
    if let Some(url) = export_url.clone() {
        on_cleanup(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
    }
    let keep = Callback::new(move |()| ask.answer(false));
    view! {
        <Modal title=Signal::derive(tr(T::ReplaceLabTitle)) on_escape=keep>
            <p>{tr(T::ReplaceLabWarning)}</p>
            {move || replaced.get().map(|r| {
                let unlisted = r.unlisted();
                view! {
                    <p>{tr(T::AccountsToReplace)}" "{r.count}</p>
                    <ul class="replaced-accounts">
                        {r.listed.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
                    </ul>
                    {(unlisted > 0).then(|| view! { <p>{tr(T::MoreAccountsToReplace)}" "{unlisted}</p> })}
                }
            })}
            <div class="dialog-buttons">
                {export_url.map(|url| view! {
                    <a class="export-link" href=url download=EXPORT_FILE_NAME>{tr(T::ExportLab)}</a>
                })}
                <button type="button" autofocus on:click=move |_| keep.run(())>{tr(T::KeepMyLab)}</button>
                <button type="button" class="danger" on:click=move |_| ask.answer(true)>{tr(T::ReplaceLab)}</button>
            </div>
        </Modal>
    }
}
