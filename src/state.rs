//! The views' state, below every widget: the one writer of the lab (`LabCtx`,
//! read-only to views except through `act*`), scenario loading and its notice,
//! the CloudShell terminal of this tab, and the watch that ends that terminal
//! (and an expired session) with the session. Each is one context, provided by
//! `App` and reached through its `use_*` hook.

mod lab;
mod scenario;
mod session_watch;
mod terminal;
mod waiting;

pub use lab::{tr, use_lab, use_locale, LabCtx, EXPORT_FILE_NAME};
pub use scenario::{
    provide_scenario_notice, scenario_named, take_scenario_from_address, use_scenario_notice,
    ScenarioNotice,
};
pub use session_watch::{end_if_expired, use_session_expired, watch_session};
pub use terminal::{use_terminal, Shown, TerminalCtx};
