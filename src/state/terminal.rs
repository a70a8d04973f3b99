//! This tab's CloudShell: the terminal (and any keys configured in it), what its
//! screen shows, the lines typed and the note beside it. Memory only, kept
//! across pages; provided at the root so leaving CloudShell loses nothing.

use crate::domain::cli::{Note, Terminal};
use leptos::prelude::*;

/// One line on the terminal's screen, and how it is styled.
#[derive(Clone, PartialEq, Eq)]
pub enum Shown {
    Typed(String),
    Out(String),
    Err(String),
}

#[derive(Clone, Copy)]
pub struct TerminalCtx {
    pub terminal: RwSignal<Terminal>,
    pub screen: RwSignal<Vec<Shown>>,
    pub history: RwSignal<Vec<String>>,
    pub note: RwSignal<Option<Note>>,
}

impl TerminalCtx {
    pub fn provide() {
        provide_context(TerminalCtx {
            terminal: RwSignal::new(Terminal::new()),
            screen: RwSignal::new(Vec::new()),
            history: RwSignal::new(Vec::new()),
            note: RwSignal::new(None),
        });
    }
}

pub fn use_terminal() -> TerminalCtx {
    expect_context::<TerminalCtx>()
}
