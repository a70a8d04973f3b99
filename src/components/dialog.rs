//! A modal built on the native `<dialog>` and `showModal()`: the browser moves
//! focus in, keeps Tab inside, and makes the page behind inert.

use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    // One modal is open at a time; focus goes back to what opened it.
    static OPENER: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
}

fn focused_element() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// `on_escape` decides what Esc does; the dialog never closes on its own, so the
/// view's state stays the single truth of whether it is open.
#[component]
pub fn Modal(
    title: Signal<&'static str>,
    on_escape: Callback<()>,
    children: Children,
) -> impl IntoView {
    let node = NodeRef::<html::Dialog>::new();
    node.on_load(|d| {
        OPENER.with(|o| *o.borrow_mut() = focused_element());
        let _ = d.show_modal();
    });
    on_cleanup(|| {
        if let Some(el) = OPENER.with(|o| o.borrow_mut().take()) {
            if el.is_connected() {
                let _ = el.focus();
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
        >
            <h2 id=title_id>{title}</h2>
            {children()}
        </dialog>
    }
}

fn next_id() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
