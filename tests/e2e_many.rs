//! A corpus of many articles (generated from the seeds' sentences): more
//! than eight columns, where the browser skips the columns out of view
//! (`content-visibility`), which clips what a column draws outside itself.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::{Path, PathBuf};

use parallax::corpus::{self, output, prerender, synth, Inputs};
use serde_json::json;
use support::*;

/// A copy of the release site with `n` generated articles instead of five.
fn site_with(n: usize) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = std::env::temp_dir().join(format!("parallax-many-{}-{n}", std::process::id()));
    let (seeds, site) = (tmp.join("seeds"), tmp.join("site"));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&site).unwrap();
    let pool = corpus::build(&Inputs::from_dir(root.join("seeds"))).unwrap();
    let topics = std::fs::read_to_string(root.join("seeds/topics.toml")).unwrap();
    synth::write_synthetic(&seeds, n, &pool, &topics).unwrap();
    let big = corpus::build(&Inputs::from_dir(&seeds)).unwrap();
    copy_dir(&dist(), &site);
    std::fs::write(site.join("corpus.json"), output::to_json(&big)).unwrap();
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    std::fs::write(site.join("index.html"), prerender::inject(&index, &big).unwrap()).unwrap();
    site
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// Regression: with many columns the explanation of a highlight ("why") was
/// drawn partly outside its column and clipped by the column's containment.
/// Every explanation, in the first and the last column wholly on screen,
/// must lie inside its column and be what the reader sees at its corners.
#[test]
fn explanations_stay_inside_their_column_with_many_columns() {
    let site = site_with(12);
    let server = Server::start(&site);
    let b = Browser::start_sized(Kind::Chromium, 1280, 900);
    open(&b, &server, "?topics=trade,india-tilt,afghanistan");
    assert_eq!(
        b.js("return document.querySelector('#live .columns').classList.contains('many')", json!([])),
        json!(true)
    );
    let report = b.js(
        "const view = document.querySelector('#live .columns').getBoundingClientRect();
         const right = Math.min(view.right, document.documentElement.clientWidth);
         const cols = [...document.querySelectorAll('#live article.column')].filter(c => { const r = c.getBoundingClientRect(); return r.left >= view.left && r.right <= right; });
         if (cols.length < 2) return ['fewer than two columns wholly on screen', cols.length];
         const out = [];
         for (const col of [cols[0], cols[cols.length - 1]]) {
           for (const m of [...col.querySelectorAll('mark.hl')].slice(0, 6)) {
             m.focus();
             const why = document.getElementById(m.getAttribute('aria-describedby'));
             const w = why.getBoundingClientRect(), c = col.getBoundingClientRect();
             if (w.top < 0 || w.bottom > innerHeight) { m.scrollIntoView({block: 'center'}); }
             const r = why.getBoundingClientRect(), k = col.getBoundingClientRect();
             const inside = r.left >= k.left - 1 && r.right <= k.right + 1 && r.width > 0;
             const seen = [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]]
               .every(([x, y]) => why.contains(document.elementFromPoint(x, y)));
             if (!inside || !seen) out.push([col.id, m.textContent, inside, seen, Math.round(r.left), Math.round(r.right), Math.round(k.left), Math.round(k.right)]);
           }
         }
         return out;",
        json!([]),
    );
    assert_eq!(
        report,
        json!([]),
        "explanations cut off (column, mark, inside, seen, why left/right, column left/right)"
    );
}
