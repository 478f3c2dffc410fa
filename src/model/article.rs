//! An article of the corpus: its metadata with how each piece is known,
//! its cleaned text as paragraphs of sentences, and the report of every
//! change cleaning made.

use serde::{Deserialize, Serialize};

/// How a piece of metadata is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The source file states it.
    Stated,
    /// Derived from what the text says (the note explains how); not stated outright.
    Inferred,
    /// The source is silent.
    #[default]
    NotStated,
}

/// A line of a seed file kept as evidence for a piece of metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// 1-based line in the seed file.
    pub line: u32,
    /// The line's text, verbatim.
    pub text: String,
}

/// A piece of article metadata (title, outlet, date) with how it is known.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// The value, when stated or inferred; `None` when the source is silent.
    pub value: Option<String>,
    /// How the value is known.
    pub basis: Basis,
    /// Source lines backing the value.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Free-text remark, e.g. how an inferred date was inferred.
    #[serde(default)]
    pub note: Option<String>,
}

/// One author of an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Author {
    /// The author's name as the source gives it; `None` when the source names no one.
    pub name: Option<String>,
    /// What to display: the name, or an honest description such as "Unnamed writer (The News)".
    pub display: String,
    /// What the source says about the author's position or affiliation.
    pub affiliation: Option<String>,
    /// Source lines (byline, author note) backing the above.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// The seed file an article was built from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// File name inside the seeds folder.
    pub file: String,
    /// SHA-256 (hex) of the raw file.
    pub sha256: String,
    /// Number of lines in the raw file.
    pub lines: u32,
}

/// A remark on an article's text: damage, truncation, uncertainty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// Machine-readable kind, e.g. `truncated`, `damaged`, `repaired`.
    pub kind: String,
    /// What a reader should know.
    pub text: String,
}

/// One article of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Short readable slug, unique in the corpus.
    pub id: String,
    /// The article's title.
    pub title: Field,
    /// Author(s), in byline order. Never empty: an unnamed writer is described, not invented.
    pub authors: Vec<Author>,
    /// Publication or site.
    pub outlet: Field,
    /// Date or year of publication.
    pub date: Field,
    /// The raw seed file.
    pub source: Source,
    /// Remarks a reader should know before trusting the text.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The cleaned body text.
    pub paragraphs: Vec<Paragraph>,
    /// Every removal and repair made while cleaning, in source order.
    #[serde(default)]
    pub report: Vec<ReportEntry>,
}

/// A paragraph of cleaned body text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Stable id, `{article}-p{n}` (1-based).
    pub id: String,
    /// The paragraph's sentences, in order.
    pub sentences: Vec<Sentence>,
}

/// A sentence: the unit that is tagged, aligned and cited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Stable id, `{article}-p{n}-s{m}` (1-based); also the HTML id in the
    /// app. A sentence of a quotation of several sentences is
    /// `{article}-p{n}-s{m}-q{k}`: `s{m}` numbers the quotation as one unit
    /// of its paragraph, `q{k}` its sentences (1-based).
    pub id: String,
    /// For a sentence of a quotation of several sentences, the quotation's
    /// id (`{article}-p{n}-s{m}`); `None` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotation: Option<String>,
    /// The sentence text.
    pub text: String,
    /// Ids of the topics the sentence is tagged with, in topic order.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Why each tag was given: which cue matched which words.
    #[serde(default)]
    pub why: Vec<TagReason>,
    /// 1-based line of the seed file where the sentence starts.
    pub line: u32,
}

/// The reason a sentence carries a topic tag.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TagReason {
    /// Topic id.
    pub topic: String,
    /// The cue (as written in the topic file) that matched.
    pub cue: String,
    /// The words of the sentence the cue matched.
    pub matched: String,
}

/// What a cleaning step did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// Website chrome or boilerplate removed.
    Chrome,
    /// Title, byline, author note or other metadata moved out of the body.
    Metadata,
    /// A repeated paragraph removed (one copy kept).
    Duplicate,
    /// A sentence broken across a blank line or page break rejoined.
    Rejoin,
    /// A missing space inserted after a full stop.
    Spacing,
    /// A lost initial letter restored.
    Initial,
    /// Whitespace trimmed or collapsed.
    Whitespace,
}

/// One entry in an article's normalisation report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportEntry {
    /// What kind of change.
    pub kind: ReportKind,
    /// First affected line of the seed file (1-based).
    pub line: u32,
    /// Last affected line of the seed file (1-based, inclusive).
    pub end_line: u32,
    /// The source text removed or replaced.
    pub before: String,
    /// The text put in its place (empty for a removal).
    pub after: String,
    /// Why the change was made.
    pub why: String,
}

impl Article {
    /// All sentences of the article, in reading order.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.paragraphs.iter().flat_map(|p| p.sentences.iter())
    }

    /// A short display label: the first author's name or description.
    pub fn author_label(&self) -> String {
        let names: Vec<&str> = self.authors.iter().map(|a| a.display.as_str()).collect();
        names.join(" and ")
    }
}
