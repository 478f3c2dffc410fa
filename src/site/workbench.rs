//! The workbench page (`workbench.html`, copied into the site by trunk):
//! the site's policy and stylesheet filled in, as on every page. The page
//! itself is drawn by the workbench's program, which the reader's page
//! never loads.

use std::path::Path;

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

use crate::pipeline::error::{Error, Result};
use crate::pipeline::output::write_atomic;
use crate::pipeline::read::source::read_text;

/// The page's file name in the site.
pub const PAGE: &str = "workbench.html";

/// The page with `csp` and `css` filled in.
pub fn fill(html: &str, css: &str, csp: &str) -> std::result::Result<String, String> {
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("meta[http-equiv=Content-Security-Policy]", |el| {
                    el.set_attribute("content", csp).map_err(|e| e.to_string().into())
                }),
                element!("style", |el| {
                    el.set_inner_content(css, ContentType::Html);
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| e.to_string())
}

/// Fills the workbench page in the site folder `dir`, if it is there.
pub fn finish(dir: &Path, css: &str, csp: &str) -> Result<()> {
    let path = dir.join(PAGE);
    if !path.exists() {
        return Ok(());
    }
    let html = fill(&read_text(&path)?, css, csp).map_err(|e| Error::invalid(&path, None, e))?;
    write_atomic(&path, html.as_bytes())
}
