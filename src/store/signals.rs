//! The view state as one signal per part, so a change to one part (say the
//! topics) wakes only what depends on that part, not everything. Readers get
//! read-only handles; only the store writes ([`super::Store::update`]).

use leptos::prelude::*;

use crate::state::view::ViewState;

/// The view state, one signal per part.
#[derive(Clone, Copy)]
pub struct ViewSignals {
    topics: RwSignal<Vec<String>>,
    cols: RwSignal<Option<Vec<String>>>,
    q: RwSignal<String>,
    collapse: RwSignal<bool>,
    read: RwSignal<Option<String>>,
    claim: RwSignal<Option<String>>,
    focus: RwSignal<Option<String>>,
}

impl ViewSignals {
    /// Signals holding `v`.
    pub fn new(v: ViewState) -> Self {
        ViewSignals {
            topics: RwSignal::new(v.topics),
            cols: RwSignal::new(v.cols),
            q: RwSignal::new(v.q),
            collapse: RwSignal::new(v.collapse),
            read: RwSignal::new(v.read),
            claim: RwSignal::new(v.claim),
            focus: RwSignal::new(v.focus),
        }
    }

    /// Active topics.
    pub fn topics(&self) -> ReadSignal<Vec<String>> {
        self.topics.read_only()
    }
    /// Visible columns in order (`None`: all).
    pub fn cols(&self) -> ReadSignal<Option<Vec<String>>> {
        self.cols.read_only()
    }
    /// Search text.
    pub fn q(&self) -> ReadSignal<String> {
        self.q.read_only()
    }
    /// Collapse off-topic text?
    pub fn collapse(&self) -> ReadSignal<bool> {
        self.collapse.read_only()
    }
    /// The article shown on a phone.
    pub fn read(&self) -> ReadSignal<Option<String>> {
        self.read.read_only()
    }
    /// The chosen claim.
    pub fn claim(&self) -> ReadSignal<Option<String>> {
        self.claim.read_only()
    }
    /// The focused sentence.
    pub fn focus(&self) -> ReadSignal<Option<String>> {
        self.focus.read_only()
    }

    /// The current state, without subscribing.
    pub fn snapshot(&self) -> ViewState {
        ViewState {
            topics: self.topics.get_untracked(),
            cols: self.cols.get_untracked(),
            q: self.q.get_untracked(),
            collapse: self.collapse.get_untracked(),
            read: self.read.get_untracked(),
            claim: self.claim.get_untracked(),
            focus: self.focus.get_untracked(),
        }
    }

    /// Sets the parts of `v` that differ from the current state.
    pub(super) fn apply(&self, v: ViewState) {
        fn put<T: PartialEq + Send + Sync + 'static>(s: RwSignal<T>, x: T) {
            if s.with_untracked(|cur| *cur != x) {
                s.set(x);
            }
        }
        put(self.topics, v.topics);
        put(self.cols, v.cols);
        put(self.q, v.q);
        put(self.collapse, v.collapse);
        put(self.read, v.read);
        put(self.claim, v.claim);
        put(self.focus, v.focus);
    }
}
