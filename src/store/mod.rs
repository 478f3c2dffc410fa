//! The store: the loaded corpus (read only), the view state (one signal per
//! part, mirroring the address), what is derived from them, and the
//! switches components listen to. Components get it from context and read
//! through read-only handles; every change goes through [`Store::update`]
//! or [`Store::replace`], which keep the address in step.
//!
//! The store never touches the browser itself: what it needs from the page
//! (writing the address, scheduling, whether a column is on screen) it asks
//! of its [`Host`]. So the same store serves the page rendered at build
//! time ([`NoHost`]) and the page in the browser.

mod derived;
mod host;
mod index;
mod signals;
mod switches;

use std::sync::Arc;

use leptos::prelude::*;

pub use derived::{Derived, Hits};
pub use host::{Host, NoHost, SharedHost};
pub use index::Index;
pub use signals::ViewSignals;
use switches::Switches;

use crate::model::Corpus;
use crate::state::view::{Known, ViewState};

/// Everything the components share. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    corpus: Arc<Corpus>,
    known: Arc<Known>,
    index: Arc<Index>,
    view: ViewSignals,
    derived: Derived,
    switches: Switches,
    notices: RwSignal<Vec<String>>,
    /// What the corpus check left out: shown with every address's notices.
    corpus_notices: Arc<Vec<String>>,
    ready: RwSignal<bool>,
    host: SharedHost,
}

impl Store {
    /// A store showing the default view of `corpus` (every column, no
    /// topic): the view rendered at build time. The address's view is
    /// applied later ([`Store::apply_address`]).
    pub fn new(corpus: Arc<Corpus>, corpus_notices: Vec<String>, host: SharedHost) -> Store {
        let known = Arc::new(Known::from_corpus(&corpus));
        let index = Arc::new(Index::new(&corpus));
        let view = ViewSignals::new(ViewState::default());
        let derived = Derived::new(corpus.clone(), known.clone(), view);
        Store {
            switches: Switches::new(&corpus),
            corpus,
            known,
            index,
            view,
            derived,
            notices: RwSignal::new(corpus_notices.clone()),
            corpus_notices: Arc::new(corpus_notices),
            ready: RwSignal::new(false),
            host,
        }
    }

    /// The corpus, loaded once.
    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }
    /// Ids the address may refer to.
    pub fn known(&self) -> &Known {
        &self.known
    }
    /// Positions and references computed once.
    pub fn index(&self) -> &Index {
        &self.index
    }
    /// The view state (read-only handles).
    pub fn view(&self) -> ViewSignals {
        self.view
    }
    /// What is derived from the view state.
    pub fn derived(&self) -> Derived {
        self.derived
    }
    /// Quiet notices: what was ignored in the address or left out of the corpus.
    pub fn notices(&self) -> ReadSignal<Vec<String>> {
        self.notices.read_only()
    }
    /// Has the browser taken the page over (controls work)?
    pub fn ready(&self) -> ReadSignal<bool> {
        self.ready.read_only()
    }
    /// The page's services.
    pub fn host(&self) -> &SharedHost {
        &self.host
    }

    /// Changes the view and records it as a new history entry.
    pub fn update(&self, f: impl FnOnce(&mut ViewState, &Known)) {
        self.change(f, true);
    }

    /// Changes the view in place (no new history entry), e.g. while typing.
    pub fn replace(&self, f: impl FnOnce(&mut ViewState, &Known)) {
        self.change(f, false);
    }

    fn change(&self, f: impl FnOnce(&mut ViewState, &Known), push: bool) {
        let current = self.view.snapshot();
        let mut next = current.clone();
        f(&mut next, &self.known);
        next.normalise(&self.known);
        if next == current {
            return;
        }
        let url = self.address_of(&next);
        self.apply(next);
        self.host.write_address(url, push);
    }

    /// Sets the view to `v` (only the parts that differ) and flips the
    /// switches that went on or off (those of columns out of view after the
    /// repaint).
    pub fn apply(&self, v: ViewState) {
        if self.view.cols().with_untracked(|cols| *cols != v.cols) {
            self.host.remember_focus();
        }
        self.view.apply(v);
        self.switches.sync(&self.corpus, &self.view, &self.host, true);
    }

    /// Shows the view an address asked for, with what was ignored in it.
    pub fn apply_address(&self, v: ViewState, notices: Vec<String>) {
        self.apply(v);
        self.notices.set(self.corpus_notices.iter().cloned().chain(notices).collect());
    }

    /// Clears the notices.
    pub fn dismiss_notices(&self) {
        self.notices.set(Vec::new());
    }

    /// Marks the page as taken over: its controls work from now on.
    pub fn set_ready(&self) {
        self.ready.set(true);
    }

    /// The path-plus-query-plus-fragment of a view on this page.
    pub fn address_of(&self, v: &ViewState) -> String {
        format!("{}{}", self.host.path(), v.to_relative_url())
    }

    /// The full address of the current view, for a copied link.
    pub fn link(&self) -> String {
        self.host.origin() + &self.address_of(&self.view.snapshot())
    }

    /// Is a topic active? (Never, for an unknown id.)
    pub fn topic_switch(&self, id: &str) -> ReadSignal<bool> {
        self.topic_pos(id).map_or_else(never, |i| self.switches.topics[i].read_only())
    }

    /// Is a topic active inside article `a`'s column? (Its column may
    /// follow the topic switches a little later when out of view.)
    pub fn column_switch(&self, a: usize, id: &str) -> ReadSignal<bool> {
        self.topic_pos(id).map_or_else(never, |i| self.switches.columns[a][i].read_only())
    }

    /// All of article `a`'s column switches, in topic order.
    pub fn column_switches(&self, a: usize) -> Vec<ReadSignal<bool>> {
        self.switches.columns[a].iter().map(|s| s.read_only()).collect()
    }

    /// Is claim `i` the chosen one?
    pub fn claim_switch(&self, i: usize) -> ReadSignal<bool> {
        self.switches.claims.get(i).map_or_else(never, |s| s.read_only())
    }

    /// Index of an article by id.
    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.corpus.articles.iter().position(|a| a.id == id)
    }

    /// Position of a topic in the corpus's topic list (for its colour).
    pub fn topic_index(&self, id: &str) -> usize {
        self.topic_pos(id).unwrap_or(0)
    }

    fn topic_pos(&self, id: &str) -> Option<usize> {
        self.corpus.topics.iter().position(|t| t.id == id)
    }
}

/// A switch that is never on.
fn never() -> ReadSignal<bool> {
    RwSignal::new(false).read_only()
}
