//! The 48 English Golden Rules for sentence boundaries (the Pragmatic
//! Segmenter's suite, as kept by pySBD), read from
//! `../shared/testdata/golden-rules-en.json` (copied into `tests/data/`).
//! pySBD passes 47; Parallax's splitter must pass all 48.

#![cfg(not(target_arch = "wasm32"))]

use parallax::corpus::segment::split_sentences;
use serde::Deserialize;

#[derive(Deserialize)]
struct Suite {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    sentences: Vec<String>,
}

#[test]
fn passes_all_48_golden_rules() {
    let suite: Suite = serde_json::from_str(include_str!("data/golden-rules-en.json")).unwrap();
    assert_eq!(suite.cases.len(), 48);
    let mut failures = Vec::new();
    for (n, case) in suite.cases.iter().enumerate() {
        let got: Vec<&str> = split_sentences(&case.text).into_iter().map(|r| &case.text[r]).collect();
        if got != case.sentences {
            failures.push(format!(
                "rule {}: {:?}\n   expected {:?}\n   got      {:?}",
                n + 1,
                case.text,
                case.sentences,
                got
            ));
        }
    }
    println!("golden rules passed: {}/48", 48 - failures.len());
    assert!(failures.is_empty(), "{} of 48 failed:\n{}", failures.len(), failures.join("\n"));
}
