//! The page the build renders from the app's own components: text on
//! screen without the wasm, deep links that work without it, and the
//! browser taking that very markup over (hydration) without changing it or
//! moving the text.

use crate::support::*;
use serde_json::{json, Value};

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

/// The markup of the view, as the browser holds it, without what the take-over
/// is meant to change: `inert` (the controls work once it is done).
fn markup(b: &Browser) -> String {
    b.js(
        "const live = document.getElementById('live').cloneNode(true);
         live.querySelectorAll('[inert]').forEach(e => e.removeAttribute('inert'));
         return live.outerHTML;",
        json!([]),
    )
    .as_str()
    .unwrap()
    .to_string()
}

#[test]
fn text_is_there_without_the_wasm_and_the_take_over_changes_no_markup() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    // Before the wasm arrives (it is slow here): the rendered view shows all
    // five articles, every sentence.
    server.fault(".wasm", Fault::Delay(std::time::Duration::from_secs(4)));
    b.goto(&server.url);
    b.wait("document.querySelectorAll('#live article.column').length === 5", LOAD, "the rendered view");
    assert_eq!(
        b.js("return document.documentElement.hasAttribute('data-ready')", json!([])),
        false,
        "not yet taken over"
    );
    let c = corpus();
    let text = b.js("return document.getElementById('live').innerText", json!([]));
    for s in c.articles.iter().flat_map(|a| a.sentences()) {
        assert!(text.as_str().unwrap().contains(&s.text), "{} missing from the rendered view", s.id);
    }
    let (before, static_markup) = (layout(&b), markup(&b));
    // Then the browser takes the same markup over: nothing added, removed or
    // moved (hydration would stop on a mismatch; this checks the result).
    b.wait("document.documentElement.hasAttribute('data-ready')", LOAD, "the take-over");
    assert_eq!(
        b.js("return document.querySelectorAll('#live [inert]').length", json!([])),
        0,
        "controls live"
    );
    assert_eq!(layout(&b), before, "the live view lays out exactly like the rendered one");
    assert_eq!(markup(&b), static_markup, "the live view is the rendered markup");
    // And it works: a topic highlights.
    b.click_css("#controls button.topic");
    b.wait("document.querySelectorAll('#live mark.hl').length > 0", LOAD, "a highlight after the take-over");
}

#[test]
fn deep_links_work_before_the_wasm() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    server.fault(".wasm", Fault::Status(404));
    b.goto(&format!("{}#diplomatic-insight-p2-s24", server.url));
    // Within a pixel: layout is fractional, scroll positions are whole.
    b.wait(
        "(() => { const r = document.getElementById('diplomatic-insight-p2-s24').getBoundingClientRect(); return r.top >= -1 && r.bottom <= innerHeight + 1; })()",
        LOAD,
        "the linked sentence in view without the wasm",
    );
}

#[test]
fn controls_are_inert_until_the_app_runs_and_the_panels_read_without_it() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    server.fault(".wasm", Fault::Status(404));
    b.goto(&server.url);
    b.wait("document.getElementById('load-failure')", LOAD, "the loader's message");
    let inert = b.js(
        "return [...document.querySelectorAll('#controls button, #switcher button, .col-tools button')].every(x => x.closest('[inert]'))",
        json!([]),
    );
    assert_eq!(inert, true);
    // The comparison is in the page and reads without the program: the
    // overview on screen, the computed parts in disclosures that open.
    let c = corpus();
    let topics_with_claims = c.topics.iter().filter(|t| c.viewpoints.iter().any(|v| v.topic == t.id)).count();
    let rows = b.js(
        "return [...document.querySelectorAll('#analysis table.overview tbody tr')].filter(r => r.offsetParent !== null).length",
        json!([]),
    );
    assert_eq!(rows.as_u64().unwrap() as usize, topics_with_claims);
    b.click_css("#panels details.panel summary");
    let open = b.js("return document.querySelector('#panels details.panel').open", json!([]));
    assert_eq!(open, true);
}
