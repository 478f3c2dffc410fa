//! The comparison layer, first on the page: with no topic chosen, the
//! [`overview`] (each topic's claims by status, the disputed ones named)
//! and the agreement [`map`] of every claim against every author;
//! with topics, the agreement grid of their claims (claims down, authors
//! across, each stance in words and symbols as well as colour) and the
//! evidence behind a chosen claim quoted inline. After the texts, in
//! disclosures: aligned passages, facts side by side, and the method with
//! downloads. Everything follows the active topics.
//!
//! These are three parts of the page, each taken over by the browser in
//! its own task: the overview, the grid, and the panels.
//!
//! A topic's part of the grid or the panels shows when its topic is
//! active, or when no topic is: each part (class `tp`) carries `on` while
//! its own topic is active, and the grid and the panels carry `filtered`
//! while any is (the stylesheet hides `.filtered .tp:not(.on)`). So the
//! first topic going on changes a class or two, not every row, and a
//! toggle touches only that topic's rows.

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

/// The overview, shown while no topic and no claim is chosen.
#[component]
pub fn OverviewPart() -> impl IntoView {
    let store = expect_context::<Store>();
    let hidden = hide_overview(&store);
    view! { <div id="overview" class="overview-wrap" hidden=move || hidden.get()><overview::Overview/></div> }
}

/// The grid of the chosen topics' claims, shown otherwise (a chosen claim
/// shows its row even with no topic).
#[component]
pub fn GridPart() -> impl IntoView {
    let store = expect_context::<Store>();
    let hidden = hide_overview(&store);
    let any = store.derived().any_active;
    view! {
        <div id="grid" class="grid-wrap" hidden=move || !hidden.get() class:filtered=move || any.get()>
            <grid::Grid/>
        </div>
    }
}

/// Is the overview out of the way (a topic or a claim chosen)?
fn hide_overview(store: &Store) -> Memo<bool> {
    let (any, claim) = (store.derived().any_active, store.view().claim());
    Memo::new(move |_| any.get() || claim.with(Option::is_some))
}

/// The computed analysis, each part in a `<details>` that works before the
/// program has started, after the legend of the text's badges.
#[component]
pub fn PanelsPart() -> impl IntoView {
    let any = expect_context::<Store>().derived().any_active;
    view! {
        <div id="panels" class:filtered=move || any.get()>
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
        </div>
    }
}
