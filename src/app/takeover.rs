//! Taking over the page the build rendered (hydration), one part per task:
//! each [`Part`] is hydrated at its own element, so no single task holds
//! the page for long (hydrating the whole page at once took one task of
//! 130–190 ms at 4× CPU slowdown). When every part is taken over, the
//! controls work and the address's view is shown.

use std::sync::Arc;

use hydration_context::{HydrateSharedContext, SharedContext};
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Position, Render, RenderHtml};
use wasm_bindgen::JsCast;

use super::{address, arrange, focused_sentence, host::BrowserHost, scroll};
use crate::model::Corpus;
use crate::store::Store;
use crate::view::{Page, Part};

/// Takes the page over for `corpus`: hydrates it if `same` (the page was
/// rendered from this very corpus), else renders it afresh in place.
pub fn take_over(corpus: Arc<Corpus>, notices: Vec<String>, same: bool) {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // Hydration reads the page's markup; a rebuild has none to read.
    let context: Option<Arc<dyn SharedContext + Send + Sync>> =
        if same { Some(Arc::new(HydrateSharedContext::new())) } else { None };
    let owner = Owner::new_root(context);
    let store = owner.with(|| {
        let store = Store::new(corpus, notices, Arc::new(BrowserHost));
        provide_context(store.clone());
        address::use_history(&store);
        focused_sentence::use_focused_sentence(&store);
        arrange::use_column_order(&store);
        store
    });
    if same {
        let parts = Part::all(&store);
        next(owner, store, parts, 0);
    } else {
        rebuild(owner, store);
    }
}

/// Replaces the static view with one built in the browser from the same
/// components (for a corpus the page was not rendered from).
fn rebuild(owner: Owner, store: Store) {
    if let Some(live) = document().get_element_by_id("live") {
        while let Some(child) = live.first_child() {
            let _ = live.remove_child(&child);
        }
        owner.with(|| {
            let mut state = view! { <Page store=store.clone()/> }.build();
            state.mount(live.unchecked_ref(), None);
            std::mem::forget(state);
        });
    }
    finish(owner, store);
}

/// Hydrates part `k`, then leaves the next to the next task; after the
/// last, shows the address's view.
fn next(owner: Owner, store: Store, parts: Vec<Part>, k: usize) {
    let Some(&part) = parts.get(k) else { return finish(owner, store) };
    let id = part.id(&store);
    let perf = window().performance();
    if let Some(p) = &perf {
        let _ = p.mark("take-over");
    }
    if let Some(el) = document().get_element_by_id(&id) {
        owner.with(|| {
            let state = part.view().hydrate_from_position::<true>(el.unchecked_ref(), Position::Current);
            // The part stays on the page as long as the page: its state too.
            std::mem::forget(state);
        });
    }
    // For the benchmark: how long each part took (`take over #id`).
    if let Some(p) = &perf {
        let _ = p.measure_with_start_mark(&format!("take over #{id}"), "take-over");
    }
    set_timeout(move || next(owner, store, parts, k + 1), std::time::Duration::ZERO);
}

/// Every part is taken over: the controls work, and the address's view is shown.
fn finish(owner: Owner, store: Store) {
    if let Some(sc) = owner.shared_context() {
        sc.hydration_complete();
    }
    std::mem::forget(owner);
    store.set_ready();
    let (state, notices) = address::read(store.known());
    store.apply_address(state, notices);
    request_animation_frame(scroll::show_chosen_topic);
    // For the tests and the benchmark: when the page is taken over.
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-ready", "");
    }
    if let Some(perf) = window().performance() {
        let _ = perf.mark("parallax-ready");
    }
}
