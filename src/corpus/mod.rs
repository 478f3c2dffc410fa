//! The corpus tool: reads a seeds folder (a manifest, plain-text articles and
//! optional topic, viewpoint and label files) and produces the [`Corpus`]
//! written to `corpus.json`.
//!
//! The pipeline, in order: read and check each file ([`source`]), split it
//! into blocks ([`clean::blocks`]), move metadata out ([`clean::metadata`]),
//! then build paragraphs and sentences with stable ids.

pub mod clean;
pub mod error;
pub mod manifest;
pub mod output;
pub mod source;

use std::path::{Path, PathBuf};

use clean::blocks::{split_blocks, Block};
use clean::metadata::{find_quote, take_metadata, MetaLine};
use error::{line_of, Error, Result};
use manifest::{ArticleEntry, Manifest, MetaEntry};

use crate::model::{
    Article, Author, Corpus, Evidence, Field, Method, Note, Paragraph, ReportEntry, ReportKind, Sentence,
    Source, SCHEMA_VERSION,
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
    let mut articles = Vec::with_capacity(manifest.articles.len());
    for entry in &manifest.articles {
        let entry_line = line_of(&manifest_text, entry.id.span().start);
        articles.push(build_article(inputs, entry, entry_line)?);
    }
    Ok(Corpus {
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
    })
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

fn build_article(inputs: &Inputs, entry: &ArticleEntry, entry_line: u32) -> Result<Article> {
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
    let mut report: Vec<ReportEntry> = Vec::new();
    let blocks = split_blocks(&raw);
    let lines = meta_lines(entry);
    let (blocks, found) = take_metadata(blocks, &lines, &mut report);
    let mut evidence = found.into_iter();
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

    let paragraphs = paragraphs(&id, &blocks);
    let notes = entry.notes.iter().map(|n| Note { kind: n.kind.clone(), text: n.text.clone() }).collect();
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
        report,
    })
}

/// Turns body blocks into paragraphs with stable ids.
fn paragraphs(article: &str, blocks: &[Block]) -> Vec<Paragraph> {
    blocks
        .iter()
        .enumerate()
        .map(|(pi, b)| {
            let pid = format!("{article}-p{}", pi + 1);
            let sentences = vec![Sentence {
                id: format!("{pid}-s1"),
                text: b.text.trim().to_string(),
                topics: Vec::new(),
                why: Vec::new(),
                line: b.line,
            }];
            Paragraph { id: pid, sentences }
        })
        .collect()
}
