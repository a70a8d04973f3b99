//! IAM > Credential report: when the last report was generated, and `Download
//! credentials report`, which asks IAM to generate one (a report of the last
//! four hours is reused) and downloads it under the console's file name.

use crate::components::denied::DeniedNotice;
use crate::domain::lab::{Denied, Refused};
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn CredentialReportPage() -> impl IntoView {
    let ctx = use_lab();
    let allowed = Memo::new(move |_| {
        ctx.lab.with(|l| {
            l.session.as_ref().is_some_and(|s| {
                l.allows(&s.identity, "iam:GenerateCredentialReport", None)
                    && l.allows(&s.identity, "iam:GetCredentialReport", None)
            })
        })
    });
    let generated = Memo::new(move |_| {
        ctx.lab.with(|l| {
            let s = l.session.as_ref()?;
            l.account(s.identity.account)?
                .credential_report
                .as_ref()
                .map(|r| r.generated)
        })
    });
    let message = RwSignal::new(None::<(T, bool)>);
    let download = move |_| {
        let Some(actor) = ctx.actor() else { return };
        // As the console does: generate (or reuse) first, then get and save it.
        ctx.act(
            move |lab, _, now| {
                lab.generate_credential_report(&actor, now)
                    .map_err(Refused::Denied)?;
                lab.get_credential_report(&actor, now)
            },
            move |result| {
                let outcome = match result {
                    Ok(report) => {
                        let saved = crate::browser::download(
                            &report.console_file_name(),
                            &report.csv(),
                            "text/csv",
                        );
                        match saved {
                            Ok(()) => (T::ReportDownloaded, true),
                            Err(_) => (T::ReportDownloadFailed, false),
                        }
                    }
                    Err(_) => (T::NotAuthorizedCredentialReport, false),
                };
                message.set(Some(outcome));
                ctx.announce(outcome.0);
            },
        );
    };
    let when = move || {
        let locale = ctx.locale.get();
        match generated.get() {
            Some(t) => crate::browser::format_time(t, locale),
            None => T::ReportNeverGenerated.text(locale).to_string(),
        }
    };
    view! {
        <main class="page">
            <h1>{tr(T::CredentialReportLink)}</h1>
            <Show when=move || allowed.get() fallback=|| view! {
                <DeniedNotice denied=Denied::NotAuthorized action=T::NotAuthorizedCredentialReport/>
            }>
                <section class="panel">
                    <p>{tr(T::CredentialReportIntro)}</p>
                    <dl class="details">
                        <dt>{tr(T::ReportLastGenerated)}</dt><dd>{when}</dd>
                    </dl>
                    {move || message.get().map(|(t, ok)| view! {
                        <p class=if ok { "alert alert-success" } else { "alert alert-error" }>{tr(t)}</p>
                    })}
                    <button type="button" class="primary" on:click=download>
                        {tr(T::DownloadCredentialsReport)}
                    </button>
                </section>
            </Show>
            <p><A href=crate::browser::app_href("/console/iam")>{tr(T::IamHeading)}</A></p>
        </main>
    }
}
