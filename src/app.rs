//! The root component: it provides the state contexts (`crate::state`), and
//! holds the chrome every page shares and the routes. Nothing imports it but
//! `main`.

use crate::components::replace_lab_dialog::{ReplaceAsk, ReplaceLabDialog};
use crate::components::session_expired::SessionExpiryCheck;
use crate::components::top_bar::TopBar;
use crate::components::training_panel::TrainingPanel;
use crate::pages::{
    account::AccountPage,
    cloudshell::CloudShellPage,
    cloudtrail::CloudTrailPage,
    console_home::ConsoleHome,
    console_layout::{AsPrincipal, ConsoleLayout},
    credential_report::CredentialReportPage,
    iam::{CreateUserAccessKeyPage, CreateUserDefaults, CreateUserPage, IamPage, UserDetailPage},
    lab_data::LabDataPage,
    not_found::NotFound,
    root_tasks::RootTasksPage,
    security_credentials::{edition_keys::CreateOwnAccessKeyPage, SecurityCredentialsPage},
    sign_in::SignInPage,
    sign_in_iam::SignInIamPage,
    sign_up::SignUpPage,
    start::Start,
};
use crate::state::{
    provide_edition, provide_guide, provide_scenario_notice, take_scenario_from_address, tr,
    use_edition, use_lab, use_scenario_notice, watch_session, FlashCtx, LabCtx, TerminalCtx,
};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    let ctx = LabCtx::load();
    provide_context(ctx);
    TerminalCtx::provide();
    FlashCtx::provide();
    watch_session();
    ctx.follow_other_tabs();
    provide_scenario_notice();
    provide_edition(ctx);
    provide_guide();
    Effect::new(move |_| crate::browser::set_document_lang(ctx.locale.get()));

    view! {
        <Router base=crate::browser::base_path()>
            <TopBar/>
            <ScenarioFromAddress/>
            <SessionExpiryCheck/>
            <TrainingPanel/>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Start/>
                <Route path=path!("/signin") view=SignInPage/>
                <Route path=path!("/signin/iam") view=SignInIamPage/>
                <Route path=path!("/signup") view=SignUpPage/>
                <Route path=path!("/cloudshell") view=CloudShellPage/>
                <Route path=path!("/lab-data") view=LabDataPage/>
                <ParentRoute path=path!("/console") view=ConsoleLayout>
                    <Route path=path!("") view=|| view! { <AsPrincipal><ConsoleHome/></AsPrincipal> }/>
                    <Route path=path!("security-credentials") view=|| view! { <AsPrincipal><SecurityCredentialsPage/></AsPrincipal> }/>
                    <Route path=path!("security-credentials/create-access-key") view=|| view! { <AsPrincipal><CreateOwnAccessKeyPage/></AsPrincipal> }/>
                    <Route path=path!("account") view=|| view! { <AsPrincipal><AccountPage/></AsPrincipal> }/>
                    <Route path=path!("iam") view=|| view! { <AsPrincipal><IamPage/></AsPrincipal> }/>
                    // Before `:name`, so "create" is the form and not a user.
                    <Route path=path!("iam/create-user") view=|| view! { <AsPrincipal><CreateUserPage defaults=CreateUserDefaults::of(use_edition().get_untracked())/></AsPrincipal> }/>
                    <Route path=path!("iam/credential-report") view=|| view! { <AsPrincipal><CredentialReportPage/></AsPrincipal> }/>
                    <Route path=path!("iam/users/:name") view=|| view! { <AsPrincipal><UserDetailPage/></AsPrincipal> }/>
                    <Route path=path!("iam/users/:name/create-access-key") view=|| view! { <AsPrincipal><CreateUserAccessKeyPage/></AsPrincipal> }/>
                    <Route path=path!("root-tasks") view=|| view! { <AsPrincipal><RootTasksPage/></AsPrincipal> }/>
                    <Route path=path!("cloudshell") view=CloudShellPage/>
                    <Route path=path!("cloudtrail") view=|| view! { <AsPrincipal><CloudTrailPage/></AsPrincipal> }/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Loads `?scenario=NAME` once (asking first if the lab holds an account), opens
/// the console if the scenario signed in, and shows the outcome of any scenario load.
#[component]
fn ScenarioFromAddress() -> impl IntoView {
    let ctx = use_lab();
    let notice = use_scenario_notice();
    let navigate = leptos_router::hooks::use_navigate();
    let ask = ReplaceAsk::new();
    if let Some(scenario) = take_scenario_from_address() {
        ask.load_scenario(ctx, scenario, notice, move |loaded| {
            // Read when it loaded: the page shown meanwhile read the lab before.
            if let Some(to) = loaded.opens(&crate::browser::app_path()) {
                navigate(to, Default::default());
            }
        });
    }
    let shown = move || {
        notice.0.get().map(|outcome| match outcome {
            Ok(loaded) => view! {
                <p class="alert alert-success scenario-notice" role="status">{tr(crate::i18n::T::ScenarioLoaded)}" "{loaded.shown()}</p>
            }
            .into_any(),
            Err(reason) => view! {
                <p class="alert alert-error scenario-notice" role="alert">{tr(crate::i18n::T::ScenarioRefused)}" "{reason.shown()}</p>
            }
            .into_any(),
        })
    };
    view! { {shown} <ReplaceLabDialog ask=ask/> }
}
