//! Markdown documents shipped with the site (the coding guide, copied into
//! the site folder by trunk), each rendered as a page beside it (`x.md` →
//! `x.html`) in the shell `assets/document.html`, under the app's stylesheet
//! and policy. Their text is the project's own.

use std::path::{Path, PathBuf};

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

use crate::pipeline::error::{Error, ErrorKind, Result};
use crate::pipeline::output::write_atomic;
use crate::pipeline::read::source::read_text;

/// The page shell every document is rendered into.
const SHELL: &str = include_str!("../../assets/document.html");

/// The Markdown files in `dir`, sorted.
fn markdown_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::new(dir, None, ErrorKind::Io(e)))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    names.sort();
    Ok(names)
}

/// One document's page: its title (its first `# ` heading) and its body
/// rendered from Markdown, in the shell.
pub fn page(markdown: &str, css: &str, csp: &str) -> std::result::Result<String, String> {
    let title = markdown.lines().find_map(|l| l.strip_prefix("# ")).unwrap_or("Parallax");
    let mut body = String::new();
    pulldown_cmark::html::push_html(
        &mut body,
        pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES),
    );
    let page = rewrite_str(
        SHELL,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("meta[http-equiv=Content-Security-Policy]", |el| {
                    el.set_attribute("content", csp).map_err(|e| e.to_string().into())
                }),
                element!("title", |el| {
                    el.set_inner_content(&format!("{title} — Parallax"), ContentType::Text);
                    Ok(())
                }),
                element!("style", |el| {
                    el.set_inner_content(css, ContentType::Html);
                    Ok(())
                }),
                element!("main", |el| {
                    el.set_inner_content(&body, ContentType::Html);
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    );
    page.map_err(|e| e.to_string())
}

/// Renders every Markdown document in the site folder `dir`.
pub fn render_all(dir: &Path, css: &str, csp: &str) -> Result<()> {
    for md in markdown_files(dir)? {
        let html = page(&read_text(&md)?, css, csp).map_err(|e| Error::invalid(&md, None, e))?;
        write_atomic(&md.with_extension("html"), html.as_bytes())?;
    }
    Ok(())
}
