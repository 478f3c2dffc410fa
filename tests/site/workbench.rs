//! The workbench (`workbench.html`): readers' own articles through the
//! corpus tool's pipeline in the browser. Its exports are checked against
//! the real corpus tool: the seeds folder a browser exports is built by
//! `parallax-corpus`, and the JSON compared byte for byte.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::webdriver::{ENTER, TAB};
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
    // Built: its card shows the cleaning's summary (the card itself comes
    // from the folder, before the build).
    let before = b
        .js("return document.querySelectorAll('article.draft .repairs').length", json!([]))
        .as_u64()
        .unwrap();
    paste_into(b, "#paste", text);
    paste_into(b, "#paste-name", name);
    b.click_css(".paste button");
    b.wait(
        &format!("document.querySelectorAll('article.draft .repairs').length === {}", before + 1),
        START,
        "the pasted article, built",
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

/// Adds a claim on trade, says the first article agrees, and clicks its
/// first sentence as the evidence.
fn claim_with_evidence(b: &Browser) {
    paste_into(b, "#claim-statement", "Trade between Pakistan and Russia is growing.");
    b.click_css(".add-claim button");
    b.wait("document.querySelector('.claim-card select')", START, "the claim's positions");
    b.js("const s = document.querySelector('.claim-card select'); s.value = 'agrees'; s.dispatchEvent(new Event('change', { bubbles: true }));", json!([]));
    b.wait(
        "document.querySelector('button.sentence[data-sid=\"first-view-p1-s1\"]')",
        START,
        "sentences to click",
    );
    b.click_css("button.sentence[data-sid=\"first-view-p1-s1\"]");
}

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
    b.wait("document.getElementById('built').textContent.startsWith('Built in')", START, "a built corpus");
    // The collection's name, the reader's heading; later builds carry it.
    paste_into(&b, "#collection-title", "Trade, two views");

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
    claim_with_evidence(&b);
    b.wait(
        "document.querySelector('button.sentence[data-sid=\"first-view-p1-s1\"][aria-pressed=true]')",
        START,
        "the chosen sentence",
    );
    // The grid previews only a corpus that built: this one, with the stance.
    b.wait("document.querySelector('.grid-preview td.agrees')", START, "a built corpus with the claim");

    b.click_css(".keep button");
    let zip = downloaded(&dir, "seeds.zip");
    let said = b.wait("document.getElementById('exported').textContent", START, "the export's confirmation");
    assert!(
        said.as_str().unwrap().starts_with("Your browser is saving seeds.zip: "),
        "the page says what was exported: {said}"
    );
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
    assert_eq!(corpus["title"], "Trade, two views", "the collection's name reaches the corpus");
}

const BYLINED: &str = "A title line\n\nBy Jane Doe\n\nThe body starts here. It goes on.\n";

/// The text of article `id` as the page shows it, sentence by sentence.
fn shown_text(b: &Browser, id: &str) -> String {
    let js = "return [...document.querySelectorAll('#h-' + arguments[0])].map(h => [...h.closest('article').querySelectorAll('.body .sentence')].map(s => s.textContent).join(' | ')).join('')";
    b.js(js, json!([id])).as_str().unwrap_or_default().to_string()
}

#[test]
fn a_byline_is_left_out_of_the_text_and_put_back() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    open_bench(&b, &server);
    paste_article(&b, "Bylined", BYLINED);
    assert_eq!(shown_text(&b, "bylined"), "A title line | By Jane Doe | The body starts here. | It goes on.");
    paste_into(&b, "#authors-bylined", "Jane Doe");
    b.click_css("article.draft .leave summary");
    b.js(
        "const s = document.getElementById('leave-bylined'); s.value = '3'; s.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([]),
    );
    b.click_css("article.draft .leave > button");
    let left = b.wait(
        "document.querySelector('.left-out li') && document.querySelector('.left-out li').textContent",
        START,
        "the paragraph listed as left out",
    );
    assert!(left.as_str().unwrap().starts_with("line 3 (byline or author note): “By Jane Doe”"), "{left}");
    b.wait(
        "!document.querySelector('article.draft .body').textContent.includes('Jane Doe')",
        START,
        "the byline out of the text",
    );
    assert_eq!(shown_text(&b, "bylined"), "A title line | The body starts here. | It goes on.");
    assert_eq!(
        b.js("return document.activeElement.id", json!([])),
        json!("leave-bylined"),
        "the keyboard's focus goes back to the list of paragraphs"
    );
    assert_eq!(
        b.js("return document.querySelector('.leave [role=status]').textContent", json!([])),
        json!("Line 3 is left out of the text.")
    );
    // The cleaning's report lists it, with its line.
    let report =
        b.js("return document.querySelector('article.draft .repairs').textContent", json!([])).to_string();
    assert!(report.contains("line 3: byline or author note"), "{report}");

    b.click_css(".left-out button");
    b.wait(
        "document.querySelector('article.draft .body').textContent.includes('By Jane Doe')",
        START,
        "the byline back in the text",
    );
    assert_eq!(b.js("return document.querySelectorAll('.left-out li').length", json!([])), json!(0));
}

/// The repository's own seeds folder, zipped by Python's `zipfile` (a tool
/// that is not ours), with its `seeds/` top folder.
fn seeds_zip(dir: &Path) -> PathBuf {
    let zip = dir.join("seeds.zip");
    let status = std::process::Command::new("python3")
        .args(["-m", "zipfile", "-c"])
        .arg(&zip)
        .arg("seeds/")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("python3 makes the test's zip");
    assert!(status.success());
    zip
}

/// Chooses `path` in the file input `css`, as a reader's file dialog does.
fn choose_file(b: &Browser, css: &str, paths: &[&Path]) {
    let input = b.find(css);
    let list: Vec<String> = paths.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    b.type_into(&input, &list.join("\n"));
}

/// The content hash the workbench shows for its corpus.
fn shown_hash(b: &Browser) -> String {
    b.wait(
        "document.getElementById('content-hash') && document.getElementById('content-hash').textContent",
        START,
        "the corpus's hash",
    )
    .as_str()
    .unwrap_or_default()
    .to_string()
}

fn seeds_import_to_the_hosted_corpus(kind: Kind) {
    let server = Server::start(&dist());
    let b = Browser::start(kind);
    let dir = scratch(&format!("import-{kind:?}"));
    if kind == Kind::Chromium {
        downloads_to(&b, &dir);
    }
    open_bench(&b, &server);
    choose_file(&b, "#import", &[&seeds_zip(&dir)]);
    b.wait("document.querySelector('.import .ok')", START, "the import");
    let hosted = std::fs::read(dist().join("corpus.json")).unwrap();
    let hosted_hash =
        serde_json::from_slice::<Value>(&hosted).unwrap()["content_hash"].as_str().unwrap().to_string();
    assert_eq!(shown_hash(&b), hosted_hash, "the workbench builds the seeds to the hosted corpus");
    assert_eq!(b.js("return document.querySelectorAll('article.draft').length", json!([])), json!(5));
    if kind == Kind::Chromium {
        b.click_css(".keep button:nth-of-type(2)");
        assert!(downloaded(&dir, "corpus.json") == hosted, "corpus.json byte for byte as the CLI wrote it");
    }
}

#[test]
fn the_seeds_folder_imports_to_the_hosted_corpus_chromium() {
    seeds_import_to_the_hosted_corpus(Kind::Chromium);
}

#[test]
fn the_seeds_folder_imports_to_the_hosted_corpus_firefox() {
    seeds_import_to_the_hosted_corpus(Kind::Firefox);
}

/// The articles' headings, in order.
fn headings(b: &Browser) -> Value {
    b.js("return [...document.querySelectorAll('article.draft h3')].map(h => h.textContent)", json!([]))
}

fn bad_input_loses_nothing(kind: Kind) {
    let server = Server::start(&dist());
    let b = Browser::start(kind);
    let dir = scratch(&format!("bad-{kind:?}"));
    open_bench(&b, &server);
    paste_article(&b, "Kept", FIRST);
    let kept = headings(&b);

    // Files: binary, not UTF-8, over 4 MiB, chosen together.
    let binary = dir.join("photo.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 society.\n").unwrap();
    let huge = dir.join("huge.txt");
    std::fs::write(&huge, vec![b'a'; 4 * 1024 * 1024 + 1]).unwrap();
    choose_file(&b, "#pick", &[&binary, &latin1, &huge]);
    let errors = b.wait(
        "(() => { const e = [...document.querySelectorAll('.outcomes .error')].map(li => li.textContent); return e.length === 3 && e })()",
        START,
        "three refusals",
    );
    let errors: Vec<String> = serde_json::from_value(errors).unwrap();
    assert!(
        errors[0].starts_with("photo.txt was not added") && errors[0].contains("binary data"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("latin1.txt was not added") && errors[1].contains("not valid UTF-8"),
        "{errors:?}"
    );
    assert!(errors[2].starts_with("huge.txt was not added") && errors[2].contains("4 MiB"), "{errors:?}");

    // An empty paste.
    paste_into(&b, "#paste", "  \n ");
    b.click_css(".paste button");
    let msg = b.wait(
        "document.querySelector('.paste .error') && document.querySelector('.paste .error').textContent",
        START,
        "the empty paste's message",
    );
    assert!(msg.as_str().unwrap().contains("the text box is empty"), "{msg}");

    // Zips: one that is not a zip, one that is not a seeds folder, one with broken TOML.
    let not_zip = dir.join("article.zip");
    std::fs::write(&not_zip, FIRST).unwrap();
    let mut notes = std::collections::BTreeMap::new();
    notes.insert("notes.txt".to_string(), b"Just notes.\n".to_vec());
    let notes_zip = dir.join("notes.zip");
    std::fs::write(&notes_zip, parallax::workbench::zip::write_folder("notes", &notes)).unwrap();
    let mut broken = std::collections::BTreeMap::new();
    broken.insert(
        "corpus.toml".to_string(),
        b"title = \"Broken\"\n[[articles]]\nid = \"a\nfile = \"a.txt\"\n".to_vec(),
    );
    broken.insert("a.txt".to_string(), b"Some text.\n".to_vec());
    let broken_zip = dir.join("broken.zip");
    std::fs::write(&broken_zip, parallax::workbench::zip::write_folder("seeds", &broken)).unwrap();
    for (zip, says) in [
        (&not_zip, "article.zip: This file is not a zip archive"),
        (&notes_zip, "notes.zip: The zip holds no corpus.toml"),
        (&broken_zip, "broken.zip: corpus.toml:3: malformed TOML"),
    ] {
        choose_file(&b, "#import", &[zip]);
        let msg = b.wait(
            &format!("(() => {{ const e = document.querySelector('.import .error'); return e && e.textContent.includes({:?}) && e.textContent }})()", says),
            START,
            says,
        );
        assert!(msg.as_str().unwrap().ends_with("Your work here is unchanged."), "{msg}");
        // The folder itself (not the last build's headings, which lag it).
        assert_eq!(
            b.js("return document.getElementById('workbench').dataset.articles", json!([])),
            json!("1")
        );
        assert_eq!(headings(&b), kept, "the work is as it was");
    }
    assert_eq!(headings(&b), kept);
}

#[test]
fn bad_input_gets_a_message_where_it_happened_and_loses_nothing_chromium() {
    bad_input_loses_nothing(Kind::Chromium);
}

#[test]
fn bad_input_gets_a_message_where_it_happened_and_loses_nothing_firefox() {
    bad_input_loses_nothing(Kind::Firefox);
}

fn work_survives_a_reload(kind: Kind) {
    let server = Server::start(&dist());
    let b = Browser::start(kind);
    open_bench(&b, &server);
    paste_article(&b, "Kept", FIRST);
    let saves = |b: &Browser| {
        b.js("return +document.getElementById('saved').dataset.saves", json!([])).as_u64().unwrap_or(0)
    };
    b.wait("+document.getElementById('saved').dataset.saves > 0", START, "the article saved");
    let before = saves(&b);
    paste_into(&b, "#title-kept", "A view on trade");
    b.wait(&format!("+document.getElementById('saved').dataset.saves > {before}"), START, "the title saved");
    b.wait(
        "document.querySelector('article.draft h3').textContent.startsWith('A view on trade')",
        START,
        "the title",
    );
    b.refresh();
    open_bench(&b, &server);
    b.wait("document.querySelector('article.draft h3') && document.querySelector('article.draft h3').textContent.startsWith('A view on trade')", START, "the work after a reload");
}

#[test]
fn the_work_survives_a_reload_chromium() {
    work_survives_a_reload(Kind::Chromium);
}

#[test]
fn the_work_survives_a_reload_firefox() {
    work_survives_a_reload(Kind::Firefox);
}

#[test]
fn a_full_storage_quota_is_said_and_the_work_stays_on_the_page() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    // A real quota, set before the page first opens its database (Chromium
    // ignores an override made after).
    let origin = server.url.split('/').take(3).collect::<Vec<_>>().join("/");
    b.cdp("Storage.overrideQuotaForOrigin", json!({ "origin": origin, "quotaSize": 64 * 1024 }));
    open_bench(&b, &server);
    // About 200 KB of text that does not compress away.
    let mut x: u64 = 7;
    let words: Vec<String> = (0..30_000)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            format!("w{:x}", x >> 40)
        })
        .collect();
    let text = format!("{}.\n", words.join(" "));
    paste_article(&b, "Long", &text);
    let msg = b.wait(
        "document.getElementById('saved').textContent.includes('full') && document.getElementById('saved').textContent",
        START,
        "the quota message",
    );
    assert!(msg.as_str().unwrap().contains("Export the seeds folder"), "{msg}");
    assert_eq!(
        b.js("return document.querySelectorAll('article.draft').length", json!([])),
        json!(1),
        "the work stays"
    );
}

#[test]
fn evidence_is_chosen_by_keyboard_and_the_page_has_no_axe_violations() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Firefox);
    open_bench(&b, &server);
    paste_article(&b, "First view", FIRST);
    paste_article(&b, "Second view", SECOND);
    b.click_css(".topics-edit > button");
    b.wait("document.querySelectorAll('.topic-card').length > 3", START, "the seeds' topics");
    paste_into(&b, "#claim-statement", "Trade is growing.");
    b.click_css(".add-claim button");
    b.wait("document.querySelector('.claim-card select')", START, "the claim");
    // Keyboard only: choose "agrees" in the first row, then a sentence.
    b.js("document.querySelector('.claim-card select').focus()", json!([]));
    b.press("\u{E011}"); // Home: the select changes to its first option, "agrees"
                         // The focus goes to the article's text, whose sentences are now buttons:
                         // past "Done: back to the claim", the first sentence.
    b.wait(
        "document.activeElement && document.activeElement.id === 'coding-first-view'",
        START,
        "the focus on the text",
    );
    b.press(TAB);
    b.press(TAB);
    b.press(ENTER);
    b.wait(
        "document.querySelector('button.sentence[data-sid=\"first-view-p1-s1\"][aria-pressed=true]')",
        START,
        "the sentence chosen by Enter",
    );
    b.wait("document.querySelector('.positions .evidence li')", START, "the evidence listed");
    let v = axe_violations(&b);
    assert!(v.is_empty(), "axe-core: {v:#?}");
}

/// Pastes two articles, adds a topic and a claim with evidence; waits
/// until the work builds.
fn make_work(b: &Browser) {
    paste_article(b, "First view", FIRST);
    paste_article(b, "Second view", SECOND);
    paste_into(b, "#topic-label", "Trade");
    paste_into(b, "#topic-cues", "trade*\npipeline*");
    b.click_css(".add-topic button");
    b.wait("document.querySelector('.topic-card')", START, "the topic");
    claim_with_evidence(b);
    b.wait("document.querySelector('.positions .evidence li')", START, "the evidence");
    // The grid previews only a corpus that built: this one, with the stance.
    b.wait("document.querySelector('.grid-preview td.agrees')", START, "a built corpus with the claim");
}

#[test]
fn the_work_opens_in_the_reader_and_exports_as_a_site_for_any_host() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    let dir = scratch("site");
    downloads_to(&b, &dir);
    open_bench(&b, &server);
    make_work(&b);
    let hash = shown_hash(&b);

    // "Open in the reader": the reader itself, every URL parameter working.
    b.click_css(".keep .row button:nth-of-type(4)");
    b.wait(
        "location.pathname.endsWith('preview.html') && document.documentElement.hasAttribute('data-ready')",
        START,
        "the reader's preview",
    );
    assert_eq!(b.js("return document.querySelectorAll('#live article.column').length", json!([])), json!(2));
    // Back returns to the workbench, with the work.
    b.back();
    open_bench(&b, &server);
    assert_eq!(shown_hash(&b), hash, "back in the workbench, the work is there");
    b.goto(&format!("{}preview.html?topics=trade&claim=trade-between-pakistan-and-russia-is", server.url));
    b.wait(
        "document.documentElement.hasAttribute('data-ready') && document.querySelector('mark.hl')",
        START,
        "trade highlighted in the preview",
    );
    b.wait("document.querySelector('.s.ev')", START, "the claim's evidence marked");
    assert!(
        b.js("return document.querySelector('#app .downloads').offsetParent === null", json!([]))
            .as_bool()
            .unwrap(),
        "the hosted corpus's downloads are not offered as the work's"
    );
    open_bench(&b, &server);

    // "Export a site": served from its own folder, it is the reader with this corpus.
    b.click_css(".keep .row button:nth-of-type(3)");
    let zip = downloaded(&dir, "site.zip");
    b.wait(
        "document.getElementById('exported').textContent.startsWith('Your browser is saving site.zip: ')",
        START,
        "the page saying the site was exported",
    );
    // Unpacked by a tool that is not ours, as a host's would be.
    std::fs::write(dir.join("site-export.zip"), &zip).unwrap();
    let status = std::process::Command::new("python3")
        .args(["-m", "zipfile", "-e"])
        .arg(dir.join("site-export.zip"))
        .arg(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    let site = dir.join("site");
    let files: std::collections::BTreeMap<String, Vec<u8>> = std::fs::read_dir(&site)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    assert!(files.contains_key("_headers") && files.contains_key("coding-guide.html"), "{:?}", files.keys());
    assert!(!files.keys().any(|k| k.contains("workbench")), "the workbench is not part of a reader site");
    let corpus: Value = serde_json::from_slice(&files["corpus.json"]).unwrap();
    assert_eq!(corpus["content_hash"], json!(hash));
    let host = Server::start(&site);
    let r = Browser::start(Kind::Chromium);
    open(&r, &host, "?topics=trade");
    assert_eq!(r.js("return document.querySelectorAll('#live article.column').length", json!([])), json!(2));
    assert_eq!(r.js("return document.title", json!([])), json!("Parallax — My comparison"));
    r.wait("document.querySelector('mark.hl')", START, "trade highlighted in the exported site");
}

#[test]
fn the_preview_page_without_work_says_what_to_do() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Firefox);
    b.goto(&format!("{}preview.html", server.url));
    let msg = b.wait(
        "document.getElementById('load-failure') && document.getElementById('load-failure').textContent",
        START,
        "the message",
    );
    assert!(msg.as_str().unwrap().contains("open the workbench"), "{msg}");
}

#[test]
fn the_readers_page_never_loads_the_workbench() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    open(&b, &server, "?topics=trade");
    let hits = server.hits();
    assert!(!hits.iter().any(|h| h.contains("workbench")), "{hits:?}");
    assert_eq!(
        b.js("return document.querySelector('header.site a.bench').getAttribute('href')", json!([])),
        json!("workbench.html"),
        "the reader links to the workbench"
    );
}

/// The same work as [`make_work`], made natively with the workbench's own
/// folder type: the content hash a browser must show.
fn native_hash() -> String {
    use parallax::model::Stance;
    use parallax::workbench::folder::Folder;
    let mut f = Folder::default();
    f.add_article("First view", FIRST.as_bytes().to_vec()).unwrap();
    f.add_article("Second view", SECOND.as_bytes().to_vec()).unwrap();
    let t = f.add_topic("Trade", "trade*\npipeline*").unwrap();
    let c = f.add_claim(&t, "Trade between Pakistan and Russia is growing.").unwrap();
    f.set_stance(&c, "first-view", Stance::Agrees).unwrap();
    f.toggle_evidence(&c, "first-view", "first-view-p1-s1").unwrap();
    parallax::pipeline::output::content_hash(&f.build().unwrap())
}

#[test]
fn webkit_builds_the_work_as_the_corpus_tool_does() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::WebKit);
    open_bench(&b, &server);
    paste_article(&b, "First view", FIRST);
    paste_article(&b, "Second view", SECOND);
    paste_into(&b, "#topic-label", "Trade");
    paste_into(&b, "#topic-cues", "trade*\npipeline*");
    b.js("document.querySelector('.add-topic button').click()", json!([]));
    b.wait("document.querySelector('.topic-card')", START, "the topic");
    paste_into(&b, "#claim-statement", "Trade between Pakistan and Russia is growing.");
    b.js("document.querySelector('.add-claim button').click()", json!([]));
    b.wait("document.querySelector('.claim-card select')", START, "the claim's positions");
    b.js("const s = document.querySelector('.claim-card select'); s.value = 'agrees'; s.dispatchEvent(new Event('change', { bubbles: true }));", json!([]));
    b.wait(
        "document.querySelector('button.sentence[data-sid=\"first-view-p1-s1\"]')",
        START,
        "sentences as buttons",
    );
    // By keyboard, as WebKit's driver delivers it.
    b.js("document.querySelector('button.sentence[data-sid=\"first-view-p1-s1\"]').focus()", json!([]));
    b.press(ENTER);
    b.wait("document.querySelector('.grid-preview td.agrees')", START, "a built corpus with the claim");
    assert_eq!(shown_hash(&b), native_hash(), "WebKit's wasm pipeline builds what the native one builds");
}

/// Not a test: makes the README's screenshots of the workbench
/// (`cargo test --test site -- --ignored workbench_screenshots`).
#[test]
#[ignore]
fn workbench_screenshots() {
    use base64::Engine as _;
    let server = Server::start(&dist());
    let b = Browser::start_sized(Kind::Chromium, 1440, 900);
    b.set_viewport(1440, 900);
    open_bench(&b, &server);
    make_work(&b);
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
    let shot = |name: &str| {
        std::thread::sleep(Duration::from_millis(400));
        let png = b.cmd("GET", "/screenshot", Value::Null);
        let bytes = base64::engine::general_purpose::STANDARD.decode(png.as_str().unwrap()).unwrap();
        std::fs::write(out.join(name), bytes).unwrap();
    };
    // Choosing evidence: the claim's row and the text with its chosen sentence.
    b.js("const s = document.querySelectorAll('.claim-card select')[1]; s.value = 'disagrees'; s.dispatchEvent(new Event('change', { bubbles: true }));", json!([]));
    b.wait(
        "document.querySelector('button.sentence[data-sid=\"second-view-p1-s1\"]')",
        START,
        "the second text as buttons",
    );
    b.click_css("button.sentence[data-sid=\"second-view-p1-s1\"]");
    b.js("document.querySelectorAll('article.draft')[1].scrollIntoView({ block: 'start' })", json!([]));
    shot("workbench-1440x900.png");
    b.js("document.querySelector('.topic-card').scrollIntoView({ block: 'start' })", json!([]));
    shot("workbench-topics-1440x900.png");
    b.js("document.querySelector('.claim-card').scrollIntoView({ block: 'start' })", json!([]));
    shot("workbench-claims-1440x900.png");
}
