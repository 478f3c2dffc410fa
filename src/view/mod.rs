//! The page's components. Each takes its props and reads the [`Store`]
//! from context; none touches `window` or `document` (what they need from
//! the page goes through the store's host). So the same components render
//! the page at build time (native, Leptos `ssr`: the static first view in
//! `index.html`) and take it over in the browser (wasm, `hydrate`).
//!
//! The page is a heading and a list of [`Part`]s — the toolbar, notices,
//! search results, the comparison's overview and grid ([`analysis`]), the
//! phone switcher, one part per column ([`columns`]), and the computed
//! panels after the texts — each one element with an id. The
//! build renders them all ([`Page`]); the browser takes them over one part
//! per task, so no single task holds the page for long.

mod analysis;
mod citation;
mod columns;
mod load_failure;
mod notices;
mod search_results;
mod toolbar;

use leptos::prelude::*;

pub use columns::strip_label;
pub use load_failure::LoadFailure;

use crate::present;
use crate::store::Store;

/// A part of the page the browser takes over on its own.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Part {
    /// The controls.
    Toolbar,
    /// Quiet notices.
    Notices,
    /// The list of search hits.
    SearchResults,
    /// The comparison's overview.
    Overview,
    /// The comparison's grid.
    Grid,
    /// The computed analysis below the comparison.
    Panels,
    /// The phone switcher.
    Switcher,
    /// Article `n`'s column.
    Column(usize),
}

impl Part {
    /// Every part, in the order the browser takes them over (the page
    /// places the panels after the columns).
    pub fn all(store: &Store) -> Vec<Part> {
        let fixed = [
            Part::Toolbar,
            Part::Notices,
            Part::SearchResults,
            Part::Overview,
            Part::Grid,
            Part::Panels,
            Part::Switcher,
        ];
        fixed.into_iter().chain((0..store.corpus().articles.len()).map(Part::Column)).collect()
    }

    /// The id of the part's element.
    pub fn id(self, store: &Store) -> String {
        match self {
            Part::Toolbar => "controls".into(),
            Part::Notices => "notices".into(),
            Part::SearchResults => "search-results".into(),
            Part::Overview => "overview".into(),
            Part::Grid => "grid".into(),
            Part::Panels => "panels".into(),
            Part::Switcher => "switcher".into(),
            Part::Column(n) => format!("article-{}", store.corpus().articles[n].id),
        }
    }

    /// The part's view (the store comes from context).
    pub fn view(self) -> AnyView {
        match self {
            Part::Toolbar => view! { <toolbar::Toolbar/> }.into_any(),
            Part::Notices => view! { <notices::Notices/> }.into_any(),
            Part::SearchResults => view! { <search_results::SearchResults/> }.into_any(),
            Part::Overview => view! { <analysis::OverviewPart/> }.into_any(),
            Part::Grid => view! { <analysis::GridPart/> }.into_any(),
            Part::Panels => view! { <analysis::PanelsPart/> }.into_any(),
            Part::Switcher => view! { <columns::Switcher/> }.into_any(),
            Part::Column(n) => view! { <columns::ArticleColumn idx=n/> }.into_any(),
        }
    }
}

/// The whole reading view of a corpus, in its store's current state: the
/// collection's heading, then every part, the columns side by side.
#[component]
pub fn Page(
    /// The store (provided as context to everything below).
    store: Store,
) -> impl IntoView {
    provide_context(store.clone());
    let parts = Part::all(&store);
    let (columns, rest): (Vec<Part>, Vec<Part>) =
        parts.into_iter().partition(|p| matches!(p, Part::Column(_)));
    let (comparison, rest): (Vec<Part>, Vec<Part>) =
        rest.into_iter().partition(|p| matches!(p, Part::Overview | Part::Grid | Part::Panels));
    let (before, after): (Vec<Part>, Vec<Part>) = rest.into_iter().partition(|p| *p != Part::Switcher);
    // The overview and the grid only where there are claims.
    let has_claims = !store.corpus().viewpoints.is_empty();
    let (panels, comparison): (Vec<Part>, Vec<Part>) =
        comparison.into_iter().partition(|p| *p == Part::Panels);
    let comparison = comparison.into_iter().filter(|_| has_claims).map(Part::view).collect_view();
    // Kept in step in the browser by the column arrangement (it is the
    // columns' container, not a part).
    let many = present::many_columns(store.derived().visible.with_untracked(Vec::len));
    view! {
        <h2 class="collection">{store.corpus().title.clone()}</h2>
        {before.into_iter().map(Part::view).collect_view()}
        <section id="analysis" class="analysis" aria-labelledby="comparison-title">
            {has_claims.then(|| view! { <h2 id="comparison-title" class="comparison-title">"Where they agree and where they differ"</h2> })}
            {comparison}
        </section>
        {after.into_iter().map(Part::view).collect_view()}
        <div class="columns" class:many=many>{columns.into_iter().map(Part::view).collect_view()}</div>
        // The computed analysis and the method after the texts: secondary,
        // in disclosures, and (with many articles) long; above the texts
        // it held back their first paint.
        <section class="analysis more" aria-label="Aligned passages, facts and method">
            {panels.into_iter().map(Part::view).collect_view()}
        </section>
    }
}
