//! CloudShell: a terminal whose `aws` answers from the lab. The terminal (and any
//! keys configured in it) lives in this tab's memory only, kept across pages.

use crate::components::page_title::PageTitle;
use crate::domain::cli::{history, Note, OutLine, Terminal};
use crate::i18n::T;
use crate::state::{tr, use_lab, use_locale, use_terminal, Shown};
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;

fn note_text(n: Note) -> T {
    match n {
        Note::KeyInactive => T::NoteKeyInactive,
        Note::KeyUnknownOrDeleted => T::NoteKeyUnknownOrDeleted,
        Note::WrongSecret => T::NoteWrongSecret,
        Note::NoCredentials => T::NoteNoCredentials,
    }
}

#[component]
pub fn CloudShellPage() -> impl IntoView {
    let ctx = use_lab();
    let locale = use_locale();
    let term = use_terminal();
    term.start();
    let (line, cursor) = (term.line, term.cursor);
    let output = NodeRef::<html::Div>::new();
    let signed_in = move || ctx.lab.with(|l| l.session_account().is_some());

    let run = move || {
        let typed = line.get_untracked();
        line.set(String::new());
        cursor.set(None);
        let prompt = term.with_untracked(Terminal::prompt);
        if term.with_untracked(Terminal::at_command_prompt) && !typed.trim().is_empty() {
            term.history.update(|h| h.push(typed.clone()));
        }
        let shown = format!("{prompt}{typed}");
        // Inside the lock all tabs share, as the console's Create button is: two
        // terminals creating a key at the same instant must not make a third.
        ctx.act(
            move |lab, rng, now| term.update(|t| t.run_line(lab, &typed, rng, now)),
            move |outcome| {
                term.note.set(outcome.note);
                term.screen.update(|s| {
                    if outcome.clear {
                        s.clear();
                    } else {
                        s.push(Shown::Typed(shown));
                    }
                    s.extend(outcome.output.into_iter().map(|o| match o {
                        OutLine::Stdout(t) => Shown::Out(t),
                        OutLine::Stderr(t) => Shown::Err(t),
                    }));
                });
            },
        );
    };
    // The answer arrives after the lock is granted and renders after that: scroll
    // once the browser has laid out the new lines, and whenever the window resizes.
    let to_bottom = move || {
        request_animation_frame(move || {
            // The page may have been left meanwhile.
            if let Some(el) = output.try_get_untracked().flatten() {
                el.set_scroll_top(el.scroll_height());
            }
        })
    };
    Effect::new(move |_| {
        term.screen.track();
        to_bottom();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| to_bottom());
    on_cleanup(move || resize.remove());
    // While `aws configure` asks, its question names the box first, as the
    // prompt beside it says to a sighted learner; the box stays `Command` too
    // (ui-contract.md), so suites that answer the questions still find it.
    let command_name = tr(T::TerminalCommand);
    let input_name = move || {
        if term.with(Terminal::at_command_prompt) {
            command_name().to_string()
        } else {
            let prompt = term.with(Terminal::prompt);
            format!("{} {}", prompt.trim(), command_name())
        }
    };
    let browse = move |older: bool| {
        let history = term.history.get_untracked();
        // Nothing typed before: the line being typed stays as it is.
        if history.is_empty() {
            return;
        }
        let next = history::browse(history.len(), cursor.get_untracked(), older);
        cursor.set(next);
        line.set(next.map(|i| history[i].clone()).unwrap_or_default());
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            run();
        }
        "ArrowUp" => {
            ev.prevent_default();
            browse(true);
        }
        "ArrowDown" => {
            ev.prevent_default();
            browse(false);
        }
        _ => {}
    };

    view! {
        <main class="page cloudshell">
            <h1>{tr(T::CloudShellHeading)}</h1>
            <PageTitle parts=&[T::CloudShellHeading]/>
            <p class="hint">{tr(T::CloudShellIntro)}</p>
            <Show when=move || !signed_in()>
                <p class="alert alert-warning">
                    {tr(T::CloudShellSignedOut)}{move || crate::i18n::sentence_gap(locale.get())}
                    <A href=crate::browser::app_href("/signin?next=/console/cloudshell")>{tr(T::SignInButton)}</A>
                </p>
            </Show>
            <div class="terminal-layout">
                <div class="terminal">
                    <div class="terminal-output" role="log" aria-label=tr(T::TerminalOutput) node_ref=output tabindex="0">
                        <Show when=move || term.screen.with(Vec::is_empty)>
                            <p class="terminal-welcome">{tr(T::TerminalWelcome)}</p>
                        </Show>
                        {move || term.screen.get().into_iter().map(|l| match l {
                            Shown::Typed(t) => view! { <pre class="typed">{t}</pre> },
                            Shown::Out(t) => view! { <pre class="stdout">{t}</pre> },
                            Shown::Err(t) => view! { <pre class="stderr">{t}</pre> },
                        }).collect_view()}
                    </div>
                    <div class="terminal-input">
                        <span class="prompt" aria-hidden="true">{move || term.with(Terminal::prompt)}</span>
                        <label for="terminal-command" class="visually-hidden">{input_name}</label>
                        <input id="terminal-command" type="text" autocomplete="off" spellcheck="false"
                            autocapitalize="off" bind:value=line on:keydown=on_key/>
                    </div>
                </div>
                {move || term.note.get().map(|n| view! {
                    <aside class="terminal-note" aria-live="polite">
                        <h2>{tr(T::WhyRefused)}</h2>
                        <p>{note_text(n).text(locale.get())}</p>
                    </aside>
                })}
            </div>
        </main>
    }
}
