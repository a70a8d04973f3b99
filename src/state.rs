//! The views' state, below every widget: the one writer of the lab (`LabCtx`,
//! read-only to views except through `act*`), scenario loading and its notice,
//! and the CloudShell terminal of this tab. Each is one context, provided by
//! `App` and reached through its `use_*` hook.

mod lab;
mod scenario;
mod terminal;
mod waiting;

pub use lab::{tr, use_lab, use_locale, LabCtx};
pub use scenario::{provide_scenario_notice, take_scenario_from_address, use_scenario_notice};
pub use terminal::{use_terminal, Shown, TerminalCtx};
