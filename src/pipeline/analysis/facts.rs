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

use super::figures::{figures, value, Value};
use super::vocabulary::Vocabulary;
use crate::model::{Corpus, FactGroup, FactItem, Sentence};
use crate::pipeline::text::tokens::tokenize;
use crate::pipeline::text::words::{is_content, stem};

/// Subject and event words are looked for this many words either side of a figure.
pub const WINDOW: usize = 7;
/// A subject word must be this rare: in at most this many sentences of the corpus.
pub const MAX_SUBJECT_SENTENCES: usize = 6;

/// Kinds of event, each with the stems that name it (English verbs and
/// nouns, not words of any corpus) and whether it recurs.
const EVENTS: &[(&str, bool, &[&str])] = &[
    (
        "agreement",
        true,
        &["agre", "agreement", "sign", "deal", "accord", "treati", "contract", "pact", "draft"],
    ),
    (
        "sale or delivery",
        true,
        &[
            "sell", "sold", "sale", "suppli", "deliv", "deliveri", "obtain", "provid", "receiv", "purchas",
            "buy", "bought", "acquir", "transfer", "releas",
        ],
    ),
    ("lifting", false, &["lift", "remov", "abolish", "scrap", "divulg"]),
    ("joining", false, &["join", "membership", "member", "admiss", "admit", "access"]),
    ("meeting or visit", true, &["visit", "meet", "confer", "summit", "talk", "session", "forum", "held"]),
    ("exercise", true, &["exercis", "drill", "manoeuvr", "maneuv"]),
    ("start", false, &["start", "began", "begin", "found", "establish", "launch", "inaugur"]),
];

/// Stems that never name what a figure is about: words of time and
/// quantity, and verbs and adjectives of any subject (English, not words of
/// any corpus).
const NOT_SUBJECTS: &[&str] = &[
    "first", "past", "earli", "late", "later", "recent", "period", "era", "month", "day", "decad", "centuri",
    "percent", "million", "billion", "dollar", "number", "close", "favour", "favor", "took", "take", "taken",
    "made", "make", "went", "came", "saw", "seen", "gave", "given", "got", "get", "put", "ago", "also",
    "back",
];

/// One sentence's figures and what they are about.
struct Mention {
    article: usize,
    topics: Vec<String>,
    /// Each subject with its event: the kind (index into [`EVENTS`]) named
    /// by the event word nearest to the subject in the sentence.
    subjects: BTreeMap<String, Option<usize>>,
    /// First and last year of the sentence's first time figure.
    time: Option<(u32, u32)>,
    figures: Vec<(FactItem, Value)>,
}

/// The tokens of `text` within [`WINDOW`] of `span`: (stems by distance
/// from the figure, context text).
fn around(text: &str, span: &std::ops::Range<usize>) -> (Vec<(usize, String)>, String) {
    let toks = tokenize(text);
    let first = toks.iter().position(|t| t.span.end > span.start).unwrap_or(toks.len());
    let last = toks.iter().rposition(|t| t.span.start < span.end).unwrap_or(first);
    let lo = first.saturating_sub(WINDOW);
    let hi = (last + WINDOW + 1).min(toks.len());
    let near: Vec<(usize, String)> = (lo..hi)
        .filter(|&k| (k < first || k > last) && is_content(&toks[k].word))
        .map(|k| (if k < first { first - k } else { k - last }, stem(&toks[k].word)))
        .collect();
    let (start, end) = (
        toks.get(lo).map_or(0, |t| t.span.start),
        toks.get(hi.saturating_sub(1)).map_or(text.len(), |t| t.span.end),
    );
    let mut context = String::new();
    if start > 0 {
        context.push('…');
    }
    context.push_str(&text[start..end]);
    if end < text.len() {
        context.push('…');
    }
    (near, context)
}

/// What a figure gives of its event, in words.
fn attribute(kind: &str, value: &str, event: Option<usize>) -> String {
    let of = event.map(|e| format!(" of the {}", EVENTS[e].0)).unwrap_or_default();
    match kind {
        "year" | "date" => format!("{}{of}", if kind == "year" { "year" } else { "date" }),
        "count" => format!("number of {}", value.rsplit(' ').next().unwrap_or_default()),
        "money" => format!("amount{of}"),
        _ => format!("share{of}"),
    }
}

/// The attribute two figures must share to be compared: their time, or
/// the thing they count, or their kind.
fn attribute_class(item: &FactItem) -> String {
    match item.kind.as_str() {
        "year" | "date" => "time".into(),
        "count" => item.attribute.clone(),
        other => other.into(),
    }
}

/// The mention of the figures of one sentence.
fn mention(vocab: &Vocabulary, article: (usize, &str), s: &Sentence) -> Option<Mention> {
    let found = figures(&s.text);
    if found.is_empty() {
        return None;
    }
    let toks = tokenize(&s.text);
    let stems: Vec<String> = toks.iter().map(|t| stem(&t.word)).collect();
    let event_at: Vec<(usize, usize)> = stems
        .iter()
        .enumerate()
        .filter_map(|(k, w)| EVENTS.iter().position(|(_, _, st)| st.contains(&w.as_str())).map(|e| (k, e)))
        .collect();
    // The kind of event named nearest to token `k`.
    let event_near = |k: usize| event_at.iter().min_by_key(|(at, _)| at.abs_diff(k)).map(|(_, e)| *e);
    let is_subject = |w: &str| {
        (1..=MAX_SUBJECT_SENTENCES).contains(&vocab.df.get(w).copied().unwrap_or(0))
            && !vocab.generic.contains(w)
            && !NOT_SUBJECTS.contains(&w)
            && !EVENTS.iter().any(|(_, _, st)| st.contains(&w))
    };
    let mut subjects: BTreeMap<String, Option<usize>> = BTreeMap::new();
    let mut items = Vec::new();
    for f in &found {
        let first = toks.iter().position(|t| t.span.end > f.span.start).unwrap_or(toks.len());
        let last = toks.iter().rposition(|t| t.span.start < f.span.end).unwrap_or(first);
        let counted_at = (f.kind == "count").then_some(last);
        for k in first.saturating_sub(WINDOW)..(last + WINDOW + 1).min(toks.len()) {
            // Words of the figure itself are no subject, but a count's own noun is ("four … helicopters").
            if (first..=last).contains(&k) && Some(k) != counted_at || !is_content(&toks[k].word) {
                continue;
            }
            let root = vocab.root(&stems[k]).to_string();
            if is_subject(&root) {
                subjects.entry(root).or_insert_with(|| event_near(k));
            }
        }
        let (_, context) = around(&s.text, &f.span);
        items.push((f, context, event_near(first)));
    }
    let figures: Vec<(FactItem, Value)> = items
        .into_iter()
        .map(|(f, context, event)| {
            let item = FactItem {
                article: article.1.to_string(),
                sentence: s.id.clone(),
                attribute: attribute(f.kind, &f.value, event),
                value: f.value.clone(),
                context,
                kind: f.kind.to_string(),
            };
            (item, value(f.kind, &f.value))
        })
        .collect();
    let time = figures.iter().find_map(|(_, v)| match v {
        Value::Time(lo, hi) => Some((lo / 12, hi / 12)),
        _ => None,
    });
    Some(Mention { article: article.0, topics: s.topics.clone(), subjects, time, figures })
}

/// An event: a subject, a kind of event, and for a recurring kind its year.
type EventKey = (String, usize, Option<u32>);

fn key_of(m: &Mention, subject: &str) -> Option<EventKey> {
    let e = (*m.subjects.get(subject)?)?;
    let recurring = EVENTS[e].1;
    Some((subject.to_string(), e, if recurring { m.time.map(|t| t.0) } else { None }))
}

/// Whether mention `m` belongs to the event `key`.
fn fits(m: &Mention, key: &EventKey) -> bool {
    match m.subjects.get(&key.0) {
        None => false,
        Some(Some(_)) => key_of(m, &key.0).as_ref() == Some(key),
        Some(None) => key.2.is_none_or(|y| m.time.is_none_or(|(lo, hi)| lo <= y && y <= hi)),
    }
}

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
mod tests {
    use super::*;
    use crate::pipeline::analysis::fixture;

    /// Filler sentences, so that the words of the test sentences are rare
    /// in the corpus (a subject is a word specific to a few sentences).
    const FILLER: &[&str] = &[
        "The ties between the countries matter.",
        "The countries speak often.",
        "Officials met again.",
        "Ties improved.",
        "Both sides agree on little.",
    ];

    fn with_filler(s: &[&'static str]) -> Vec<&'static str> {
        s.iter().chain(FILLER).copied().collect()
    }

    /// Guards issue 14: two conferences a year apart were one group, flagged
    /// as a disagreement.
    #[test]
    fn recurring_events_of_different_years_are_different_events() {
        let a = with_filler(&["The delegation attended a security conference in Sochi in April 2018."]);
        let b = with_filler(&["The minister spoke at a security conference in Islamabad in March 2019."]);
        let c = fixture(&[("a", &a), ("b", &b)]);
        assert!(facts(&c).iter().all(|g| !g.differs), "{:?}", facts(&c));
        assert!(facts(&c)
            .iter()
            .all(|g| g.items.iter().map(|i| &i.article).collect::<BTreeSet<_>>().len() < 2));
    }

    /// Guards issue 14: an agreement of 2015 and a delivery of 2017 were
    /// flagged as giving different figures.
    #[test]
    fn an_agreement_and_a_delivery_are_different_events() {
        let a = with_filler(&["In 2015, the government agreed to sell four helicopters to the navy."]);
        let b = with_filler(&["In 2017, the navy obtained some helicopters from the government."]);
        let c = fixture(&[("a", &a), ("b", &b)]);
        assert!(facts(&c).iter().all(|g| !g.differs), "{:?}", facts(&c));
    }

    #[test]
    fn a_one_off_event_dated_differently_differs_on_its_time() {
        let a = with_filler(&["The government lifted the embargo on steel in 2014."]);
        let b = with_filler(&["The embargo on steel was lifted in 2016 by the government."]);
        let g = facts(&fixture(&[("a", &a), ("b", &b)]));
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].event, "lifting");
        assert!(g[0].differs);
        assert_eq!(g[0].differ_on, ["time of the lifting"]);
        assert_eq!(g[0].items[0].attribute, "year of the lifting");
    }

    #[test]
    fn compatible_values_do_not_differ() {
        let a = with_filler(&["The country joined the alliance in 1955 after long talks."]);
        let b =
            with_filler(&["The country's joining of the alliance in the early 1950s angered its neighbour."]);
        let g = facts(&fixture(&[("a", &a), ("b", &b)]));
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].event, "joining");
        assert!(!g[0].differs);
    }

    #[test]
    fn counts_of_the_same_thing_differ_when_the_numbers_do() {
        let a = with_filler(&["In 2015, the government agreed to sell four helicopters to the navy."]);
        let b = with_filler(&["In 2015, the government agreed to sell six helicopters to the navy."]);
        let g = facts(&fixture(&[("a", &a), ("b", &b)]));
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].differ_on, ["number of helicopters"]);
    }
}
