//! Quiet notices: what was ignored in the address, and why.

use leptos::prelude::*;

use super::context::Ctx;

/// The list of notices, with a button to dismiss them.
#[component]
pub fn Notices() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let notices = ctx.notices;
    view! {
        <div class="notices" role="status">
            <ul hidden=move || notices.with(Vec::is_empty)>
                {move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            <button type="button" class="small" hidden=move || notices.with(Vec::is_empty) on:click=move |_| notices.set(Vec::new())>"Dismiss"</button>
        </div>
    }
}
