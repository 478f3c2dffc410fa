//! The app's shared context: the loaded corpus (read-only), the view state
//! (a signal that mirrors the address), and notices. The address is the
//! single source of truth: [`Ctx::update`] writes a new state to the address
//! (a new history entry) and the signal; `popstate` reads it back.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::model::Corpus;
use crate::state::view::{Known, ViewState};

/// Shared by every component below the reader (typed context).
#[derive(Clone)]
pub struct Ctx {
    /// The corpus, loaded once.
    pub corpus: Arc<Corpus>,
    /// Ids the address may refer to.
    pub known: Arc<Known>,
    /// The view state, one signal per part; change it only through
    /// [`Ctx::update`] / [`Ctx::replace`].
    pub view: ViewSignals,
    /// Things ignored in the address, shown quietly.
    pub notices: RwSignal<Vec<String>>,
    /// For each sentence id, the claims (indices into `viewpoints`) that cite it.
    pub claims_by_sentence: Arc<std::collections::HashMap<String, Vec<usize>>>,
    /// One switch per topic (in topic order): is it active? Components listen
    /// to the switches of their own topics only, so a toggle wakes only what
    /// concerns the toggled topic. Kept in step with `view.topics` by
    /// [`Ctx::apply`]; read only elsewhere.
    pub switches: Arc<Vec<RwSignal<bool>>>,
    /// The topic switches once more for each article (`[article][topic]`):
    /// what is inside a column (its sentences' highlights and badges, its
    /// paragraphs' collapse) listens to these. After a toggle the columns on
    /// screen follow at once and the others in small tasks after the repaint
    /// ([`Ctx::sync_switches`]), so with many articles a click repaints what
    /// the reader sees without waiting for the columns out of view.
    pub column_switches: Arc<Vec<Vec<RwSignal<bool>>>>,
    /// Is the catching up of columns out of view already scheduled?
    pub catching_up: Arc<AtomicBool>,
    /// Is each article's column on screen? Kept by an `IntersectionObserver`
    /// ([`watch_columns`]), so a toggle asks the layout nothing; true until
    /// the observer says otherwise (unknown counts as on screen).
    pub in_view: Arc<Vec<AtomicBool>>,
    /// One switch per claim (in viewpoint order): is it the chosen one? Kept
    /// in step with `view.claim` by [`Ctx::apply`]; read only elsewhere.
    pub claim_switches: Arc<Vec<RwSignal<bool>>>,
    /// Where each paragraph's sentences start in the corpus-wide sentence
    /// order (`[article][paragraph]`), for [`Ctx::sentence_index`].
    pub paragraph_starts: Arc<Vec<Vec<usize>>>,
    /// The search hits of each sentence, in corpus-wide sentence order. Set
    /// by the reader when a sentence's hits change, so typing wakes only the
    /// sentences whose hits changed.
    pub sentence_hits: Arc<Vec<RwSignal<Vec<Range<usize>>>>>,
}

/// Where each paragraph's sentences start in the corpus-wide sentence order.
pub fn paragraph_starts(corpus: &Corpus) -> Vec<Vec<usize>> {
    let mut n = 0;
    corpus
        .articles
        .iter()
        .map(|a| {
            a.paragraphs
                .iter()
                .map(|p| {
                    let start = n;
                    n += p.sentences.len();
                    start
                })
                .collect()
        })
        .collect()
}

/// Which claims cite each sentence.
pub fn index_claims(corpus: &Corpus) -> std::collections::HashMap<String, Vec<usize>> {
    let mut map: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (i, v) in corpus.viewpoints.iter().enumerate() {
        for s in v.positions.iter().flat_map(|p| p.evidence.iter()) {
            let list = map.entry(s.clone()).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }
    map
}

/// The view state as one signal per part, so a change to one part (say the
/// topics) wakes only what depends on that part, not everything.
#[derive(Clone, Copy)]
pub struct ViewSignals {
    /// Active topics.
    pub topics: RwSignal<Vec<String>>,
    /// Visible columns in order (`None`: all).
    pub cols: RwSignal<Option<Vec<String>>>,
    /// Search text.
    pub q: RwSignal<String>,
    /// Collapse off-topic text.
    pub collapse: RwSignal<bool>,
    /// Article shown on a phone.
    pub read: RwSignal<Option<String>>,
    /// Chosen claim.
    pub claim: RwSignal<Option<String>>,
    /// Focused sentence.
    pub focus: RwSignal<Option<String>>,
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
    pub fn apply(&self, v: ViewState) {
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

/// Reads the current address into a state and notices.
pub fn read_address(known: &Known) -> (ViewState, Vec<String>) {
    let loc = window().location();
    let search = loc.search().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    ViewState::from_address(&search, &hash, known)
}

/// The absolute path-plus-query-plus-fragment for a state, on this page.
pub fn address_of(view: &ViewState) -> String {
    // The page's path never changes (only the query and fragment do), so it
    // is read from the browser once.
    static PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let path = PATH.get_or_init(|| window().location().pathname().unwrap_or_default());
    format!("{path}{}", view.to_relative_url())
}

impl Ctx {
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
        let url = address_of(&next);
        self.apply(next);
        // The page updates first; the address follows after the next frame
        // (History.pushState costs a few ms and the repaint should not wait).
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if let Ok(history) = window().history() {
                        let _ = if push {
                            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                        } else {
                            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                        };
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    }

    /// Sets the view to `v` (only the parts that differ) and flips the
    /// switches of the topics and claims that went on or off (the columns out
    /// of view after the repaint).
    pub fn apply(&self, v: ViewState) {
        if self.view.cols.with_untracked(|cols| *cols != v.cols) {
            super::columns::remember_focus();
        }
        self.view.apply(v);
        self.sync_switches(true);
    }

    /// Flips the topic and claim switches that differ from the view state,
    /// then the column switches: all at once, or (`later_out_of_view`) those
    /// of the columns on screen at once and the rest after the repaint.
    pub fn sync_switches(&self, later_out_of_view: bool) {
        fn flip(switches: &[RwSignal<bool>], on: impl Iterator<Item = bool>) {
            for (switch, on) in switches.iter().zip(on) {
                if switch.get_untracked() != on {
                    switch.set(on);
                }
            }
        }
        self.view.topics.with_untracked(|active| {
            flip(&self.switches, self.corpus.topics.iter().map(|t| active.contains(&t.id)))
        });
        self.view.claim.with_untracked(|chosen| {
            flip(
                &self.claim_switches,
                self.corpus.viewpoints.iter().map(|v| chosen.as_deref() == Some(v.id.as_str())),
            )
        });
        let mut behind = false;
        for a in 0..self.column_switches.len() {
            if !self.column_behind(a) {
                continue;
            }
            if later_out_of_view && !self.in_view[a].load(Ordering::Relaxed) {
                behind = true;
            } else {
                self.sync_column(a);
            }
        }
        if behind && !self.catching_up.swap(true, Ordering::Relaxed) {
            let c = self.clone();
            request_animation_frame(move || set_timeout(move || c.catch_up(), Duration::ZERO));
        }
    }

    /// Does article `a`'s column still show other topics than the view's?
    fn column_behind(&self, a: usize) -> bool {
        self.column_switches[a]
            .iter()
            .zip(self.switches.iter())
            .any(|(c, g)| c.get_untracked() != g.get_untracked())
    }

    /// Brings article `a`'s column switches in step with the topic switches;
    /// true if any flipped.
    fn sync_column(&self, a: usize) -> bool {
        let mut flipped = false;
        for (col, global) in self.column_switches[a].iter().zip(self.switches.iter()) {
            let on = global.get_untracked();
            if col.get_untracked() != on {
                col.set(on);
                flipped = true;
            }
        }
        flipped
    }

    /// One task of catching up: brings a few columns that are behind in step
    /// (their sentences update in this task), then leaves the rest to the
    /// next task, so the page stays responsive.
    fn catch_up(&self) {
        /// Columns brought in step per task.
        const PER_TASK: usize = 3;
        let mut done = 0;
        for (a, article) in self.corpus.articles.iter().enumerate() {
            // Columns the reader hid have nothing listening: flipped, not counted.
            let shown = self.view.cols.with_untracked(|c| c.as_ref().is_none_or(|c| c.contains(&article.id)));
            if self.sync_column(a) && shown {
                done += 1;
                if done == PER_TASK {
                    let c = self.clone();
                    set_timeout(move || c.catch_up(), Duration::ZERO);
                    return;
                }
            }
        }
        self.catching_up.store(false, Ordering::Relaxed);
    }

    /// Position of sentence `s` of paragraph `p` of article `a` in the
    /// corpus-wide sentence order.
    pub fn sentence_index(&self, a: usize, p: usize, s: usize) -> usize {
        self.paragraph_starts[a][p] + s
    }

    /// Index of an article by id.
    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.corpus.articles.iter().position(|a| a.id == id)
    }

    /// The switch of a topic (a never-on switch for an unknown id).
    pub fn topic_switch(&self, id: &str) -> RwSignal<bool> {
        self.topic_pos(id).map_or_else(|| RwSignal::new(false), |i| self.switches[i])
    }

    /// The switch of a topic for what is inside article `a`'s column (a
    /// never-on switch for an unknown id).
    pub fn column_switch(&self, a: usize, id: &str) -> RwSignal<bool> {
        self.topic_pos(id).map_or_else(|| RwSignal::new(false), |i| self.column_switches[a][i])
    }

    /// Position of a topic in the corpus's topic list (for its colour).
    pub fn topic_index(&self, id: &str) -> usize {
        self.topic_pos(id).unwrap_or(0)
    }

    /// Position of a topic in the corpus's topic list, if it is there.
    fn topic_pos(&self, id: &str) -> Option<usize> {
        self.corpus.topics.iter().position(|t| t.id == id)
    }
}

thread_local! {
    /// The observer behind [`Ctx::in_view`], once the reader has started, and
    /// the element it watches for each article.
    static COLUMN_WATCH: std::cell::OnceCell<(web_sys::IntersectionObserver, std::cell::RefCell<Vec<Option<web_sys::Element>>>)> = const { std::cell::OnceCell::new() };
}

/// Starts keeping `ctx.in_view`: a column counts as in view when any of it
/// is on screen.
pub fn watch_columns(ctx: &Ctx) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let (flags, corpus) = (ctx.in_view.clone(), ctx.corpus.clone());
    let seen = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
            let id = entry.target().id();
            let a =
                id.strip_prefix("article-").and_then(|id| corpus.articles.iter().position(|x| x.id == id));
            if let Some(flag) = a.and_then(|a| flags.get(a)) {
                flag.store(entry.is_intersecting(), Ordering::Relaxed);
            }
        }
    });
    if let Ok(observer) = web_sys::IntersectionObserver::new(seen.as_ref().unchecked_ref()) {
        seen.forget(); // lives as long as the page
        COLUMN_WATCH.with(|w| {
            let _ = w.set((observer, Default::default()));
        });
    }
}

/// Watches a column element for [`Ctx::in_view`] (counted as on screen until
/// the observer first reports). One element per article is watched: the one
/// before it (a column hidden and shown again is a new element) is let go.
pub fn watch_column(ctx: &Ctx, a: usize, el: &web_sys::Element) {
    if let Some(flag) = ctx.in_view.get(a) {
        flag.store(true, Ordering::Relaxed);
    }
    COLUMN_WATCH.with(|w| {
        if let Some((observer, watched)) = w.get() {
            let mut watched = watched.borrow_mut();
            if watched.len() <= a {
                watched.resize(a + 1, None);
            }
            if let Some(old) = watched[a].replace(el.clone()) {
                observer.unobserve(&old);
            }
            observer.observe(el);
        }
    });
}

/// True when the reader asked for reduced motion.
pub fn reduced_motion() -> bool {
    window().match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|m| m.matches())
}

/// Scrolls the element with this id to the middle of the screen, smoothly
/// unless asked not to (or the reader prefers reduced motion). Its column is
/// laid out in full first (columns out of view are skipped by the browser
/// and only estimated, and the page's height with them: the scroll could
/// fall short), and stays so until the next scroll.
pub fn scroll_to(id: &str, smooth: bool) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(Some(old)) = document().query_selector(".column.pinned") {
            let _ = old.class_list().remove_1("pinned");
        }
        if let Some(col) = el.closest(".column").ok().flatten() {
            let _ = col.class_list().add_1("pinned");
        }
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        opts.set_behavior(if !smooth || reduced_motion() {
            web_sys::ScrollBehavior::Auto
        } else {
            web_sys::ScrollBehavior::Smooth
        });
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}
