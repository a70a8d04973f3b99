//! The root component: it provides the state contexts (`crate::state`), and
//! holds the chrome every page shares and the routes. Nothing imports it but
//! `main`.

use crate::components::on_first_need::ChunkFailedNotice;
use crate::components::replace_lab_dialog::{ReplaceAsk, ReplaceLabDialog};
use crate::components::session_expired::SessionExpiryCheck;
use crate::components::top_bar::TopBar;
use crate::components::training_panel::TrainingPanel;
use crate::pages::{sign_in::SignInPage, start::Start};
use crate::state::{
    provide_edition, provide_guide, provide_scenario_notice, take_scenario_from_address, tr,
    use_lab, use_scenario_notice, watch_session, FlashCtx, LabCtx, RefusedNotice, TerminalCtx,
};
use lazy::*;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy};

mod lazy;

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
    // The first screen is drawn from a look at storage; the lab engine (the full
    // read, every change) loads once it is painted, unless a page asks first.
    // Then the console's modules, where a sign-in leads, so it opens at once.
    request_animation_frame(move || {
        request_animation_frame(move || {
            ctx.load_soon();
            leptos::task::spawn_local(async move {
                if ctx.loaded().await.is_ok() {
                    futures::future::join3(
                        OtherPagesRoute::prefetch(),
                        ConsoleLayoutRoute::prefetch(),
                        ConsoleHomeRoute::prefetch(),
                    )
                    .await;
                }
            });
        })
    });

    view! {
        <Router base=crate::browser::base_path()>
            <TopBar/>
            <ScenarioFromAddress/>
            <SessionExpiryCheck/>
            <Show when=move || ctx.engine_failed.get()>
                <ChunkFailedNotice/>
            </Show>
            <TrainingPanel/>
            // `/*any` below matches every other address: the missing page is
            // drawn by the routes it loads (`OtherPages`), so none is needed here.
            <Routes fallback=|| ()>
                <Route path=path!("/") view=Start/>
                <Route path=path!("/signin") view=SignInPage/>
                // Every other page, and the routes to it, load on first need:
                // see app/lazy.rs to add one.
                <Route path=path!("/*any") view={Lazy::<OtherPagesRoute>::new()}/>
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
    // Scenarios (their parser, builder and validator) are a module of their own,
    // fetched only when the address names one.
    if let Some(name) = take_scenario_from_address() {
        // Read when it loaded: the page shown meanwhile read the lab before.
        let open = Callback::new(move |to: String| navigate(&to, Default::default()));
        leptos::task::spawn_local(async move {
            let loaded = match ctx.loaded().await {
                Ok(()) => load_scenario_from_address(ctx, notice, ask, name, open).await,
                Err(failed) => Err(failed),
            };
            if loaded.is_err() {
                notice.0.set(Some(Err(RefusedNotice::NotFetched)));
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
