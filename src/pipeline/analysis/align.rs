//! Aligned passages: sentences from different articles that say the same
//! thing. Two kinds, kept apart in the data:
//!
//! - **Cited for the same claim**: for each claim, the first sentence each
//!   author's position cites, when two or more authors agree with it (or two
//!   or more disagree). A
//!   person found them, so paraphrases are found too ("strained since the
//!   Soviet invasion of Afghanistan" and "the Afghan jihad put paid to any
//!   notion of improvement").
//! - **Shared wording**, found by the build: pairs of sentences from
//!   different articles on a common topic whose weighted content words are
//!   close (cosine of tf-idf over Snowball stems, at least [`THRESHOLD`]),
//!   sharing at least [`MIN_CONCEPTS`] telling words that are not one set
//!   phrase ("army chief" is one), none of them generic for the corpus
//!   ([`super::vocabulary`]). Pairs join into groups strongest first; a
//!   sentence joins a group only if it is close to its members on average.
//!   A group whose sentences a claim group already holds is dropped.
//!
//! A group holds at most one sentence per article.

use std::collections::{BTreeMap, BTreeSet};

mod doc;

use super::vocabulary::{SentenceWords, Vocabulary};
use crate::model::{AlignedSentence, Alignment, Corpus, Stance};
use doc::{concepts, cosine, Doc};

/// Pairs below this similarity are not aligned.
pub const THRESHOLD: f32 = 0.25;
/// A sentence joins a group when its mean similarity to the members is at least this.
pub const JOIN: f32 = 0.2;
/// Telling words two sentences must share, a set phrase counting once.
pub const MIN_CONCEPTS: usize = 2;

/// The topics of `members` in common, in the corpus's topic order.
fn common_topics(corpus: &Corpus, members: &[&SentenceWords]) -> Vec<String> {
    corpus
        .topics
        .iter()
        .filter(|t| members.iter().all(|m| m.topics.contains(&t.id)))
        .map(|t| t.id.clone())
        .collect()
}

/// Computes the aligned passages of the corpus.
pub fn align(corpus: &Corpus) -> Vec<Alignment> {
    let vocab = Vocabulary::new(corpus);
    let docs = Doc::all(corpus, &vocab);
    let index: BTreeMap<&str, usize> =
        docs.iter().enumerate().map(|(i, d)| (d.words.id.as_str(), i)).collect();
    let mut out = claim_groups(corpus, &docs, &index);
    let held: Vec<BTreeSet<usize>> = out
        .iter()
        .map(|g| g.sentences.iter().filter_map(|m| index.get(m.sentence.as_str()).copied()).collect())
        .collect();
    out.extend(wording_groups(corpus, &docs).into_iter().filter(|g| {
        let mine: BTreeSet<usize> =
            g.sentences.iter().filter_map(|m| index.get(m.sentence.as_str()).copied()).collect();
        !held.iter().any(|h| mine.is_subset(h))
    }));
    // By topic, claim groups first, then the strongest; ids in that order.
    let topic_pos = |g: &Alignment| corpus.topics.iter().position(|t| g.topics.first() == Some(&t.id));
    out.sort_by(|a, b| {
        topic_pos(a)
            .cmp(&topic_pos(b))
            .then(a.claim.is_none().cmp(&b.claim.is_none()))
            .then(b.score.total_cmp(&a.score))
            .then(a.sentences[0].sentence.cmp(&b.sentences[0].sentence))
    });
    for (k, g) in out.iter_mut().enumerate() {
        g.id = format!("a{}", k + 1);
    }
    out
}

/// The shared telling words of `members`, most weighty first, as written.
fn shared_words(docs: &[Doc], members: &[usize]) -> Vec<String> {
    let mut shared: BTreeMap<&str, (usize, f32)> = BTreeMap::new();
    for &m in members {
        for (w, x) in &docs[m].weights {
            let e = shared.entry(w).or_default();
            e.0 += 1;
            e.1 += x;
        }
    }
    let mut shared: Vec<(&str, f32)> =
        shared.into_iter().filter(|(_, (c, _))| *c >= 2).map(|(w, (_, x))| (w, x)).collect();
    shared.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    shared
        .into_iter()
        .take(5)
        .map(|(w, _)| {
            members
                .iter()
                .find_map(|&m| {
                    docs[m].words.words.iter().find(|x| x.stem == w).map(|x| x.surface.to_lowercase())
                })
                .unwrap_or_else(|| w.to_string())
        })
        .collect()
}

fn max_pairwise(docs: &[Doc], members: &[usize]) -> f32 {
    let mut best: f32 = 0.0;
    for (i, &a) in members.iter().enumerate() {
        for &b in &members[i + 1..] {
            best = best.max(cosine(&docs[a].weights, &docs[b].weights));
        }
    }
    (best * 1000.0).round() / 1000.0
}

fn alignment(corpus: &Corpus, docs: &[Doc], mut members: Vec<usize>, topics: Vec<String>) -> Alignment {
    members.sort_by_key(|&m| (docs[m].words.article, m));
    Alignment {
        id: String::new(),
        topics,
        claim: None,
        stance: None,
        shared: shared_words(docs, &members),
        score: max_pairwise(docs, &members),
        sentences: members
            .iter()
            .map(|&m| AlignedSentence {
                article: corpus.articles[docs[m].words.article].id.clone(),
                sentence: docs[m].words.id.clone(),
            })
            .collect(),
    }
}

/// For each claim and each stance two or more authors take, the first
/// sentence each of them cites.
fn claim_groups(corpus: &Corpus, docs: &[Doc], index: &BTreeMap<&str, usize>) -> Vec<Alignment> {
    let mut out = Vec::new();
    for v in &corpus.viewpoints {
        // Hedged positions ("mixed") qualify the claim each in their own way: not the same thing said.
        for stance in [Stance::Agrees, Stance::Disagrees] {
            let members: Vec<usize> = v
                .positions
                .iter()
                .filter(|p| p.stance == stance)
                .filter_map(|p| p.evidence.first().and_then(|e| index.get(e.as_str()).copied()))
                .collect();
            if members.len() < 2 {
                continue;
            }
            let mut g = alignment(corpus, docs, members, vec![v.topic.clone()]);
            g.claim = Some(v.id.clone());
            g.stance = Some(stance);
            out.push(g);
        }
    }
    out
}

/// Groups of sentences that share telling words.
fn wording_groups(corpus: &Corpus, docs: &[Doc]) -> Vec<Alignment> {
    // Only pairs that share a word can be close: dot products accumulated
    // over an inverted index, not over every pair (a thousand articles are
    // fifty thousand sentences).
    let stems = docs.iter().flat_map(|d| d.by_id.iter().map(|(w, _)| *w as usize + 1)).max().unwrap_or(0);
    let mut postings: Vec<Vec<(usize, f32)>> = vec![Vec::new(); stems];
    for (i, d) in docs.iter().enumerate() {
        for &(w, x) in &d.by_id {
            postings[w as usize].push((i, x));
        }
    }
    let norms: Vec<f32> =
        docs.iter().map(|d| d.weights.values().map(|x| x * x).sum::<f32>().sqrt()).collect();
    let mut dot = vec![0.0f32; docs.len()];
    let mut seen = vec![false; docs.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
    for (i, a) in docs.iter().enumerate() {
        for &(w, x) in &a.by_id {
            // Postings are in document order: those after `i` are a suffix.
            let list = &postings[w as usize];
            let from = list.partition_point(|(j, _)| *j <= i);
            for &(j, y) in &list[from..] {
                if !seen[j] {
                    seen[j] = true;
                    touched.push(j);
                }
                dot[j] += x * y;
            }
        }
        touched.sort_unstable();
        for j in touched.drain(..) {
            let sim = dot[j] / (norms[i] * norms[j]);
            (dot[j], seen[j]) = (0.0, false);
            let b = &docs[j];
            if a.words.article == b.words.article
                || !a.topic_ids.iter().any(|t| b.topic_ids.binary_search(t).is_ok())
            {
                continue;
            }
            if sim >= THRESHOLD && concepts(a, b) >= MIN_CONCEPTS {
                pairs.push((sim, i, j));
            }
        }
    }
    // Strongest pairs first; ties broken by position, so the result is deterministic.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    /// A group being built: its members, their articles and shared topics,
    /// and the sum of their unit vectors (a sentence's mean cosine to the
    /// members is its unit vector's dot product with this, over their number).
    struct Building {
        members: Vec<usize>,
        articles: BTreeSet<usize>,
        topics: Vec<String>,
        centroid: BTreeMap<u32, f32>,
    }
    impl Building {
        fn add(&mut self, d: usize, doc: &Doc, norm: f32) {
            self.members.push(d);
            self.articles.insert(doc.words.article);
            self.topics.retain(|t| doc.words.topics.contains(t));
            for &(w, x) in &doc.by_id {
                *self.centroid.entry(w).or_default() += x / norm;
            }
        }

        fn joins(&self, doc: &Doc, norm: f32) -> bool {
            let dot: f32 =
                doc.by_id.iter().map(|(w, x)| x / norm * self.centroid.get(w).copied().unwrap_or(0.0)).sum();
            !self.articles.contains(&doc.words.article)
                && self.topics.iter().any(|t| doc.words.topics.contains(t))
                && dot / self.members.len() as f32 >= JOIN
        }
    }
    let mut group_of: Vec<Option<usize>> = vec![None; docs.len()];
    let mut building: Vec<Building> = Vec::new();
    for (_, i, j) in pairs {
        match (group_of[i], group_of[j]) {
            (None, None) => {
                let mut g = Building {
                    members: Vec::new(),
                    articles: BTreeSet::new(),
                    topics: docs[i].words.topics.clone(),
                    centroid: BTreeMap::new(),
                };
                g.add(i, &docs[i], norms[i]);
                g.add(j, &docs[j], norms[j]);
                group_of[i] = Some(building.len());
                group_of[j] = Some(building.len());
                building.push(g);
            }
            (Some(g), None) if building[g].joins(&docs[j], norms[j]) => {
                group_of[j] = Some(g);
                building[g].add(j, &docs[j], norms[j]);
            }
            (None, Some(g)) if building[g].joins(&docs[i], norms[i]) => {
                group_of[i] = Some(g);
                building[g].add(i, &docs[i], norms[i]);
            }
            _ => {}
        }
    }
    let groups: Vec<Vec<usize>> = building.into_iter().map(|g| g.members).collect();
    groups
        .into_iter()
        .map(|members| {
            let topics = common_topics(corpus, &members.iter().map(|&m| docs[m].words).collect::<Vec<_>>());
            alignment(corpus, docs, members, topics)
        })
        .collect()
}

#[cfg(test)]
mod tests;
