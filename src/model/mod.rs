//! The `corpus.json` data model, shared by the native corpus tool (which
//! writes it) and the web app (which reads it).
//!
//! Every field is documented in `docs/corpus-json.md`. One file per part:
//! the articles ([`article`]), topics ([`topic`]), the claims and stances
//! people made ([`comparison`]), what the build computes ([`analysis`]) and
//! how it was all made ([`method`]). The model is plain serde data: no behaviour lives here beyond small lookups, so the same
//! types compile for the native tool and for wasm.

mod analysis;
mod article;
mod comparison;
mod method;
mod topic;

pub use analysis::*;
pub use article::*;
pub use comparison::*;
pub use method::*;
pub use topic::*;

use serde::{Deserialize, Serialize};

/// Version of the `corpus.json` layout. Bump it whenever a field is added,
/// removed or changes meaning; the app refuses a corpus with another version.
pub const SCHEMA_VERSION: u32 = 2;

/// The whole corpus: articles, topics and the analysis built on them.
/// Where the workbench leaves its corpus (in the tab's session storage)
/// for the reader's preview page (`preview.html`) to show.
pub const PREVIEW_KEY: &str = "parallax-workbench-corpus";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// Layout version; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// SHA-256 (hex) of this document serialised with an empty `content_hash`.
    pub content_hash: String,
    /// Name of the collection, shown as the page heading.
    pub title: String,
    /// One-paragraph description of the collection.
    pub description: String,
    /// Topic definitions, in display order.
    pub topics: Vec<Topic>,
    /// The articles, in manifest order.
    pub articles: Vec<Article>,
    /// Hand-made claims and each article's stance on them.
    #[serde(default)]
    pub viewpoints: Vec<Viewpoint>,
    /// Computed groups of sentences from different articles that discuss the same thing.
    #[serde(default)]
    pub alignments: Vec<Alignment>,
    /// Computed figures, years and amounts, grouped by what they refer to.
    #[serde(default)]
    pub facts: Vec<FactGroup>,
    /// How the tags and the analysis were made, with the tagger's measured quality.
    #[serde(default)]
    pub method: Method,
}

impl Corpus {
    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}
