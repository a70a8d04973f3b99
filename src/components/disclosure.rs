//! A collapsible section of the Security credentials page, its heading a button
//! that reports `aria-expanded`, as the console's sections do.

use leptos::prelude::*;

#[component]
pub fn Disclosure(
    title: Signal<&'static str>,
    #[prop(optional)] open: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let expanded = RwSignal::new(open);
    view! {
        <section class="disclosure">
            <h2>
                <button
                    type="button"
                    class="disclosure-toggle"
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    <span class="chevron" aria-hidden="true">{move || if expanded.get() { "▾" } else { "▸" }}</span>
                    {title}
                </button>
            </h2>
            <Show when=move || expanded.get()>
                <div class="disclosure-body">{children()}</div>
            </Show>
        </section>
    }
}
