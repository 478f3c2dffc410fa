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

/// The corpus the site ships, parsed.
pub fn corpus() -> parallax::model::Corpus {
    let text = std::fs::read_to_string(dist().join("corpus.json")).expect("dist/corpus.json");
    serde_json::from_str(&text).expect("dist/corpus.json parses")
}

/// Opens the app at `query` (e.g. `?topics=trade`) and waits until the articles are on screen.
pub fn open(b: &Browser, server: &Server, query: &str) {
    b.goto(&format!("{}{query}", server.url));
    b.wait("document.querySelectorAll('article.column').length > 0", LOAD, "the articles");
}
