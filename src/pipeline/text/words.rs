//! Content words for comparing sentences: word tokens without English stop
//! words, numbers or month names, stemmed with the Snowball English stemmer
//! ("helicopters" meets "helicopter", "investment" meets "invest"). Which
//! words are too common *in a corpus* to tell passages apart is decided
//! from the corpus itself ([`crate::pipeline::analysis::vocabulary`]), never
//! by a list here.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::tokens::tokenize;

/// English function words and vague adverbs: they say nothing about what a
/// passage is about.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "along",
    "also",
    "although",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "even",
    "ever",
    "far",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "lately",
    "may",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "new",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "thus",
    "till",
    "to",
    "today",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "expect",
    "expected",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "s",
    "said",
    "says",
    "say",
    "according",
    "wrote",
    "plus",
    "meanwhile",
    "besides",
    "moreover",
];

/// Month names: a date says when, not what (facts compare dates; passages
/// are aligned on what they say).
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The Snowball English stem of a lowercase word.
pub fn stem(word: &str) -> String {
    STEMMER.stem(word).into_owned()
}

/// True for a lowercase word worth comparing on.
pub fn is_content(word: &str) -> bool {
    word.chars().count() > 1
        && !STOP.contains(&word)
        && !MONTHS.contains(&word)
        && !word.chars().all(|c| c.is_ascii_digit())
}

/// A content word of a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// Its stem.
    pub stem: String,
    /// The word as written.
    pub surface: String,
    /// Written with a capital, and not the first word: a name or a demonym.
    pub proper: bool,
    /// Its position among the text's word tokens (content or not).
    pub index: usize,
}

/// The content words of `text`, in order.
pub fn content_words(text: &str) -> Vec<Word> {
    tokenize(text)
        .into_iter()
        .enumerate()
        .filter(|(_, t)| is_content(&t.word))
        .map(|(index, t)| {
            let surface = text[t.span].to_string();
            Word {
                stem: stem(&t.word),
                proper: index > 0 && surface.starts_with(char::is_uppercase),
                surface,
                index,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snowball_stems() {
        assert_eq!(stem("helicopters"), "helicopt");
        assert_eq!(stem("helicopter"), "helicopt");
        assert_eq!(stem("investment"), stem("investments"));
        assert_eq!(stem("relations"), stem("relation"));
    }

    #[test]
    fn drops_stop_words_numbers_and_months() {
        let w: Vec<String> = content_words("Russia and Pakistan signed the gas pipelines deal in June 2015.")
            .into_iter()
            .map(|w| w.stem)
            .collect();
        assert_eq!(w, ["russia", "pakistan", "sign", "gas", "pipelin", "deal"]);
    }

    #[test]
    fn names_are_marked() {
        let w = content_words("Both met in Moscow; officials in Islamabad agreed.");
        let proper: Vec<&str> = w.iter().filter(|w| w.proper).map(|w| w.surface.as_str()).collect();
        assert_eq!(proper, ["Moscow", "Islamabad"]);
    }
}
