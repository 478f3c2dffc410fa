//! The comparison layer, first on the page: with no topic chosen, the
//! [`overview`] (each topic's claims by status, the disputed ones named);
//! with topics, the agreement grid of their claims (claims down, authors
//! across, each stance in words and symbols as well as colour) and the
//! evidence behind a chosen claim quoted inline. Below, in disclosures:
//! aligned passages, facts side by side, and the method with downloads.
//! Everything follows the active topics.
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
mod map;
mod method;
mod overview;
mod why;

use leptos::prelude::*;

use crate::store::Store;

/// The comparison: the overview or the grid, always open, then the
/// computed analysis, each part in a `<details>` that works before the
/// program has started.
#[component]
pub fn AnalysisPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let d = store.derived();
    let claim = store.view().claim();
    let has_claims = !store.corpus().viewpoints.is_empty();
    // The overview shows while no topic and no claim is chosen; the grid
    // otherwise (a chosen claim shows its row even with no topic).
    let overview = move || !d.any_active.get() && claim.with(Option::is_none);
    view! {
        <section id="analysis" class="analysis" aria-labelledby="comparison-title" class:filtered=move || d.any_active.get()>
            {has_claims.then(|| view! {
                <h2 id="comparison-title" class="comparison-title">"Where they agree and where they differ"</h2>
                <div class="overview-wrap" hidden=move || !overview()><overview::Overview/></div>
                <div class="grid-wrap" hidden=overview><grid::Grid/></div>
            })}
            <p class="legend">
                "In the text, passages an author's stance rests on carry a badge: "
                <span class="cb consensus">"● shared"</span>" all who speak agree; "
                <span class="cb qualified">"◑ qualified"</span>" some hedge; "
                <span class="cb split">"⇄ disputed"</span>" authors disagree; "
                <span class="cb few-voices">"○ few voices"</span>" only one or two speak. Choose a badge to see the claim."
            </p>
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
