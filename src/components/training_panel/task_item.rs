//! One task in the open panel: done or not, its title and how-to, why it has not
//! ticked (when the lab can tell) and where to do it.

use super::facts::Row;
use super::go_there::GoThere;
use super::why_not::WhyNot;
use crate::i18n::training::{task_hint, task_title};
use crate::i18n::T;
use crate::state::tr;
use leptos::prelude::*;

#[component]
pub fn TaskItem(row: Row, on_go: Callback<()>) -> impl IntoView {
    let Row {
        task,
        done,
        guide,
        why,
    } = row;
    view! {
        <li class:task-done=done>
            <span class="task-state">{tr(if done { T::TaskDone } else { T::TaskNotDone })}</span>
            " "<strong>{tr(task_title(task))}</strong>
            <br/><small>{tr(task_hint(task))}</small>
            {why.map(|reason| view! { <br/><WhyNot reason=reason/> })}
            " "<GoThere task=task guide=guide on_go=on_go/>
        </li>
    }
}
