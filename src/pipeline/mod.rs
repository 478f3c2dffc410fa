//! The corpus tool: reads a seeds folder (a manifest, plain-text articles and
//! optional topic, viewpoint and label files) and produces the [`Corpus`]
//! written to `corpus.json`.
//!
//! The pipeline, in order: read and check each file ([`source`]), split it
//! into blocks ([`clean::blocks`]), move metadata out ([`clean::metadata`]),
//! then build paragraphs and sentences with stable ids.

pub mod analysis;
pub mod clean;
pub mod error;
pub mod output;
pub mod read;
pub mod segment;
pub mod synth;
pub mod tag;
pub mod text;
pub mod viewpoints;

use std::path::{Path, PathBuf};

use clean::blocks::Block;
use clean::chrome::{self, ChromeRule};
use clean::metadata::{find_quote, MetaLine};
use error::{line_of, Error, Result};
use read::manifest::{ArticleEntry, Manifest, MetaEntry};
use read::source;

use crate::model::{
    Article, Author, Corpus, Evidence, Field, Method, Note, Paragraph, ReportKind, Sentence, Source,
    TagReason, SCHEMA_VERSION,
};

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

    fn dir(&self) -> &Path {
        self.manifest.parent().unwrap_or(Path::new("."))
    }
}

/// Builds the corpus from the inputs; the first problem found stops the build.
pub fn build(inputs: &Inputs) -> Result<Corpus> {
    let manifest_text = source::read_text(&inputs.manifest)?;
    let manifest = Manifest::parse(&inputs.manifest, &manifest_text)?;
    let extra: Vec<(String, String)> =
        manifest.chrome.iter().map(|r| (r.pattern.get_ref().clone(), r.why.clone())).collect();
    let rules = chrome::rules(&extra).map_err(|e| Error::invalid(&inputs.manifest, None, e.to_string()))?;
    let mut articles = Vec::with_capacity(manifest.articles.len());
    for entry in &manifest.articles {
        let entry_line = line_of(&manifest_text, entry.id.span().start);
        articles.push(build_article(inputs, entry, entry_line, &rules)?);
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
        let (topics, t) = tag::load(&path, &source::read_text(&path)?)?;
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
                    viewpoints::codings::load(&path, &source::read_text(&path)?, &corpus)
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
        corpus.viewpoints = viewpoints::load(&path, &source::read_text(&path)?, &corpus, codings.as_ref())?;
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
        let labels = tag::labels::load(&path, &source::read_text(&path)?, &corpus)?;
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
            let second = tag::labels::load(&path, &source::read_text(&path)?, &corpus)?;
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

/// Metadata lines of an entry, with the role each plays.
fn meta_lines(entry: &ArticleEntry) -> Vec<MetaLine> {
    let mut out = Vec::new();
    let mut add = |lines: &[String], role: &str| {
        out.extend(lines.iter().map(|t| MetaLine {
            text: t.clone(),
            kind: ReportKind::Metadata,
            role: role.to_string(),
        }));
    };
    add(&entry.title.lines, "title");
    for a in &entry.authors {
        add(&a.lines, "byline or author note");
    }
    add(&entry.outlet.lines, "outlet");
    add(&entry.date.lines, "date");
    out.extend(entry.chrome.iter().map(|d| MetaLine {
        text: d.line.clone(),
        kind: ReportKind::Chrome,
        role: d.why.clone(),
    }));
    out
}

fn build_article(
    inputs: &Inputs,
    entry: &ArticleEntry,
    entry_line: u32,
    rules: &[ChromeRule],
) -> Result<Article> {
    let id = entry.id.get_ref().clone();
    let path = inputs.dir().join(entry.file.get_ref());
    let raw = source::read_text(&path).map_err(|mut e| {
        if matches!(e.kind, error::ErrorKind::Io(_)) {
            e = Error::invalid(
                &inputs.manifest,
                Some(entry_line),
                format!("article {id:?} points to {}, which cannot be read: {e}", path.display()),
            );
        }
        e
    })?;
    let lines = meta_lines(entry);
    let cleaned = clean::clean(
        &raw,
        &clean::Options { meta_lines: &lines, chrome: rules, initial: entry.initial.as_deref() },
    );
    if let Some(msg) = &cleaned.initial_mismatch {
        return Err(Error::invalid(&inputs.manifest, Some(entry_line), format!("article {id:?}: {msg}")));
    }
    if cleaned.blocks.is_empty() {
        return Err(Error::invalid(&path, None, "no body text left after removing metadata and boilerplate"));
    }
    let mut evidence = cleaned.evidence.into_iter();
    let missing = |text: String| {
        Error::invalid(
            &inputs.manifest,
            Some(entry_line),
            format!("article {id:?}: the line {text:?} is not a line of {}", entry.file.get_ref()),
        )
    };
    let mut take = |n: usize| -> Result<Vec<Evidence>> {
        (0..n).map(|_| evidence.next().expect("one result per line").map_err(missing)).collect()
    };
    let quotes = |q: &[String]| -> Result<Vec<Evidence>> {
        q.iter()
            .map(|q| {
                find_quote(&raw, q).ok_or_else(|| {
                    Error::invalid(
                        &inputs.manifest,
                        Some(entry_line),
                        format!("article {id:?}: quoted evidence {q:?} is not in {}", entry.file.get_ref()),
                    )
                })
            })
            .collect()
    };
    let field = |m: &MetaEntry, mut ev: Vec<Evidence>| -> Result<Field> {
        ev.extend(quotes(&m.quotes)?);
        Ok(Field { value: m.value.clone(), basis: m.basis(), evidence: ev, note: m.note.clone() })
    };
    let title = field(&entry.title, take(entry.title.lines.len())?)?;
    let mut authors = Vec::new();
    for a in &entry.authors {
        let mut ev = take(a.lines.len())?;
        ev.extend(quotes(&a.quotes)?);
        authors.push(Author {
            display: a.display.clone().or_else(|| a.name.clone()).unwrap_or_default(),
            name: a.name.clone(),
            affiliation: a.affiliation.clone(),
            evidence: ev,
        });
    }
    if authors.is_empty() {
        authors.push(Author {
            name: None,
            display: "Author not stated".to_string(),
            affiliation: None,
            evidence: Vec::new(),
        });
    }
    let outlet = field(&entry.outlet, take(entry.outlet.lines.len())?)?;
    let date = field(&entry.date, take(entry.date.lines.len())?)?;
    take(entry.chrome.len())?;

    let paragraphs = paragraphs(&id, &cleaned.blocks);
    let mut notes = cleaned.notes;
    notes.extend(entry.notes.iter().map(|n| Note { kind: n.kind.clone(), text: n.text.clone() }));
    Ok(Article {
        id,
        title,
        authors,
        outlet,
        date,
        source: Source {
            file: entry.file.get_ref().clone(),
            sha256: output::sha256_hex(raw.as_bytes()),
            lines: raw.lines().count() as u32,
        },
        notes,
        paragraphs,
        report: cleaned.report,
    })
}

/// Turns body blocks into paragraphs of sentences with stable ids
/// (`{article}-p{n}-s{m}`, 1-based, in reading order). A quotation of
/// several sentences counts as one `s{m}` and its sentences are
/// `{article}-p{n}-s{m}-q{k}`, so the ids around it do not move when it is
/// split.
fn paragraphs(article: &str, blocks: &[Block]) -> Vec<Paragraph> {
    blocks
        .iter()
        .enumerate()
        .map(|(pi, b)| {
            let pid = format!("{article}-p{}", pi + 1);
            let ranges = segment::split_sentences(&b.text);
            let groups = segment::quotation_groups(&b.text, &ranges);
            let mut sentences = Vec::with_capacity(ranges.len());
            let mut slot = 0;
            let mut i = 0;
            while i < ranges.len() {
                slot += 1;
                let sid = format!("{pid}-s{slot}");
                let members = groups.iter().find(|g| g.start == i).cloned().unwrap_or(i..i + 1);
                let grouped = members.len() > 1;
                for (k, r) in ranges[members.clone()].iter().enumerate() {
                    sentences.push(Sentence {
                        id: if grouped { format!("{sid}-q{}", k + 1) } else { sid.clone() },
                        quotation: grouped.then(|| sid.clone()),
                        text: b.text[r.clone()].to_string(),
                        topics: Vec::new(),
                        why: Vec::new(),
                        line: b.line_at(r.start),
                    });
                }
                i = members.end;
            }
            Paragraph { id: pid, sentences }
        })
        .collect()
}
