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

/// Mounts the app at the top of `<main id="app">`. The static first view
/// the build wrote into the page (`#prerendered`) stays until the app has
/// rendered the same view, then goes; if the corpus fails to load it stays,
/// readable, under the error.
pub fn start() {
    let doc = document();
    let Some(main) = doc.get_element_by_id("app") else { return };
    let Ok(live) = doc.create_element("div") else { return };
    live.set_id("live");
    // Built out of sight while the static first view shows; revealed whole.
    if prerendered() {
        let _ = live.set_attribute("hidden", "");
    }
    if main.insert_before(&live, main.first_child().as_ref()).is_err() {
        return;
    }
    if let Some(status) = doc.query_selector("#app > p.status").ok().flatten() {
        status.remove();
    }
    let live: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(live);
    leptos::mount::mount_to(live, App).forget();
}

/// True while the static first view is on the page.
pub(crate) fn prerendered() -> bool {
    document().get_element_by_id("prerendered").is_some()
}

/// Where the corpus load stands.
#[derive(Clone)]
enum Load {
    Pending,
    Done(Result<load::Loaded, LoadError>),
}

/// Starts (or restarts) loading the corpus into `state`.
fn load_into(state: RwSignal<Load>) {
    state.set(Load::Pending);
    leptos::task::spawn_local(async move {
        let loaded = fetch_corpus().await;
        // Rendering starts in a task of its own, so parsing and rendering
        // do not add up to one long task.
        set_timeout(move || state.set(Load::Done(loaded)), std::time::Duration::ZERO);
    });
}

/// The whole page. The load is a plain signal set by one task (lighter in
/// the wasm than a resource with suspense, and all this page needs).
#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(Load::Pending);
    load_into(state);
    move || match state.get() {
        Load::Pending if prerendered() => ().into_any(),
        Load::Pending => view! { <p class="status" role="status">"Loading the articles…"</p> }.into_any(),
        Load::Done(Ok((c, notices))) => view! { <Reader corpus=c corpus_notices=notices/> }.into_any(),
        Load::Done(Err(e)) => view! { <LoadFailure error=e retry=move || load_into(state)/> }.into_any(),
    }
}

/// Says why the corpus did not load and offers a retry. Shown above the
/// static first view, which stays readable.
#[component]
fn LoadFailure(error: LoadError, retry: impl Fn() + 'static) -> impl IntoView {
    if let Some(live) = document().get_element_by_id("live") {
        let _ = live.remove_attribute("hidden");
    }
    view! {
        <section class="load-error" role="alert">
            <h2>"The articles could not be loaded"</h2>
            <p>{error.to_string()}</p>
            <button type="button" on:click=move |_| retry()>"Try again"</button>
        </section>
    }
}
