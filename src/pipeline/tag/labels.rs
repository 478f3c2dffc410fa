//! The hand-labelled set (`labels.toml`): for each sentence id, the topics a
//! careful reader assigns. The build measures the tagger against it and
//! writes per-topic precision and recall into `corpus.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::model::{Corpus, TopicAgreement, TopicScore};
use crate::pipeline::error::{line_of, Error, Result};
use crate::pipeline::read::manifest::parse_toml;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelFile {
    labels: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
}

/// Sentence id → labelled topic ids.
pub type Labels = BTreeMap<String, BTreeSet<String>>;

/// Reads the labels, checking that every sentence and topic exists.
pub fn load(path: &Path, text: &str, corpus: &Corpus) -> Result<Labels> {
    let file: LabelFile = parse_toml(path, text)?;
    let sentences: BTreeSet<&str> =
        corpus.articles.iter().flat_map(|a| a.sentences()).map(|s| s.id.as_str()).collect();
    let mut out = Labels::new();
    for (id, topics) in file.labels {
        let line = Some(line_of(text, id.span().start));
        if !sentences.contains(id.get_ref().as_str()) {
            return Err(Error::invalid(
                path,
                line,
                format!("labelled sentence {:?} does not exist", id.get_ref()),
            ));
        }
        let mut set = BTreeSet::new();
        for t in topics {
            if corpus.topic(t.get_ref()).is_none() {
                return Err(Error::invalid(
                    path,
                    Some(line_of(text, t.span().start)),
                    format!("topic {:?} is not defined in the topic file", t.get_ref()),
                ));
            }
            set.insert(t.into_inner());
        }
        out.insert(id.into_inner(), set);
    }
    Ok(out)
}

/// Precision and recall of the corpus's tags against `labels`, per topic,
/// over the labelled sentences.
pub fn score(corpus: &Corpus, labels: &Labels) -> Vec<TopicScore> {
    corpus
        .topics
        .iter()
        .filter(|t| !t.from_claims)
        .map(|topic| {
            let (mut tp, mut fp, mut fneg) = (0u32, 0u32, 0u32);
            for s in corpus.articles.iter().flat_map(|a| a.sentences()) {
                let Some(gold) = labels.get(&s.id) else { continue };
                match (s.topics.contains(&topic.id), gold.contains(&topic.id)) {
                    (true, true) => tp += 1,
                    (true, false) => fp += 1,
                    (false, true) => fneg += 1,
                    (false, false) => {}
                }
            }
            let ratio = |a: u32, b: u32| if b == 0 { 1.0 } else { round3(a as f32 / b as f32) };
            TopicScore {
                topic: topic.id.clone(),
                precision: ratio(tp, tp + fp),
                recall: ratio(tp, tp + fneg),
                support: tp + fneg,
            }
        })
        .collect()
}

/// Cohen's kappa of two labellings, per cue topic, over the sentences both
/// label: how far two readers agree beyond chance on "this sentence is on
/// this topic".
pub fn agreement(corpus: &Corpus, a: &Labels, b: &Labels) -> Vec<TopicAgreement> {
    corpus
        .topics
        .iter()
        .filter(|t| !t.from_claims)
        .map(|topic| {
            let pairs: Vec<(bool, bool)> = a
                .iter()
                .filter_map(|(id, x)| b.get(id).map(|y| (x.contains(&topic.id), y.contains(&topic.id))))
                .collect();
            let n = pairs.len().max(1) as f64;
            let agree = pairs.iter().filter(|(x, y)| x == y).count() as f64 / n;
            let pa = pairs.iter().filter(|(x, _)| *x).count() as f64 / n;
            let pb = pairs.iter().filter(|(_, y)| *y).count() as f64 / n;
            let chance = pa * pb + (1.0 - pa) * (1.0 - pb);
            let kappa = if chance >= 1.0 { 1.0 } else { (agree - chance) / (1.0 - chance) };
            TopicAgreement {
                topic: topic.id.clone(),
                kappa: round3(kappa as f32),
                agreement: round3(agree as f32),
            }
        })
        .collect()
}

/// Rounds to three decimals so the JSON is short and stable.
pub fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}
