//! Fetching and checking `corpus.json`.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::{document, window};

use crate::model::{Corpus, PREVIEW_KEY, SCHEMA_VERSION};

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
    /// The preview page was opened without a corpus from the workbench.
    NoPreview,
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
            LoadError::NoPreview => write!(
                f,
                "Nothing to preview: open the workbench (workbench.html) and press \"Open in the reader\" there."
            ),
        }
    }
}

/// Parses and checks corpus JSON text. The browser's `JSON.parse` does the
/// parsing (much less code in the wasm than a Rust JSON parser); serde then
/// reads the model from the parsed value.
pub fn parse_corpus(text: &str) -> Result<Corpus, LoadError> {
    if text.trim_start().starts_with('<') {
        return Err(LoadError::Html);
    }
    if text.len() > MAX_CORPUS_BYTES {
        return Err(LoadError::Parse(format!(
            "it is {} MB, more than a corpus can be ({} MB).",
            text.len() / 1_000_000,
            MAX_CORPUS_BYTES / 1_000_000
        )));
    }
    let value = js_sys::JSON::parse(text).map_err(|e| {
        LoadError::Parse(js_sys::Error::from(e).message().as_string().unwrap_or_else(|| "not JSON".into()))
    })?;
    let version = js_sys::Reflect::get(&value, &"schema_version".into()).ok().and_then(|v| v.as_f64());
    if version != Some(f64::from(SCHEMA_VERSION)) {
        return Err(LoadError::Schema {
            found: version.filter(|v| v.fract() == 0.0 && *v >= 0.0).map(|v| v as u32),
        });
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| LoadError::Parse(e.to_string()))
}

/// A failed request, in the browser's words. (Not `gloo_net::Error`'s
/// `Display`: that would bring serde_json's error messages into the wasm for
/// a case a plain fetch never meets.)
fn network(e: gloo_net::Error) -> LoadError {
    LoadError::Network(match e {
        gloo_net::Error::JsError(js) => js.message,
        gloo_net::Error::GlooError(text) => text,
        gloo_net::Error::SerdeError(_) => "the answer could not be read".into(),
    })
}

/// Largest `corpus.json` the page will try to read.
pub const MAX_CORPUS_BYTES: usize = 32_000_000;

/// A loaded corpus and what had to be left out of it.
pub type Loaded = (Arc<Corpus>, Vec<String>);

/// On the workbench's preview page (`data-source` on `#app`), the corpus
/// the workbench left in this tab's session storage (`None` elsewhere).
fn preview_text() -> Option<Result<String, LoadError>> {
    document().get_element_by_id("app")?.get_attribute("data-source")?;
    let stored =
        window().session_storage().ok().flatten().and_then(|s| s.get_item(PREVIEW_KEY).ok().flatten());
    Some(stored.ok_or(LoadError::NoPreview))
}

/// Fetches `corpus.json` next to the page (or takes the workbench's, see
/// [`preview_text`]), parses it and checks its references.
pub async fn fetch_corpus() -> Result<Loaded, LoadError> {
    let text = match preview_text() {
        Some(text) => text?,
        None => {
            let resp = Request::get("corpus.json").send().await.map_err(network)?;
            if !resp.ok() {
                return Err(LoadError::Status(resp.status(), resp.status_text()));
            }
            resp.text().await.map_err(network)?
        }
    };
    let mut corpus = parse_corpus(&text)?;
    let notices = crate::state::check::check(&mut corpus);
    if corpus.articles.is_empty() {
        return Err(LoadError::Parse("it holds no articles.".into()));
    }
    Ok((Arc::new(corpus), notices))
}
