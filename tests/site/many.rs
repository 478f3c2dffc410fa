//! A corpus of many articles (generated from the seeds' sentences): more
//! than eight columns, where the browser skips the columns out of view
//! (`content-visibility`), which clips what a column draws outside itself.

use crate::support::*;
use serde_json::json;

/// Regression: with many columns the explanation of a highlight ("why") was
/// drawn partly outside its column and clipped by the column's containment.
/// Every explanation, in the first and the last column wholly on screen,
/// must lie inside its column and be what the reader sees at its corners.
#[test]
fn explanations_stay_inside_their_column_with_many_columns() {
    let (site, _) = synthetic_site(12);
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
         const cols = [...document.querySelectorAll('#live article.column:not([hidden])')].filter(c => { const r = c.getBoundingClientRect(); return r.left >= view.left && r.right <= right; });
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
    drop(server);
    let _ = std::fs::remove_dir_all(&site);
}
