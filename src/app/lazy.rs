//! The parts of the app that load on first need. Each `lazy_route!` (a page)
//! or `lazy_part!` (a piece of chrome) below is a split point: after linking,
//! `scripts/split-wasm.sh` moves the code only it reaches into its own wasm
//! module, fetched the first time it is shown. What the sign-in page needs stays
//! in the main module, so a learner's first load is small.
//!
//! To make a new page load on first need: add one line here,
//!     `lazy_route!(CloudTrailRoute, cloudtrail_page, view! { <AsPrincipal><CloudTrailPage/></AsPrincipal> });`
//! and route it in `app.rs` with `view={Lazy::<CloudTrailRoute>::new()}`. The
//! second name is the module's (`split_<name>.wasm`): one per page. A module that
//! cannot be fetched shows `ChunkFailedNotice`
//! (`components/on_first_need.rs`), never a blank page. A part of a page (not a
//! route) is split where it is used, as `pages/mfa_sign_in.rs` does: a page
//! never imports this file.

use crate::components::on_first_need::{loaded, ChunkFailed};
use crate::components::replace_lab_dialog::ReplaceAsk;
use crate::components::training_panel::fetch_training_panel;
use crate::pages::not_found::NotFound;
use crate::pages::{
    account::AccountPage,
    cloudshell::CloudShellPage,
    cloudtrail::CloudTrailPage,
    console_home::ConsoleHome,
    console_layout::{AsPrincipal, ConsoleLayout},
    credential_report::CredentialReportPage,
    iam::{CreateUserAccessKeyPage, CreateUserDefaults, CreateUserPage, IamPage, UserDetailPage},
    lab_data::LabDataPage,
    root_tasks::RootTasksPage,
    security_credentials::{edition_keys::CreateOwnAccessKeyPage, SecurityCredentialsPage},
    sign_in_iam::SignInIamPage,
    sign_up::SignUpPage,
};
use crate::state::{scenario_named, use_edition, use_lab, LabCtx, ScenarioNotice};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Routes};
use leptos_router::{path, Lazy, LazyRoute};

/// A page in its own module: `$route` is the type `app.rs` routes to
/// (`Lazy::<$route>::new()`), `$module` names the module, `$view` is the page.
macro_rules! lazy_route {
    ($route:ident, $module:ident, $view:expr) => {
        // `show: false` only fetches the module (`prefetch`).
        #[leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $module(show: bool) -> Result<Option<AnyView>, ChunkFailed> {
            Ok(show.then(|| $view.into_any()))
        }

        pub struct $route(LabCtx);

        impl $route {
            /// Fetches the page's module without drawing the page.
            #[allow(dead_code)]
            pub async fn prefetch() {
                let _ = $module(false).await;
            }
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route(use_lab())
            }

            // A page reads the lab in full: its module, the lab engine's and the
            // guided panel's are fetched together, and the page is made once all
            // are here (so the panel above it never arrives after it).
            async fn view(this: Self) -> AnyView {
                let (lab, panel, view) =
                    futures::future::join3(this.0.loaded(), fetch_training_panel(), $module(true))
                        .await;
                match lab.and(panel) {
                    Ok(()) => loaded(view.map(|v| v.unwrap_or_else(|| ().into_any()))),
                    Err(failed) => loaded(Err(failed)),
                }
            }
        }
    };
}

lazy_route!(OtherPagesRoute, other_pages, view! { <OtherPages/> });

/// Every page but the sign-in page: their routes are in this module too, so the
/// first load carries only the sign-in page's.
#[component]
fn OtherPages() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
                <Route path=path!("/signin/iam") view={Lazy::<SignInIamRoute>::new()}/>
            <Route path=path!("/signup") view={Lazy::<SignUpRoute>::new()}/>
            <Route path=path!("/cloudshell") view={Lazy::<CloudShellRoute>::new()}/>
            <Route path=path!("/lab-data") view={Lazy::<LabDataRoute>::new()}/>
            <ParentRoute path=path!("/console") view={Lazy::<ConsoleLayoutRoute>::new()}>
                <Route path=path!("") view={Lazy::<ConsoleHomeRoute>::new()}/>
                <Route path=path!("security-credentials") view={Lazy::<SecurityCredentialsRoute>::new()}/>
                <Route path=path!("security-credentials/create-access-key") view={Lazy::<CreateOwnAccessKeyRoute>::new()}/>
                <Route path=path!("account") view={Lazy::<AccountRoute>::new()}/>
                <Route path=path!("iam") view={Lazy::<IamRoute>::new()}/>
                // Before `:name`, so "create" is the form and not a user.
                <Route path=path!("iam/create-user") view={Lazy::<CreateUserRoute>::new()}/>
                <Route path=path!("iam/credential-report") view={Lazy::<CredentialReportRoute>::new()}/>
                <Route path=path!("iam/users/:name") view={Lazy::<UserDetailRoute>::new()}/>
                <Route path=path!("iam/users/:name/create-access-key") view={Lazy::<CreateUserAccessKeyRoute>::new()}/>
                <Route path=path!("root-tasks") view={Lazy::<RootTasksRoute>::new()}/>
                <Route path=path!("cloudshell") view={Lazy::<CloudShellRoute>::new()}/>
                <Route path=path!("cloudtrail") view={Lazy::<CloudTrailRoute>::new()}/>
            </ParentRoute>
        </Routes>
    }
}

lazy_route!(
    ConsoleLayoutRoute,
    console_layout,
    view! { <ConsoleLayout/> }
);
lazy_route!(SignInIamRoute, sign_in_iam_page, view! { <SignInIamPage/> });
lazy_route!(SignUpRoute, sign_up_page, view! { <SignUpPage/> });
lazy_route!(
    CloudShellRoute,
    cloudshell_page,
    view! { <CloudShellPage/> }
);
lazy_route!(LabDataRoute, lab_data_page, view! { <LabDataPage/> });
lazy_route!(
    ConsoleHomeRoute,
    console_home_page,
    view! { <AsPrincipal><ConsoleHome/></AsPrincipal> }
);
lazy_route!(
    SecurityCredentialsRoute,
    security_credentials_page,
    view! { <AsPrincipal><SecurityCredentialsPage/></AsPrincipal> }
);
lazy_route!(
    AccountRoute,
    account_page,
    view! { <AsPrincipal><AccountPage/></AsPrincipal> }
);
lazy_route!(
    IamRoute,
    iam_page,
    view! { <AsPrincipal><IamPage/></AsPrincipal> }
);
lazy_route!(
    CreateUserRoute,
    create_user_page,
    view! { <AsPrincipal><CreateUserPage defaults=CreateUserDefaults::of(use_edition().get_untracked())/></AsPrincipal> }
);
lazy_route!(
    CreateOwnAccessKeyRoute,
    create_own_access_key_page,
    view! { <AsPrincipal><CreateOwnAccessKeyPage/></AsPrincipal> }
);
lazy_route!(
    CreateUserAccessKeyRoute,
    create_user_access_key_page,
    view! { <AsPrincipal><CreateUserAccessKeyPage/></AsPrincipal> }
);
lazy_route!(
    CredentialReportRoute,
    credential_report_page,
    view! { <AsPrincipal><CredentialReportPage/></AsPrincipal> }
);
lazy_route!(
    CloudTrailRoute,
    cloudtrail_page,
    view! { <AsPrincipal><CloudTrailPage/></AsPrincipal> }
);
lazy_route!(
    UserDetailRoute,
    user_detail_page,
    view! { <AsPrincipal><UserDetailPage/></AsPrincipal> }
);
lazy_route!(
    RootTasksRoute,
    root_tasks_page,
    view! { <AsPrincipal><RootTasksPage/></AsPrincipal> }
);

/// `?scenario=NAME` (the name taken from the address at start): built, asked
/// about and loaded by code in its own module.
#[leptos::wasm_split::wasm_split(scenario_from_address, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load_scenario_from_address(
    ctx: LabCtx,
    notice: ScenarioNotice,
    ask: ReplaceAsk,
    name: String,
    open: Callback<String>,
) -> Result<(), ChunkFailed> {
    ask.load_scenario(ctx, scenario_named(&name), notice, move |loaded| {
        if let Some(to) = loaded.opens(&crate::browser::app_path()) {
            open.run(to.to_string());
        }
    });
    Ok(())
}
