//! Facts side by side: figures, years and amounts the articles state,
//! grouped by what they refer to, so a reader sees where authors give
//! different numbers or dates for the same thing.
//!
//! Figures are found by patterns (dates, years, money, percentages, counts
//! of things). Each figure's subject words are the content words within a
//! few words of it; figures from different articles that share a subject
//! word are grouped under it, the word shared by the most articles first.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::corpus::text::tokens::tokenize;
use crate::corpus::text::words::{content_words, stem};
use crate::model::{Corpus, FactGroup, FactItem};

const MONTH: &str =
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)";

static PATTERNS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    let p = |s: &str| Regex::new(s).expect("valid fact pattern");
    vec![
        ("date", p(&format!(r"\b{MONTH} \d{{1,2}}(?:-\d{{1,2}})?, \d{{4}}\b"))),
        ("date", p(&format!(r"\b(?:\d{{1,2}} )?{MONTH} \d{{4}}\b"))),
        ("date", p(&format!(r"\b(?:early|mid|late)[- ](?:{MONTH} )?\d{{4}}s?\b"))),
        (
            "money",
            p(
                r"\$\s?\d+(?:\.\d+)?\s?(?:bn|billion|million|m)?\b|\b\d+(?:\.\d+)? (?:million|billion) dollars?\b|\bmulti-billion dollar\b",
            ),
        ),
        ("percent", p(r"\b\d+(?:\.\d+)? ?(?:percent|per cent|%)")),
        ("year", p(r"\b(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?s?\b")),
        (
            "count",
            p(
                r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\b(?: [\w-]+){0,2} [a-z]+s\b",
            ),
        ),
    ]
});

/// Subject words looked for this many words either side of a figure.
const WINDOW: usize = 7;

/// Words too vague to name a subject.
const VAGUE: &[&str] = &[
    "first",
    "past",
    "early",
    "late",
    "later",
    "recent",
    "recently",
    "period",
    "era",
    "month",
    "day",
    "decade",
    "century",
    "percent",
    "million",
    "billion",
    "dollar",
    "number",
    "issue",
    "component",
    "area",
    "took",
    "close",
    "favour",
    "then",
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

/// A subject word must be this rare: in at most this many sentences of the corpus.
const MAX_SUBJECT_SENTENCES: usize = 6;

/// A figure found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// `date`, `year`, `money`, `percent` or `count`.
    pub kind: &'static str,
    /// The figure as written.
    pub value: String,
    /// Byte span in the sentence.
    pub span: std::ops::Range<usize>,
}

/// A count is worth reporting when it counts something specific: not
/// "two countries" or "ten months", and not a model number ("Mi-35 helicopters").
fn specific_count(text: &str, start: usize, value: &str) -> bool {
    let noun = value.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let noun = stem(&noun);
    let before = text[..start].trim_end_matches(' ');
    let model_number = text[..start].ends_with('-')
        || before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() <= 3 && w.chars().next().is_some_and(char::is_uppercase));
    !model_number && !content_words(&noun).is_empty() && !VAGUE.contains(&noun.as_str())
}

/// Finds the figures in `text`; an earlier pattern wins where two overlap.
pub fn figures(text: &str) -> Vec<Figure> {
    let mut found: Vec<Figure> = Vec::new();
    for (kind, re) in PATTERNS.iter() {
        for m in re.find_iter(text) {
            if *kind == "count" && !specific_count(text, m.start(), m.as_str()) {
                continue;
            }
            if found.iter().all(|f| m.end() <= f.span.start || m.start() >= f.span.end) {
                found.push(Figure { kind, value: m.as_str().to_string(), span: m.range() });
            }
        }
    }
    found.sort_by_key(|f| f.span.start);
    found
}

/// The words around a figure: (stemmed subject words, context text).
fn around(text: &str, span: &std::ops::Range<usize>) -> (BTreeSet<String>, String) {
    let toks = tokenize(text);
    let first = toks.iter().position(|t| t.span.end > span.start).unwrap_or(toks.len());
    let last = toks.iter().rposition(|t| t.span.start < span.end).unwrap_or(first);
    let lo = first.saturating_sub(WINDOW);
    let hi = (last + WINDOW + 1).min(toks.len());
    let (start, end) = (
        toks.get(lo).map_or(0, |t| t.span.start),
        toks.get(hi.saturating_sub(1)).map_or(text.len(), |t| t.span.end),
    );
    let window = &text[start..end];
    let subjects = content_words(window)
        .into_iter()
        .map(|(s, _)| s)
        .filter(|s| {
            !VAGUE.contains(&s.as_str())
                && !s.chars().next().is_some_and(|c| c.is_ascii_digit())
                && stem(s) == *s
        })
        .collect();
    let mut context = String::new();
    if start > 0 {
        context.push('…');
    }
    context.push_str(window);
    if end < text.len() {
        context.push('…');
    }
    (subjects, context)
}

/// Groups the corpus's figures by subject.
pub fn facts(corpus: &Corpus) -> Vec<FactGroup> {
    struct Found {
        article: usize,
        item: FactItem,
        subjects: BTreeSet<String>,
        topics: Vec<String>,
    }
    let mut all: Vec<Found> = Vec::new();
    for (ai, a) in corpus.articles.iter().enumerate() {
        for s in a.sentences() {
            for f in figures(&s.text) {
                let (subjects, context) = around(&s.text, &f.span);
                all.push(Found {
                    article: ai,
                    item: FactItem {
                        article: a.id.clone(),
                        sentence: s.id.clone(),
                        value: f.value,
                        context,
                        kind: f.kind.to_string(),
                    },
                    subjects,
                    topics: s.topics.clone(),
                });
            }
        }
    }
    // How many sentences use each word: broad words ("India", "Soviet") name no subject.
    let mut df: BTreeMap<String, usize> = BTreeMap::new();
    for s in corpus.articles.iter().flat_map(|a| a.sentences()) {
        let words: BTreeSet<String> = content_words(&s.text).into_iter().map(|w| w.0).collect();
        for w in words {
            *df.entry(w).or_default() += 1;
        }
    }
    // Subject word → the articles whose figures mention it.
    let mut reach: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for f in &all {
        for s in
            f.subjects.iter().filter(|s| df.get(s.as_str()).copied().unwrap_or(0) <= MAX_SUBJECT_SENTENCES)
        {
            reach.entry(s.as_str()).or_default().insert(f.article);
        }
    }
    // Most articles first; among equals, the rarer (more specific) word.
    let mut subjects: Vec<(&str, usize)> =
        reach.iter().filter(|(_, a)| a.len() >= 2).map(|(s, a)| (*s, a.len())).collect();
    subjects.sort_by(|a, b| b.1.cmp(&a.1).then(df[a.0].cmp(&df[b.0])).then(a.0.cmp(b.0)));
    let mut used = vec![false; all.len()];
    let mut groups = Vec::new();
    for (subject, _) in subjects {
        let members: Vec<usize> =
            (0..all.len()).filter(|&i| !used[i] && all[i].subjects.contains(subject)).collect();
        let articles: BTreeSet<usize> = members.iter().map(|&i| all[i].article).collect();
        if articles.len() < 2 {
            continue;
        }
        for &i in &members {
            used[i] = true;
        }
        // Different figures of the same kind across articles?
        let mut by_kind: BTreeMap<&str, BTreeMap<usize, BTreeSet<&str>>> = BTreeMap::new();
        for &i in &members {
            by_kind
                .entry(all[i].item.kind.as_str())
                .or_default()
                .entry(all[i].article)
                .or_default()
                .insert(all[i].item.value.as_str());
        }
        // Two articles giving figures of the same kind with none in common.
        let differs = by_kind.values().any(|per| {
            let sets: Vec<&BTreeSet<&str>> = per.values().collect();
            sets.iter().enumerate().any(|(i, a)| sets[i + 1..].iter().any(|b| a.is_disjoint(b)))
        });
        // The topic most of the members' sentences share.
        let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
        for &i in &members {
            for t in &all[i].topics {
                *votes.entry(t.as_str()).or_default() += 1;
            }
        }
        // Ties go to the topic listed first.
        let topic = corpus
            .topics
            .iter()
            .rev()
            .filter(|t| votes.get(t.id.as_str()).copied().unwrap_or(0) * 2 > members.len())
            .max_by_key(|t| votes[t.id.as_str()])
            .map(|t| t.id.clone());
        let label = members
            .iter()
            .find_map(|&i| {
                content_words(&all[i].item.context).into_iter().find(|(s, _)| s == subject).map(|(_, w)| w)
            })
            .unwrap_or_else(|| subject.to_string());
        groups.push(FactGroup {
            id: format!("fact-{}", groups.len() + 1),
            subject: label,
            topic,
            differs,
            items: members.iter().map(|&i| all[i].item.clone()).collect(),
        });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(&'static str, String)> {
        figures(t).into_iter().map(|f| (f.kind, f.value)).collect()
    }

    #[test]
    fn finds_the_figures_of_the_corpus() {
        assert_eq!(
            kinds("the two countries saw 660 million dollar trade in the first ten months of 2018"),
            [("money", "660 million dollar".to_string()), ("year", "2018".to_string()),]
        );
        assert_eq!(
            kinds("Moscow agreed to sell four Mi 35 helicopters; some MI-35 helicopters"),
            [("count", "four Mi 35 helicopters".to_string())]
        );
        assert_eq!(
            kinds("visited Karachi on April 24-26, 2018, after October 2017"),
            [("date", "April 24-26, 2018".to_string()), ("date", "October 2017".to_string()),]
        );
        assert_eq!(
            kinds("a $0.8bn boost; supply 30 percent; in the early 1950s; in 2016-2017"),
            [
                ("money", "$0.8bn".to_string()),
                ("percent", "30 percent".to_string()),
                ("date", "early 1950s".to_string()),
                ("year", "2016-2017".to_string()),
            ]
        );
    }
}
