//! A sentence as the aligner sees it: its telling words weighted by
//! tf-idf, as stems and stem numbers, with the pairs of them that stand side
//! by side; and the two measures between sentences, cosine similarity and
//! shared telling words ("concepts").

use std::collections::BTreeMap;

use super::super::vocabulary::{SentenceWords, Vocabulary};
use crate::model::Corpus;

/// A sentence's weighted words.
pub struct Doc<'a> {
    pub words: &'a SentenceWords,
    pub weights: BTreeMap<&'a str, f32>,
    /// Its telling stems, as numbers, sorted.
    pub telling: Vec<u32>,
    /// Pairs of its telling stems that stand side by side, sorted.
    pub adjacent: Vec<(u32, u32)>,
    /// Its weights by stem number.
    pub by_id: Vec<(u32, f32)>,
    /// Its topics as positions in the corpus's topic list, sorted.
    pub topic_ids: Vec<u16>,
}

pub fn cosine(a: &BTreeMap<&str, f32>, b: &BTreeMap<&str, f32>) -> f32 {
    let dot: f32 = a.iter().filter_map(|(k, x)| b.get(k).map(|y| x * y)).sum();
    let na: f32 = a.values().map(|x| x * x).sum::<f32>().sqrt();
    let nb: f32 = b.values().map(|x| x * x).sum::<f32>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// How many telling words `a` and `b` share, two shared words that stand
/// side by side in both (adjacent words, in the same order) counting as one:
/// "army chief", "cold war", "strategic partnership".
pub fn concepts(a: &Doc, b: &Doc) -> usize {
    fn common<T: Ord>(x: &[T], y: &[T]) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => (i, j, n) = (i + 1, j + 1, n + 1),
            }
        }
        n
    }
    common(&a.telling, &b.telling).saturating_sub(common(&a.adjacent, &b.adjacent))
}

impl<'a> Doc<'a> {
    /// The weighted words of every sentence of `vocab`.
    pub fn all(corpus: &Corpus, vocab: &'a Vocabulary) -> Vec<Doc<'a>> {
        let ids: BTreeMap<&str, u32> =
            vocab.df.keys().enumerate().map(|(i, s)| (s.as_str(), i as u32)).collect();
        vocab
            .sentences
            .iter()
            .map(|s| {
                let mut weights = BTreeMap::new();
                let telling: Vec<&crate::pipeline::text::words::Word> =
                    s.words.iter().filter(|w| !vocab.generic.contains(&w.stem)).collect();
                for w in &telling {
                    *weights.entry(w.stem.as_str()).or_insert(0.0) += vocab.idf(&w.stem);
                }
                let mut adjacent: Vec<(u32, u32)> = telling
                    .windows(2)
                    .filter(|p| p[1].index == p[0].index + 1 && p[0].stem != p[1].stem)
                    .map(|p| (ids[p[0].stem.as_str()], ids[p[1].stem.as_str()]))
                    .collect();
                adjacent.sort_unstable();
                adjacent.dedup();
                let mut stems: Vec<u32> = telling.iter().map(|w| ids[w.stem.as_str()]).collect();
                stems.sort_unstable();
                stems.dedup();
                let by_id = weights.iter().map(|(w, x)| (ids[w], *x)).collect();
                let topic_ids = corpus
                    .topics
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| s.topics.contains(&t.id))
                    .map(|(i, _)| i as u16)
                    .collect();
                Doc { words: s, weights, telling: stems, adjacent, by_id, topic_ids }
            })
            .collect()
    }
}
