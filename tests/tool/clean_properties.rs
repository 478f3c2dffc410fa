//! Property tests of the cleaning and splitting steps on generated text:
//! cleaning is idempotent, every character of the input is either in the
//! output or recorded in the report, the splitter loses nothing, and no
//! input makes any step panic.

use std::collections::BTreeMap;

use parallax::pipeline::clean::{chrome, clean, render, Options};
use parallax::pipeline::segment::split_sentences;
use proptest::prelude::*;

/// Pieces of text like the ones the seeds hold, including their damage.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Russia and Pakistan signed an accord in 2018.".to_string()),
        Just("Dr. Rizvi met Z.A. Bhutto’s heirs in St. Petersburg at 5 a.m. on Monday.".to_string()),
        Just("He wrote, “Relations improved. Trade did not.” Nobody disagreed.".to_string()),
        Just("It also assisted the country to build a heavy".to_string()),
        Just("machinery industry.".to_string()),
        Just("visits after December 1991.Bilateral cooperation grew.".to_string()),
        Just("he Asian region matters.".to_string()),
        Just("Leave a Reply".to_string()),
        Just("Got it!".to_string()),
        Just("©2017 Example.com. All Rights Reserved".to_string()),
        Just("Email: [email\u{a0}protected]".to_string()),
        Just("  trailing  spaces  ".to_string()),
        Just("\u{feff}\u{200b}".to_string()),
        Just("1. The first item 2. The second item".to_string()),
        Just("What now?! . . . . Then? “Unclosed quote.".to_string()),
        "[a-zA-Z .,!?“”\"'’()\u{a0}-]{0,60}",
        any::<String>(),
    ]
}

/// Raw text: pieces separated by single or blank lines.
fn raw_text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop_oneof![Just("\n"), Just("\n\n"), Just("\n\n\n"), Just(" ")]), 0..24)
        .prop_map(|parts| parts.into_iter().map(|(p, sep)| p + sep).collect())
}

/// The built-in chrome rules, compiled once.
fn rules() -> &'static [chrome::ChromeRule] {
    static RULES: std::sync::OnceLock<Vec<chrome::ChromeRule>> = std::sync::OnceLock::new();
    RULES.get_or_init(|| chrome::rules(&[]).unwrap())
}

fn solid_counts(s: &str) -> BTreeMap<char, usize> {
    let mut m = BTreeMap::new();
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        *m.entry(c).or_default() += 1;
    }
    m
}

proptest! {
    // 1,000 cases per property in the normal run; set PROPTEST_CASES for a longer hunt.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000)
    ))]

    /// Cleaning cleaned text changes nothing.
    #[test]
    fn cleaning_is_idempotent(raw in raw_text()) {
        let opts = Options { chrome: rules(), ..Options::default() };
        let once = render(&clean(&raw, &opts).blocks);
        let twice = clean(&once, &opts);
        prop_assert_eq!(render(&twice.blocks), once);
        prop_assert!(twice.report.is_empty(), "second pass changed things: {:?}", twice.report);
    }

    /// Every non-whitespace character of the input is in the output or in a
    /// report entry's `before` text.
    #[test]
    fn nothing_is_lost_without_a_record(raw in raw_text()) {
        let cleaned = clean(&raw, &Options { chrome: rules(), ..Options::default() });
        let mut have = solid_counts(&render(&cleaned.blocks));
        for r in &cleaned.report {
            for (c, n) in solid_counts(&r.before) {
                *have.entry(c).or_default() += n;
            }
        }
        for (c, n) in solid_counts(&raw) {
            prop_assert!(have.get(&c).copied().unwrap_or(0) >= n, "{:?} lost", c);
        }
    }

    /// Sentences are in order, do not overlap, and together hold every
    /// non-whitespace character of the paragraph.
    #[test]
    fn splitting_loses_nothing(text in raw_text()) {
        let ranges = split_sentences(&text);
        let mut last = 0;
        let mut joined = String::new();
        for r in &ranges {
            prop_assert!(r.start >= last && r.start < r.end && r.end <= text.len());
            prop_assert_eq!(text[r.clone()].trim(), &text[r.clone()]);
            joined.push_str(&text[r.clone()]);
            last = r.end;
        }
        let solid = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        prop_assert_eq!(solid(&joined), solid(&text));
    }
}
