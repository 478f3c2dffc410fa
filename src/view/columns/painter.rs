//! A column's painter: one effect per column that keeps its sentences and
//! paragraphs in step with the column's topic switches, the search hits,
//! the chosen claim and the collapse option. It compares what each
//! sentence should show with what it shows and paints only the difference
//! ([`super::paint`]), so a toggle touches the few sentences it concerns.
//! The article's map ([`super::strip`]) is painted from the same looks.

use leptos::prelude::*;

use super::paint::{Look, Painted, Parts};
use super::strip;
use crate::store::Store;

/// What the painter needs to know of one sentence, worked out once.
struct Sentence {
    id: String,
    /// Its paragraph and its place there.
    p: usize,
    s: usize,
    /// Its position in the corpus-wide sentence order.
    at: usize,
    /// Its topics' positions.
    topics: Vec<usize>,
    /// The claims citing it (positions among the column's cited claims).
    cited: Vec<usize>,
    /// The topic position of each of its badges' claims.
    badge_topics: Vec<usize>,
}

/// What the column shows, as last painted.
struct State {
    sentences: Vec<Painted>,
    /// Is each paragraph collapsed away?
    off: Vec<bool>,
    /// Each paragraph's segment in the article's map: its active topics
    /// and whether it holds evidence for the chosen claim.
    strip: Vec<(Vec<usize>, bool)>,
}

/// Starts painting article `a`'s column, the element in `column`, while
/// `collapsed` says whether off-topic text is collapsed.
pub fn use_painter(store: &Store, a: usize, column: NodeRef<leptos::html::Article>, collapsed: Memo<bool>) {
    let article = &store.corpus().articles[a];
    let switches = store.column_switches(a);
    let hits = store.derived().hits;
    // The claims cited in this column, and whether each is the chosen one.
    let mut claims: Vec<usize> = Vec::new();
    let sentences: Vec<Sentence> = article
        .paragraphs
        .iter()
        .enumerate()
        .flat_map(|(p, para)| (0..para.sentences.len()).map(move |s| (p, s)))
        .map(|(p, s)| {
            let sentence = &article.paragraphs[p].sentences[s];
            let cited = store.index().claims_citing(&sentence.id);
            let cited_here = cited
                .iter()
                .map(|c| {
                    claims.iter().position(|x| x == c).unwrap_or_else(|| {
                        claims.push(*c);
                        claims.len() - 1
                    })
                })
                .collect();
            Sentence {
                id: sentence.id.clone(),
                p,
                s,
                at: store.index().sentence(a, p, s),
                topics: sentence.topics.iter().map(|t| store.topic_index(t)).collect(),
                cited: cited_here,
                badge_topics: cited
                    .iter()
                    .map(|&c| store.topic_index(&store.corpus().viewpoints[c].topic))
                    .collect(),
            }
        })
        .collect();
    let chosen: Vec<_> = claims.iter().map(|&c| store.claim_switch(c)).collect();
    let paragraph_topics: Vec<Vec<usize>> = article
        .paragraphs
        .iter()
        .map(|p| p.sentences.iter().flat_map(|s| s.topics.iter().map(|t| store.topic_index(t))).collect())
        .collect();
    let weights: Vec<usize> = article
        .paragraphs
        .iter()
        .map(|p| strip::weight(p.sentences.iter().map(|s| s.text.len()).sum()))
        .collect();
    let store = store.clone();
    Effect::new(move |prev: Option<State>| {
        let active: Vec<bool> = switches.iter().map(|s| s.get()).collect();
        let chosen: Vec<bool> = chosen.iter().map(|c| c.get()).collect();
        let (hits, collapsed) = (hits.get(), collapsed.get());
        let on = |t: &usize| active.get(*t) == Some(&true);
        let mut state = prev.unwrap_or_else(|| State {
            // As rendered: no topic, no hit, no claim, badges hidden.
            sentences: sentences
                .iter()
                .map(|s| Painted::new(Look { badges: vec![false; s.cited.len()], ..Look::default() }))
                .collect(),
            off: vec![false; paragraph_topics.len()],
            strip: vec![(Vec::new(), false); paragraph_topics.len()],
        });
        let Some(col) = column.get() else { return state };
        let doc = col.owner_document();
        let corpus = store.corpus();
        let shorts = |active: &[usize]| {
            active
                .iter()
                .filter_map(|&i| corpus.topics.get(i).map(|t| t.short.as_str()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        for (s, painted) in sentences.iter().zip(state.sentences.iter_mut()) {
            let look = Look {
                active: s.topics.iter().copied().filter(|t| on(t)).collect(),
                hits: hits.get(s.at).cloned().unwrap_or_default(),
                evidence: s.cited.iter().any(|&c| chosen[c]),
                badges: s.badge_topics.iter().map(on).collect(),
            };
            if painted.look != look {
                if painted.parts.is_none() {
                    painted.parts = doc.as_ref().and_then(|d| d.get_element_by_id(&s.id)).and_then(Parts::of);
                }
                painted.paint(look, &corpus.articles[a].paragraphs[s.p].sentences[s.s].text, shorts);
            }
        }
        let paragraphs = col.get_elements_by_class_name("para");
        for (p, (topics, was_off)) in paragraph_topics.iter().zip(state.off.iter_mut()).enumerate() {
            let off = collapsed && !topics.iter().any(on);
            if *was_off != off {
                if let Some(el) = paragraphs.item(p as u32) {
                    let _ = el.class_list().toggle_with_force("off", off);
                }
                *was_off = off;
            }
        }
        // The map: from the sentences' looks, paragraph by paragraph.
        let mut marks = vec![(Vec::new(), false); state.strip.len()];
        for (s, painted) in sentences.iter().zip(&state.sentences) {
            let (topics, evidence) = &mut marks[s.p];
            for &t in &painted.look.active {
                if !topics.contains(&t) {
                    topics.push(t);
                }
            }
            *evidence |= painted.look.evidence;
        }
        if marks != state.strip {
            let segments = col.get_elements_by_class_name("seg");
            for (p, (now, was)) in marks.iter().zip(&state.strip).enumerate() {
                if now != was {
                    if let Some(el) = segments.item(p as u32) {
                        let _ = el.set_attribute("class", &segment_class(weights[p], now));
                    }
                }
            }
            if let Ok(Some(map)) = col.query_selector(".strip") {
                let on = marks.iter().filter(|m| !m.0.is_empty()).count();
                let ev = marks.iter().filter(|m| m.1).count();
                let _ = map.set_attribute("aria-label", &strip::label(on, ev));
                let _ = map.toggle_attribute_with_force("disabled", on + ev == 0);
            }
            state.strip = marks;
        }
        state
    });
}

/// The class of a segment of height `weight` for its active topics and
/// evidence: a marked segment is wide and coloured for its first topic;
/// an unmarked one is a thin line.
fn segment_class(weight: usize, (topics, evidence): &(Vec<usize>, bool)) -> String {
    let mut class = format!("seg g{weight}");
    if let Some(t) = topics.first() {
        class.push_str(&format!(" on t{}", t % 10));
    }
    if *evidence {
        class.push_str(" ev");
    }
    class
}
