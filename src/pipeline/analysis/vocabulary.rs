//! The corpus's vocabulary, for comparing its sentences: each sentence's
//! content words, how many sentences use each stem, and which stems are
//! *generic* — derived from the corpus, never listed by hand: a stem used by
//! at least [`GENERIC_ARTICLES`] of the articles and in at least
//! [`GENERIC_SENTENCES`] of the sentences (and [`GENERIC_MIN_SENTENCES`]) is what every author writes about
//! (here "Pakistan", "Russia", "relations"), so sharing it says nothing.
//! Names and the words made from them are one stem ("Afghan" and
//! "Afghanistan", "Russia" and "Russian"): a name's stem that begins with
//! another name's stem of four letters or more is read as that one.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Corpus;
use crate::pipeline::text::words::{content_words, Word};

/// Share of the articles a generic stem is used by (at least).
pub const GENERIC_ARTICLES: f32 = 0.8;
/// Share of the sentences a generic stem is used in (at least).
pub const GENERIC_SENTENCES: f32 = 0.15;
/// …and never fewer sentences than this (in a small corpus, two articles
/// sharing a word is no sign that every author writes it).
pub const GENERIC_MIN_SENTENCES: usize = 5;
/// Shortest name stem another name can be read as.
const MIN_NAME_STEM: usize = 4;

/// One sentence's words.
#[derive(Clone, Debug)]
pub struct SentenceWords {
    /// Index of its article in the corpus.
    pub article: usize,
    /// Sentence id.
    pub id: String,
    /// Its topics.
    pub topics: Vec<String>,
    /// Its content words, names conflated.
    pub words: Vec<Word>,
}

/// The vocabulary of a corpus.
#[derive(Clone, Debug)]
pub struct Vocabulary {
    /// Every sentence, in corpus order.
    pub sentences: Vec<SentenceWords>,
    /// Stem → number of sentences using it.
    pub df: BTreeMap<String, usize>,
    /// The generic stems.
    pub generic: BTreeSet<String>,
    /// Name stems read as a shorter one ([`name_roots`]).
    pub roots: BTreeMap<String, String>,
}

/// Name stems read as a shorter name stem they begin with ("afghanistan" →
/// "afghan", "russian" → "russia").
pub fn name_roots(names: &BTreeSet<String>) -> BTreeMap<String, String> {
    names
        .iter()
        .filter_map(|q| {
            names
                .iter()
                .filter(|p| p.len() >= MIN_NAME_STEM && p.len() < q.len() && q.starts_with(p.as_str()))
                .min_by_key(|p| p.len())
                .map(|p| (q.clone(), p.clone()))
        })
        .collect()
}

/// Stems used by at least `GENERIC_ARTICLES` of `articles` articles and in at
/// least `GENERIC_SENTENCES` of `sentences` sentences.
pub fn generic_stems(
    df: &BTreeMap<String, usize>,
    reach: &BTreeMap<String, BTreeSet<usize>>,
    sentences: usize,
    articles: usize,
) -> BTreeSet<String> {
    df.iter()
        .filter(|(stem, &n)| {
            let by = reach.get(*stem).map_or(0, BTreeSet::len);
            by as f32 >= GENERIC_ARTICLES * articles as f32
                && n >= GENERIC_MIN_SENTENCES
                && n as f32 >= GENERIC_SENTENCES * sentences as f32
        })
        .map(|(s, _)| s.clone())
        .collect()
}

impl Vocabulary {
    /// The vocabulary of `corpus`.
    pub fn new(corpus: &Corpus) -> Vocabulary {
        let mut sentences: Vec<SentenceWords> = corpus
            .articles
            .iter()
            .enumerate()
            .flat_map(|(article, a)| {
                a.sentences().map(move |s| SentenceWords {
                    article,
                    id: s.id.clone(),
                    topics: s.topics.clone(),
                    words: content_words(&s.text),
                })
            })
            .collect();
        let names: BTreeSet<String> =
            sentences.iter().flat_map(|s| &s.words).filter(|w| w.proper).map(|w| w.stem.clone()).collect();
        let roots = name_roots(&names);
        let mut df: BTreeMap<String, usize> = BTreeMap::new();
        let mut reach: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for s in &mut sentences {
            for w in &mut s.words {
                if let Some(root) = roots.get(&w.stem) {
                    w.stem = root.clone();
                }
            }
            let stems: BTreeSet<&String> = s.words.iter().map(|w| &w.stem).collect();
            for stem in stems {
                *df.entry(stem.clone()).or_default() += 1;
                reach.entry(stem.clone()).or_default().insert(s.article);
            }
        }
        let generic = generic_stems(&df, &reach, sentences.len(), corpus.articles.len());
        Vocabulary { sentences, df, generic, roots }
    }

    /// The stem `stem` is read as (its name root, or itself).
    pub fn root<'a>(&'a self, stem: &'a str) -> &'a str {
        self.roots.get(stem).map_or(stem, String::as_str)
    }

    /// Inverse document frequency of a stem over the sentences.
    pub fn idf(&self, stem: &str) -> f32 {
        let n = self.df.get(stem).copied().unwrap_or(1).max(1);
        (self.sentences.len() as f32 / n as f32).ln()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_their_derivatives_are_one_stem() {
        let names: BTreeSet<String> = ["afghan", "afghanistan", "russia", "russian", "us", "usa", "india"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let roots = name_roots(&names);
        assert_eq!(roots.get("afghanistan").map(String::as_str), Some("afghan"));
        assert_eq!(roots.get("russian").map(String::as_str), Some("russia"));
        assert_eq!(roots.get("usa"), None, "too short to be a root");
        assert_eq!(roots.get("india"), None);
    }

    #[test]
    fn generic_means_most_articles_and_many_sentences() {
        let df: BTreeMap<String, usize> = [("everywhere", 30), ("one-article", 30), ("rare", 2)]
            .iter()
            .map(|(s, n)| (s.to_string(), *n))
            .collect();
        let reach: BTreeMap<String, BTreeSet<usize>> =
            [("everywhere", vec![0, 1, 2, 3]), ("one-article", vec![0]), ("rare", vec![0, 1, 2, 3, 4])]
                .iter()
                .map(|(s, a)| (s.to_string(), a.iter().copied().collect()))
                .collect();
        let g = generic_stems(&df, &reach, 100, 5);
        assert_eq!(g.into_iter().collect::<Vec<_>>(), ["everywhere"]);
    }
}
