//! The web app: loads `corpus.json` once and shows the articles side by
//! side, with the view state kept in the address.

mod analysis;
mod columns;
mod context;
mod load;
mod notices;
mod reader;
mod search_results;
mod sentence;
mod toolbar;

use leptos::prelude::*;

use load::{fetch_corpus, LoadError};
use reader::Reader;

/// Mounts the app into `<main id="app">`, replacing the static placeholder.
pub fn start() {
    let doc = document();
    let root = doc.get_element_by_id("app").expect("index.html has <main id=\"app\">");
    root.set_text_content(None);
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    leptos::mount::mount_to(root, App).forget();
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let corpus = LocalResource::new(fetch_corpus);
    view! {
        <Suspense fallback=|| view! { <p class="status" role="status">"Loading the articles…"</p> }>
            {move || corpus.get().map(|result| match result {
                Ok(c) => view! { <Reader corpus=c/> }.into_any(),
                Err(e) => view! { <LoadFailure error=e retry=move || corpus.refetch()/> }.into_any(),
            })}
        </Suspense>
    }
}

/// Says why the corpus did not load and offers a retry.
#[component]
fn LoadFailure(error: LoadError, retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <section class="load-error" role="alert">
            <h2>"The articles could not be loaded"</h2>
            <p>{error.to_string()}</p>
            <button type="button" on:click=move |_| retry()>"Try again"</button>
        </section>
    }
}
