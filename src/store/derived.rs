//! What the page derives from the view state, as memos: each changes only
//! when its answer does, so typing in the search box does not re-run topic
//! highlighting, and the first topic going on wakes what depends on "any
//! topic" once.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

use super::signals::ViewSignals;
use crate::model::Corpus;
use crate::state::search;
use crate::state::view::Known;

/// Search hits of every sentence, in corpus-wide sentence order (empty when
/// there is no search).
pub type Hits = Arc<Vec<Vec<Range<usize>>>>;

/// Derived values, read only.
#[derive(Clone, Copy)]
pub struct Derived {
    /// Is any topic active?
    pub any_active: Memo<bool>,
    /// Visible article ids in order.
    pub visible: Memo<Vec<String>>,
    /// Is only one column left (so it cannot be hidden)?
    pub last_column: Memo<bool>,
    /// The article shown on a phone: the one chosen, else the first visible.
    pub current: Memo<Option<String>>,
    /// Search hits of every sentence.
    pub hits: Memo<Hits>,
}

impl Derived {
    /// The memos over `view`.
    pub fn new(corpus: Arc<Corpus>, known: Arc<Known>, view: ViewSignals) -> Derived {
        let (topics, cols, read) = (view.topics(), view.cols(), view.read());
        let visible = Memo::new(move |_| cols.with(|c| c.clone().unwrap_or_else(|| known.articles.clone())));
        Derived {
            any_active: Memo::new(move |_| topics.with(|t| !t.is_empty())),
            visible,
            last_column: Memo::new(move |_| visible.with(|v| v.len() <= 1)),
            current: Memo::new(move |_| read.get().or_else(|| visible.with(|v| v.first().cloned()))),
            hits: search_hits(corpus, view.q()),
        }
    }
}

/// The search hits of every sentence for the search text in `q`. Texts are
/// folded once, on the first search; then every keystroke only compares.
fn search_hits(corpus: Arc<Corpus>, q: ReadSignal<String>) -> Memo<Hits> {
    let folded: Arc<OnceLock<Vec<search::Folded>>> = Arc::new(OnceLock::new());
    Memo::new(move |_| {
        let Some(needle) = q.with(|q| search::needle(q)) else { return Arc::new(Vec::new()) };
        let texts = folded.get_or_init(|| {
            corpus.articles.iter().flat_map(|a| a.sentences()).map(|s| search::Folded::new(&s.text)).collect()
        });
        Arc::new(texts.iter().map(|t| search::find_folded(t, &needle)).collect())
    })
}
