//! Fetching and checking `corpus.json`.

use std::sync::Arc;

use gloo_net::http::Request;
use serde::Deserialize;

use crate::model::{Corpus, SCHEMA_VERSION};

/// Why the corpus could not be loaded. `Clone` so it can live in a resource.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request failed before any answer (offline, blocked, aborted).
    Network(String),
    /// The server answered with an error status.
    Status(u16, String),
    /// The server answered with an HTML page instead of JSON.
    Html,
    /// The answer is not valid JSON, or not a corpus.
    Parse(String),
    /// The corpus was built for another version of the app.
    Schema {
        /// Version in the file.
        found: Option<u32>,
    },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "The network request failed: {e}"),
            LoadError::Status(code, text) => write!(f, "The server answered {code} {text}."),
            LoadError::Html => write!(
                f,
                "The server sent a web page instead of the data file (corpus.json is probably missing)."
            ),
            LoadError::Parse(e) => write!(f, "The data file is damaged: {e}"),
            LoadError::Schema { found: Some(v) } => write!(
                f,
                "The data file is from another version of Parallax (format {v}; this page reads format {SCHEMA_VERSION}). \
                 It may be a stale cached copy: reload the page, or rebuild the site."
            ),
            LoadError::Schema { found: None } => {
                write!(f, "The data file has no format version: it is not a Parallax corpus.")
            }
        }
    }
}

/// Just the version field, read before the whole document.
#[derive(Deserialize)]
struct Header {
    schema_version: Option<u32>,
}

/// Parses and checks corpus JSON text.
pub fn parse_corpus(text: &str) -> Result<Corpus, LoadError> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('<') {
        return Err(LoadError::Html);
    }
    let header: Header = serde_json::from_str(text).map_err(|e| LoadError::Parse(e.to_string()))?;
    if header.schema_version != Some(SCHEMA_VERSION) {
        return Err(LoadError::Schema { found: header.schema_version });
    }
    serde_json::from_str(text).map_err(|e| LoadError::Parse(e.to_string()))
}

/// Fetches `corpus.json` next to the page and parses it.
pub async fn fetch_corpus() -> Result<Arc<Corpus>, LoadError> {
    let resp = Request::get("corpus.json").send().await.map_err(|e| LoadError::Network(e.to_string()))?;
    if !resp.ok() {
        return Err(LoadError::Status(resp.status(), resp.status_text()));
    }
    let text = resp.text().await.map_err(|e| LoadError::Network(e.to_string()))?;
    parse_corpus(&text).map(Arc::new)
}
