//! Facts side by side: the figures the articles state
//! ([`super::figures`]), grouped so that a group is **one event or
//! quantity** — the same subject and the same kind of event — and flagged
//! only where two authors give different values for the **same attribute**
//! of it.
//!
//! Each sentence with figures is one *mention* of an event:
//! - its *subjects*: content words within [`WINDOW`] words of its figures
//!   that are specific to a few sentences of the corpus (at most
//!   [`MAX_SUBJECT_SENTENCES`]; a count's own noun too): "helicopters";
//! - its *event*: the kind named by the event word nearest to a figure (an
//!   agreement, a sale or delivery, a lifting, a joining, a meeting or
//!   visit, an exercise, a start), or none;
//! - its *time*: its first date or year, if any;
//! - each figure's *attribute*: what it gives of the event — its time
//!   ("year of the sale or delivery"), a number of things ("number of
//!   helicopters"), an amount, a share.
//!
//! Mentions from different articles with a subject and an event in common
//! are one event. Agreements, sales, meetings, visits and exercises recur:
//! for them the year is part of the event, so two conferences a year apart
//! are two events, never a disagreement; a lifting, a joining or a start
//! happens once, so two years for it differ. A mention that names no event
//! joins the events of its subject at its time, and never makes a
//! difference. A group is kept when two articles give a value for the same
//! attribute; it *differs* when two of them give values that cannot both be
//! true ([`super::figures::Value::agrees`]: "July 1971" agrees with
//! "1971", "early 1950s" with "1955").

use std::collections::{BTreeMap, BTreeSet};

mod mention;

use super::figures::Value;
use super::vocabulary::Vocabulary;
use crate::model::{Corpus, FactGroup, FactItem};
use crate::pipeline::text::tokens::tokenize;
use crate::pipeline::text::words::stem;
use mention::{attribute, attribute_class, fits, key_of, mention, EventKey, Mention, EVENTS};

/// Subject and event words are looked for this many words either side of a figure.
pub const WINDOW: usize = 7;
/// A subject word must be this rare: in at most this many sentences of the corpus.
pub const MAX_SUBJECT_SENTENCES: usize = 6;

/// Groups the corpus's figures into events.
pub fn facts(corpus: &Corpus) -> Vec<FactGroup> {
    let vocab = Vocabulary::new(corpus);
    let mentions: Vec<Mention> = corpus
        .articles
        .iter()
        .enumerate()
        .flat_map(|(ai, a)| a.sentences().filter_map(|s| mention(&vocab, (ai, &a.id), s)).collect::<Vec<_>>())
        .collect();
    let mut keys: BTreeSet<EventKey> = BTreeSet::new();
    for m in &mentions {
        for s in m.subjects.keys() {
            keys.extend(key_of(m, s));
        }
    }
    // Events that two or more articles mention: most articles first, then the rarer subject.
    let mut keys: Vec<(EventKey, usize)> = keys
        .into_iter()
        .map(|k| {
            let n = mentions.iter().filter(|m| fits(m, &k)).map(|m| m.article).collect::<BTreeSet<_>>().len();
            (k, n)
        })
        .filter(|(_, n)| *n >= 2)
        .collect();
    keys.sort_by(|a, b| {
        b.1.cmp(&a.1).then(vocab.df.get(&a.0 .0).cmp(&vocab.df.get(&b.0 .0))).then(a.0.cmp(&b.0))
    });
    let mut used = vec![false; mentions.len()];
    let mut groups = Vec::new();
    for (key, _) in keys {
        let members: Vec<usize> =
            (0..mentions.len()).filter(|&i| !used[i] && fits(&mentions[i], &key)).collect();
        if let Some(g) = group(corpus, &mentions, &members, &key, groups.len() + 1) {
            for &i in &members {
                used[i] = true;
            }
            groups.push(g);
        }
    }
    groups
}

/// One event's group, if two articles give a value for the same attribute.
fn group(
    corpus: &Corpus,
    mentions: &[Mention],
    members: &[usize],
    key: &EventKey,
    n: usize,
) -> Option<FactGroup> {
    // attribute → article → (values, from a mention that names the event?)
    type PerArticle<'a> = BTreeMap<usize, Vec<(&'a Value, bool)>>;
    let mut by_attribute: BTreeMap<String, PerArticle> = BTreeMap::new();
    for &i in members {
        let m = &mentions[i];
        for (item, v) in &m.figures {
            by_attribute
                .entry(attribute_class(item))
                .or_default()
                .entry(m.article)
                .or_default()
                .push((v, m.subjects.get(&key.0).is_some_and(Option::is_some)));
        }
    }
    if !by_attribute.values().any(|per| per.len() >= 2) {
        return None;
    }
    // Two articles, both naming the event, with no value in common for an attribute.
    let differ_on: Vec<String> = by_attribute
        .iter()
        .filter(|(_, per)| {
            let named: Vec<Vec<&Value>> = per
                .values()
                .map(|vs| vs.iter().filter(|(_, named)| *named).map(|(v, _)| *v).collect::<Vec<_>>())
                .filter(|vs| !vs.is_empty())
                .collect();
            named
                .iter()
                .enumerate()
                .any(|(x, a)| named[x + 1..].iter().any(|b| !a.iter().any(|v| b.iter().any(|w| v.agrees(w)))))
        })
        .map(|(a, _)| if a == "time" { format!("time of the {}", EVENTS[key.1].0) } else { a.clone() })
        .collect();
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in members {
        for t in &mentions[i].topics {
            *votes.entry(t.as_str()).or_default() += 1;
        }
    }
    // The topic most of the members share; ties go to the topic listed first.
    let topic = corpus
        .topics
        .iter()
        .rev()
        .filter(|t| votes.get(t.id.as_str()).copied().unwrap_or(0) * 2 > members.len())
        .max_by_key(|t| votes[t.id.as_str()])
        .map(|t| t.id.clone());
    // The subjects all members share, as the first member writes them, in its order.
    let shared: Vec<&String> = mentions[members[0]]
        .subjects
        .keys()
        .filter(|w| members.iter().all(|&i| mentions[i].subjects.contains_key(*w)))
        .collect();
    let first_text: Vec<(String, String)> = mentions[members[0]]
        .figures
        .iter()
        .flat_map(|(item, _)| {
            tokenize(&item.context).into_iter().map(|t| (stem(&t.word), item.context[t.span].to_string()))
        })
        .collect();
    let mut label: Vec<String> = Vec::new();
    for (st, surface) in &first_text {
        let root = st.as_str();
        if shared.iter().any(|w| w.as_str() == root || key.0 == root)
            && !label.contains(surface)
            && label.len() < 3
        {
            label.push(surface.clone());
        }
    }
    let label = if label.is_empty() { key.0.clone() } else { label.join(", ") };
    // Each figure's attribute, said of the group's event.
    let event_name = EVENTS[key.1].0;
    let mut items: Vec<(usize, FactItem)> = members
        .iter()
        .flat_map(|&i| {
            let m = &mentions[i];
            let named = m.subjects.get(&key.0).is_some_and(Option::is_some);
            m.figures.iter().map(move |(item, _)| {
                let mut item = item.clone();
                item.attribute = attribute(&item.kind, &item.value, named.then_some(key.1));
                (m.article, item)
            })
        })
        .collect();
    items.sort_by_key(|(a, _)| *a);
    Some(FactGroup {
        id: format!("fact-{n}"),
        subject: label,
        event: event_name.to_string(),
        topic,
        differs: !differ_on.is_empty(),
        differ_on,
        items: items.into_iter().map(|(_, item)| item).collect(),
    })
}

#[cfg(test)]
mod tests;
