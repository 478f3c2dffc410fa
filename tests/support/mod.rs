//! Shared support for the browser tests: the release site, a static server
//! that serves it under a sub-path, and a WebDriver client.
//!
//! The tests run against `dist/` as built by `trunk build --release
//! --public-url ./` (scripts/test.sh builds it first). Set `PARALLAX_DIST`
//! to test another build.

#![allow(dead_code, unused_imports)]

pub mod server;
pub mod webdriver;

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

pub use server::{Fault, Server};
pub use webdriver::{Browser, Element, Kind};

/// How long to wait for the app to render.
pub const LOAD: Duration = Duration::from_secs(30);

/// The release site to test; builds it with trunk if it is not there.
pub fn dist() -> PathBuf {
    static DIST: OnceLock<PathBuf> = OnceLock::new();
    DIST.get_or_init(|| {
        if let Ok(d) = std::env::var("PARALLAX_DIST") {
            return PathBuf::from(d);
        }
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let dist = root.join("dist");
        if !dist.join("index.html").is_file() {
            let status = std::process::Command::new("trunk")
                .args(["build", "--release", "--public-url", "./"])
                .current_dir(&root)
                .status()
                .expect("dist/ is missing and trunk could not be run: use scripts/test.sh");
            assert!(status.success(), "trunk build failed");
        }
        dist
    })
    .clone()
}

/// A copy of the release site in a fresh folder, for tests that alter files.
pub fn dist_copy(tag: &str) -> PathBuf {
    let src = dist();
    let dst = std::env::temp_dir().join(format!("parallax-dist-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dst);
    std::fs::create_dir_all(&dst).unwrap();
    for e in std::fs::read_dir(&src).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), dst.join(e.file_name())).unwrap();
        }
    }
    dst
}

/// A copy of the release site (see [`dist_copy`]) whose corpus is `n`
/// articles generated from the seeds' sentences (`src/pipeline/synth.rs`),
/// with the page finished for them (`parallax::site::finish`); and that corpus.
pub fn synthetic_site(n: usize) -> (PathBuf, parallax::model::Corpus) {
    use parallax::pipeline::{self, output, synth, Inputs};
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let seeds = std::env::temp_dir().join(format!("parallax-seeds-{n}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&seeds);
    let pool = pipeline::build(&Inputs::from_dir(root.join("seeds"))).unwrap();
    let topics = std::fs::read_to_string(root.join("seeds/topics.toml")).unwrap();
    synth::write_synthetic(&seeds, n, &pool, &topics).unwrap();
    let big = pipeline::build(&Inputs::from_dir(&seeds)).unwrap();
    let _ = std::fs::remove_dir_all(&seeds);
    let site = dist_copy(&format!("synthetic-{n}"));
    std::fs::write(site.join("corpus.json"), output::to_json(&big)).unwrap();
    parallax::site::finish(&site).unwrap();
    (site, big)
}

/// The corpus the site ships, parsed.
pub fn corpus() -> parallax::model::Corpus {
    let text = std::fs::read_to_string(dist().join("corpus.json")).expect("dist/corpus.json");
    serde_json::from_str(&text).expect("dist/corpus.json parses")
}

/// Ids of the sentences that hold a topic highlight, in document order.
pub fn marked_ids(b: &Browser) -> Vec<String> {
    let v = b.js(
        "return [...document.querySelectorAll('.s')].filter(s => s.querySelector('mark.hl')).map(s => s.id)",
        serde_json::json!([]),
    );
    serde_json::from_value(v).unwrap()
}

/// Waits until the sentences holding a topic highlight are exactly `want`
/// (columns out of view catch up in the tasks after the repaint), then
/// returns them.
pub fn settled_marks(b: &Browser, want: &[String]) -> Vec<String> {
    let deadline = std::time::Instant::now() + LOAD;
    loop {
        let got = marked_ids(b);
        if got == want || std::time::Instant::now() > deadline {
            return got;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Ids of the article columns on screen (displayed), in order.
pub fn shown_columns(b: &Browser) -> Vec<String> {
    let v = b.js(
        "return [...document.querySelectorAll('article.column')].filter(a => getComputedStyle(a).display !== 'none').map(a => a.id.replace('article-', ''))",
        serde_json::json!([]),
    );
    serde_json::from_value(v).unwrap()
}

/// The topic ids whose toggle is pressed, read from the buttons.
pub fn pressed_topics(b: &Browser, corpus: &parallax::model::Corpus) -> Vec<String> {
    let v = b.js(
        "return [...document.querySelectorAll('button.topic')].map(b => b.getAttribute('aria-pressed'))",
        serde_json::json!([]),
    );
    let states: Vec<String> = serde_json::from_value(v).unwrap();
    corpus.topics.iter().zip(states).filter(|(_, s)| s == "true").map(|(t, _)| t.id.clone()).collect()
}

/// Clicks the toggle of topic `id`.
pub fn click_topic(b: &Browser, corpus: &parallax::model::Corpus, id: &str) {
    let i = corpus.topics.iter().position(|t| t.id == id).unwrap() + 1;
    b.click_css(&format!("button.topic:nth-of-type({i})"));
}

/// The part of the current URL after the host (path, query, fragment).
pub fn address(b: &Browser) -> String {
    let url = b.url();
    let after_scheme = url.split_once("://").map_or(url.as_str(), |x| x.1);
    after_scheme.find('/').map_or(String::new(), |i| after_scheme[i..].to_string())
}

/// Runs axe-core (WCAG 2.2 A/AA rules) on the page; returns the violations.
pub fn axe_violations(b: &Browser) -> Vec<serde_json::Value> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".tools/node_modules/axe-core/axe.min.js");
    let source =
        std::fs::read_to_string(&path).expect("axe-core is installed by scripts/setup.sh --browsers");
    b.js(&format!("{source}\n;window.axe = axe; return true;"), serde_json::json!([]));
    let v = b.js_async(
        "const done = arguments[arguments.length - 1];
         axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
           .then(r => done(r.passes.length < 10
                ? [{ id: 'axe-did-not-run', help: 'only ' + r.passes.length + ' rules passed' }]
                : r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }))))
           .catch(e => done([{ id: 'axe-error', help: String(e) }]));",
        serde_json::json!([]),
    );
    serde_json::from_value(v).unwrap()
}

/// Opens the app at `query` (e.g. `?topics=trade`) and waits until the
/// browser has taken the page over (`data-ready` on `<html>`).
pub fn open(b: &Browser, server: &Server, query: &str) {
    b.goto(&format!("{}{query}", server.url));
    b.wait("document.documentElement.hasAttribute('data-ready')", LOAD, "the live app");
}
