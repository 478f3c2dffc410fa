//! Citing the marked passage: one button copies the focused sentence as a
//! quotation with its author, title, outlet and date (each as the sources
//! give it) and a link back to it. Where the browser will not copy (a
//! plain-http host, a denied permission), the citation is shown instead,
//! to copy by hand.

use leptos::prelude::*;

use crate::present::cite::Citation;
use crate::store::Store;

/// The "Cite the marked passage" control; there only while a sentence is
/// marked (the address's `#sentence`).
#[component]
pub fn CitePassage() -> impl IntoView {
    let store = expect_context::<Store>();
    let focus = store.view().focus();
    let status = RwSignal::new(String::new());
    // A new passage, a new citation: the old message goes.
    Effect::new(move |_| {
        focus.track();
        status.set(String::new());
    });
    let cite = move |_| {
        let Some(id) = focus.get_untracked() else { return };
        let Some(c) = Citation::of(store.corpus(), &id, store.link()) else { return };
        let text = c.text();
        let shown = text.clone();
        store.host().copy(
            text,
            Box::new(move |ok| {
                status.set(if ok {
                    "Citation copied.".into()
                } else {
                    format!("Copy this citation: {shown}")
                })
            }),
        );
    };
    view! {
        <div class="cite" hidden=move || focus.with(Option::is_none)>
            <button type="button" on:click=cite>"Cite the marked passage"</button>
            <span class="cite-status" role="status">{move || status.get()}</span>
        </div>
    }
}
