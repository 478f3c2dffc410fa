//! The workbench (`workbench.html`): readers' own articles through the
//! corpus tool's pipeline in the browser. Its exports are checked against
//! the real corpus tool: the seeds folder a browser exports is built by
//! `parallax-corpus`, and the JSON compared byte for byte.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::*;
use serde_json::{json, Value};

/// Long enough for the workbench's program (2 MB) and its worker to start.
const START: Duration = Duration::from_secs(60);

/// Opens the workbench and waits until its worker has answered once.
fn open_bench(b: &Browser, server: &Server) {
    b.goto(&format!("{}workbench.html", server.url));
    b.wait("document.getElementById('built') && document.getElementById('built').textContent && !document.getElementById('built').textContent.startsWith('Starting')", START, "the workbench's first build");
}

/// The status line's text.
fn built(b: &Browser) -> String {
    b.js("return document.getElementById('built').textContent", json!([]))
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Sets a text field's value as a paste does (one input event).
fn paste_into(b: &Browser, css: &str, text: &str) {
    b.js(
        "const el = document.querySelector(arguments[0]); el.focus(); el.value = arguments[1]; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([css, text]),
    );
}

/// Pastes an article under `name` and waits until it is built.
fn paste_article(b: &Browser, name: &str, text: &str) {
    let before =
        b.js("return document.querySelectorAll('article.draft').length", json!([])).as_u64().unwrap();
    paste_into(b, "#paste", text);
    paste_into(b, "#paste-name", name);
    b.click_css(".paste button");
    b.wait(
        &format!("document.querySelectorAll('article.draft').length === {}", before + 1),
        START,
        "the pasted article",
    );
}

/// A folder for this test's files.
fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("parallax-bench-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Lets Chromium save downloads into `dir` without asking.
fn downloads_to(b: &Browser, dir: &Path) {
    b.cdp(
        "Browser.setDownloadBehavior",
        json!({ "behavior": "allow", "downloadPath": dir.to_string_lossy(), "eventsEnabled": true }),
    );
}

/// Waits for a finished download named `name` in `dir`.
fn downloaded(dir: &Path, name: &str) -> Vec<u8> {
    let path = dir.join(name);
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(bytes) = std::fs::read(&path) {
            if !bytes.is_empty() && !dir.join(format!("{name}.crdownload")).exists() {
                return bytes;
            }
        }
        assert!(std::time::Instant::now() < deadline, "no download {name} in {}", dir.display());
        std::thread::sleep(Duration::from_millis(100));
    }
}

const FIRST: &str = "Trade between Pakistan and Russia has doubled since 2015. The gas pipeline from Karachi to Lahore is the largest project.\n\nRussia still sells most of its arms to India. That will not change soon.\n";
const SECOND: &str = "Bilateral trade remains small, under a billion dollars.\n\nThe pipeline has been delayed for years. Sanctions make financing hard.\n";

#[test]
fn pasted_articles_with_a_topic_and_a_claim_export_a_folder_the_tool_builds_alike() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    let dir = scratch("paste");
    downloads_to(&b, &dir);
    open_bench(&b, &server);
    assert_eq!(built(&b), "Add texts to begin.");
    paste_article(&b, "First view", FIRST);
    paste_article(&b, "Second view", SECOND);
    b.wait("document.getElementById('built').textContent.startsWith('Built')", START, "a built corpus");

    // A topic, with live feedback on its cues.
    paste_into(&b, "#topic-label", "Trade");
    paste_into(&b, "#topic-cues", "trade*\npipeline*");
    b.click_css(".add-topic button");
    let counts = b.wait(
        "(() => { const r = document.querySelector('.cue-check tbody tr'); return r && [...r.querySelectorAll('td')].slice(0, 2).map(td => td.textContent).join(',') })()",
        START,
        "the first cue's counts",
    );
    assert_eq!(counts, "1,1", "trade* matches one sentence in each article");

    // A claim, its evidence chosen by clicking sentences.
    paste_into(&b, "#claim-statement", "Trade between Pakistan and Russia is growing.");
    b.click_css(".add-claim button");
    b.wait("document.querySelector('.claim-card select')", START, "the claim's positions");
    b.js("const s = document.querySelector('.claim-card select'); s.value = 'agrees'; s.dispatchEvent(new Event('change', { bubbles: true }));", json!([]));
    b.wait(
        "document.querySelector('button.sentence[data-sid=\"first-view-p1-s1\"]')",
        START,
        "sentences to click",
    );
    b.click_css("button.sentence[data-sid=\"first-view-p1-s1\"]");
    b.wait(
        "document.querySelector('button.sentence[data-sid=\"first-view-p1-s1\"][aria-pressed=true]')",
        START,
        "the chosen sentence",
    );
    b.wait(
        "document.getElementById('built').textContent.startsWith('Built')",
        START,
        "a built corpus with the claim",
    );

    b.click_css(".keep button");
    let zip = downloaded(&dir, "seeds.zip");
    b.click_css(".keep button:nth-of-type(2)");
    let shown = downloaded(&dir, "corpus.json");

    let files = parallax::workbench::zip::read_folder(&zip).expect("the export is a seeds folder");
    let seeds = dir.join("seeds");
    for (name, bytes) in &files {
        let p = seeds.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    let out = dir.join("built.json");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_parallax-corpus"))
        .arg(&seeds)
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let cli = std::fs::read(&out).unwrap();
    assert!(cli == shown, "the corpus tool builds the exported folder to the corpus the workbench shows");
    let corpus: Value = serde_json::from_slice(&cli).unwrap();
    assert_eq!(corpus["viewpoints"][0]["positions"][0]["evidence"], json!(["first-view-p1-s1"]));
}
