//! The comparison layer: the agreement grid (claims down, authors across,
//! each stance in words and symbols as well as colour), the evidence behind
//! a claim quoted inline, aligned passages, facts side by side, and the
//! method with downloads. Everything follows the active topics.
//!
//! A topic's part of the panel shows when its topic is active, or when no
//! topic is: each part (class `tp`) carries `on` while its own topic is
//! active, and the panel carries `filtered` while any is (the stylesheet
//! hides `.filtered .tp:not(.on)`). So the first topic going on changes one
//! class, not every row, and a toggle touches only that topic's rows.

mod aligned;
mod claim_row;
mod facts;
mod grid;
mod method;
mod why;

use leptos::prelude::*;

use crate::store::Store;

/// The panel holding the grid and the computed analysis, each part in a
/// `<details>` that works before the program has started.
#[component]
pub fn AnalysisPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let d = store.derived();
    let claim = store.view().claim();
    let has_claims = !store.corpus().viewpoints.is_empty();
    // The grid opens by itself when a claim is chosen (from a link, a badge
    // in the text, a cell).
    let grid = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if claim.with(Option::is_some) {
            if let Some(el) = grid.get() {
                el.set_open(true);
            }
        }
    });
    view! {
        <section id="analysis" class="analysis" aria-label="Comparison" class:filtered=move || d.any_active.get()>
            <p class="legend">
                "In the text, passages an author's stance rests on carry a badge: "
                <span class="cb consensus">"● shared"</span>" all who speak agree; "
                <span class="cb qualified">"◑ qualified"</span>" some hedge; "
                <span class="cb split">"⇄ disputed"</span>" authors disagree; "
                <span class="cb few-voices">"○ few voices"</span>" only one or two speak. Choose a badge to see the claim."
            </p>
            {has_claims.then(|| view! {
                <details class="panel" node_ref=grid>
                    <summary><h2>"Where they agree and where they differ"</h2></summary>
                    <grid::Grid/>
                </details>
            })}
            <details class="panel">
                <summary><h2>"Aligned passages"</h2></summary>
                <aligned::Aligned/>
            </details>
            <details class="panel">
                <summary><h2>"Facts side by side"</h2></summary>
                <facts::Facts/>
            </details>
            <details class="panel">
                <summary><h2>"Method and downloads"</h2></summary>
                <method::Method/>
            </details>
        </section>
    }
}
