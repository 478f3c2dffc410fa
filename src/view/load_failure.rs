//! The message shown when the corpus cannot be loaded or read: what went
//! wrong, and a retry. The static text of the page stays readable below it.

use leptos::prelude::*;

/// Says why the articles could not be loaded and offers a retry.
#[component]
pub fn LoadFailure(
    /// The reason, in words.
    reason: String,
    /// Called by "Try again".
    retry: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <section class="load-error" role="alert">
            <h2>"The interactive part of Parallax could not start"</h2>
            <p>{reason}</p>
            <p>"The articles below can still be read; topics, search and the comparison need the data file."</p>
            <button type="button" on:click=move |_| retry()>"Try again"</button>
        </section>
    }
}
