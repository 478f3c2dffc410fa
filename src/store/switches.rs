//! One boolean signal per topic, per topic in each column, and per claim,
//! kept in step with the view state. Components listen to the switches of
//! their own topics or claims only, so a toggle wakes only what concerns it.
//!
//! A column's switches follow the topic switches at once when the column is
//! on screen, and in small tasks after the repaint when it is not: with many
//! articles a click repaints what the reader sees without waiting for the
//! columns out of view.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use super::host::SharedHost;
use super::signals::ViewSignals;
use crate::model::Corpus;

/// Columns brought in step per task while catching up.
const PER_TASK: usize = 3;

/// The switches; cheap to clone (all shared).
#[derive(Clone)]
pub struct Switches {
    /// Is each topic active (in topic order)?
    pub(super) topics: Arc<Vec<RwSignal<bool>>>,
    /// The topic switches once more for each article (`[article][topic]`).
    pub(super) columns: Arc<Vec<Vec<RwSignal<bool>>>>,
    /// Is each claim the chosen one (in viewpoint order)?
    pub(super) claims: Arc<Vec<RwSignal<bool>>>,
    /// Is the catching up of columns out of view already scheduled?
    catching_up: Arc<AtomicBool>,
}

fn off(n: usize) -> Vec<RwSignal<bool>> {
    (0..n).map(|_| RwSignal::new(false)).collect()
}

/// Sets each switch to its wanted value, touching only those that differ.
fn flip(switches: &[RwSignal<bool>], on: impl Iterator<Item = bool>) {
    for (switch, on) in switches.iter().zip(on) {
        if switch.get_untracked() != on {
            switch.set(on);
        }
    }
}

impl Switches {
    /// All off, for a corpus.
    pub fn new(corpus: &Corpus) -> Switches {
        let t = corpus.topics.len();
        Switches {
            topics: Arc::new(off(t)),
            columns: Arc::new(corpus.articles.iter().map(|_| off(t)).collect()),
            claims: Arc::new(off(corpus.viewpoints.len())),
            catching_up: Arc::default(),
        }
    }

    /// Flips the topic and claim switches that differ from the view state,
    /// then the column switches: all at once, or (`later_out_of_view`) those
    /// of the columns on screen at once and the rest after the repaint.
    pub fn sync(&self, corpus: &Arc<Corpus>, view: &ViewSignals, host: &SharedHost, later_out_of_view: bool) {
        view.topics().with_untracked(|active| {
            flip(&self.topics, corpus.topics.iter().map(|t| active.contains(&t.id)))
        });
        view.claim().with_untracked(|chosen| {
            flip(&self.claims, corpus.viewpoints.iter().map(|v| chosen.as_deref() == Some(v.id.as_str())))
        });
        let mut behind = false;
        for a in 0..self.columns.len() {
            if !self.column_behind(a) {
                continue;
            }
            if later_out_of_view && !host.column_in_view(a) {
                behind = true;
            } else {
                self.sync_column(a);
            }
        }
        if behind && !self.catching_up.swap(true, Ordering::Relaxed) {
            let (me, corpus, view, h) = (self.clone(), corpus.clone(), *view, host.clone());
            host.after_repaint(Box::new(move || me.catch_up(corpus, view, h)));
        }
    }

    /// Does article `a`'s column still show other topics than the view's?
    fn column_behind(&self, a: usize) -> bool {
        self.columns[a].iter().zip(self.topics.iter()).any(|(c, g)| c.get_untracked() != g.get_untracked())
    }

    /// Brings article `a`'s column switches in step; true if any flipped.
    fn sync_column(&self, a: usize) -> bool {
        let behind = self.column_behind(a);
        flip(&self.columns[a], self.topics.iter().map(|g| g.get_untracked()));
        behind
    }

    /// One task of catching up: brings a few columns that are behind in
    /// step (their sentences update in this task), then leaves the rest to
    /// the next task, so the page stays responsive.
    fn catch_up(&self, corpus: Arc<Corpus>, view: ViewSignals, host: SharedHost) {
        let mut done = 0;
        for (a, article) in corpus.articles.iter().enumerate() {
            // Columns the reader hid have nothing listening: flipped, not counted.
            let shown = view.cols().with_untracked(|c| c.as_ref().is_none_or(|c| c.contains(&article.id)));
            if self.sync_column(a) && shown {
                done += 1;
                if done == PER_TASK {
                    let (me, h) = (self.clone(), host.clone());
                    host.next_task(Box::new(move || me.catch_up(corpus, view, h)));
                    return;
                }
            }
        }
        self.catching_up.store(false, Ordering::Relaxed);
    }
}
