//! The reader: everything shown once the corpus has loaded. Sets up the
//! context, keeps the view in step with the address, and lays out the page.

use std::sync::Arc;

use leptos::prelude::*;

use super::analysis::AnalysisPanel;
use super::columns::Columns;
use super::context::{index_claims, read_address, scroll_to, Ctx};
use super::notices::Notices;
use super::search_results::SearchResults;
use super::toolbar::Toolbar;
use crate::model::Corpus;
use crate::state::view::Known;

/// Narrow views of the state, each changing only when its part changes, so
/// typing in the search box does not re-run topic highlighting and so on.
#[derive(Clone, Copy)]
pub struct Derived {
    /// Active topic ids.
    pub active: Memo<Vec<String>>,
    /// Search text.
    pub query: Memo<String>,
    /// Focused sentence id.
    pub focus: Memo<Option<String>>,
    /// Collapse off-topic text (only meaningful with active topics).
    pub collapse: Memo<bool>,
    /// Visible article ids in order.
    pub visible: Memo<Vec<String>>,
    /// The article shown on a phone.
    pub reading: Memo<Option<String>>,
    /// The focused claim.
    pub claim: Memo<Option<String>>,
    /// Sentence ids cited as evidence for the focused claim.
    pub evidence: Memo<Vec<String>>,
}

/// The loaded app.
#[component]
pub fn Reader(corpus: Arc<Corpus>) -> impl IntoView {
    let known = Arc::new(Known::from_corpus(&corpus));
    let (state, notices) = read_address(&known);
    let claims_by_sentence = Arc::new(index_claims(&corpus));
    let ctx = Ctx {
        corpus,
        known: known.clone(),
        view: RwSignal::new(state),
        notices: RwSignal::new(notices),
        claims_by_sentence,
    };
    provide_context(ctx.clone());

    let view = ctx.view;
    let k = known.clone();
    let derived = Derived {
        active: Memo::new(move |_| view.with(|v| v.topics.clone())),
        query: Memo::new(move |_| view.with(|v| v.q.clone())),
        focus: Memo::new(move |_| view.with(|v| v.focus.clone())),
        collapse: Memo::new(move |_| view.with(|v| v.collapse && !v.topics.is_empty())),
        visible: Memo::new(move |_| view.with(|v| v.visible(&k))),
        reading: Memo::new(move |_| view.with(|v| v.read.clone())),
        claim: Memo::new(move |_| view.with(|v| v.claim.clone())),
        evidence: {
            let corpus = ctx.corpus.clone();
            Memo::new(move |_| {
                view.with(|v| {
                    v.claim
                        .as_ref()
                        .and_then(|id| corpus.viewpoints.iter().find(|c| &c.id == id))
                        .map_or_else(Vec::new, |c| {
                            c.positions.iter().flat_map(|p| p.evidence.iter().cloned()).collect()
                        })
                })
            })
        },
    };
    provide_context(derived);

    // Back, forward and in-page links: read the address again.
    let c = ctx.clone();
    let on_history = move || {
        let (state, notices) = read_address(&c.known);
        c.view.set(state);
        c.notices.set(notices);
    };
    let h = on_history.clone();
    let _ = window_event_listener(leptos::ev::popstate, move |_| h());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| on_history());

    // Bring the focused sentence into view once it is rendered.
    Effect::new(move |_| {
        if let Some(id) = derived.focus.get() {
            request_animation_frame(move || scroll_to(&id));
        }
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
