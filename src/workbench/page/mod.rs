//! The workbench page's components (wasm, client-rendered: the page has
//! no build-time view, nothing of the reader's corpus to show first).
//!
//! [`Bench`] is the page's state, given as context: the folder (the one
//! thing that is kept), the worker's latest answer and the corpus it
//! carries. Each section is a component in its own file.

use std::sync::Arc;

use leptos::prelude::*;

use super::build::Built;
use super::folder::Folder;
use crate::model::Corpus;
use crate::pipeline::read::manifest::Manifest;
use crate::pipeline::tag::TopicFile;
use crate::pipeline::viewpoints::File as ClaimsFile;

mod articles;
mod claims;
mod collection;
mod keep;
mod leave;
mod texts;
mod topics;

/// Where the work stands in the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Nothing changed since the page opened.
    Untouched,
    /// The latest change is saved.
    Yes,
    /// The latest change could not be saved: why.
    No(String),
}

/// The page's state.
#[derive(Clone, Copy)]
pub struct Bench {
    /// The seeds folder being made: the only state that is kept.
    pub folder: RwSignal<Folder>,
    /// The worker's latest answer.
    pub built: RwSignal<Option<Built>>,
    /// The corpus of the latest answer (the articles alone when the full
    /// build failed), parsed once.
    pub corpus: RwSignal<Option<Arc<Corpus>>>,
    /// The position whose evidence is being chosen: (claim, article).
    pub coding: RwSignal<Option<(String, String)>>,
    /// Whether the latest change is saved.
    pub saved: RwSignal<Saved>,
    /// Successful saves since the page opened.
    pub saves: RwSignal<u32>,
    /// Bumped when the folder is replaced as a whole (an import, starting
    /// over): every form is drawn afresh from the new folder.
    pub epoch: RwSignal<u32>,
    /// The manifest, parsed once per change.
    pub manifest: Memo<Result<Manifest, String>>,
    /// The topics, parsed once per change.
    pub topics: Memo<Result<TopicFile, String>>,
    /// The claims, parsed once per change.
    pub claims: Memo<Result<ClaimsFile, String>>,
}

impl Bench {
    /// A new, empty state.
    pub fn new(folder: Folder) -> Bench {
        let folder = RwSignal::new(folder);
        Bench {
            folder,
            built: RwSignal::new(None),
            corpus: RwSignal::new(None),
            coding: RwSignal::new(None),
            saved: RwSignal::new(Saved::Untouched),
            saves: RwSignal::new(0),
            epoch: RwSignal::new(0),
            manifest: Memo::new(move |_| folder.with(Folder::manifest)),
            topics: Memo::new(move |_| folder.with(Folder::topics)),
            claims: Memo::new(move |_| folder.with(Folder::claims)),
        }
    }

    /// Replaces the folder as a whole (an import, starting over).
    pub fn replace(&self, folder: Folder) {
        self.coding.set(None);
        self.folder.set(folder);
        self.epoch.update(|e| *e += 1);
    }

    /// Asks the reader to confirm something that cannot be undone.
    pub fn confirm(question: &str) -> bool {
        window().confirm_with_message(question).unwrap_or(false)
    }

    /// Applies `edit` to a copy of the folder and keeps the copy only if
    /// the edit succeeded: a refused edit changes nothing.
    pub fn edit<T>(&self, edit: impl FnOnce(&mut Folder) -> Result<T, String>) -> Result<T, String> {
        let mut copy = self.folder.get_untracked();
        let out = edit(&mut copy)?;
        self.folder.set(copy);
        Ok(out)
    }

    /// Takes in the worker's answer.
    pub fn take(&self, built: Built) {
        let text = built.corpus.as_deref().or(built.articles.as_deref());
        if let Some(corpus) = text.and_then(|t| serde_json::from_str::<Corpus>(t).ok()) {
            self.corpus.set(Some(Arc::new(corpus)));
        } else if built.corpus.is_none() && built.articles.is_none() && built.error.is_some() {
            // No article builds (an empty folder, or a broken manifest): keep
            // showing the last texts only if there are articles at all.
            if self.folder.with_untracked(|f| f.manifest().map(|m| m.articles.is_empty()).unwrap_or(false)) {
                self.corpus.set(None);
            }
        }
        self.built.set(Some(built));
    }
}

/// The whole workbench page.
#[component]
pub fn Workbench() -> impl IntoView {
    let bench = expect_context::<Bench>();
    let count = move || bench.manifest.with(|m| m.as_ref().map_or(0, |m| m.articles.len()));
    view! {
        <header class="site bench-head">
            <h1>"Parallax "<span class="sub">"workbench — compare your own articles"</span></h1>
            <p class="lede">"Bring a few articles on one question, mark what they are about, and record where each author stands on each claim, citing the author's own sentences. Everything runs in this page: nothing you add leaves this computer."</p>
            <nav aria-label="Site"><a href="./">"Back to the reader"</a>" · "<a href="coding-guide.html">"How to code a claim (the coding guide)"</a></nav>
        </header>
        <main id="workbench" class="workbench"
            data-articles=move || bench.manifest.with(|m| m.as_ref().map_or(0, |m| m.articles.len())).to_string()>
            <keep::Status/>
            <texts::Bring/>
            <articles::Articles/>
            // Before the first text, the later steps are named, not hidden:
            // the numbering reads 1 to 5 from the start.
            <Show when=move || { count() > 0 } fallback=|| view! {
                <section class="later" aria-labelledby="topics-h">
                    <h2 id="topics-h">"3. Topics"</h2>
                    <p class="hint">"Once there is a text: say what the articles are about, with cues that find the sentences on each topic."</p>
                </section>
                <section class="later" aria-labelledby="claims-h">
                    <h2 id="claims-h">"4. Claims and stances"</h2>
                    <p class="hint">"Once there is a text: write a claim and mark where each author stands, by clicking their own sentences."</p>
                </section>
            }>
                <topics::Topics/>
                <claims::Claims/>
            </Show>
            <keep::Keep/>
        </main>
    }
}
