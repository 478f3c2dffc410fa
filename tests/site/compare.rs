//! The comparison layer end to end in headless Chromium (the core in
//! Firefox too): claim links, the agreement grid, badges in the text, the
//! "why" quotes, the computed panels, downloads, keyboard and axe-core.

use std::collections::BTreeSet;

use crate::support::webdriver::ENTER;
use crate::support::*;
use parallax::model::{Corpus, Stance};
use serde_json::json;

fn evidence_of(c: &Corpus, claim: &str) -> BTreeSet<String> {
    let v = c.viewpoints.iter().find(|v| v.id == claim).unwrap();
    v.positions.iter().flat_map(|p| p.evidence.iter().cloned()).collect()
}

fn marked_evidence(b: &Browser) -> BTreeSet<String> {
    serde_json::from_value(b.js("return [...document.querySelectorAll('.s.ev')].map(s => s.id)", json!([])))
        .unwrap()
}

fn claim_link_marks_exactly_its_evidence(kind: Kind) {
    let server = Server::start(&dist());
    let b = Browser::start(kind);
    let c = corpus();
    for claim in ["russia-now-even-handed", "trade-is-small", "thaw-is-substantial"] {
        open(&b, &server, &format!("?claim={claim}"));
        b.wait("document.querySelectorAll('.s.ev').length > 0", LOAD, "evidence marked");
        assert_eq!(marked_evidence(&b), evidence_of(&c, claim), "{kind:?} {claim}");
        // The grid is open at the claim, with its evidence quoted.
        let pressed = b.js(
            &format!(
                "return document.querySelector('#claim-{claim} .claim-btn').getAttribute('aria-pressed')"
            ),
            json!([]),
        );
        assert_eq!(pressed, "true");
        let quotes = b.js("return document.querySelectorAll('tr.why-row ul.quotes li').length", json!([]));
        assert_eq!(quotes.as_u64().unwrap() as usize, evidence_of(&c, claim).len());
    }
}

#[test]
fn chromium_claim_link_marks_exactly_its_evidence() {
    claim_link_marks_exactly_its_evidence(Kind::Chromium);
}

#[test]
fn firefox_claim_link_marks_exactly_its_evidence() {
    claim_link_marks_exactly_its_evidence(Kind::Firefox);
}

#[test]
fn grid_lists_every_claim_of_the_active_topics_with_all_stances() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    let c = corpus();
    for topics in [vec!["india-tilt"], vec!["trade", "afghanistan"], vec![]] {
        open(&b, &server, &format!("?topics={}", topics.join(",")));
        b.js("document.querySelector('details.panel').open = true", json!([]));
        let rows = b.js(
            "return [...document.querySelectorAll('table.grid tr.claim')].filter(r => getComputedStyle(r.closest('tbody')).display !== 'none').map(r => ({ id: r.id.replace('claim-', ''),
                 cells: [...r.querySelectorAll('td.stance')].map(td => (td.querySelector('button') || td).innerText.trim()),
                 status: r.querySelector('td.status').innerText.trim() }))",
            json!([]),
        );
        let rows = rows.as_array().unwrap();
        let expected: Vec<_> =
            c.viewpoints.iter().filter(|v| topics.is_empty() || topics.contains(&v.topic.as_str())).collect();
        assert_eq!(rows.len(), expected.len(), "{topics:?}");
        for (row, v) in rows.iter().zip(&expected) {
            assert_eq!(row["id"], v.id.as_str());
            let cells: Vec<String> = serde_json::from_value(row["cells"].clone()).unwrap();
            assert_eq!(cells.len(), 5, "all five stances");
            for (cell, p) in cells.iter().zip(&v.positions) {
                let word = match p.stance {
                    Stance::Agrees => "agrees",
                    Stance::Disagrees => "disagrees",
                    Stance::Mixed => "mixed",
                    Stance::Silent => "silent",
                };
                assert!(cell.ends_with(word), "{}: {cell} vs {word}", v.id);
            }
            assert!(!row["status"].as_str().unwrap().is_empty());
        }
    }
}

#[test]
fn a_cell_jumps_to_that_authors_evidence() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    let c = corpus();
    open(&b, &server, "?topics=india-tilt");
    b.js("document.querySelector('details.panel').open = true", json!([]));
    // The News disagrees that Russia is becoming even-handed.
    b.click_css("#claim-russia-now-even-handed td:nth-of-type(1) button");
    let first = c.viewpoints.iter().find(|v| v.id == "russia-now-even-handed").unwrap().positions[0].evidence
        [0]
    .clone();
    b.wait(&format!("location.hash === '#{first}'"), LOAD, "the author's evidence in the address");
    assert!(b.url().contains("claim=russia-now-even-handed"));
    b.wait(
        &format!("(() => {{ const r = document.getElementById('{first}').getBoundingClientRect(); return r.top >= -1 && r.bottom <= innerHeight + 1; }})()"),
        LOAD,
        "the evidence scrolled into view",
    );
    assert_eq!(marked_evidence(&b), evidence_of(&c, "russia-now-even-handed"));
    // Choosing the claim again clears it.
    b.click_css("#claim-russia-now-even-handed .claim-btn");
    b.wait("!location.search.includes('claim=')", LOAD, "claim cleared");
    assert!(marked_evidence(&b).is_empty());
}

#[test]
fn badges_in_the_text_show_shared_and_disputed_points() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    let c = corpus();
    open(&b, &server, "?topics=india-tilt");
    // Every evidence sentence of an india-tilt claim shows that claim's badge, and nothing else does.
    let badged: BTreeSet<String> =
        serde_json::from_value(b.js("return [...document.querySelectorAll('.s')].filter(s => s.querySelector('button.cb:not([hidden])')).map(s => s.id)", json!([])))
            .unwrap();
    let expected: BTreeSet<String> = c
        .viewpoints
        .iter()
        .filter(|v| v.topic == "india-tilt")
        .flat_map(|v| v.positions.iter().flat_map(|p| p.evidence.iter().cloned()))
        .collect();
    assert_eq!(badged, expected);
    // The disputed claim's evidence says so in words.
    let text = b.js("return document.querySelector('#the-news-p15-s1 button.cb.split').innerText", json!([]));
    assert_eq!(text, "⇄ disputed");
    b.click_css("#the-news-p15-s1 button.cb.split");
    b.wait("location.search.includes('claim=russia-now-even-handed')", LOAD, "badge opens its claim");
    assert_eq!(marked_evidence(&b), evidence_of(&c, "russia-now-even-handed"));
}

#[test]
fn the_grid_works_by_keyboard() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    open(&b, &server, "?topics=trade");
    b.js("document.querySelector('details.panel').open = true; document.querySelector('#claim-trade-is-small .claim-btn').focus()", json!([]));
    b.press(ENTER);
    b.wait("location.search.includes('claim=trade-is-small')", LOAD, "claim chosen by keyboard");
    b.js("document.querySelector('#claim-trade-is-small td.stance button').focus()", json!([]));
    b.press(ENTER);
    b.wait("location.hash.length > 1", LOAD, "evidence focused by keyboard");
}

#[test]
fn panels_show_computed_analysis_and_downloads_exist() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    let c = corpus();
    open(&b, &server, "?topics=defence");
    b.js("document.querySelectorAll('details.panel').forEach(d => d.open = true)", json!([]));
    let aligned = b.js(
        "return [...document.querySelectorAll('ol.aligned > li')].filter(l => getComputedStyle(l).display !== 'none').length",
        json!([]),
    );
    assert_eq!(
        aligned.as_u64().unwrap() as usize,
        c.alignments.iter().filter(|a| a.topics.iter().any(|t| t == "defence")).count()
    );
    let facts = b.js(
        "return [...document.querySelectorAll('table.facts tbody')].filter(t => getComputedStyle(t).display !== 'none').length",
        json!([]),
    );
    assert_eq!(
        facts.as_u64().unwrap() as usize,
        c.facts.iter().filter(|f| f.topic.as_deref() == Some("defence")).count()
    );
    let method = b.js("return document.querySelector('.method').innerText", json!([]));
    assert!(method.as_str().unwrap().contains("made by people reading the texts"));
    // Held-out figures beside the training-set ones (issue 14).
    assert!(
        method.as_str().unwrap().contains("Held out") && method.as_str().unwrap().contains("Training set")
    );
    let row = b.js(
        "return [...document.querySelector('table.scores tbody tr').cells].map(c => c.innerText)",
        json!([]),
    );
    let trade = c.method.heldout.iter().find(|s| s.topic == c.method.scores[0].topic).unwrap();
    assert_eq!(row[3], format!("{}%", (trade.precision * 100.0).round() as u32), "{row}");
    assert_eq!(
        b.js("return document.querySelectorAll('table.scores tbody tr').length", json!([])),
        c.method.scores.len()
    );
    for file in ["parallax-grid.csv", "parallax-analysis.json", "corpus.json"] {
        let status = b.js_async(
            "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status)).catch(e => done(String(e)));",
            json!([file]),
        );
        assert_eq!(status, 200, "{file}");
        assert!(b
            .js(&format!("return !!document.querySelector('a[href=\"{file}\"][download]')"), json!([]))
            .as_bool()
            .unwrap());
    }
}

#[test]
fn axe_core_finds_no_violations_in_the_comparison() {
    let server = Server::start(&dist());
    let b = Browser::start(Kind::Chromium);
    let mut all = Vec::new();
    for dark in [false, true] {
        b.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": if dark { "dark" } else { "light" } }] }),
        );
        open(&b, &server, "?topics=india-tilt,trade,outlook&claim=russia-now-even-handed");
        b.js("document.querySelectorAll('details').forEach(d => d.open = true)", json!([]));
        all.extend(axe_violations(&b).into_iter().map(|v| format!("dark {dark}: {v}")));
    }
    assert!(all.is_empty(), "{} axe violations:\n{}", all.len(), all.join("\n"));
}

/// Issue 15's grid: each author's date with its basis in the header, each
/// status with its numbers, the stances that rest on quoted words marked,
/// and under a chosen claim both readings and the reason wherever they
/// differed; the method panel gives the codings' agreement and links the
/// coding guide, which the site ships as a page.
fn grid_shows_dates_counts_and_the_record(kind: Kind) {
    let server = Server::start(&dist());
    let b = Browser::start(kind);
    let c = corpus();
    open(&b, &server, "?topics=india-tilt,trade&claim=russia-now-even-handed");
    b.wait("document.querySelector('tr.why-row')", LOAD, "the chosen claim's evidence");
    let head: Vec<String> = serde_json::from_value(b.js(
        "return [...document.querySelectorAll('table.grid thead th .date')].map(d => d.textContent)",
        json!([]),
    ))
    .unwrap();
    let want: Vec<String> = c.articles.iter().map(parallax::present::grid_date).collect();
    assert_eq!(head, want, "{kind:?}: every author's date in the header");
    assert!(want.iter().any(|d| d.contains("inferred")) && want.iter().any(|d| d == "date not stated"));

    let v = c.viewpoints.iter().find(|v| v.id == "russia-now-even-handed").unwrap();
    let status =
        b.js("return document.querySelector('#claim-russia-now-even-handed td.status').innerText", json!([]));
    let status = status.as_str().unwrap().replace('\n', " ");
    assert!(status.contains(&parallax::present::status_text(v)), "{kind:?}: {status}");
    assert!(status.contains(&parallax::present::counts_text(v)), "{kind:?}: {status}");
    assert!(status.contains("disputed, 1 vs 2"), "{status}");

    // Both readings and the reason, for each position decided on review.
    let why = b.js("return document.querySelector('tr.why-row').innerText", json!([]));
    let why = why.as_str().unwrap();
    for p in v.positions.iter().filter(|p| p.adjudication.is_some()) {
        assert!(why.contains(p.adjudication.as_deref().unwrap()), "{kind:?}: the reason for {}", p.article);
    }
    assert!(why.contains("The two readings differed"), "{why}");
    if let Some(note) = &v.comment {
        assert!(why.contains(note.as_str()), "the claim's note on dates");
    }

    // A stance resting on quoted words says so, in the cell and to a screen reader.
    let (claim, p) = c
        .viewpoints
        .iter()
        .filter(|v| v.topic == "india-tilt" || v.topic == "trade")
        .find_map(|v| v.positions.iter().find(|p| p.via.is_some()).map(|p| (v.id.clone(), p.clone())))
        .expect("a stance via quoted words");
    let col = c.articles.iter().position(|a| a.id == p.article).unwrap() + 1;
    let cell = b.js(
        &format!("const td = document.querySelectorAll('#claim-{claim} td.stance')[{}]; return [td.innerText, td.querySelector('button').getAttribute('aria-label')]", col - 1),
        json!([]),
    );
    assert!(cell[0].as_str().unwrap().contains("via quoted words"), "{kind:?}: {cell}");
    assert!(cell[1].as_str().unwrap().contains(&format!("via {}", p.via.unwrap())), "{kind:?}: {cell}");

    // The method panel: agreement before adjudication, and the guide.
    b.js("document.querySelectorAll('details.panel').forEach(d => d.open = true)", json!([]));
    b.wait("document.querySelector('.method')", LOAD, "the method panel");
    let method = b.js("return document.querySelector('.method').innerText", json!([]));
    let a = c.method.stance_agreement.as_ref().unwrap();
    let method = method.as_str().unwrap();
    assert!(method.contains(&format!("agreed on {} of {} positions", a.agreed, a.positions)), "{method}");
    assert!(method.contains("Cohen's kappa 0.81"), "{method}");
    let guide = b.js_async(
        "const done = arguments[arguments.length - 1]; const a = document.querySelector('.method a[href=\"coding-guide.html\"]'); fetch(a.href).then(r => r.text().then(t => done([r.status, t.includes('<h1>Coding guide: claims and stances</h1>')]))).catch(e => done(String(e)));",
        json!([]),
    );
    assert_eq!(guide, json!([200, true]), "{kind:?}: the coding guide is a page of the site");
}

#[test]
fn chromium_grid_shows_dates_counts_and_the_record() {
    grid_shows_dates_counts_and_the_record(Kind::Chromium);
}

#[test]
fn firefox_grid_shows_dates_counts_and_the_record() {
    grid_shows_dates_counts_and_the_record(Kind::Firefox);
}

#[test]
fn webkit_claim_link_marks_exactly_its_evidence() {
    claim_link_marks_exactly_its_evidence(Kind::WebKit);
}
