//! Unit tests of `sentences`, one per rule or regression.

use super::*;

fn split(t: &str) -> Vec<&str> {
    split_sentences(t).into_iter().map(|r| &t[r]).collect()
}

#[test]
fn corpus_abbreviations_and_initials() {
    assert_eq!(
        split("Z.A. Bhutto’s government tried. It failed."),
        ["Z.A. Bhutto’s government tried.", "It failed."]
    );
    assert_eq!(
        split("He visited St. Petersburg in October 2017. Then he left."),
        ["He visited St. Petersburg in October 2017.", "Then he left."]
    );
    assert_eq!(
        split("Pakistan’s support to the U.S sponsored Jihad. Next."),
        ["Pakistan’s support to the U.S sponsored Jihad.", "Next."]
    );
    assert_eq!(
        split("Dr. Rizvi and Mr. Khan met at 9 a.m. on Monday."),
        ["Dr. Rizvi and Mr. Khan met at 9 a.m. on Monday."]
    );
    assert_eq!(split("See No. 7 on the list. Good."), ["See No. 7 on the list.", "Good."]);
}

#[test]
fn questions_in_a_row() {
    assert_eq!(
        split("Why is there a change? What are India’s concerns? None."),
        ["Why is there a change?", "What are India’s concerns?", "None."]
    );
}

/// Found by the property test: a word glued to a question mark that
/// ends a sentence ("?Aa.") started before the new sentence did.
#[test]
fn a_word_glued_to_the_previous_end() {
    assert_eq!(split("?Aa.\u{a0}“\n"), ["?", "Aa.", "“"]);
}

#[test]
fn no_text_no_sentences() {
    assert!(split("").is_empty());
    assert!(split("   ").is_empty());
    assert_eq!(split("No final stop"), ["No final stop"]);
}
