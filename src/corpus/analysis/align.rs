//! Aligned passages: for each topic, sentences from different articles that
//! discuss the same thing, found by cosine similarity of their weighted
//! content words (tf-idf over the corpus's sentences). A group holds at most
//! one sentence per article.

use std::collections::{BTreeMap, HashMap};

use crate::corpus::text::words::content_words;
use crate::model::{AlignedSentence, Alignment, Corpus};

/// Pairs below this similarity are not aligned.
pub const THRESHOLD: f32 = 0.2;
/// Most groups kept per topic (the strongest).
pub const MAX_PER_TOPIC: usize = 8;

struct Doc {
    article: usize,
    id: String,
    weights: BTreeMap<String, f32>,
    surface: HashMap<String, String>,
}

fn cosine(a: &BTreeMap<String, f32>, b: &BTreeMap<String, f32>) -> f32 {
    let dot: f32 = a.iter().filter_map(|(k, x)| b.get(k).map(|y| x * y)).sum();
    let na: f32 = a.values().map(|x| x * x).sum::<f32>().sqrt();
    let nb: f32 = b.values().map(|x| x * x).sum::<f32>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// Computes the aligned passages of every topic.
pub fn align(corpus: &Corpus) -> Vec<Alignment> {
    // Document frequency over all sentences.
    let all: Vec<(usize, &crate::model::Sentence)> =
        corpus.articles.iter().enumerate().flat_map(|(i, a)| a.sentences().map(move |s| (i, s))).collect();
    let mut df: HashMap<String, usize> = HashMap::new();
    let words: Vec<Vec<(String, String)>> = all.iter().map(|(_, s)| content_words(&s.text)).collect();
    for ws in &words {
        let mut seen: Vec<&str> = ws.iter().map(|w| w.0.as_str()).collect();
        seen.sort_unstable();
        seen.dedup();
        for w in seen {
            *df.entry(w.to_string()).or_default() += 1;
        }
    }
    let n = all.len() as f32;
    let mut out = Vec::new();
    for topic in &corpus.topics {
        let docs: Vec<Doc> = all
            .iter()
            .zip(&words)
            .filter(|((_, s), _)| s.topics.contains(&topic.id))
            .map(|((article, s), ws)| {
                let mut weights: BTreeMap<String, f32> = BTreeMap::new();
                let mut surface = HashMap::new();
                for (stem, word) in ws {
                    let idf = (n / df[stem] as f32).ln();
                    *weights.entry(stem.clone()).or_default() += idf;
                    surface.entry(stem.clone()).or_insert_with(|| word.to_lowercase());
                }
                Doc { article: *article, id: s.id.clone(), weights, surface }
            })
            .collect();
        let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
        for i in 0..docs.len() {
            for j in i + 1..docs.len() {
                if docs[i].article != docs[j].article {
                    let sim = cosine(&docs[i].weights, &docs[j].weights);
                    if sim >= THRESHOLD {
                        pairs.push((sim, i, j));
                    }
                }
            }
        }
        // Strongest pairs first; ties broken by position, so the result is deterministic.
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut group_of: Vec<Option<usize>> = vec![None; docs.len()];
        let mut groups: Vec<(f32, Vec<usize>)> = Vec::new();
        for (sim, i, j) in pairs {
            let has_article =
                |g: &Vec<usize>, d: usize| g.iter().any(|&m| docs[m].article == docs[d].article);
            match (group_of[i], group_of[j]) {
                (None, None) => {
                    group_of[i] = Some(groups.len());
                    group_of[j] = Some(groups.len());
                    groups.push((sim, vec![i, j]));
                }
                (Some(g), None) if !has_article(&groups[g].1, j) => {
                    group_of[j] = Some(g);
                    groups[g].1.push(j);
                }
                (None, Some(g)) if !has_article(&groups[g].1, i) => {
                    group_of[i] = Some(g);
                    groups[g].1.push(i);
                }
                _ => {}
            }
        }
        groups.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1[0].cmp(&b.1[0])));
        for (k, (score, mut members)) in groups.into_iter().take(MAX_PER_TOPIC).enumerate() {
            members.sort_by_key(|&m| (docs[m].article, m));
            // Shared words: in at least two members, most weighty first.
            let mut shared: BTreeMap<&str, (usize, f32)> = BTreeMap::new();
            for &m in &members {
                for (w, x) in &docs[m].weights {
                    let e = shared.entry(w.as_str()).or_default();
                    e.0 += 1;
                    e.1 += x;
                }
            }
            let mut shared: Vec<(&str, f32)> =
                shared.into_iter().filter(|(_, (c, _))| *c >= 2).map(|(w, (_, x))| (w, x)).collect();
            shared.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
            let shared = shared
                .into_iter()
                .take(5)
                .map(|(w, _)| {
                    members
                        .iter()
                        .find_map(|&m| docs[m].surface.get(w).cloned())
                        .unwrap_or_else(|| w.to_string())
                })
                .collect();
            out.push(Alignment {
                id: format!("{}-a{}", topic.id, k + 1),
                topic: topic.id.clone(),
                shared,
                score: (score * 1000.0).round() / 1000.0,
                sentences: members
                    .iter()
                    .map(|&m| AlignedSentence {
                        article: corpus.articles[docs[m].article].id.clone(),
                        sentence: docs[m].id.clone(),
                    })
                    .collect(),
            });
        }
    }
    out
}
