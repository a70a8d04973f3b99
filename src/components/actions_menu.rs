//! A menu button (`Actions`) with its menu items, as the WAI-ARIA menu button
//! pattern has it: Enter or a click opens it with focus on the first item, the
//! arrow keys move, Escape closes it and focus returns to the button.

use crate::i18n::T;
use crate::state::{tr, use_locale};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One item: its name, whether it applies now, and what it does.
#[derive(Clone)]
pub struct MenuItem {
    pub label: T,
    pub enabled: Signal<bool>,
    pub run: Callback<()>,
}

fn items_of(menu: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = menu.query_selector_all("[role=menuitem]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// `named_for` follows the label in the button's accessible name (`Actions AKIA...`).
#[component]
pub fn ActionsMenu(label: T, named_for: String, items: Vec<MenuItem>) -> impl IntoView {
    let locale = use_locale();
    let open = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    let container = NodeRef::<html::Div>::new();
    let menu = NodeRef::<html::Ul>::new();
    let menu_id = format!("menu-{}", named_for.to_lowercase());
    let focus_item = move |step: i32| {
        let Some(m) = menu.get_untracked() else {
            return;
        };
        let all = items_of(&m);
        if all.is_empty() {
            return;
        }
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let at = all
            .iter()
            .position(|el| active.as_ref() == Some(el.as_ref()));
        let n = all.len() as i32;
        let next = match at {
            Some(i) => (i as i32 + step).rem_euclid(n),
            None if step < 0 => n - 1,
            None => 0,
        };
        let _ = all[next as usize].focus();
    };
    let close = move || {
        open.set(false);
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    };
    Effect::new(move |_| {
        if open.get() && menu.get().is_some() {
            focus_item(1);
        }
    });
    let on_key = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => {
            ev.prevent_default();
            focus_item(1)
        }
        "ArrowUp" => {
            ev.prevent_default();
            focus_item(-1)
        }
        "Escape" | "Tab" => close(),
        _ => {}
    };
    // Focus leaving the button and its menu (a click elsewhere) closes the menu.
    let on_focus_out = move |ev: web_sys::FocusEvent| {
        let to = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = container
            .get_untracked()
            .is_some_and(|c| to.is_some_and(|n| c.contains(Some(&n))));
        if !inside {
            open.set(false);
        }
    };
    let name = named_for.clone();
    let controls = menu_id.clone();
    let button_id = format!("{menu_id}-button");
    let labelled_by = button_id.clone();
    view! {
        <div class="menu-button" node_ref=container on:keydown=on_key on:focusout=on_focus_out>
            <button type="button" id=button_id node_ref=button aria-haspopup="menu" aria-controls=controls
                aria-expanded=move || open.get().to_string()
                aria-label=move || format!("{} {}", label.text(locale.get()), name)
                on:click=move |_| open.update(|o| *o = !*o)>
                {tr(label)}<span aria-hidden="true">" ▾"</span>
            </button>
            <Show when=move || open.get()>
                <ul role="menu" id=menu_id.clone() aria-labelledby=labelled_by.clone() node_ref=menu class="menu">
                    {items.clone().into_iter().map(|item| view! {
                        <li role="none">
                            <button type="button" role="menuitem" tabindex="-1"
                                aria-disabled=move || (!item.enabled.get()).to_string()
                                on:click=move |_| if item.enabled.get_untracked() {
                                    // Back on the button first, so a dialog the item
                                    // opens returns focus there when it closes.
                                    close();
                                    item.run.run(());
                                }>
                                {tr(item.label)}
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
