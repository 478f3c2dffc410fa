//! One sentence's markup. Its element carries the sentence id from
//! `corpus.json` as its HTML `id` (the anchor of deep links); inside, the
//! text, the explanation of its highlight, a place for its topics' short
//! labels, and a badge per claim citing it.
//!
//! Nothing here is reactive: a sentence is painted by its column
//! ([`super::paint`]) and its clicks are handled by its column, so the
//! browser takes over hundreds of sentences without an effect or a listener
//! each.

use leptos::prelude::*;

use crate::present::{passage_label, stance_label, status_label};
use crate::store::Store;

/// Sentence `s` of paragraph `p` of article `a`.
pub fn sentence(store: &Store, a: usize, p: usize, s: usize) -> impl IntoView + use<> {
    let sentence = &store.corpus().articles[a].paragraphs[p].sentences[s];
    let id = sentence.id.clone();
    let cited = store.index().claims_citing(&id);
    let explanation = (!sentence.topics.is_empty()).then(|| {
        let text = sentence
            .why
            .iter()
            .map(|w| {
                let label = store.corpus().topic(&w.topic).map(|t| t.label.clone()).unwrap_or_default();
                format!("{label}: cue “{}” matched “{}”", w.cue, w.matched)
            })
            .collect::<Vec<_>>()
            .join("; ");
        view! { <span class="why" id=format!("{id}-why") role="tooltip">{text}</span><sup class="tags"></sup> }
    });
    let ev_mark = (!cited.is_empty()).then(|| view! {
        <span class="ev-mark" title="Evidence for the chosen claim" hidden>"◆"<span class="vh">" Evidence for the chosen claim: "</span></span>
    });
    let badges = cited.iter().map(|&i| badge(store, i, &id)).collect_view();
    view! {
        <span id=id.clone() class="s">
            {ev_mark}
            <span class="txt">{sentence.text.clone()}</span>
            {explanation}
            {badges}
            " "
        </span>
    }
}

/// A badge for claim `claim`, which cites this sentence: whether the point
/// is shared by all who speak, qualified, or disputed. Shown by the column
/// while the claim's topic is active; choosing it shows the claim.
fn badge(store: &Store, claim: usize, sentence: &str) -> impl IntoView + use<> {
    let v = &store.corpus().viewpoints[claim];
    let (sym, status) = status_label(v.status);
    let word = passage_label(v.status);
    let stance = v
        .positions
        .iter()
        .find(|p| p.evidence.iter().any(|e| e == sentence))
        .map_or("", |p| stance_label(p.stance).1);
    let label = format!("{word} point — “{}” (this author {stance}); show the claim", v.statement);
    view! {
        <button type="button" class=format!("cb {}", status.replace(' ', "-")) data-claim=v.id.clone()
            aria-label=label.clone() title=label hidden>{format!("{sym} {word}")}</button>
    }
}
