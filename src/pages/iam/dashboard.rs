//! The IAM dashboard's read of the account: the root user's security
//! recommendations, the IAM resources counts (both from `GetAccountSummary`'s
//! data, which the console needs permission to read) and the link to the
//! credential report.

use crate::components::denied::DeniedNotice;
use crate::components::lab_note::LabNote;
use crate::domain::account_audit::account_summary::{account_summary, iam_resources, IamResources};
use crate::domain::account_audit::recommendations::{
    security_recommendations, Recommendation, RecommendationState,
};
use crate::domain::lab::Denied;
use crate::i18n::T;
use crate::state::{tr, use_lab};
use leptos::prelude::*;
use leptos_router::components::A;

/// What the dashboard shows: the account's state, or why the principal may not read it.
#[derive(Clone, PartialEq)]
enum Dashboard {
    Shown([RecommendationState; 2], IamResources),
    Denied,
}

#[component]
pub fn IamDashboard() -> impl IntoView {
    let ctx = use_lab();
    let state = Memo::new(move |_| {
        ctx.lab.with(|l| {
            let who = &l.session.as_ref()?.identity;
            if !l.allows(who, "iam:GetAccountSummary", None) {
                return Some(Dashboard::Denied);
            }
            let a = l.account(who.account)?;
            Some(Dashboard::Shown(
                security_recommendations(a),
                iam_resources(&account_summary(a)),
            ))
        })
    });
    move || match state.get() {
        None => ().into_any(),
        Some(Dashboard::Denied) => view! {
            <DeniedNotice denied=Denied::NotAuthorized action=T::NotAuthorizedAccountSummary/>
        }
        .into_any(),
        Some(Dashboard::Shown(recs, counts)) => view! {
            <Recommendations recs=recs/>
            <Resources counts=counts/>
        }
        .into_any(),
    }
}

#[component]
fn Recommendations(recs: [RecommendationState; 2]) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="security-recommendations">
            <h2 id="security-recommendations">{tr(T::SecurityRecommendations)}</h2>
            <ul class="recommendations">
                {recs.into_iter().map(|r| view! { <RecommendationItem state=r/> }).collect_view()}
            </ul>
        </section>
    }
}

/// One recommendation: its title and text, done or not, and the way to the fix.
#[component]
fn RecommendationItem(state: RecommendationState) -> impl IntoView {
    let (todo, todo_text, done, done_text, link) = match state.recommendation {
        Recommendation::AddRootMfa => (
            T::RecAddRootMfa,
            T::RecAddRootMfaText,
            T::RecRootMfaDone,
            T::RecRootMfaDoneText,
            T::RecAddMfaLink,
        ),
        Recommendation::DeactivateRootAccessKeys => (
            T::RecRootKeys,
            T::RecRootKeysText,
            T::RecRootKeysDone,
            T::RecRootKeysDoneText,
            T::RecManageKeysLink,
        ),
    };
    let fix = crate::browser::app_href("/console/security-credentials");
    if state.done {
        view! {
            <li class="recommendation done">
                <span class="rec-state">{tr(T::RecStatusDone)}</span>
                <strong>{tr(done)}</strong>
                <p>{tr(done_text)}</p>
            </li>
        }
        .into_any()
    } else {
        view! {
            <li class="recommendation todo">
                <span class="rec-state">{tr(T::RecStatusTodo)}</span>
                <strong>{tr(todo)}</strong>
                <p>{tr(todo_text)}</p>
                <A href=fix>{tr(link)}</A>
            </li>
        }
        .into_any()
    }
}

#[component]
fn Resources(counts: IamResources) -> impl IntoView {
    let rows = [
        (T::ResUserGroups, counts.user_groups),
        (T::ResUsers, counts.users),
        (T::ResRoles, counts.roles),
        (T::ResPolicies, counts.policies),
        (T::ResIdentityProviders, counts.identity_providers),
    ];
    view! {
        <section class="panel" aria-labelledby="iam-resources">
            <h2 id="iam-resources">{tr(T::IamResources)}</h2>
            <dl class="resource-counts">
                {rows.into_iter().map(|(label, n)| view! {
                    <div><dt>{tr(label)}</dt><dd>{n}</dd></div>
                }).collect_view()}
            </dl>
            <LabNote text=T::IamResourcesLabNote/>
            <h3>{tr(T::AccessReports)}</h3>
            <p><A href=crate::browser::app_href("/console/iam/credential-report")>{tr(T::CredentialReportLink)}</A></p>
        </section>
    }
}
