//! One sentence's figures as a *mention* of an event: its subjects, the
//! kind of event each is in, its time, and each figure's attribute (see
//! [`super`] for how mentions are grouped).

use std::collections::BTreeMap;

use super::super::figures::{figures, value, Value};
use super::super::vocabulary::Vocabulary;
use super::{MAX_SUBJECT_SENTENCES, WINDOW};
use crate::model::{FactItem, Sentence};
use crate::pipeline::text::tokens::tokenize;
use crate::pipeline::text::words::{is_content, stem};

/// Kinds of event, each with the stems that name it (English verbs and
/// nouns, not words of any corpus) and whether it recurs.
pub(super) const EVENTS: &[(&str, bool, &[&str])] = &[
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
pub(super) struct Mention {
    pub(super) article: usize,
    pub(super) topics: Vec<String>,
    /// Each subject with its event: the kind (index into [`EVENTS`]) named
    /// by the event word nearest to the subject in the sentence.
    pub(super) subjects: BTreeMap<String, Option<usize>>,
    /// First and last year of the sentence's first time figure.
    pub(super) time: Option<(u32, u32)>,
    pub(super) figures: Vec<(FactItem, Value)>,
}

/// The tokens of `text` within [`WINDOW`] of `span`: (stems by distance
/// from the figure, context text).
pub(super) fn around(text: &str, span: &std::ops::Range<usize>) -> (Vec<(usize, String)>, String) {
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
pub(super) fn attribute(kind: &str, value: &str, event: Option<usize>) -> String {
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
pub(super) fn attribute_class(item: &FactItem) -> String {
    match item.kind.as_str() {
        "year" | "date" => "time".into(),
        "count" => item.attribute.clone(),
        other => other.into(),
    }
}

/// The mention of the figures of one sentence.
pub(super) fn mention(vocab: &Vocabulary, article: (usize, &str), s: &Sentence) -> Option<Mention> {
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
pub(super) type EventKey = (String, usize, Option<u32>);

pub(super) fn key_of(m: &Mention, subject: &str) -> Option<EventKey> {
    let e = (*m.subjects.get(subject)?)?;
    let recurring = EVENTS[e].1;
    Some((subject.to_string(), e, if recurring { m.time.map(|t| t.0) } else { None }))
}

/// Whether mention `m` belongs to the event `key`.
pub(super) fn fits(m: &Mention, key: &EventKey) -> bool {
    match m.subjects.get(&key.0) {
        None => false,
        Some(Some(_)) => key_of(m, &key.0).as_ref() == Some(key),
        Some(None) => key.2.is_none_or(|y| m.time.is_none_or(|(lo, hi)| lo <= y && y <= hi)),
    }
}
