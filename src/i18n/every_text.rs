//! `T::text`: the first screen's table, then every entry's once the lab engine
//! has registered it. In native builds (tests, the fuzzer) there is one module,
//! so every entry is there from the start.

use super::catalogue::{every_text, T};
use super::{first_screen, Locale};

type Table = fn(T, Locale) -> &'static str;

#[cfg(target_arch = "wasm32")]
static EVERY_TEXT: std::sync::OnceLock<Table> = std::sync::OnceLock::new();

/// Makes every entry's text available; called by the lab engine's module, so
/// the table (and all its texts) is in that module, not the first load.
pub fn register_every_text() {
    #[cfg(target_arch = "wasm32")]
    let _ = EVERY_TEXT.set(every_text as Table);
}

#[cfg(target_arch = "wasm32")]
fn every() -> Option<Table> {
    EVERY_TEXT.get().copied()
}

#[cfg(not(target_arch = "wasm32"))]
fn every() -> Option<Table> {
    Some(every_text)
}

impl T {
    /// This entry's text; empty only for an entry the first screen does not
    /// list, asked for before the lab engine loaded (`first_screen.rs`'s test
    /// keeps the first screen's files from doing so).
    pub fn text(self, locale: Locale) -> &'static str {
        first_screen::text(self, locale)
            .or_else(|| every().map(|table| table(self, locale)))
            .unwrap_or("")
    }
}
