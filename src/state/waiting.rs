//! Changes waiting for the tab lock. The lock is granted asynchronously, a few
//! milliseconds after a click; a page left in that moment (an address typed, a
//! link followed, the tab closed) must not drop the learner's change. So the
//! waiting changes are kept here, in order, and `flush` makes them at once when
//! the page is hidden for good: still a compare-and-set on a fresh read, only
//! without the lock, which a page being left cannot wait for.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// One change: runs the compare-and-set and says whether it wrote.
pub type Change = Box<dyn FnOnce() -> bool>;

thread_local! {
    static WAITING: RefCell<VecDeque<(u64, Change)>> = const { RefCell::new(VecDeque::new()) };
    static NEXT: Cell<u64> = const { Cell::new(0) };
}

/// Keeps a change until its turn (`take`) or the page is left (`flush`).
pub fn wait(change: Change) -> u64 {
    let id = NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    WAITING.with(|w| w.borrow_mut().push_back((id, change)));
    id
}

/// The change, if `flush` has not made it already.
pub fn take(id: u64) -> Option<Change> {
    WAITING.with(|w| {
        let mut w = w.borrow_mut();
        let at = w.iter().position(|(i, _)| *i == id)?;
        w.remove(at).map(|(_, change)| change)
    })
}

/// Makes every waiting change now, oldest first.
pub fn flush() {
    while let Some((_, change)) = WAITING.with(|w| w.borrow_mut().pop_front()) {
        change();
    }
}
