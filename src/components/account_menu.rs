//! The account menu, as an ARIA menu button: the button opens it (Enter, Space,
//! ArrowDown to the first item, ArrowUp to the last); in the menu the arrows,
//! Home and End move, Escape closes it back to the button, Tab closes it. Above
//! the items, the account ID with a button that copies it, as the console has.

use crate::i18n::T;
use crate::state::tr;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where focus goes inside the open menu.
#[derive(Clone, Copy)]
pub enum MenuFocus {
    First,
    Last,
}

fn items(menu: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = menu.query_selector_all("[role='menuitem']") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Moves focus among the menu's items, wrapping round as the pattern asks.
pub fn move_in_menu(menu: &web_sys::HtmlElement, key: &str) -> bool {
    let items = items(menu);
    if items.is_empty() {
        return false;
    }
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = items.iter().position(|i| {
        active
            .as_ref()
            .is_some_and(|a| a == i.unchecked_ref::<web_sys::Element>())
    });
    let last = items.len() - 1;
    let next = match (key, at) {
        ("ArrowDown", Some(i)) => (i + 1) % items.len(),
        ("ArrowUp", Some(0)) => last,
        ("ArrowUp", Some(i)) => i - 1,
        ("ArrowDown", None) | ("Home", _) => 0,
        ("ArrowUp", None) | ("End", _) => last,
        _ => return false,
    };
    let _ = items[next].focus();
    true
}

/// Focuses the first or last item once the opened menu is drawn.
pub fn focus_item(menu: NodeRef<html::Ul>, which: MenuFocus) {
    request_animation_frame(move || {
        if let Some(m) = menu.get_untracked() {
            let key = match which {
                MenuFocus::First => "Home",
                MenuFocus::Last => "End",
            };
            move_in_menu(&m, key);
        }
    });
}

/// The account ID, hyphenated as the console shows it, and a Copy button.
#[component]
pub fn AccountIdCopy(id: String) -> impl IntoView {
    let copied = RwSignal::new(false);
    let text = id.replace('-', "");
    let copy = move |_| {
        let clipboard = web_sys::window()
            .map(|w| w.navigator())
            .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
            .filter(|c| !c.is_undefined());
        let write = clipboard.as_ref().and_then(|c| {
            js_sys::Reflect::get(c, &"writeText".into())
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()
        });
        if let (Some(c), Some(w)) = (clipboard, write) {
            let _ = w.call1(&c, &text.clone().into());
            copied.set(true);
        }
    };
    view! {
        <p class="menu-account-id">
            <span>{tr(T::AccountId)}": "<span class="mono id">{id}</span></span>
            <button type="button" class="copy-button" aria-label=tr(T::CopyAccountId) on:click=copy>
                <span aria-hidden="true">"⧉"</span>
            </button>
            <span class="copied" role="status">{move || copied.get().then(tr(T::Copied))}</span>
        </p>
    }
}
