//! The static first view the build writes into `index.html`: text on
//! screen without the wasm, deep links that work without it, and the live
//! app taking over without moving the text.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use support::*;

/// Positions of each column's heading and first and last sentence.
fn layout(b: &Browser) -> Value {
    b.js(
        "return [...document.querySelectorAll('article.column')].map(a => {
            const r = e => { const x = e.getBoundingClientRect(); return [Math.round(x.left), Math.round(x.top + scrollY), Math.round(x.width), Math.round(x.height)]; };
            const s = a.querySelectorAll('.s');
            return { id: a.id, head: r(a.querySelector('h3')), first: r(s[0]), last: r(s[s.length - 1]), text: r(a.querySelector('.text')) };
        })",
        json!([]),
    )
}

#[test]
fn text_is_there_without_the_wasm_and_does_not_move_when_the_app_starts() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    // Before the wasm arrives (it is slow here): the static view shows all five
    // articles, every sentence.
    server.fault(".wasm", Fault::Delay(std::time::Duration::from_secs(4)));
    b.goto(&server.url);
    b.wait("document.querySelectorAll('#prerendered article.column').length === 5", LOAD, "the static view");
    let c = corpus();
    let text = b.js("return document.querySelector('#prerendered').innerText", json!([]));
    for s in c.articles.iter().flat_map(|a| a.sentences()) {
        assert!(text.as_str().unwrap().contains(&s.text), "{} missing from the static view", s.id);
    }
    let before = layout(&b);
    assert!(
        b.js("return !!document.getElementById('prerendered')", json!([])).as_bool().unwrap(),
        "still static"
    );
    // Then the live app replaces it, and nothing moves.
    b.wait("!document.getElementById('prerendered') && document.querySelectorAll('#live article.column').length === 5", LOAD, "the live app");
    let after = layout(&b);
    assert_eq!(before, after, "the live view lays out exactly like the static one");
}

#[test]
fn deep_links_work_before_the_wasm() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    server.fault(".wasm", Fault::Status(404));
    b.goto(&format!("{}#diplomatic-insight-p2-s24", server.url));
    b.wait(
        "(() => { const r = document.getElementById('diplomatic-insight-p2-s24').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()",
        LOAD,
        "the linked sentence in view without the wasm",
    );
}

#[test]
fn static_controls_are_inert_until_the_app_runs() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    server.fault(".wasm", Fault::Status(404));
    b.goto(&server.url);
    b.wait("document.getElementById('prerendered')", LOAD, "the static view");
    let inert = b.js(
        "return [...document.querySelectorAll('#prerendered button')].every(x => x.closest('[inert]'))",
        json!([]),
    );
    assert_eq!(inert, true);
}
