//! The reader's site for a workbench corpus: the files the hosted reader is
//! made of (listed by the build in `site.json`), its page without the
//! hosted corpus's first view (`preview.html`, filled in here with the
//! work's title), and the work's own `corpus.json` and exports. The build
//! (`parallax-corpus finish`) and the workbench share these names, so they
//! cannot drift apart.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Corpus;
use crate::pipeline::exports;
use crate::pipeline::output::content_hash;

/// The reader's page without a first view, reading the workbench's corpus
/// from the tab's session storage: "Open in the reader".
pub const PREVIEW_PAGE: &str = "preview.html";
/// The list of the reader's files, for "Export a site".
pub const SITE_LIST: &str = "site.json";
/// The preview page's title slot, as the build fills it.
pub const PREVIEW_TITLE: &str = "Preview of your workbench";
/// The attribute that makes the reader take its corpus from the workbench.
pub const PREVIEW_SOURCE: &str = " data-source=\"session\"";

/// The reader page's link to the workbench (index.html).
pub const WORKBENCH_LINK: &str = "<a class=\"bench\" href=\"workbench.html\">Compare your own articles</a>";

/// `page` with every reference to one of the site's files `names` made
/// relative (`"/some/path/x.js"` → `"./x.js"`): a site built for one address
/// (trunk's default public URL is `/`) then works from any folder.
pub fn relative(page: &str, names: &[String]) -> String {
    let mut out = page.to_string();
    for name in names {
        let needle = format!("{name}\"");
        let mut from = 0;
        while let Some(i) = out[from..].find(&needle) {
            let at = from + i;
            let start = out[..at].rfind('"').map_or(at, |q| q + 1);
            let prefix = &out[start..at];
            let absolute = prefix.ends_with('/')
                && prefix != "./"
                && !prefix.contains(char::is_whitespace)
                && !prefix.contains("://");
            if absolute {
                out.replace_range(start..at, "./");
                from = start + 2 + needle.len();
            } else {
                from = at + needle.len();
            }
        }
    }
    out
}

/// What `site.json` holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteList {
    /// The reader's files other than its page and its corpus (the program,
    /// the loader, the documents, `_headers`), by name.
    pub files: Vec<String>,
}

/// Whether `name`, a file of the built site, belongs to the reader of any
/// corpus (rather than to this corpus, or to the workbench).
pub fn is_reader_file(name: &str) -> bool {
    !(name.starts_with('.')
        || name.starts_with("workbench")
        || name.starts_with("parallax-workbench")
        || ["index.html", "corpus.json", PREVIEW_PAGE, SITE_LIST, exports::GRID_CSV, exports::ANALYSIS_JSON]
            .contains(&name))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The site's page for `corpus`, made from the preview page: its title and
/// description, and `corpus.json` as its source.
pub fn page(preview: &str, corpus: &Corpus) -> Result<String, String> {
    let steps = [
        (
            format!("<title>Parallax — {PREVIEW_TITLE}</title>"),
            format!("<title>Parallax — {}</title>", escape(&corpus.title)),
        ),
        (
            format!("<span class=\"sub\">{PREVIEW_TITLE}</span>"),
            format!("<span class=\"sub\">{}</span>", escape(&corpus.title)),
        ),
        (
            "<meta name=\"description\" content=\"\">".to_string(),
            format!("<meta name=\"description\" content=\"{}\">", escape(&corpus.description)),
        ),
        (PREVIEW_SOURCE.to_string(), String::new()),
    ];
    // The link to the workbench: a reader site has no workbench.
    let mut page = preview.replacen(WORKBENCH_LINK, "", 1);
    for (from, to) in steps {
        if !page.contains(&from) {
            return Err(format!(
                "{PREVIEW_PAGE} is not the page this workbench knows (no {from}): rebuild the site."
            ));
        }
        page = page.replacen(&from, &to, 1);
    }
    Ok(page)
}

/// The files of a reader site for `corpus`: the reader's own files
/// (`reader`, by name), its page (from the `preview` page), `corpus.json`
/// (`json`, byte for byte as built) and, when there are claims, the
/// exports, as the corpus tool writes them.
pub fn files(
    reader: BTreeMap<String, Vec<u8>>,
    preview: &str,
    corpus: &Corpus,
    json: &str,
) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let names: Vec<String> = reader.keys().cloned().collect();
    let mut out = reader;
    out.insert("index.html".into(), relative(&page(preview, corpus)?, &names).into_bytes());
    out.insert("corpus.json".into(), json.as_bytes().to_vec());
    if !corpus.viewpoints.is_empty() {
        out.insert(exports::GRID_CSV.into(), exports::grid_csv(corpus).into_bytes());
        out.insert(
            exports::ANALYSIS_JSON.into(),
            exports::analysis_json(corpus, &content_hash(corpus)).into_bytes(),
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_files_leave_out_the_corpus_and_the_workbench() {
        for name in [
            "loader-1.js",
            "parallax-ab.js",
            "parallax-ab_bg.wasm",
            "_headers",
            "coding-guide.html",
            "favicon-1.svg",
        ] {
            assert!(is_reader_file(name), "{name}");
        }
        for name in [
            "index.html",
            "corpus.json",
            "preview.html",
            "site.json",
            "workbench.html",
            "workbench-start.js",
            "parallax-workbench_bg.wasm",
            "parallax-grid.csv",
            ".stage",
        ] {
            assert!(!is_reader_file(name), "{name}");
        }
    }

    #[test]
    fn references_become_relative() {
        let names = vec!["loader-1.js".to_string(), "parallax-2.js".to_string()];
        let page = r#"<script src="/sub/loader-1.js" data-js="/parallax-2.js" data-x="./parallax-2.js"></script><a href="https://x.org/loader-1.js">"#;
        assert_eq!(
            relative(page, &names),
            r#"<script src="./loader-1.js" data-js="./parallax-2.js" data-x="./parallax-2.js"></script><a href="https://x.org/loader-1.js">"#
        );
    }

    #[test]
    fn the_page_takes_the_corpus_title_escaped() {
        let preview = format!("{WORKBENCH_LINK}<title>Parallax — {PREVIEW_TITLE}</title><meta name=\"description\" content=\"\"><span class=\"sub\">{PREVIEW_TITLE}</span><main id=\"app\"{PREVIEW_SOURCE}>");
        let mut f = crate::workbench::folder::Folder::default();
        f.add_article("a.txt", b"Some text here.\n".to_vec()).unwrap();
        let mut c = f.build().unwrap();
        c.title = "Oil & <gas>".into();
        let made = page(&preview, &c).unwrap();
        assert!(made.contains("<title>Parallax — Oil &amp; &lt;gas&gt;</title>"));
        assert!(made.contains("<main id=\"app\">"));
        assert!(!made.contains("workbench.html"), "no link to a workbench the site does not have");
        assert!(page("<html>", &c).unwrap_err().contains("rebuild the site"));
    }
}
