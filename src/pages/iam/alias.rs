//! The account alias: set, replace or delete it, and the sign-in URL it makes.

use crate::components::denied::denied_text;
use crate::components::field::Field;
use crate::components::lab_note::LabNote;
use crate::domain::iam::alias::{alias_validation_message, AliasProblem};
use crate::domain::ids::AccountId;
use crate::domain::lab::{sign_in_url, Refused};
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab};
use leptos::prelude::*;

#[component]
pub fn AliasPanel(account: AccountId) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let current = Memo::new(move |_| {
        ctx.lab
            .with(|l| l.account(account).and_then(|a| a.alias.clone()))
    });
    let typed = RwSignal::new(current.get_untracked().unwrap_or_default());
    let problem = RwSignal::new(None::<T>);
    // IAM's own answer to the refused alias, and whether it was the uniqueness
    // the lab can check only within this browser.
    let aws_text = RwSignal::new(None::<String>);
    let taken = RwSignal::new(false);
    let done = RwSignal::new(None::<T>);
    let url = move || sign_in_url(account, current.get().as_deref());

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let alias = typed.get_untracked();
        let Some(actor) = ctx.actor() else { return };
        let trimmed = alias.trim().to_string();
        let typed_alias = trimmed.clone();
        ctx.act(
            move |lab, _, _| lab.set_account_alias(&actor, account, &alias),
            move |result| match result {
                Ok(()) => {
                    problem.set(None);
                    aws_text.set(None);
                    taken.set(false);
                    typed.set(trimmed);
                    done.set(Some(T::AliasSaved));
                    flash.success(T::AliasSaved);
                }
                // What was typed stays in the box, to be corrected.
                Err(r) => {
                    done.set(None);
                    let (text, is_taken) = match &r {
                        Refused::Problem(p) => (
                            alias_validation_message(&typed_alias, *p),
                            *p == AliasProblem::Taken,
                        ),
                        Refused::Denied(_) => (None, false),
                    };
                    aws_text.set(text);
                    taken.set(is_taken);
                    problem.set(Some(match r {
                        Refused::Problem(p) => p.into(),
                        Refused::Denied(d) => denied_text(d),
                    }));
                }
            },
        );
    };
    let delete = move |_| {
        let Some(actor) = ctx.actor() else { return };
        ctx.act(
            move |lab, _, _| lab.delete_account_alias(&actor, account),
            move |result| {
                if let Err(d) = result {
                    return problem.set(Some(denied_text(d)));
                }
                typed.set(String::new());
                problem.set(None);
                aws_text.set(None);
                taken.set(false);
                done.set(Some(T::AliasDeleted));
                flash.success(T::AliasDeleted);
            },
        );
    };
    view! {
        <section class="panel">
            <h2>{tr(T::IamAccountSection)}</h2>
            <dl class="details">
                <dt>{tr(T::AccountId)}</dt><dd>{account.hyphenated()}</dd>
                <dt>{tr(T::SignInUrlForIamUsers)}</dt><dd class="mono sign-in-url">{url}</dd>
            </dl>
            <LabNote text=T::LabNoteSignInUrl/>
            {move || done.get().map(|t| view! { <p class="alert alert-success">{tr(t)}</p> })}
            <form class="alias-form" on:submit=save novalidate>
                <Field label=T::AccountAlias value=typed autocomplete="off" hint=T::AliasHint
                    errors=Signal::derive(move || problem.get().into_iter().collect::<Vec<_>>())
                    detail=Signal::derive(move || aws_text.get())/>
                <Show when=move || taken.get()>
                    <LabNote text=T::LabNoteAliasUnique/>
                </Show>
                <div class="form-buttons">
                    <button type="submit" class="primary">{tr(T::SaveAlias)}</button>
                    <Show when=move || current.with(Option::is_some)>
                        <button type="button" on:click=delete>{tr(T::DeleteAlias)}</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}
