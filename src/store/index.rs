//! Lookups built once from the corpus: where each paragraph's sentences
//! start in the corpus-wide sentence order, which claims cite each
//! sentence, and each topic's position. Plain data, plain functions.

use std::collections::HashMap;

use crate::model::Corpus;

/// Positions and references computed once per corpus.
#[derive(Debug, Default)]
pub struct Index {
    /// Where each paragraph's sentences start in the corpus-wide sentence
    /// order (`[article][paragraph]`).
    pub paragraph_starts: Vec<Vec<usize>>,
    /// For each sentence id, the claims (indices into `viewpoints`) citing it.
    pub claims_by_sentence: HashMap<String, Vec<usize>>,
    /// How many sentences the corpus holds.
    pub sentences: usize,
}

impl Index {
    /// The index of a corpus.
    pub fn new(corpus: &Corpus) -> Index {
        let (paragraph_starts, sentences) = paragraph_starts(corpus);
        Index { paragraph_starts, claims_by_sentence: claims_by_sentence(corpus), sentences }
    }

    /// Position of sentence `s` of paragraph `p` of article `a` in the
    /// corpus-wide sentence order.
    pub fn sentence(&self, a: usize, p: usize, s: usize) -> usize {
        self.paragraph_starts[a][p] + s
    }

    /// The claims citing a sentence (none for an unknown id).
    pub fn claims_citing(&self, sentence: &str) -> &[usize] {
        self.claims_by_sentence.get(sentence).map_or(&[], Vec::as_slice)
    }
}

/// Where each paragraph's sentences start in the corpus-wide sentence
/// order, and how many sentences there are in all.
pub fn paragraph_starts(corpus: &Corpus) -> (Vec<Vec<usize>>, usize) {
    let mut n = 0;
    let starts = corpus
        .articles
        .iter()
        .map(|a| {
            a.paragraphs
                .iter()
                .map(|p| {
                    let start = n;
                    n += p.sentences.len();
                    start
                })
                .collect()
        })
        .collect();
    (starts, n)
}

/// Which claims cite each sentence (each claim once per sentence).
pub fn claims_by_sentence(corpus: &Corpus) -> HashMap<String, Vec<usize>> {
    let mut map: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, v) in corpus.viewpoints.iter().enumerate() {
        for s in v.positions.iter().flat_map(|p| p.evidence.iter()) {
            let list = map.entry(s.clone()).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }
    map
}
