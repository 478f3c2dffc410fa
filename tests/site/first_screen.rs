//! The comparison first: what a shared view shows without a click. With a
//! topic, every claim of that topic and the five authors' stances are on
//! the first screen at 1440×900; with none, the overview of every topic's
//! claims by status, its links leading into the topic or the disputed
//! claim — in Chromium, Firefox and WebKit.

use parallax::present::{passage_label, stance_label};
use serde_json::json;

use crate::support::*;

/// Opens `query` in a viewport of `width` × `height` (the page loaded at
/// that size, as a reader's would be).
fn open_at(kind: Kind, width: u32, height: u32, query: &str) -> (Server, Browser) {
    let server = Server::start(&dist());
    let b = Browser::start_sized(kind, width, height);
    b.goto("about:blank");
    b.set_viewport(width, height);
    open(&b, &server, query);
    (server, b)
}

/// JS: is element `e` wholly inside the viewport, and drawn?
const SEEN: &str = "const seen = e => { if (!e) return false; const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
      && r.bottom <= window.innerHeight && r.right <= document.documentElement.clientWidth; };";

fn topic_claims_on_the_first_screen(kind: Kind, width: u32, height: u32) {
    let (_server, b) = open_at(kind, width, height, "?topics=trade");
    assert_eq!(
        b.js(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth",
            json!([])
        ),
        true,
        "{kind:?} at {width}px: no sideways scroll of the page"
    );
    let c = corpus();
    let claims: Vec<_> = c.viewpoints.iter().filter(|v| v.topic == "trade").collect();
    assert!(claims.len() >= 5, "the corpus has trade claims");
    for v in claims {
        let row = b.js(
            &format!(
                "{SEEN} const row = document.getElementById('claim-' + arguments[0]);
                 const st = row && row.querySelector('.claim-btn');
                 return {{ statement: seen(st) ? st.innerText : null,
                          stances: row ? [...row.querySelectorAll('td.stance')].map(td => seen(td) ? td.innerText : null) : [] }};"
            ),
            json!([v.id]),
        );
        assert_eq!(
            row["statement"],
            json!(v.statement),
            "{kind:?} at {width}px: {} on the first screen",
            v.id
        );
        let stances = row["stances"].as_array().unwrap();
        assert_eq!(stances.len(), c.articles.len(), "{kind:?}: {}", v.id);
        for (cell, p) in stances.iter().zip(&v.positions) {
            let (sym, word) = stance_label(p.stance);
            let text = cell
                .as_str()
                .unwrap_or_else(|| panic!("{kind:?}: {} / {} not on the first screen", v.id, p.article));
            assert!(
                text.contains(sym) && text.contains(word),
                "{kind:?}: {} / {}: {text:?}",
                v.id,
                p.article
            );
        }
    }
    // The overview gives way to the topic's claims.
    assert_eq!(
        b.js(&format!("{SEEN} return seen(document.querySelector('table.overview'))"), json!([])),
        false
    );
    // The chosen topic is in view in its row (on a phone the row scrolls
    // sideways, and trade lies past its edge as first drawn; a button wider
    // than the row shows its middle).
    let chosen = b.wait(
        "(t => { const r = t.getBoundingClientRect(), p = t.parentElement.getBoundingClientRect();
                 const mid = (r.left + r.right) / 2; return mid > p.left && mid < p.right; })(document.querySelector('button.topic[aria-pressed=\"true\"]'))",
        LOAD,
        "the chosen topic in view in its row",
    );
    assert_eq!(chosen, json!(true), "{kind:?} at {width}px");
}

#[test]
fn chromium_shows_a_topics_claims_and_stances_without_a_click() {
    topic_claims_on_the_first_screen(Kind::Chromium, 1440, 900);
}

#[test]
fn chromium_shows_a_topics_claims_and_stances_on_a_phone() {
    topic_claims_on_the_first_screen(Kind::Chromium, 390, 844);
}

#[test]
fn firefox_shows_a_topics_claims_and_stances_without_a_click() {
    topic_claims_on_the_first_screen(Kind::Firefox, 1440, 900);
}

#[test]
fn firefox_shows_a_topics_claims_and_stances_on_a_phone() {
    topic_claims_on_the_first_screen(Kind::Firefox, 390, 844);
}

#[test]
fn webkit_shows_a_topics_claims_and_stances_without_a_click() {
    topic_claims_on_the_first_screen(Kind::WebKit, 1440, 900);
}

#[test]
fn webkit_shows_a_topics_claims_and_stances_on_a_phone() {
    topic_claims_on_the_first_screen(Kind::WebKit, 390, 844);
}

fn overview_counts_and_links(kind: Kind) {
    let (_server, b) = open_at(kind, 1440, 900, "");
    let c = corpus();
    let rows = b.js(
        &format!(
            "{SEEN} return [...document.querySelectorAll('table.overview tbody tr')].map(tr => ({{
                seen: seen(tr),
                href: tr.querySelector('th a').getAttribute('href'),
                counts: [...tr.querySelectorAll('td.n')].map(td => Number(td.innerText)),
                disputed: [...tr.querySelectorAll('td.disputed a')].map(a => [a.innerText, a.getAttribute('href')]) }}))"
        ),
        json!([]),
    );
    let head = b.js(
        "return [...document.querySelectorAll('table.overview thead th')].map(th => th.innerText)",
        json!([]),
    );
    for word in ["shared", "qualified", "disputed", "few voices"] {
        assert!(
            head.as_array().unwrap().iter().any(|h| h.as_str().unwrap().contains(word)),
            "{kind:?}: {word} in {head}"
        );
    }
    // Every topic with claims, in the corpus's order, counted from the data.
    let mut want = Vec::new();
    for t in &c.topics {
        let claims: Vec<_> = c.viewpoints.iter().filter(|v| v.topic == t.id).collect();
        if claims.is_empty() {
            continue;
        }
        let mut counts = vec![claims.len()];
        for s in ["shared", "qualified", "disputed", "few voices"] {
            counts.push(claims.iter().filter(|v| passage_label(v.status) == s).count());
        }
        let disputed: Vec<_> = claims
            .iter()
            .filter(|v| passage_label(v.status) == "disputed")
            .map(|v| json!([v.statement, format!("?topics={}&claim={}", t.id, v.id)]))
            .collect();
        want.push(json!({ "seen": true, "href": format!("?topics={}", t.id), "counts": counts, "disputed": disputed }));
    }
    assert_eq!(rows, json!(want), "{kind:?}");
    // A disputed claim, from the keyboard: its topic, the claim chosen, its
    // evidence marked; Back returns to the overview.
    b.js("document.querySelector('table.overview td.disputed a').focus(); return 1", json!([]));
    b.press(webdriver::ENTER);
    b.wait("location.search.includes('claim=')", LOAD, "the claim's address");
    b.wait("document.querySelector('.claim-btn[aria-pressed=\"true\"]')", LOAD, "the chosen claim");
    b.wait("document.querySelector('.s.ev')", LOAD, "its evidence marked");
    assert_eq!(
        b.js(
            &format!("{SEEN} return seen(document.querySelector('.claim-btn[aria-pressed=\"true\"]'))"),
            json!([])
        ),
        true,
        "{kind:?}"
    );
    b.back();
    b.wait("!document.querySelector('table.overview').closest('[hidden]')", LOAD, "the overview again");
}

#[test]
fn chromium_overview_counts_every_topic_and_leads_into_it() {
    overview_counts_and_links(Kind::Chromium);
}

#[test]
fn the_overview_fits_a_phone() {
    let (_server, b) = open_at(Kind::Chromium, 390, 844, "");
    let fits = b.js(
        "const w = document.documentElement.clientWidth;
         return document.documentElement.scrollWidth <= w
           && [...document.querySelectorAll('table.overview tr')].every(r => r.getBoundingClientRect().right <= w);",
        json!([]),
    );
    assert_eq!(fits, true, "no sideways scroll, every row within the screen");
    // Each count says what it counts (the table's head is not shown).
    let first = b.js("return document.querySelector('table.overview tbody tr').innerText", json!([]));
    assert!(first.as_str().unwrap().contains("claims"), "{first}");
}

#[test]
fn webkit_overview_counts_every_topic_and_leads_into_it() {
    overview_counts_and_links(Kind::WebKit);
}
