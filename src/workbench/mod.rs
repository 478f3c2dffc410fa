//! The workbench: readers compare their own articles in the browser, with
//! the corpus tool's own pipeline compiled to wasm.
//!
//! Its unit of truth is a seeds folder held in memory ([`folder`]): the
//! same files `parallax-corpus` reads. Every edit in the page rewrites one of
//! them; the worker builds the corpus from exactly the files an export
//! writes, so the exported folder builds to the corpus the page shows.
//!
//! - [`folder`]: the folder, its files parsed into the pipeline's own types
//!   and written back;
//! - [`zip`]: seeds folders in and out as zip archives;
//! - [`build`]: what the worker does with a folder;
//! - [`site`]: the reader's site for the work (export, preview);
//! - `storage` (wasm): the folder kept in IndexedDB across reloads;
//! - `page` (wasm): the page's components.

pub mod build;
pub mod folder;
pub mod site;
pub mod zip;

#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod worker;

/// The module script that starts the workbench's program, written beside
/// the page by `parallax-corpus finish`; the worker is started from it too.
pub const START_SCRIPT: &str = "workbench-start.js";

/// Starts the workbench: in a worker, answers build requests; on the page,
/// restores the saved work and mounts the page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    if let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() {
        return worker::serve(scope);
    }
    let _ = any_spawner::Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(async {
        let (folder, restored) = match storage::load().await {
            Ok(Some(json)) => match serde_json::from_str::<folder::Folder>(&json) {
                Ok(f) => (f, page::Saved::Yes),
                Err(e) => (folder::Folder::default(), page::Saved::No(format!("The saved work could not be read ({e}); it is left in the browser's storage until your next change."))),
            },
            Ok(None) => (folder::Folder::default(), page::Saved::Untouched),
            Err(e) => (folder::Folder::default(), page::Saved::No(e.to_string())),
        };
        let bench = page::Bench::new(folder);
        bench.saved.set(restored);
        let builder = match worker::Builder::start(START_SCRIPT, move |b| bench.take(b)) {
            Ok(b) => Some(b),
            Err(e) => {
                bench.take(build::Built { error: Some(e), ..Default::default() });
                None
            }
        };
        // Every change is built and saved. (Typing reaches the folder only
        // when a field is left, or a moment after it stops: cues.) Saves
        // are IndexedDB transactions on one store, so they commit in order.
        Effect::new(move |first: Option<()>| {
            let folder = bench.folder.get();
            if let Some(b) = &builder {
                b.build(&folder);
            }
            if first.is_some() {
                let json = serde_json::to_string(&folder).unwrap_or_default();
                leptos::task::spawn_local(async move {
                    let saved = match storage::save(&json).await {
                        Ok(()) => {
                            bench.saves.update(|n| *n += 1);
                            page::Saved::Yes
                        }
                        Err(e) => page::Saved::No(e.to_string()),
                    };
                    bench.saved.set(saved);
                });
            }
        });
        if let Some(loading) = document().get_element_by_id("loading") {
            loading.remove();
        }
        leptos::mount::mount_to_body(move || {
            provide_context(bench);
            view! { <page::Workbench/> }
        });
    });
}
