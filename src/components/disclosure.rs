//! A collapsible section of the Security credentials page, its heading a button
//! that reports `aria-expanded`, as the console's sections do. A section the
//! guided panel sent the learner to (`guided`) opens, is highlighted and comes
//! into view.

use leptos::prelude::*;

#[component]
pub fn Disclosure(
    title: Signal<&'static str>,
    #[prop(optional)] open: bool,
    #[prop(optional, into)] guided: MaybeProp<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    let expanded = RwSignal::new(open);
    let section = NodeRef::<leptos::html::Section>::new();
    let guided = Memo::new(move |_| guided.get().unwrap_or(false));
    Effect::new(move |_| {
        if guided.get() {
            expanded.set(true);
            if let Some(el) = section.get() {
                el.scroll_into_view();
            }
        }
    });
    view! {
        <section class="disclosure" class:guided-section=move || guided.get() node_ref=section>
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
