//! The corpus manifest (`corpus.toml`): which seed files make the corpus and
//! what is known about each article — title, authors, outlet, date — with the
//! source lines that back it.
//!
//! Metadata is never guessed by the tool. What the manifest does not state is
//! written to `corpus.json` as `not-stated`.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::model::Basis;
use crate::pipeline::error::{line_of, Error, ErrorKind, Result};

/// The parsed manifest.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Name of the collection.
    pub title: String,
    /// One-paragraph description of the collection.
    #[serde(default)]
    pub description: String,
    /// Topic definition file, relative to the manifest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topics: Option<String>,
    /// Viewpoints (claims and stances) file, relative to the manifest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub viewpoints: Option<String>,
    /// Hand-labelled sentences for measuring the tagger, relative to the manifest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<String>,
    /// A second, independent labelling of the same sentences, made by a
    /// reader who saw neither the cues nor the first labels: never used to
    /// write cues, so the tagger's figures against it are held out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels_second: Option<String>,
    /// The two independent codings the viewpoints were adjudicated from
    /// (first, second), relative to the manifest; none or exactly two.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codings: Vec<String>,
    /// Extra boilerplate patterns, on top of the built-in ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chrome: Vec<ChromeRule>,
    /// The articles, in display order.
    #[serde(rename = "articles")]
    pub articles: Vec<ArticleEntry>,
}

/// A boilerplate pattern: a paragraph matching it is removed as site chrome.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChromeRule {
    /// Regular expression matched (case-insensitively) against a whole trimmed paragraph.
    pub pattern: Spanned<String>,
    /// Why such paragraphs are removed; goes into the report.
    pub why: String,
}

/// One article of the manifest.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ArticleEntry {
    /// Short readable slug: lowercase letters, digits and hyphens.
    pub id: Spanned<String>,
    /// Seed file name, relative to the manifest.
    pub file: Spanned<String>,
    /// Title of the article.
    #[serde(default)]
    pub title: MetaEntry,
    /// Authors, in byline order; an empty list means the source names no one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<AuthorEntry>,
    /// Publication or site.
    #[serde(default)]
    pub outlet: MetaEntry,
    /// Date or year of publication.
    #[serde(default)]
    pub date: MetaEntry,
    /// A drop capital lost in capture: the letter to restore at the start of the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial: Option<String>,
    /// Remarks for the reader (damage, uncertainty), kept verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<NoteEntry>,
    /// Boilerplate lines specific to this file (e.g. a section label), removed as chrome.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chrome: Vec<DropLine>,
}

/// An article-specific boilerplate line.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DropLine {
    /// The whole line, as in the seed file.
    pub line: String,
    /// Why it is not part of the article.
    pub why: String,
}

/// A piece of metadata and its evidence.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MetaEntry {
    /// The value, if stated or inferred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// How it is known; defaults to `stated` when there is a value, else `not-stated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// Whole lines of the seed file that carry this metadata: they are moved
    /// out of the body (recorded as `metadata` in the report) and kept as evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<String>,
    /// Passages of the body that support the value (kept in the body, cited as evidence).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<String>,
    /// How the value was arrived at, or why it is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One author and the evidence for them.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AuthorEntry {
    /// The name exactly as the source gives it; omit when the source names no one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display text; defaults to `name`. Required when there is no name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// What the source says about the author's position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Byline or author-note lines: moved out of the body and kept as evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<String>,
    /// Body passages cited as evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<String>,
}

/// A remark on an article.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NoteEntry {
    /// Machine-readable kind, e.g. `damaged`.
    pub kind: String,
    /// The remark.
    pub text: String,
}

impl MetaEntry {
    /// The effective basis.
    pub fn basis(&self) -> Basis {
        self.basis.unwrap_or(if self.value.is_some() { Basis::Stated } else { Basis::NotStated })
    }
}

/// True for a usable id: 1-64 chars of `a-z`, `0-9` and inner hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Parses TOML text from `path` into `T`, turning syntax errors into an [`Error`] with a line.
pub fn parse_toml<T: for<'de> Deserialize<'de>>(path: &Path, text: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        let msg = e.message().trim().replace('\n', " ");
        Error::new(path, line, ErrorKind::Toml(msg))
    })
}

impl Manifest {
    /// Parses and validates the manifest at `path` (text already read).
    pub fn parse(path: &Path, text: &str) -> Result<Manifest> {
        let m: Manifest = parse_toml(path, text)?;
        let at = |span: std::ops::Range<usize>| Some(line_of(text, span.start));
        if m.articles.is_empty() {
            return Err(Error::invalid(path, None, "the manifest lists no [[articles]]"));
        }
        let mut ids = BTreeSet::new();
        for a in &m.articles {
            let id = a.id.get_ref();
            if !is_slug(id) {
                return Err(Error::invalid(
                    path,
                    at(a.id.span()),
                    format!("article id {id:?} must be lowercase letters, digits and hyphens"),
                ));
            }
            if !ids.insert(id.clone()) {
                return Err(Error::invalid(path, at(a.id.span()), format!("duplicate article id {id:?}")));
            }
            if a.file.get_ref().trim().is_empty() {
                return Err(Error::invalid(
                    path,
                    at(a.file.span()),
                    format!("article {id:?} has an empty file name"),
                ));
            }
            for au in &a.authors {
                if au.name.is_none() && au.display.is_none() {
                    return Err(Error::invalid(
                        path,
                        at(a.id.span()),
                        format!("article {id:?}: an author needs a name or, when the source names no one, a display text"),
                    ));
                }
            }
            if let Some(init) = &a.initial {
                if init.chars().count() != 1 || !init.chars().all(char::is_uppercase) {
                    return Err(Error::invalid(
                        path,
                        at(a.id.span()),
                        format!("article {id:?}: initial must be one capital letter, not {init:?}"),
                    ));
                }
            }
        }
        for rule in &m.chrome {
            if let Err(e) = regex::RegexBuilder::new(rule.pattern.get_ref()).case_insensitive(true).build() {
                return Err(Error::invalid(
                    path,
                    at(rule.pattern.span()),
                    format!("bad chrome pattern: {e}"),
                ));
            }
        }
        Ok(m)
    }
}

#[cfg(test)]
mod tests;
