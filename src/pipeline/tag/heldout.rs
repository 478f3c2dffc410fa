//! Held-out figures for the topic tagger: leave one article out.
//!
//! The cues in `topics.toml` were written by a person who had read the five
//! articles and their labels, so scoring them on those same sentences
//! flatters them. Here each article is scored in turn by a tagger whose
//! cues were *chosen without looking at it*: a cue is kept for the article
//! only if, on the labelled sentences of the **other** articles, it matches
//! at least [`MIN_SUPPORT`] sentence labelled with its topic and is right
//! at least [`MIN_PRECISION`] of the times it matches there. A cue that
//! only this article justifies, or that misfires elsewhere, is dropped for
//! it. The counts of the five folds are summed (micro-average).
//!
//! What this does not remove: the person who wrote the cues had read every
//! article, so the pool of cues they chose from is not blind. The build
//! also measures the tagger against a second labelling made by a reader who
//! never saw the cues (`labels_heldout` in the manifest): labels nobody
//! tuned the cues to.

use std::collections::BTreeMap;

use super::labels::{round3, Labels};
use super::Tagger;
use crate::model::{Corpus, Sentence, TopicScore};

/// A cue must match at least this many sentences labelled with its topic in
/// the other articles to be kept.
pub const MIN_SUPPORT: u32 = 1;
/// …and be right at least this share of the times it matches there.
pub const MIN_PRECISION: f32 = 0.5;

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    /// Tagged and labelled.
    pub tp: u32,
    /// Tagged, not labelled.
    pub fp: u32,
    /// Labelled, not tagged.
    pub fneg: u32,
}

impl Counts {
    fn add(&mut self, tagged: bool, labelled: bool) {
        match (tagged, labelled) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fneg += 1,
            (false, false) => {}
        }
    }

    /// As a score: precision and recall (1.0 when undefined), support.
    pub fn score(&self, topic: &str) -> TopicScore {
        let ratio = |a: u32, b: u32| if b == 0 { 1.0 } else { round3(a as f32 / b as f32) };
        TopicScore {
            topic: topic.to_string(),
            precision: ratio(self.tp, self.tp + self.fp),
            recall: ratio(self.tp, self.tp + self.fneg),
            support: self.tp + self.fneg,
        }
    }
}

/// The labelled sentences of `corpus`, with the index of their article.
fn labelled<'a>(
    corpus: &'a Corpus,
    labels: &'a Labels,
) -> Vec<(usize, &'a Sentence, &'a std::collections::BTreeSet<String>)> {
    corpus
        .articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.sentences().map(move |s| (i, s)))
        .filter_map(|(i, s)| labels.get(&s.id).map(|gold| (i, s, gold)))
        .collect()
}

/// Per topic (cue topics only, in topic order), the counts of tagging every
/// article with the cues chosen on the other articles.
pub fn leave_one_article_out(corpus: &Corpus, labels: &Labels, tagger: &Tagger) -> Vec<(String, Counts)> {
    leave_one_article_out_against(corpus, labels, labels, tagger)
}

/// The same, with cues chosen on `choose`'s labels and the held-out article
/// scored against `score`'s (another reader's labels, for a benchmark).
pub fn leave_one_article_out_against(
    corpus: &Corpus,
    choose: &Labels,
    score: &Labels,
    tagger: &Tagger,
) -> Vec<(String, Counts)> {
    let rows = labelled(corpus, choose);
    // Which cue of which topic matches which labelled sentence: computed once.
    let hits: Vec<Vec<Vec<bool>>> = rows.iter().map(|(_, s, _)| tagger.cue_hits(&s.text)).collect();
    let mut out: BTreeMap<usize, Counts> = BTreeMap::new();
    for held in 0..corpus.articles.len() {
        for (t, (topic, cues)) in tagger.topics.iter().enumerate() {
            let kept: Vec<bool> = (0..cues.len())
                .map(|c| {
                    let mut n = Counts::default();
                    for (r, (article, _, gold)) in rows.iter().enumerate() {
                        if *article != held && hits[r][t][c] {
                            n.add(true, gold.contains(topic));
                        }
                    }
                    n.tp >= MIN_SUPPORT && n.tp as f32 >= MIN_PRECISION * (n.tp + n.fp) as f32
                })
                .collect();
            let counts = out.entry(t).or_default();
            for (r, (article, s, _)) in rows.iter().enumerate() {
                if let (true, Some(gold)) = (*article == held, score.get(&s.id)) {
                    let tagged = hits[r][t].iter().zip(&kept).any(|(&hit, &keep)| hit && keep);
                    counts.add(tagged, gold.contains(topic));
                }
            }
        }
    }
    out.into_iter().map(|(t, c)| (tagger.topics[t].0.clone(), c)).collect()
}

/// Per topic, the counts of the corpus's own tags against `labels` (the
/// tags as the build made them, including any carried over).
pub fn counts(corpus: &Corpus, labels: &Labels, tagger: &Tagger) -> Vec<(String, Counts)> {
    let rows = labelled(corpus, labels);
    tagger
        .topics
        .iter()
        .map(|(topic, _)| {
            let mut n = Counts::default();
            for (_, s, gold) in &rows {
                n.add(s.topics.contains(topic), gold.contains(topic));
            }
            (topic.clone(), n)
        })
        .collect()
}
