//! The views' state, below every widget: the one writer of the lab (`LabCtx`,
//! read-only to views except through `act*`), scenario loading and its notice,
//! the console edition, the flash bars, the CloudShell terminal of this tab, the
//! watch that ends that terminal (and an expired session) with the session, and
//! what the guided panel points at. Each is one context, provided by `App` and
//! reached through its `use_*` hook.

mod edition;
mod flash;
mod guide;
mod lab;
mod scenario;
mod session_watch;
mod terminal;
mod waiting;

pub use edition::{choose_edition, provide_edition, use_edition};
pub use flash::{use_flash, Flash, FlashCtx, FlashKind};
pub use guide::{provide_guide, use_guide};
pub use lab::{tr, use_lab, use_locale, ChunkFailed, LabCtx, EXPORT_FILE_NAME};
pub use scenario::{
    provide_scenario_notice, scenario_named, take_scenario_from_address, use_scenario_notice,
    RefusedNotice, ScenarioNotice,
};
pub use session_watch::{end_if_expired, use_session_expired, watch_session};
pub use terminal::{use_terminal, Shown, TerminalCtx};
