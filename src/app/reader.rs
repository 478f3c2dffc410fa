//! The reader: everything shown once the corpus has loaded. Sets up the
//! context, keeps the view in step with the address, and lays out the page.

use std::ops::Range;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

use super::analysis::{AnalysisPanel, PANEL_STEPS};
use super::columns::Columns;
use super::context::{
    index_claims, paragraph_starts, read_address, scroll_to, watch_columns, Ctx, ViewSignals,
};
use super::notices::Notices;
use super::search_results::SearchResults;
use super::toolbar::Toolbar;
use crate::model::Corpus;
use crate::state::search;
use crate::state::view::Known;

/// Read handles on the parts of the state (and two derived from them), each
/// changing only when its part changes, so typing in the search box does not
/// re-run topic highlighting and so on. Read only: changes go through
/// [`Ctx::update`], which keeps the address in step.
#[derive(Clone, Copy)]
pub struct Derived {
    /// Active topic ids.
    pub active: RwSignal<Vec<String>>,
    /// Search text.
    pub query: RwSignal<String>,
    /// Focused sentence id.
    pub focus: RwSignal<Option<String>>,
    /// Is any topic active? (Changes only when the first goes on or the last off.)
    pub any_active: Memo<bool>,
    /// Visible article ids in order.
    pub visible: Memo<Vec<String>>,
    /// Is only one column left (so it cannot be hidden)?
    pub last_column: Memo<bool>,
    /// The article shown on a phone.
    pub reading: RwSignal<Option<String>>,
    /// The focused claim.
    pub claim: RwSignal<Option<String>>,
    /// Search hits of every sentence in corpus-wide order (empty when there
    /// is no search).
    pub hits: Memo<Arc<Vec<Vec<Range<usize>>>>>,
}

/// How far the live view is built: step `n` (1..=articles) adds a column,
/// the [`PANEL_STEPS`] after that the comparison panel's parts; one step
/// per task.
#[derive(Clone, Copy)]
pub struct Built(pub RwSignal<usize>);

/// The loaded app.
#[component]
pub fn Reader(
    /// The loaded corpus.
    corpus: Arc<Corpus>,
    /// What had to be left out of it (shown with the other notices).
    corpus_notices: Vec<String>,
) -> impl IntoView {
    let known = Arc::new(Known::from_corpus(&corpus));
    let (state, url_notices) = read_address(&known);
    let corpus_notices = Arc::new(corpus_notices);
    let notices = corpus_notices.iter().cloned().chain(url_notices).collect::<Vec<_>>();
    let claims_by_sentence = Arc::new(index_claims(&corpus));
    let view = ViewSignals::new(state);
    let off = |n: usize| Arc::new((0..n).map(|_| RwSignal::new(false)).collect::<Vec<_>>());
    let (switches, claim_switches) = (off(corpus.topics.len()), off(corpus.viewpoints.len()));
    let corpus_len_flags = corpus.articles.iter().map(|_| AtomicBool::new(true)).collect();
    let column_switches = Arc::new(
        corpus
            .articles
            .iter()
            .map(|_| (0..corpus.topics.len()).map(|_| RwSignal::new(false)).collect())
            .collect(),
    );
    let paragraph_starts = Arc::new(paragraph_starts(&corpus));
    let sentence_count = corpus.articles.iter().map(|a| a.sentences().count()).sum::<usize>();
    let sentence_hits = Arc::new((0..sentence_count).map(|_| RwSignal::new(Vec::new())).collect::<Vec<_>>());
    let ctx = Ctx {
        corpus,
        known: known.clone(),
        view,
        notices: RwSignal::new(notices),
        claims_by_sentence,
        switches,
        column_switches,
        catching_up: Default::default(),
        in_view: Arc::new(corpus_len_flags),
        claim_switches,
        paragraph_starts,
        sentence_hits,
    };
    ctx.sync_switches(false);
    watch_columns(&ctx);
    provide_context(ctx.clone());

    let k = known.clone();
    let visible = Memo::new(move |_| view.cols.with(|c| c.clone().unwrap_or_else(|| k.articles.clone())));
    let derived = Derived {
        active: view.topics,
        query: view.q,
        focus: view.focus,
        any_active: Memo::new(move |_| view.topics.with(|t| !t.is_empty())),
        visible,
        last_column: Memo::new(move |_| visible.with(|v| v.len() <= 1)),
        reading: view.read,
        claim: view.claim,
        hits: search_hits(ctx.corpus.clone(), view.q),
    };
    provide_context(derived);

    // Hand each sentence its hits when they change.
    let c = ctx.clone();
    Effect::new(move |_| {
        derived.hits.with(|all| {
            for (i, signal) in c.sentence_hits.iter().enumerate() {
                let new = all.get(i).map_or(&[][..], Vec::as_slice);
                if signal.with_untracked(|old| old.as_slice() != new) {
                    signal.set(new.to_vec());
                }
            }
        })
    });

    // Back, forward and in-page links: read the address again.
    let c = ctx.clone();
    let on_history = move || {
        let (state, notices) = read_address(&c.known);
        c.apply(state);
        c.notices.set(corpus_notices.iter().cloned().chain(notices).collect());
    };
    let h = on_history.clone();
    let _ = window_event_listener(leptos::ev::popstate, move |_| h());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| on_history());

    // The live view is built a part per task (the controls, then each
    // column, then each part of the comparison panel), so no single task blocks the page
    // for long; the static first view stays on screen meanwhile. When all is
    // built, the live view replaces it in one go (never painted together).
    let built = RwSignal::new(if super::prerendered() { 0 } else { usize::MAX });
    provide_context(Built(built));
    let total = ctx.corpus.articles.len();
    Effect::new(move |_| {
        let n = built.get();
        // Steps 1..=total add a column each, the next ones the panel's parts.
        if n < total + PANEL_STEPS {
            set_timeout(move || built.set(n + 1), std::time::Duration::ZERO);
            return;
        }
        if let Some(el) = document().get_element_by_id("prerendered") {
            el.remove();
        }
        if let Some(live) = document().get_element_by_id("live") {
            let _ = live.remove_attribute("hidden");
        }
        // For the benchmark: when the live view is up.
        if let Some(perf) = window().performance() {
            let _ = perf.mark("parallax-ready");
        }
        // A deep link: straight there, the page has only just appeared.
        if let Some(id) = derived.focus.get_untracked() {
            request_animation_frame(move || scroll_to(&id, false));
        }
    });

    // Mark the focused sentence (and unmark the one before: two sentences
    // change, not all of them), then bring it into view.
    Effect::new(move |prev: Option<Option<String>>| {
        let now = derived.focus.get();
        if let Some(Some(old)) = prev.as_ref().filter(|old| **old != now) {
            mark_focused(old, false);
        }
        if let Some(id) = now.clone() {
            mark_focused(&id, true);
            // (The first time, the live view is still being built out of
            // sight: the deep link is scrolled to when it is shown.)
            if prev.is_some() {
                request_animation_frame(move || scroll_to(&id, true));
            }
        }
        now
    });

    let title = ctx.corpus.title.clone();
    view! {
        <h2 class="collection">{title}</h2>
        <Toolbar/>
        <Notices/>
        <SearchResults/>
        <AnalysisPanel/>
        <Columns/>
    }
}

/// The search hits of every sentence for the search text in `q`. Texts are
/// folded once, on the first search, then every keystroke only compares.
fn search_hits(corpus: Arc<Corpus>, q: RwSignal<String>) -> Memo<Arc<Vec<Vec<Range<usize>>>>> {
    let folded: Arc<OnceLock<Vec<search::Folded>>> = Arc::new(OnceLock::new());
    Memo::new(move |_| {
        let Some(needle) = q.with(|q| search::needle(q)) else { return Arc::new(Vec::new()) };
        let texts = folded.get_or_init(|| {
            corpus.articles.iter().flat_map(|a| a.sentences()).map(|s| search::Folded::new(&s.text)).collect()
        });
        Arc::new(texts.iter().map(|t| search::find_folded(t, &needle)).collect())
    })
}

/// Marks the sentence with this id as focused (class and `aria-current`), or
/// unmarks it.
fn mark_focused(id: &str, on: bool) {
    let Some(el) = document().get_element_by_id(id) else { return };
    let _ = el.class_list().toggle_with_force("focused", on);
    let _ =
        if on { el.set_attribute("aria-current", "location") } else { el.remove_attribute("aria-current") };
}
