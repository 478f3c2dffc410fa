//! Finishing the built site (trunk's post-build hook), apart from the
//! pipeline: the page's slots filled ([`page`]) with the static first view
//! rendered from the app's own components ([`static_view`]), a loader
//! script instead of trunk's inline one, the stylesheet inline, the Content
//! Security Policy and a `_headers` file ([`policy`]), the shipped
//! documents as pages ([`documents`]), and the workbench page ([`workbench`]).

use std::path::Path;

pub mod documents;
pub mod page;
pub mod policy;
pub mod public_url;
pub mod static_view;
pub mod workbench;

pub use crate::pipeline::exports;
pub use policy::{policy, sri};
pub use public_url::PublicUrl;

use crate::model::Corpus;
use crate::pipeline::error::{Error, Result};
use crate::pipeline::output::{sha256_hex, write_atomic};
use crate::pipeline::read::source::read_text;
use crate::workbench::site::{is_reader_file, SiteList, PREVIEW_PAGE, PREVIEW_TITLE, SITE_LIST};

/// The loader: starts the program after the first paint, fetches it with
/// its integrity checked, and says so in the page when anything fails.
const LOADER: &str = include_str!("../../assets/loader.js");

/// `site.json`: the reader's files in `dir`, for the workbench's site export.
fn site_list(dir: &Path) -> Result<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| Error::new(dir, None, crate::pipeline::error::ErrorKind::Io(e)))?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| is_reader_file(n))
        .collect();
    files.sort();
    Ok(serde_json::to_string(&SiteList { files }).unwrap_or_default())
}

/// What `finish` wrote.
#[derive(Debug)]
pub struct Finished {
    /// The policy put in the page.
    pub policy: String,
    /// File name of the loader.
    pub loader: String,
    /// The public URL the site was built for.
    pub public_url: PublicUrl,
}

/// Finishes the site in `dir` (trunk's staging folder or `dist/`). Asset
/// references are resolved inside `dir` whatever the public URL the site
/// was built with; running it again on a finished site changes nothing.
pub fn finish(dir: &Path) -> Result<Finished> {
    let index_path = dir.join("index.html");
    let html = read_text(&index_path)?;
    let bad = |msg: String| Error::invalid(&index_path, None, msg);
    let corpus_path = dir.join("corpus.json");
    let corpus: Corpus = serde_json::from_str(&read_text(&corpus_path)?)
        .map_err(|e| Error::invalid(&corpus_path, Some(e.line() as u32), e.to_string()))?;

    page::check_slots(&html).map_err(bad)?;
    let found = page::read(&html).map_err(bad)?;
    let program =
        found.program.ok_or_else(|| bad("no module script found (was the page built by trunk?)".into()))?;
    let public = PublicUrl::of(&program.js);
    public.file(&program.wasm).map_err(bad)?;

    let css = match &found.stylesheet {
        Some(href) => read_text(&dir.join(public.file(href).map_err(bad)?))?,
        None => found.style.clone(),
    };
    if css.is_empty() {
        return Err(bad("no stylesheet".into()));
    }
    let csp = policy(&css);

    let loader = format!("loader-{}.js", &sha256_hex(LOADER.as_bytes())[..16]);
    write_atomic(&dir.join(&loader), LOADER.as_bytes())?;
    let (view, key) = static_view::render(&corpus);
    let filled = page::fill(
        &html,
        &page::Fill {
            policy: &csp,
            title: &corpus.title,
            description: &corpus.description,
            css: &css,
            loader: (&public.url(&loader), &sri(LOADER.as_bytes())),
            program: &program,
            corpus_hash: &key,
            view: &view,
        },
    )
    .map_err(bad)?;
    write_atomic(&index_path, filled.as_bytes())?;
    // The same page without this corpus's first view, for the workbench:
    // its preview ("Open in the reader") and the sites it exports.
    let preview = page::fill(
        &html,
        &page::Fill {
            policy: &csp,
            title: PREVIEW_TITLE,
            description: "",
            css: &css,
            loader: (&public.url(&loader), &sri(LOADER.as_bytes())),
            program: &program,
            corpus_hash: "",
            view: "",
        },
    )
    .and_then(|p| page::as_preview(&p))
    .map_err(bad)?;
    write_atomic(&dir.join(PREVIEW_PAGE), preview.as_bytes())?;
    documents::render_all(dir, &css, &csp)?;
    workbench::finish(dir, &css, &csp)?;
    write_atomic(&dir.join("_headers"), policy::headers_file(&csp).as_bytes())?;
    write_atomic(&dir.join(SITE_LIST), site_list(dir)?.as_bytes())?;
    Ok(Finished { policy: csp, loader, public_url: public })
}
