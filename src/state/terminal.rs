//! This tab's CloudShell: the terminal (and any keys configured in it), what its
//! screen shows, the lines typed and the note beside it. Memory only, kept
//! across pages; provided at the root so leaving CloudShell loses nothing. It
//! belongs to one console session: [`TerminalCtx::reset`] ends it when the
//! session does (see `session_watch`). The terminal itself starts when CloudShell
//! first shows it, so the first load does not carry the terminal's code.

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
    /// `None` until CloudShell starts it (`start`), and again after `reset`.
    terminal: RwSignal<Option<Terminal>>,
    pub screen: RwSignal<Vec<Shown>>,
    pub history: RwSignal<Vec<String>>,
    pub note: RwSignal<Option<Note>>,
    /// The line being typed, not yet run: it may hold a secret too.
    pub line: RwSignal<String>,
    /// Where Up/Down stands in the history; None is the line being typed.
    pub cursor: RwSignal<Option<usize>>,
}

impl TerminalCtx {
    pub fn provide() {
        provide_context(TerminalCtx {
            terminal: RwSignal::new(None),
            screen: RwSignal::new(Vec::new()),
            history: RwSignal::new(Vec::new()),
            note: RwSignal::new(None),
            line: RwSignal::new(String::new()),
            cursor: RwSignal::new(None),
        });
    }

    /// A new terminal, as the next person's CloudShell starts: no variables, no
    /// configured keys, nothing on the screen, nothing under the Up arrow.
    pub fn reset(&self) {
        self.terminal.set(None);
        self.screen.set(Vec::new());
        self.history.set(Vec::new());
        self.note.set(None);
        self.line.set(String::new());
        self.cursor.set(None);
    }
}

impl TerminalCtx {
    /// A fresh CloudShell session's terminal, unless this tab has one running.
    pub fn start(&self) {
        if self.terminal.with_untracked(Option::is_none) {
            self.terminal.set(Some(Terminal::new()));
        }
    }

    /// Reads the terminal (tracked), as it is or as it would start.
    pub fn with<R>(&self, read: impl FnOnce(&Terminal) -> R) -> R {
        self.terminal.with(|t| match t {
            Some(t) => read(t),
            None => read(&Terminal::new()),
        })
    }

    /// `with`, untracked.
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Terminal) -> R) -> R {
        self.terminal.with_untracked(|t| match t {
            Some(t) => read(t),
            None => read(&Terminal::new()),
        })
    }

    /// Changes the running terminal, starting it first if need be.
    pub fn update<R: Default>(&self, change: impl FnOnce(&mut Terminal) -> R) -> R {
        self.start();
        self.terminal
            .try_update(|t| t.as_mut().map(change))
            .flatten()
            .unwrap_or_default()
    }
}

pub fn use_terminal() -> TerminalCtx {
    expect_context::<TerminalCtx>()
}
