//! Loading a scenario (`?scenario=NAME` or a file): passwords are hashed and MFA
//! seeds sealed on load, through the same WebCrypto path as a sign-in, and the
//! outcome is said in a notice on every page.

use super::LabCtx;
use crate::domain::scenario::{named_scenario, Scenario, ScenarioError, ScenarioLoaded};
use leptos::prelude::*;

/// The last scenario outcome: what loaded, or why nothing changed.
#[derive(Clone, Copy)]
pub struct ScenarioNotice(pub RwSignal<Option<Result<String, String>>>);

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
            Err(e) => return notice.0.set(Some(Err(e.to_string()))),
        };
        self.act_with_password(
            move |lab, kdf, rng, now| scenario.load_into(lab, kdf, rng, now),
            move |result| match result {
                Ok(loaded) => {
                    self.forget_seal_key();
                    let name = loaded.name.clone().unwrap_or_default();
                    let text = match &loaded.description {
                        Some(d) => format!("{name}. {d}"),
                        None => name,
                    };
                    notice.0.set(Some(Ok(text)));
                    then(loaded);
                }
                Err(e) => notice.0.set(Some(Err(e.to_string()))),
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
