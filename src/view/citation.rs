//! Citing: one button copies the focused sentence as a quotation with its
//! author, title, outlet and date (each as the sources give it) and a link
//! back to it; another, under a chosen claim, copies the claim with every
//! author's stance and the passages each rests on. Both as plain text and
//! as HTML. Where the browser will not copy (a plain-http host, a denied
//! permission), the citation is shown instead, to copy by hand.

use leptos::prelude::*;

use crate::present::cite::{Citation, ClaimCitation};
use crate::state::view::ViewState;
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
        copy(&store, c.text(), c.html(), status);
    };
    view! {
        <div class="cite" hidden=move || focus.with(Option::is_none)>
            <button type="button" on:click=cite>"Cite the marked passage"</button>
            <span class="cite-status" role="status">{move || status.get()}</span>
        </div>
    }
}

/// "Cite this claim", under a chosen claim (claim `idx` of the corpus).
#[component]
pub fn CiteClaim(idx: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let status = RwSignal::new(String::new());
    let cite = move |_| {
        let v = &store.corpus().viewpoints[idx];
        // The claim's own view, whatever else is on: its topic, the claim.
        let view =
            ViewState { topics: vec![v.topic.clone()], claim: Some(v.id.clone()), ..ViewState::default() };
        let link_to = |focus: Option<&str>| {
            let view = ViewState { focus: focus.map(str::to_string), ..view.clone() };
            store.host().origin() + &store.address_of(&view)
        };
        if let Some(c) = ClaimCitation::of(store.corpus(), &v.id, link_to(None), |s| link_to(Some(s))) {
            copy(&store, c.text, c.html, status);
        }
    };
    view! {
        <div class="cite">
            <button type="button" on:click=cite>"Cite this claim"</button>
            <span class="cite-status" role="status">{move || status.get()}</span>
        </div>
    }
}

/// Copies a citation, and says so in `status`; or shows it, to copy by hand.
fn copy(store: &Store, text: String, html: String, status: RwSignal<String>) {
    let shown = text.clone();
    store.host().copy(
        text,
        Some(html),
        Box::new(move |ok| {
            status.set(if ok { "Citation copied.".into() } else { format!("Copy this citation: {shown}") })
        }),
    );
}
