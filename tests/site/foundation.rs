//! End to end, in real headless browsers against the release build served
//! under a sub-path: the five articles appear with their text.

use crate::support::{corpus, dist, open, Browser, Kind, Server};
use serde_json::json;

fn five_articles_with_their_text(kind: Kind) {
    let server = Server::start(&dist());
    let b = Browser::start(kind);
    open(&b, &server, "");
    let corpus = corpus();
    assert_eq!(corpus.articles.len(), 5);
    let shown = b.js(
        "return [...document.querySelectorAll('article.column')].map(a => ({id: a.id, text: a.innerText}))",
        json!([]),
    );
    let shown = shown.as_array().unwrap();
    assert_eq!(shown.len(), 5, "five columns");
    for (col, article) in shown.iter().zip(&corpus.articles) {
        assert_eq!(col["id"], format!("article-{}", article.id));
        let text = col["text"].as_str().unwrap();
        // Every sentence of the article is on screen, in its column.
        for s in article.sentences() {
            assert!(text.contains(&s.text), "{kind:?}: {} missing from column {}", s.id, article.id);
        }
    }
    // Assets were loaded relative to the sub-path, never from the host's root.
    assert!(
        server.hits().iter().all(|h| h.starts_with(crate::support::server::SUB_PATH)),
        "{:?}",
        server.hits()
    );
}

#[test]
fn chromium_shows_the_five_articles() {
    five_articles_with_their_text(Kind::Chromium);
}

#[test]
fn firefox_shows_the_five_articles() {
    five_articles_with_their_text(Kind::Firefox);
}

#[test]
fn webkit_shows_the_five_articles() {
    five_articles_with_their_text(Kind::WebKit);
}
