//! A modal built on the native `<dialog>` and `showModal()`: the browser moves
//! focus in, keeps Tab inside, and makes the page behind inert.

use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// What opened the modal, and its ancestors nearest first: when the opener is
/// gone on closing (the deleted key's row), focus goes to the first control
/// still there inside the nearest ancestor left (the next row, the section).
struct Opener {
    element: web_sys::HtmlElement,
    ancestors: Vec<web_sys::Element>,
}

impl Opener {
    fn now() -> Option<Opener> {
        let element = focused_element()?;
        let mut ancestors = Vec::new();
        let mut at = element.parent_element();
        while let Some(el) = at {
            at = el.parent_element();
            ancestors.push(el);
        }
        Some(Opener { element, ancestors })
    }

    fn refocus(self) {
        if self.element.is_connected() {
            let _ = self.element.focus();
            return;
        }
        let next = self
            .ancestors
            .iter()
            .filter(|a| a.is_connected())
            .find_map(|a| a.query_selector(FOCUSABLE).ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = next {
            let _ = el.focus();
        }
    }
}

thread_local! {
    // One modal is open at a time; focus goes back to what opened it.
    static OPENER: RefCell<Option<Opener>> = const { RefCell::new(None) };
    static OPEN: RefCell<Option<web_sys::HtmlDialogElement>> = const { RefCell::new(None) };
}

fn focused_element() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// `on_escape` decides what Esc does; the dialog never closes on its own, so the
/// view's state stays the single truth of whether it is open. `heading`, when
/// given, replaces `title` with text built at run time (a title naming a key).
#[component]
pub fn Modal(
    title: Signal<&'static str>,
    on_escape: Callback<()>,
    children: Children,
    #[prop(optional)] heading: Option<Signal<String>>,
) -> impl IntoView {
    let node = NodeRef::<html::Dialog>::new();
    node.on_load(|d| {
        OPENER.with(|o| *o.borrow_mut() = Opener::now());
        let _ = d.show_modal();
        OPEN.with(|o| *o.borrow_mut() = Some(d));
    });
    on_cleanup(|| {
        // Cleanup runs before the element leaves the page: close it first, or the
        // page behind is still inert and cannot take focus.
        if let Some(d) = OPEN.with(|o| o.borrow_mut().take()) {
            d.close();
        }
        // After the change that closed the dialog has been drawn: a deleted
        // row is only then gone, or still there to be focused.
        if let Some(opener) = OPENER.with(|o| o.borrow_mut().take()) {
            if let Some(w) = web_sys::window() {
                let later = wasm_bindgen::closure::Closure::once_into_js(move || opener.refocus());
                let _ = w.request_animation_frame(later.unchecked_ref());
            }
        }
    });
    let title_id = format!("dialog-{}", next_id());
    let labelled_by = title_id.clone();
    view! {
        <dialog
            node_ref=node
            class="modal"
            aria-labelledby=labelled_by
            on:cancel=move |ev: web_sys::Event| {
                ev.prevent_default();
                on_escape.run(());
            }
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Tab" {
                    if let Some(d) = node.get_untracked() {
                        keep_tab_inside(&d, &ev);
                    }
                }
            }
        >
            <h2 id=title_id>{move || heading.map_or_else(|| title.get().to_string(), |h| h.get())}</h2>
            {children()}
        </dialog>
    }
}

const FOCUSABLE: &str = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// A modal dialog lets Tab leave for the browser's own UI after its last
/// control; wrapping round keeps keyboard users inside until it closes.
fn keep_tab_inside(dialog: &web_sys::HtmlDialogElement, ev: &web_sys::KeyboardEvent) {
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = focused_element();
    let at = |el: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == el);
    let target = if ev.shift_key() && at(first) {
        Some(last)
    } else if !ev.shift_key() && at(last) {
        Some(first)
    } else {
        None
    };
    if let Some(t) = target {
        ev.prevent_default();
        let _ = t.focus();
    }
}

fn next_id() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
