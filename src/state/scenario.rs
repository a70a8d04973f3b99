//! Loading a scenario (`?scenario=NAME` or a file): passwords are hashed and MFA
//! seeds sealed on load, through the same WebCrypto path as a sign-in, and the
//! outcome is said in a notice on every page.

use super::{use_locale, LabCtx};
use crate::domain::scenario::{named_scenario, Scenario, ScenarioError, ScenarioLoaded};
use crate::i18n::Locale;
use leptos::prelude::*;

/// The last scenario outcome: what loaded, or why nothing changed.
#[derive(Clone, Copy)]
pub struct ScenarioNotice(pub RwSignal<Option<Result<LoadedNotice, RefusedNotice>>>);

/// Why a scenario was not loaded, in the learner's language where the lab has
/// the words (a validator's rule, `path: reason`, stays as the format's English).
#[derive(Clone, Debug, PartialEq)]
pub enum RefusedNotice {
    Scenario(ScenarioError),
    /// The module that builds scenarios could not be fetched.
    NotFetched,
}

impl RefusedNotice {
    pub fn shown(self) -> impl Fn() -> String + Send + Sync + 'static {
        let locale = use_locale();
        move || match &self {
            RefusedNotice::Scenario(e) => crate::i18n::training::scenario_refusal(e, locale.get()),
            RefusedNotice::NotFetched => crate::i18n::T::PartNotLoaded.text(locale.get()).into(),
        }
    }
}

/// What the notice says of a loaded scenario: its name and description, the
/// description in the learner's language when it is a built-in's own.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedNotice {
    name: String,
    description: Option<String>,
}

impl LoadedNotice {
    /// `NAME. DESCRIPTION`, following the language chosen.
    pub fn shown(self) -> impl Fn() -> String + Send + Sync + 'static {
        let locale = use_locale();
        let builtin = crate::i18n::training::builtin_scenario(&self.name)
            .map(|(_, description)| description)
            // A file may reuse a built-in's name: only its own words are translated.
            .filter(|d| self.description.as_deref() == Some(d.text(Locale::En)));
        move || {
            let description = match builtin {
                Some(d) => Some(d.text(locale.get())),
                None => self.description.as_deref(),
            };
            match description {
                Some(d) => format!("{}. {d}", self.name),
                None => self.name.clone(),
            }
        }
    }
}

pub fn provide_scenario_notice() -> ScenarioNotice {
    let notice = ScenarioNotice(RwSignal::new(None));
    provide_context(notice);
    notice
}

pub fn use_scenario_notice() -> ScenarioNotice {
    expect_context::<ScenarioNotice>()
}

impl LabCtx {
    /// Replaces the lab with the scenario's; a refused one changes nothing.
    pub fn load_scenario(
        self,
        scenario: Result<Scenario, ScenarioError>,
        notice: ScenarioNotice,
        then: impl FnOnce(ScenarioLoaded) + 'static,
    ) {
        let scenario = match scenario {
            Ok(s) => s,
            Err(e) => return notice.0.set(Some(Err(RefusedNotice::Scenario(e)))),
        };
        self.act_with_password(
            move |lab, kdf, rng, now| scenario.load_into(lab, kdf, rng, now),
            move |result| match result {
                Ok(loaded) => {
                    self.forget_seal_key();
                    notice.0.set(Some(Ok(LoadedNotice {
                        name: loaded.name.clone().unwrap_or_default(),
                        description: loaded.description.clone(),
                    })));
                    then(loaded);
                }
                Err(e) => notice.0.set(Some(Err(RefusedNotice::Scenario(e)))),
            },
        );
    }
}

/// `?scenario=NAME` in the address, taken out of it at once (before any page
/// redirects) so that a reload keeps the learner's progress instead of loading
/// the scenario again. Only the name: building the scenario is in a module
/// loaded on first need (`app/lazy.rs`), given to `named_scenario`.
pub fn take_scenario_from_address() -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let search = location.search().ok()?;
    let name = crate::domain::scenario::scenario_name_in_query(&search)?;
    let rest: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("scenario="))
        .collect();
    let query = if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    };
    let url = format!(
        "{}{query}{}",
        location.pathname().ok()?,
        location.hash().ok()?
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
    Some(name)
}

/// The scenario of that name, or why there is none.
pub fn scenario_named(name: &str) -> Result<Scenario, ScenarioError> {
    named_scenario(name)
}
