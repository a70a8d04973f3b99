//! Lab data: export the whole lab as a file, import one back, load a scenario,
//! or start over. Each of the last three replaces the lab, and asks first when
//! the lab holds an account.

use crate::components::page_title::PageTitle;
use crate::components::replace_lab_dialog::{ReplaceAsk, ReplaceLabDialog};
use crate::domain::scenario::{named_scenario, parse_scenario, BUILTIN_NAMES};
use crate::i18n::training::builtin_scenario;
use crate::i18n::T;
use crate::state::{tr, use_lab, use_scenario_notice};
use crate::store::envelope::ImportError;
use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

/// The text of the file just chosen in a file input, which is emptied so the same
/// file can be chosen again after a refusal.
fn chosen_file_text(ev: &leptos::ev::Event) -> Option<wasm_bindgen_futures::JsFuture> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(wasm_bindgen_futures::JsFuture::from(file.text()))
}

#[component]
pub fn LabDataPage() -> impl IntoView {
    let ctx = use_lab();
    // A refusal may carry the rule broken (`accounts[0].name: ...`), as written
    // by the validator; it follows the translated sentence.
    let outcome = RwSignal::new(None::<Result<T, (T, String)>>);
    let ask = ReplaceAsk::new();

    let on_file = move |ev: leptos::ev::Event| {
        let Some(text) = chosen_file_text(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let text = text.await;
            let refused = match text.ok().and_then(|t| t.as_string()) {
                None => (T::ImportUnreadable, String::new()),
                Some(text) => match crate::store::envelope::import(&text) {
                    Ok(imported) => {
                        outcome.set(None);
                        return ask.ask(ctx, move || {
                            ctx.import(imported, move || outcome.set(Some(Ok(T::ImportDone))));
                        });
                    }
                    Err(ImportError::NotALabFile) => (T::ImportNotLab, String::new()),
                    Err(ImportError::Newer { .. }) => (T::ImportNewer, String::new()),
                    Err(ImportError::Invalid(p)) => (T::ImportRefused, p.to_string()),
                },
            };
            outcome.set(Some(Err(refused)));
        });
    };
    let notice = use_scenario_notice();
    let on_scenario_file = move |ev: leptos::ev::Event| {
        let Some(text) = chosen_file_text(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let text = text.await;
            match text.ok().and_then(|t| t.as_string()) {
                None => outcome.set(Some(Err((T::ImportUnreadable, String::new())))),
                Some(text) => {
                    outcome.set(None);
                    ask.load_scenario(ctx, parse_scenario(&text), notice, |_| {});
                }
            }
        });
    };
    let reset = move |_| {
        outcome.set(None);
        ask.ask(ctx, move || {
            ctx.reset(move || {
                outcome.set(Some(Ok(T::LabReset)));
                ctx.announce(T::LabReset);
            });
        });
    };

    view! {
        <main class="page narrow lab-data">
            <h1>{tr(T::LabDataHeading)}</h1>
            <PageTitle parts=&[T::LabDataHeading]/>
            <p>{tr(T::LabDataIntro)}</p>
            {move || outcome.get().map(|o| match o {
                Ok(t) => view! { <p class="alert alert-success" role="status">{tr(t)}</p> }.into_any(),
                Err((t, detail)) if detail.is_empty() => view! { <p class="alert alert-error" role="alert">{tr(t)}</p> }.into_any(),
                Err((t, detail)) => view! { <p class="alert alert-error" role="alert">{tr(t)}" "{detail}</p> }.into_any(),
            })}
            <section class="panel">
                <button type="button" on:click=move |_| ctx.export()>{tr(T::ExportLab)}</button>
            </section>
            <section class="panel">
                <div class="field">
                    <label for="import-lab">{tr(T::ImportLabFile)}</label>
                    <input id="import-lab" type="file" accept=".json,application/json" on:change=on_file/>
                </div>
            </section>
            <section class="panel">
                <h2>{tr(T::ScenarioHeading)}</h2>
                <p>{tr(T::ScenarioIntro)}</p>
                // Each named as it loads from the address, and said in one line before loading.
                <ul class="scenario-list">
                    {BUILTIN_NAMES.iter().map(|name| {
                        let summary = builtin_scenario(name).map(|(s, _)| tr(s));
                        let id = format!("scenario-{name}");
                        view! {
                            <li>
                                <button type="button" aria-describedby=id.clone() disabled=move || ctx.busy.get() on:click=move |_| {
                                    outcome.set(None);
                                    ask.load_scenario(ctx, named_scenario(name), notice, |_| {});
                                }>{*name}</button>
                                " "<span id=id class="scenario-summary">{summary}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <div class="field">
                    <label for="load-scenario">{tr(T::LoadScenarioFile)}</label>
                    <input id="load-scenario" type="file" accept=".json,application/json" on:change=on_scenario_file/>
                </div>
            </section>
            <crate::components::edition_select::EditionSelect/>
            <section class="panel danger-zone">
                <p>{tr(T::ResetLabWarning)}</p>
                <button type="button" class="danger" on:click=reset>{tr(T::ResetLab)}</button>
            </section>
            <LeadBack/>
            <ReplaceLabDialog ask=ask/>
        </main>
    }
}

/// The way back to where the learner works: the console, or signing in.
#[component]
fn LeadBack() -> impl IntoView {
    let ctx = use_lab();
    let signed_in = move || ctx.lab.with(|l| l.session_account().is_some());
    view! {
        <p class="lead-back">
            {move || if signed_in() {
                view! { <A href=crate::browser::app_href("/console")>{tr(T::BackToConsole)}</A> }.into_any()
            } else {
                view! { <A href=crate::browser::app_href("/")>{tr(T::BackToStart)}</A> }.into_any()
            }}
        </p>
    }
}
