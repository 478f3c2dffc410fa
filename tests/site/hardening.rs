//! Hardening, end to end: the Content Security Policy in force (as a meta
//! tag and as a header) with the app fully working under it, Subresource
//! Integrity stopping tampered files, hostile or broken `corpus.json`, and
//! network faults on the data and on the program itself.

use std::time::Duration;

use crate::support::*;
use serde_json::{json, Value};

/// Records every CSP violation from the very start of each page load.
fn watch_csp(b: &Browser) {
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));" }),
    );
}

fn violations(b: &Browser) -> Vec<String> {
    serde_json::from_value(b.js("return window.__csp || []", json!([]))).unwrap()
}

/// Uses the app the way a reader does, touching every feature.
fn exercise(b: &Browser) {
    b.click_css("button.topic:nth-of-type(2)");
    b.wait("document.querySelector('mark.hl')", LOAD, "highlights");
    let input = b.find("#search");
    b.type_into(&input, "gas");
    b.wait("document.querySelector('mark.hit')", LOAD, "search hits");
    b.js("document.querySelectorAll('details').forEach(d => d.open = true)", json!([]));
    b.click_css("tbody.tp.on tr.claim .claim-btn");
    b.wait("document.querySelector('.s.ev')", LOAD, "evidence");
    b.click_css("#live article.column:nth-of-type(2) button[aria-label$='left']");
    b.click_css(".copy button");
    b.js("document.querySelector('mark.hl').focus()", json!([]));
}

/// The policy in the built page's `<meta>`.
fn page_policy() -> String {
    let html = std::fs::read_to_string(dist().join("index.html")).unwrap();
    let after =
        html.split("http-equiv=\"Content-Security-Policy\" content=\"").nth(1).expect("a CSP meta tag");
    after.split('"').next().unwrap().to_string()
}

fn csp_in_force(kind: Kind, as_header: bool) {
    let server = Server::start(&dist());
    let b = Browser::start(kind);
    if kind == Kind::Chromium {
        watch_csp(&b);
    }
    if as_header {
        server.header("Content-Security-Policy", &format!("{}; frame-ancestors 'none'", page_policy()));
    }
    open(&b, &server, "");
    if kind != Kind::Chromium {
        // Without CDP the listener starts after the load: it sees what the
        // reader's actions trip (the load itself is checked in Chromium).
        b.js("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI)); return 1", json!([]));
    }
    exercise(&b);
    assert_eq!(violations(&b), Vec::<String>::new(), "{kind:?}: the app runs without tripping the policy");
    // The policy is really there: an inline script is refused.
    b.js("const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.append(s);", json!([]));
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(b.js("return window.__inline === undefined", json!([])), true, "{kind:?}");
    assert!(violations(&b).iter().any(|v| v.starts_with("script-src")), "{kind:?}: {:?}", violations(&b));
    // (An eval probe from here would prove nothing: WebDriver scripts are exempt.)
}

#[test]
fn chromium_runs_fully_under_the_csp_meta() {
    csp_in_force(Kind::Chromium, false);
}

#[test]
fn chromium_runs_fully_under_the_csp_header() {
    csp_in_force(Kind::Chromium, true);
}

#[test]
fn firefox_runs_fully_under_the_csp() {
    csp_in_force(Kind::Firefox, false);
}

#[test]
fn the_policy_and_the_integrity_hashes_are_what_they_should_be() {
    let html = std::fs::read_to_string(dist().join("index.html")).unwrap();
    let meta = page_policy();
    for must in
        ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'"]
    {
        assert!(meta.contains(must), "{must} missing from {meta}");
    }
    assert!(!meta.contains("unsafe-inline") && !meta.contains("'unsafe-eval'"), "{meta}");
    assert!(!html.contains("<script type=\"module\">"), "no inline script");
    assert!(!html.contains(" style=\""), "no inline style attribute");
    // Every script and linked file carries an integrity hash that matches the file
    // (`sri` is unit-tested against the standard base64 vectors).
    let sri = parallax::site::sri;
    let mut checked = 0;
    for tag in html.split('<').filter(|t| t.starts_with("script ") || t.starts_with("link ")) {
        let src = attr(tag, "src").or_else(|| attr(tag, "href"));
        let Some(src) = src else { continue };
        let integrity = attr(tag, "integrity").unwrap_or_else(|| panic!("no integrity on <{tag}"));
        let bytes = std::fs::read(dist().join(src.trim_start_matches("./"))).unwrap();
        assert_eq!(integrity, sri(&bytes), "{src}");
        checked += 1;
    }
    assert!(checked >= 2, "the loader and the icon at least");
    // The loader checks the glue and the wasm the same way: the page gives it
    // their names and hashes as data attributes of its script tag.
    let tag = html.split("<script ").find(|t| t.contains("id=\"loader\"")).expect("the loader's tag");
    for (file, hash) in [("data-js", "data-js-integrity"), ("data-wasm", "data-wasm-integrity")] {
        let file = attr(tag, file).unwrap_or_else(|| panic!("{file} on the loader"));
        let expected = attr(tag, hash).unwrap_or_else(|| panic!("{hash} on the loader"));
        assert_eq!(
            expected,
            sri(&std::fs::read(dist().join(file.trim_start_matches("./"))).unwrap()),
            "{file}"
        );
    }
    // Headers for hosts.
    let headers = std::fs::read_to_string(dist().join("_headers")).unwrap();
    for h in [
        "frame-ancestors 'none'",
        "X-Content-Type-Options: nosniff",
        "Referrer-Policy:",
        "Strict-Transport-Security:",
    ] {
        assert!(headers.contains(h), "{h}");
    }
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(&tag[i..i + tag[i..].find('"')?])
}

/// A copy of the site with one file altered.
fn tampered(tag: &str, prefix: &str, suffix: &str, f: impl Fn(&mut Vec<u8>)) -> std::path::PathBuf {
    let site = dist_copy(tag);
    let file = std::fs::read_dir(&site)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let n = p.file_name().unwrap().to_string_lossy().into_owned();
            // The reader's program, not the workbench's (loaded only by workbench.html).
            n.starts_with(prefix) && n.ends_with(suffix) && !n.starts_with("parallax-workbench")
        })
        .unwrap();
    let mut bytes = std::fs::read(&file).unwrap();
    f(&mut bytes);
    std::fs::write(&file, bytes).unwrap();
    site
}

#[test]
fn tampered_program_files_do_not_run() {
    let b = Browser::start(Kind::Chromium);
    for (tag, prefix, suffix) in [("glue", "parallax-", ".js"), ("wasm", "parallax-", "_bg.wasm")] {
        let site = tampered(tag, prefix, suffix, |bytes| {
            if suffix == ".js" {
                bytes.extend_from_slice(b"\nwindow.__tampered = 1;\n");
            } else {
                let n = bytes.len();
                bytes[n / 2] ^= 0xff;
            }
        });
        let server = Server::start(&site);
        b.goto(&server.url);
        let msg = b.wait("document.getElementById('load-failure')?.innerText", LOAD, "the failure message");
        assert!(msg.as_str().unwrap().contains("could not start"), "{tag}: {msg}");
        assert_eq!(
            b.js("return window.__tampered === undefined && !document.documentElement.hasAttribute('data-ready')", json!([])),
            true,
            "{tag}"
        );
        // The text is still there to read.
        assert_eq!(b.js("return document.querySelectorAll('#live .s').length > 200", json!([])), true);
    }
}

/// The real corpus as JSON, to break in chosen ways.
fn corpus_json() -> Value {
    serde_json::from_str(&std::fs::read_to_string(dist().join("corpus.json")).unwrap()).unwrap()
}

#[test]
fn broken_or_hostile_corpus_gives_a_message_or_a_notice() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    // Unusable: a clear message, never a blank page.
    let junk = "x".repeat(10_000_000);
    let mut wrong_types = corpus_json();
    wrong_types["articles"] = json!("not a list");
    let mut missing = corpus_json();
    missing["articles"][0].as_object_mut().unwrap().remove("paragraphs");
    let mut no_articles = corpus_json();
    no_articles["articles"] = json!([]);
    let deep =
        format!("{{\"schema_version\":2,\"articles\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    for (body, says) in [
        (junk, "damaged"),
        (wrong_types.to_string(), "damaged"),
        (missing.to_string(), "paragraphs"),
        (no_articles.to_string(), "no articles"),
        (deep, "damaged"),
        ("{\"schema_version\": \"1\"}".to_string(), "format version"),
        ("null".to_string(), "format version"),
    ] {
        server.fault("corpus.json", Fault::Body(body, "application/json"));
        b.goto(&server.url);
        let msg =
            b.wait("document.querySelector('.load-error')?.innerText", Duration::from_secs(20), "the error");
        assert!(msg.as_str().unwrap().contains(says), "expected {says:?}: {msg}");
        assert!(
            b.js("return document.querySelectorAll('#live .s').length", json!([])).as_u64().unwrap() > 200,
            "text still readable"
        );
    }
    // Partly wrong: the sound part shows, the rest is dropped with a notice.
    let mut partial = corpus_json();
    partial["articles"][0]["paragraphs"][0]["sentences"][0]["topics"] =
        json!(["india-tilt", "no-such-topic"]);
    partial["viewpoints"][0]["positions"][0]["evidence"] = json!(["nowhere-p1-s1"]);
    partial["alignments"][0]["sentences"][0]["sentence"] = json!("nowhere-p9-s9");
    partial["viewpoints"][1]["topic"] = json!("<script>window.__pwned=1</script>");
    server.fault("corpus.json", Fault::Body(partial.to_string(), "application/json"));
    open(&b, &server, "?topics=india-tilt");
    let notices = b.js("return document.querySelector('.notices').innerText", json!([]));
    let notices = notices.as_str().unwrap();
    for n in [
        "topic the corpus does not define",
        "citing a sentence that does not exist",
        "claim(s) on an undefined topic",
        "citing missing sentences",
    ] {
        assert!(notices.contains(n), "{n:?} in {notices}");
    }
    assert_eq!(b.js("return window.__pwned === undefined", json!([])), true);
    assert!(!marked_ids(&b).is_empty(), "the sound part works");
}

#[test]
fn network_faults_are_said_and_retried() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    // A slow corpus: the text is there meanwhile, then the app.
    server.fault("corpus.json", Fault::Delay(Duration::from_secs(3)));
    b.goto(&server.url);
    assert!(b.js("return document.querySelectorAll('#live .s').length", json!([])).as_u64().unwrap() > 200);
    b.wait(
        "document.documentElement.hasAttribute('data-ready') && document.querySelector('#live article.column')",
        LOAD,
        "the app after the slow corpus",
    );
    // An interrupted corpus: a message and a retry that works.
    server.fault("corpus.json", Fault::Truncate);
    b.goto(&server.url);
    b.wait("document.querySelector('.load-error')", LOAD, "the error for a cut-off corpus");
    server.clear_faults();
    b.click_css(".load-error button");
    b.wait("document.documentElement.hasAttribute('data-ready') && document.querySelectorAll('#live article.column:not([hidden])').length === 5", LOAD, "retry");
    // The program missing or failing: said in the page, with a retry (a reload).
    for fault in [Fault::Status(404), Fault::Status(503), Fault::Truncate] {
        server.fault("_bg.wasm", fault);
        b.goto(&server.url);
        let msg = b.wait("document.getElementById('load-failure')?.innerText", LOAD, "the loader's message");
        assert!(msg.as_str().unwrap().contains("could not start"), "{msg}");
        server.clear_faults();
        b.click_css("#load-failure button");
        b.wait(
            "document.documentElement.hasAttribute('data-ready') && document.querySelector('#live article.column')",
            LOAD,
            "the app after a reload",
        );
    }
    let glue = std::fs::read_dir(dist())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("parallax-") && n.ends_with(".js") && !n.starts_with("parallax-workbench"))
        .unwrap();
    server.fault(&glue, Fault::Status(500));
    b.goto(&server.url);
    b.wait("document.getElementById('load-failure')", LOAD, "the message when the glue fails");
    server.clear_faults();
}

#[test]
fn a_slow_program_says_so_then_starts() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    server.fault("_bg.wasm", Fault::Delay(Duration::from_secs(10)));
    b.goto(&server.url);
    let msg = b.wait(
        "document.getElementById('load-failure')?.innerText",
        Duration::from_secs(15),
        "the still-loading note",
    );
    assert!(msg.as_str().unwrap().contains("Still loading"), "{msg}");
    b.wait(
        "!document.getElementById('load-failure') && document.querySelector('#live article.column')",
        LOAD,
        "the app, and the note gone",
    );
}

#[test]
fn webkit_runs_fully_under_the_csp() {
    csp_in_force(Kind::WebKit, false);
}
