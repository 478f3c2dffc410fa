//! Quiet notices: what was ignored in the address or left out of the
//! corpus, and why.

use leptos::prelude::*;

use crate::store::Store;

/// The list of notices, with a button to dismiss them.
#[component]
pub fn Notices() -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = store.notices();
    view! {
        <div id="notices" class="notices" role="status">
            <ul hidden=move || notices.with(Vec::is_empty)>
                {move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            <button type="button" class="small" hidden=move || notices.with(Vec::is_empty) on:click=move |_| store.dismiss_notices()>"Dismiss"</button>
        </div>
    }
}
