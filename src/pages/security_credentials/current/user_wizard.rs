//! Creating an IAM user's access key in today's console (by an administrator on
//! the user's page, or by the user on their own Security credentials): the best
//! practices and alternatives with a use case to choose and acknowledge, an
//! optional description tag, then the keys to retrieve.

use super::super::key_actor::{actor, key_error_text};
use super::retrieve::RetrieveKey;
use crate::components::field::Field;
use crate::domain::access_key::NewAccessKey;
use crate::domain::iam::tag::tag_value_problem;
use crate::domain::lab::{DescriptionError, Identity, KeyError};
use crate::i18n::T;
use crate::state::{tr, use_flash, use_lab};
use leptos::prelude::*;

/// The console's use cases, in its order.
const USE_CASES: [T; 6] = [
    T::UseCaseCli,
    T::UseCaseLocalCode,
    T::UseCaseAwsCompute,
    T::UseCaseThirdParty,
    T::UseCaseOutside,
    T::UseCaseOther,
];

#[derive(Clone, Copy, PartialEq)]
enum Step {
    BestPractices,
    Description,
}

enum Refused {
    Key(KeyError),
    Description(DescriptionError),
}

#[component]
pub fn UserKeyWizard(owner: Identity, back: String) -> impl IntoView {
    let ctx = use_lab();
    let flash = use_flash();
    let leave = super::leave_steps(back);
    let owner = StoredValue::new(owner);
    let step = RwSignal::new(Step::BestPractices);
    let use_case = RwSignal::new(None::<T>);
    let acknowledged = RwSignal::new(false);
    let description = RwSignal::new(String::new());
    let error = RwSignal::new(None::<T>);
    let created = RwSignal::new(None::<(NewAccessKey, Option<T>)>);
    let problem = Memo::new(move |_| description.with(|d| tag_value_problem(d)));
    let problems = Signal::derive(move || {
        problem
            .get()
            .map(|p| DescriptionError::Value(p).into())
            .into_iter()
            .collect::<Vec<T>>()
    });
    let create = move |_| {
        if problem.get_untracked().is_some() {
            return;
        }
        let (o, text) = (owner.get_value(), description.get_untracked());
        ctx.act(
            move |lab, rng, now| {
                let me = actor(lab, now).map_err(Refused::Key)?;
                // Refuse a bad description before anything is stored.
                if let Some(p) = tag_value_problem(&text) {
                    return Err(Refused::Description(DescriptionError::Value(p)));
                }
                let key = lab
                    .create_access_key(&me, &o, rng, now)
                    .map_err(Refused::Key)?;
                // As on AWS, CreateAccessKey then TagUser: the key stays if tagging fails.
                let tagged = lab.set_access_key_description(&me, &o, key.id.as_str(), &text);
                Ok((key, tagged.err().map(T::from)))
            },
            move |result| match result {
                Ok(done) => {
                    error.set(None);
                    created.set(Some(done));
                    flash.success(T::KeyCreatedAnnouncement);
                }
                Err(Refused::Key(e)) => error.set(Some(key_error_text(e))),
                Err(Refused::Description(e)) => error.set(Some(e.into())),
            },
        )
    };
    let best_practices = move || {
        view! {
            <h1>{tr(T::BestPracticesHeading)}</h1>
            <p>{tr(T::BestPracticesIntro)}</p>
            <fieldset class="use-cases">
                <legend>{tr(T::UseCase)}</legend>
                {USE_CASES.iter().map(|&case| view! {
                    <label class="radio">
                        <input type="radio" name="use-case" prop:checked=move || use_case.get() == Some(case)
                            on:change=move |_| use_case.set(Some(case))/>
                        {tr(case)}
                    </label>
                }).collect_view()}
            </fieldset>
            <Show when=move || use_case.get().is_some()>
                <p class="alert alert-info">{tr(T::UseCaseAlternative)}</p>
                <label class="checkbox">
                    <input type="checkbox" bind:checked=acknowledged/>
                    {tr(T::BestPracticesAck)}
                </label>
            </Show>
            <div class="form-buttons">
                <button type="button" on:click=move |_| leave.run(())>{tr(T::Cancel)}</button>
                <button type="button" class="primary"
                    disabled=move || use_case.get().is_none() || !acknowledged.get()
                    on:click=move |_| step.set(Step::Description)>{tr(T::Next)}</button>
            </div>
        }
    };
    let describe = move || {
        view! {
            <h1>{tr(T::DescriptionTagHeading)}</h1>
            <p>{tr(T::DescriptionTagIntro)}</p>
            {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{tr(e)}</p> })}
            <Field label=T::DescriptionTagValue value=description autocomplete="off"
                hint=T::DescriptionTagHint errors=problems/>
            <div class="form-buttons">
                <button type="button" on:click=move |_| leave.run(())>{tr(T::Cancel)}</button>
                <button type="button" on:click=move |_| step.set(Step::BestPractices)>{tr(T::PreviousStep)}</button>
                <button type="button" class="primary" disabled=move || problem.get().is_some() on:click=create>
                    {tr(T::CreateAccessKey)}
                </button>
            </div>
        }
    };
    view! {
        <main class="page narrow key-wizard">
            {move || match (created.get(), step.get()) {
                (Some((k, notice)), _) => view! {
                    <RetrieveKey key=k owner=owner.get_value() heading=T::RetrieveAccessKeys
                        notice=notice on_done=leave/>
                }.into_any(),
                (None, Step::BestPractices) => best_practices().into_any(),
                (None, Step::Description) => describe().into_any(),
            }}
        </main>
    }
}
