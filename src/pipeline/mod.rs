//! The corpus tool's pipeline: a seeds folder (a manifest, plain-text
//! articles and optional topic, viewpoint, coding and label files) in, the
//! [`Corpus`] written to `corpus.json` out. Its steps, in order, one folder
//! each:
//!
//! 1. [`read`]: the manifest and each file, checked (file and line in
//!    every error);
//! 2. [`clean`]: blocks, metadata moved out, recorded repairs to a fixpoint;
//! 3. [`segment`]: paragraphs and sentences with stable ids ([`article`]
//!    puts one article through steps 1–3);
//! 4. [`tag`]: topics by cue phrases, scored against hand labels;
//! 5. [`viewpoints`]: the claims and stances people coded, with their
//!    agreement and adjudications;
//! 6. [`analysis`]: aligned passages and facts;
//! 7. [`output`]: `corpus.json` written atomically, and [`exports`]: the
//!    grid as CSV and the analysis as JSON beside it.
//!
//! [`text`] holds the small text steps the others share; [`synth`] makes
//! large synthetic corpora for the benchmarks and scale tests.

pub mod analysis;
mod article;
pub mod clean;
pub mod error;
pub mod exports;
pub mod output;
pub mod read;
pub mod segment;
pub mod synth;
pub mod tag;
pub mod text;
pub mod viewpoints;

use std::path::{Path, PathBuf};

use article::build_article;
use clean::chrome;
use error::{line_of, Error, Result};
use read::manifest::{ArticleEntry, Manifest};
use read::source;

use crate::model::{Corpus, Method, TagReason, SCHEMA_VERSION};

/// Where the inputs are.
#[derive(Clone, Debug)]
pub struct Inputs {
    /// The manifest file (`corpus.toml`); other paths are relative to its folder.
    pub manifest: PathBuf,
}

impl Inputs {
    /// Inputs from a seeds folder holding `corpus.toml`.
    pub fn from_dir(dir: impl AsRef<Path>) -> Inputs {
        Inputs { manifest: dir.as_ref().join("corpus.toml") }
    }

    pub(crate) fn dir(&self) -> &Path {
        self.manifest.parent().unwrap_or(Path::new("."))
    }
}

/// The built-in boilerplate rules and the manifest's own.
fn chrome_rules(manifest: &Manifest) -> std::result::Result<Vec<chrome::ChromeRule>, String> {
    let extra: Vec<(String, String)> =
        manifest.chrome.iter().map(|r| (r.pattern.get_ref().clone(), r.why.clone())).collect();
    chrome::rules(&extra).map_err(|e| e.to_string())
}

/// Cleans `raw`, the text of the manifest's article `entry`, exactly as the
/// build does (same rules, same steps): for a tool that shows, before a
/// build, what the build will keep of a file.
pub fn clean_article(
    manifest: &Manifest,
    entry: &ArticleEntry,
    raw: &str,
) -> std::result::Result<clean::Cleaned, String> {
    let rules = chrome_rules(manifest)?;
    let lines = article::meta_lines(entry);
    Ok(clean::clean(
        raw,
        &clean::Options { meta_lines: &lines, chrome: &rules, initial: entry.initial.as_deref() },
    ))
}

/// Builds the corpus from the inputs on disk; the first problem found stops the build.
pub fn build(inputs: &Inputs) -> Result<Corpus> {
    build_from(inputs, &source::Disk)
}

/// Builds the corpus from the inputs read through `files` (a folder on
/// disk, or one held in memory by the workbench).
pub fn build_from(inputs: &Inputs, files: &dyn source::Files) -> Result<Corpus> {
    let manifest_text = files.read_text(&inputs.manifest)?;
    let manifest = Manifest::parse(&inputs.manifest, &manifest_text)?;
    let rules = chrome_rules(&manifest).map_err(|e| Error::invalid(&inputs.manifest, None, e))?;
    let mut articles = Vec::with_capacity(manifest.articles.len());
    for entry in &manifest.articles {
        let entry_line = line_of(&manifest_text, entry.id.span().start);
        articles.push(build_article(inputs, files, entry, entry_line, &rules)?);
    }
    let mut corpus = Corpus {
        schema_version: SCHEMA_VERSION,
        content_hash: String::new(),
        title: manifest.title.clone(),
        description: manifest.description.clone(),
        topics: Vec::new(),
        articles,
        viewpoints: Vec::new(),
        alignments: Vec::new(),
        facts: Vec::new(),
        method: Method::default(),
    };
    let mut tagger = None;
    if let Some(file) = &manifest.topics {
        let path = inputs.dir().join(file);
        let (topics, t) = tag::load(&path, &files.read_text(&path)?)?;
        let tagger = tagger.insert(t);
        corpus.topics = topics;
        for s in corpus
            .articles
            .iter_mut()
            .flat_map(|a| a.paragraphs.iter_mut())
            .flat_map(|p| p.sentences.iter_mut())
        {
            (s.topics, s.why) = tagger.tag(&s.text);
        }
    }
    if let Some(file) = &manifest.viewpoints {
        let codings = match manifest.codings.as_slice() {
            [] => None,
            [first, second] => {
                let read = |f: &String| -> Result<viewpoints::codings::Coding> {
                    let path = inputs.dir().join(f);
                    viewpoints::codings::load(&path, &files.read_text(&path)?, &corpus)
                };
                Some([read(first)?, read(second)?])
            }
            _ => {
                return Err(Error::invalid(
                    &inputs.manifest,
                    None,
                    "codings lists two files (the first and the second coding), or none",
                ))
            }
        };
        let path = inputs.dir().join(file);
        corpus.viewpoints = viewpoints::load(&path, &files.read_text(&path)?, &corpus, codings.as_ref())?;
        corpus.method.stance_agreement = viewpoints::stance_agreement(&corpus.viewpoints);
        tag_from_claims(&mut corpus);
    }
    corpus.alignments = analysis::align::align(&corpus);
    corpus.facts = analysis::facts::facts(&corpus);
    let from_claims: Vec<&str> =
        corpus.topics.iter().filter(|t| t.from_claims).map(|t| t.label.as_str()).collect();
    corpus.method.summary = method_summary(&from_claims);
    if let Some(file) = &manifest.labels {
        let path = inputs.dir().join(file);
        let labels = tag::labels::load(&path, &files.read_text(&path)?, &corpus)?;
        corpus.method.labelled_sentences = labels.len() as u32;
        corpus.method.scores = tag::labels::score(&corpus, &labels);
        if let Some(tagger) = &tagger {
            corpus.method.heldout = tag::heldout::leave_one_article_out(&corpus, &labels, tagger)
                .into_iter()
                .filter(|(t, _)| corpus.topic(t).is_some_and(|t| !t.from_claims))
                .map(|(t, c)| c.score(&t))
                .collect();
        }
        if let Some(file) = &manifest.labels_second {
            let path = inputs.dir().join(file);
            let second = tag::labels::load(&path, &files.read_text(&path)?, &corpus)?;
            corpus.method.second_reading = tag::labels::score(&corpus, &second);
            corpus.method.label_agreement = tag::labels::agreement(&corpus, &labels, &second);
        }
    }
    Ok(corpus)
}

/// Tags the evidence of each claim with the claim's topic when that topic
/// is a `from_claims` one (no cues): the reason names the claim.
fn tag_from_claims(corpus: &mut Corpus) {
    let by_claim: Vec<(String, String, Vec<String>)> = corpus
        .viewpoints
        .iter()
        .filter(|v| corpus.topic(&v.topic).is_some_and(|t| t.from_claims))
        .map(|v| {
            (v.topic.clone(), v.id.clone(), v.positions.iter().flat_map(|p| p.evidence.clone()).collect())
        })
        .collect();
    let order: Vec<String> = corpus.topics.iter().map(|t| t.id.clone()).collect();
    for s in
        corpus.articles.iter_mut().flat_map(|a| a.paragraphs.iter_mut()).flat_map(|p| p.sentences.iter_mut())
    {
        for (topic, claim, evidence) in &by_claim {
            if evidence.contains(&s.id) && !s.why.iter().any(|w| &w.topic == topic) {
                s.topics.push(topic.clone());
                s.why.push(TagReason {
                    topic: topic.clone(),
                    cue: format!("claim: {claim}"),
                    matched: "cited as evidence by the analyst".into(),
                });
            }
        }
        s.topics.sort_by_key(|t| order.iter().position(|o| o == t));
        s.why.sort_by_key(|w| order.iter().position(|o| *o == w.topic));
    }
}

/// How tags are made, for the app's method panel; `from_claims` names the
/// topics that have no cues (their sentences are a person's evidence).
fn method_summary(from_claims: &[&str]) -> String {
    let mut s = String::from(
        "Topics are tagged sentence by sentence by hand-written cue phrases (listed with each topic): a sentence carries a topic when one of its cues matches, and the page shows which cue and which words did it. The table compares the tags with a hand-labelled copy of every sentence twice: on the training set (the cues were written while looking at these same sentences) and held out, each article tagged only by the cues the other articles' labels confirm. Expect the held-out figures, not the training-set ones, on new articles.",
    );
    match from_claims {
        [] => {}
        [one] => s.push_str(&format!(" A topic without cues ({one}) is not machine-tagged: its highlighted sentences are the evidence a person cited for its claims.")),
        many => s.push_str(&format!(" Topics without cues ({}) are not machine-tagged: their highlighted sentences are the evidence a person cited for their claims.", many.join(", "))),
    }
    s
}
