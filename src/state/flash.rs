//! The flash bars at the top of the console, as AWS shows them: one line per
//! completed action (green) or refusal (red), kept until dismissed or until the
//! session ends. The bars are also the live region that reads them out.

use crate::i18n::T;
use leptos::prelude::*;

/// How many bars stay at once: older ones give way.
const KEPT: usize = 3;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FlashKind {
    Success,
    Error,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Flash {
    /// Tells two bars with the same text apart, so a repeated action shows
    /// (and is read out) again.
    pub id: u64,
    pub kind: FlashKind,
    pub text: T,
}

#[derive(Clone, Copy)]
pub struct FlashCtx {
    bars: RwSignal<Vec<Flash>>,
    next: StoredValue<u64>,
}

impl FlashCtx {
    pub fn provide() {
        provide_context(FlashCtx {
            bars: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        });
    }

    pub fn success(&self, text: T) {
        self.push(FlashKind::Success, text);
    }

    pub fn error(&self, text: T) {
        self.push(FlashKind::Error, text);
    }

    fn push(&self, kind: FlashKind, text: T) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        // Newest first, as the console stacks them.
        self.bars.update(|b| {
            b.insert(0, Flash { id, kind, text });
            b.truncate(KEPT);
        });
    }

    pub fn dismiss(&self, id: u64) {
        self.bars.update(|b| b.retain(|f| f.id != id));
    }

    /// A new session starts with no bars from the last one.
    pub fn clear(&self) {
        self.bars.set(Vec::new());
    }

    pub fn of_kind(&self, kind: FlashKind) -> Vec<Flash> {
        self.bars
            .with(|b| b.iter().filter(|f| f.kind == kind).copied().collect())
    }
}

pub fn use_flash() -> FlashCtx {
    expect_context::<FlashCtx>()
}
